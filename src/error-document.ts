import type { BudgetDocument, Source } from './schema/index.js';
import { SCHEMA_VERSION } from './schema/version.js';

/** An entry for an input that could not be read or decoded: every input is accounted for. */
export function errorDocument(source: Source, code: string, message: string): BudgetDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    source,
    kind: 'unknown',
    title: null,
    department: null,
    year: null,
    sections: [],
    duties: [],
    organization: null,
    glossary: [],
    budget: null,
    operatingExpenses: null,
    threePublic: null,
    procurement: null,
    assets: null,
    performance: null,
    tables: [],
    warnings: [],
    error: { code, message },
  };
}
