import { checkRowSums } from '../checks/tables.js';
import { Diagnostics } from '../diagnostics.js';
import type { BudgetTable } from '../schema/index.js';
import { compact } from '../normalize/text.js';

/**
 * A wrong figure is worse than a missing one. When most rows of a table do not add up across
 * their columns (total ≠ basic + project …), the columns were cut wrong (a PDF header whose
 * letters were spread, a column shifted by one): every value would sit under the wrong key.
 * Such a table keeps its rows (codes and names) without values, and says so; its figures are
 * then neither filled into the document nor checked.
 */
const MIN_FAILURES = 3;

/** A header that names the code or name column: over a money column it means the header rows were aligned wrong. */
const LABEL_HEADER = /^(科目名称|科目编码|项目|项目名称|名称|编码|功能分类科目|经济分类科目|科目)$/;

/** The header cells were set over the wrong columns (a merged cell counted once): a money column headed 科目名称. */
function misaligned(t: BudgetTable): string | null {
  for (const c of t.columns) {
    if (!c.money) continue;
    const last = compact(c.header.split(' / ').pop() ?? '');
    if (LABEL_HEADER.test(last)) return c.header;
  }
  return null;
}

export function dropUnsureColumns(tables: BudgetTable[], diagnostics: Diagnostics): BudgetTable[] {
  for (const t of tables) {
    const wrong = misaligned(t);
    if (wrong !== null) {
      for (const r of t.rows) r.values = {};
      diagnostics.warn(
        'TABLE_COLUMNS_UNSURE',
        `${t.title ?? t.kind}: a money column is headed "${wrong}", so the header rows stand over the wrong columns; the rows are kept without values`,
        t.line,
      );
      continue;
    }
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
