import { countIndicators } from '../emit/tables.js';
import type { BudgetDocument } from '../schema/index.js';

/** How a document travels from a worker to the writer: serialized once, with its tallies. */
export interface Result {
  /** JSON text of the document: pretty for --format json, compact otherwise. */
  text: string;
  path: string;
  error: BudgetDocument['error'];
  projects: number;
  indicators: number;
  warnings: number;
}

export type Serialization = 'pretty' | 'compact';

export function toResult(doc: BudgetDocument, serialization: Serialization): Result {
  return {
    text: serialization === 'pretty' ? JSON.stringify(doc, null, 2) : JSON.stringify(doc),
    path: doc.source.path,
    error: doc.error,
    projects: doc.performance?.projects.length ?? 0,
    indicators: countIndicators(doc),
    warnings: doc.warnings.length,
  };
}
