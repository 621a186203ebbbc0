import type { Diagnostic } from './schema/index.js';
import { severityOf } from './severity.js';

export interface DiagnosticDetail {
  /** Every line involved (a sum and its parts, or a figure stated twice). */
  lines?: number[];
  /** The figure as stated, and what the document's own figures give. */
  expected?: number;
  actual?: number;
}

/** Collects the problems found in one document. Only programming bugs throw. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];
  warn(code: string, message: string, line: number | null = null, detail: DiagnosticDetail = {}): void {
    this.list.push({ code, severity: severityOf(code), message, line, ...detail });
  }
}
