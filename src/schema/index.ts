import { z } from 'zod';
import { BudgetDocument } from './document.js';

export * from './common.js';
export * from './budget.js';
export * from './performance.js';
export * from './tables.js';
export * from './document.js';

/** The JSON Schema (draft 2020-12) of one output document, generated from the zod schema. */
export function documentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(BudgetDocument, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'urn:budget-parse:schema:document',
    title: 'budget-parse document',
    ...schema,
  };
}
