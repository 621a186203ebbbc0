import { compact } from '../normalize/text.js';
import type { Row, RowLabels } from './index.js';

/**
 * The compacted text of each cell of a row (what cellLabels in src/extract/context.ts gives) and
 * their join, built once per row and shared by the readers that look at the same rows: the 绩效
 * reader compacts a project's rows to tell them apart, the indicator header again to find its
 * columns, and a 绩效自评表's rows once more for its funds and 总分. Kept on the row itself (a field,
 * not a WeakMap: no hash table, no ephemeron for the collector), with the cells it was built from:
 * a copy of the row with other cells builds its own. A row's cells are not changed once the blocks are read.
 */
export function rowLabels(row: Row): RowLabels {
  const cached = row.labels;
  if (cached !== undefined && cached.of === row.cells) return cached;
  // Loop and push: one kind of array for every caller (see cellLabels in src/extract/context.ts).
  const list: string[] = [];
  for (const c of row.cells) list.push(compact(c.text));
  return (row.labels = { of: row.cells, list, text: list.join('\u0001') });
}
