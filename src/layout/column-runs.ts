import type { Block, Cell, Paragraph, Row, Table } from '../blocks/index.js';
import { compact } from '../normalize/text.js';
import { isValueCell } from './cell-per-line.js';

/**
 * A two-column table that plain `pdftotext` printed column by column: its header (项目, then the
 * one figure column's name), then every row's name, then every row's figure, each on a line of
 * its own:
 *   项目 ⏎ 预算数 ⏎ 合计 ⏎ 1、因公出国（境）费用 ⏎ 2、公务接待费 ⏎ 312.75 ⏎ 0.00 ⏎ 18.85
 * Read only when the names and the figures are as many, and the header names one figure column:
 * two figure columns (预算数 ⏎ 上年预算数) or a row-by-row table with empty cells left out
 * (which cannot be told apart from it) stay short paragraphs, as before.
 */
const NAME_HEADER = /^(项目|科目|科目名称|项目名称|名称|支出项目|内容)$/;
const FIGURE_HEADER = /^(\d{4}年度?|本年|当年|本期)?(预算数|决算数|预算金额|决算金额|预算|决算|金额|执行数|预算安排数?)([（(](万?元)[)）])?$/;
/** Rows at most: a longer run is no small table of this kind. */
const MAX_ROWS = 40;

const textOf = (b: Block | undefined): string | null => (b?.kind === 'paragraph' && !b.pieces ? compact(b.text) : null);

function isName(t: string | null): boolean {
  return t !== null && t.length > 0 && t.length <= 30 && !isValueCell(t) && !FIGURE_HEADER.test(t) && !NAME_HEADER.test(t) && !/[。；;：:]$/.test(t);
}

function cell(p: Paragraph): Cell {
  return { text: p.text, startLine: p.line, endLine: p.line };
}

/** The blocks with every such run (header, names, figures) made one table. */
export function readColumnRuns(blocks: Block[]): Block[] {
  let out: Block[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const table = NAME_HEADER.test(textOf(blocks[i]) ?? '') ? runAt(blocks, i) : null;
    if (!table) {
      out?.push(blocks[i]!);
      continue;
    }
    out ??= blocks.slice(0, i);
    out.push(table.table);
    i = table.end - 1;
  }
  return out ?? blocks;
}

function runAt(blocks: Block[], at: number): { table: Table; end: number } | null {
  if (!FIGURE_HEADER.test(textOf(blocks[at + 1]) ?? '')) return null;
  let k = at + 2;
  while (k < blocks.length && k - at - 2 < MAX_ROWS && isName(textOf(blocks[k]))) k++;
  const names = k - at - 2;
  if (names < 2) return null;
  let v = k;
  while (v < blocks.length && v - k < names && isValueCell(textOf(blocks[v]) ?? '')) v++;
  // As many figures as names, and no further figure after them (a second column).
  if (v - k !== names || isValueCell(textOf(blocks[v]) ?? '\u0000')) return null;
  const p = (j: number) => blocks[j] as Paragraph;
  const header: Row = { cells: [cell(p(at)), cell(p(at + 1))], startLine: p(at).line, endLine: p(at + 1).line };
  const rows: Row[] = [header];
  for (let r = 0; r < names; r++) {
    const name = p(at + 2 + r);
    const figure = p(k + r);
    rows.push({ cells: [cell(name), cell(figure)], startLine: name.line, endLine: figure.line });
  }
  return { table: { kind: 'table', rows, startLine: p(at).line, endLine: p(v - 1).line }, end: v };
}
