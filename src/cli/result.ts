import { countIndicators } from '../emit/tables.js';
import { utf8 } from '../emit/utf8.js';
import type { BudgetDocument } from '../schema/index.js';

/** How a document travels from a worker to the writer: serialized once, with its tallies. */
export interface Result {
  /** JSON of the document (pretty for --format json, compact otherwise), as text in the main
   *  thread, or as UTF-8 bytes when it comes from a worker (transferred, not copied). */
  text: string | Uint8Array;
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

const decoder = new TextDecoder();

/** The JSON text of a result, whichever form it travels in. */
export function resultText(r: Result): string {
  return typeof r.text === 'string' ? r.text : decoder.decode(r.text);
}

/** In a worker: encode the JSON once, so that the writer thread only copies bytes to the output. */
export function toBytes(r: Result): Result & { text: Uint8Array } {
  return { ...r, text: typeof r.text === 'string' ? utf8(r.text) : r.text };
}
