import { countIndicators } from '../emit/tables.js';
import type { BudgetDocument } from '../schema/index.js';
import type { Mark } from './marks.js';

/** One row of the index page. */
export interface SummaryRow {
  /** The document page, relative to the index. */
  href: string;
  path: string;
  department: string | null;
  year: number | null;
  kind: string;
  layout: string | null;
  /** Money figures found in the document. */
  figures: number;
  indicators: number;
  warnings: number;
  /** The error code when the file gave no document. */
  error: string | null;
  /** Distinct warning codes, for the filter. */
  codes: string[];
  /** Count of each warning code, for the chart. */
  codeCounts: Record<string, number>;
}

export function summaryRow(doc: BudgetDocument, href: string, marks: readonly Mark[]): SummaryRow {
  const codeCounts: Record<string, number> = {};
  for (const w of doc.warnings) codeCounts[w.code] = (codeCounts[w.code] ?? 0) + 1;
  return {
    href,
    path: doc.source.path,
    department: doc.department,
    year: doc.year,
    kind: doc.kind,
    layout: doc.source.layout,
    figures: marks.filter((m) => m.kind === 'money').length,
    indicators: countIndicators(doc),
    warnings: doc.warnings.length,
    error: doc.error?.code ?? null,
    codes: Object.keys(codeCounts).sort(),
    codeCounts,
  };
}
