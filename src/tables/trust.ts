import { checkRowSums } from '../checks/tables.js';
import { Diagnostics } from '../diagnostics.js';
import type { BudgetTable } from '../schema/index.js';

/**
 * A wrong figure is worse than a missing one. When most rows of a table do not add up across
 * their columns (total ≠ basic + project …), the columns were cut wrong (a PDF header whose
 * letters were spread, a column shifted by one): every value would sit under the wrong key.
 * Such a table keeps its rows (codes and names) without values, and says so; its figures are
 * then neither filled into the document nor checked.
 */
const MIN_FAILURES = 3;

export function dropUnsureColumns(tables: BudgetTable[], diagnostics: Diagnostics): BudgetTable[] {
  for (const t of tables) {
    const probe = new Diagnostics();
    checkRowSums(probe, t);
    const failures = new Set(probe.list.map((w) => w.line)).size;
    if (failures < MIN_FAILURES) continue;
    const rows = t.rows.filter((r) => Object.keys(r.values).length > 0).length;
    if (failures * 2 < rows) continue;
    for (const r of t.rows) r.values = {};
    diagnostics.warn(
      'TABLE_COLUMNS_UNSURE',
      `${t.title ?? t.kind}: ${failures} of ${rows} rows do not add up across their columns, so the columns were not cut right; the rows are kept without values`,
      t.line,
    );
  }
  return tables;
}
