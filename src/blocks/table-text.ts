import type { Table } from './index.js';

/**
 * The text of a table's cells joined into one string, built once per table and shared by every
 * reader: a reader that looks for its keywords (得分, 执行, a placeholder …) tests this string
 * once instead of walking every cell again. Cells are separated by \u0001, which no text holds.
 * Kept on the table itself (a field, not a WeakMap: no hash table, no ephemeron for the collector).
 * A table's rows are not changed once the blocks are read.
 */
export function tableText(t: Table): string {
  let s = t.joined;
  if (s === undefined) {
    const parts: string[] = [];
    for (const r of t.rows) for (const c of r.cells) parts.push(c.text);
    s = t.joined = parts.join('\u0001');
  }
  return s;
}
