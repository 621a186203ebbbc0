import { figuresApart } from '../normalize/money.js';
import { compact } from '../normalize/text.js';
import type { Cell, Row, RowLabels } from './index.js';

/**
 * A row's labels, with their join built on first use: the 绩效 reader tells most rows apart by the
 * list alone (a comparison or a first character per label), and only an indicator header (its memo
 * key) or a 绩效自评表's rows ask for the joined text. A class, so that every row's labels share one
 * shape and the getter costs a field read once built.
 */
class Labels implements RowLabels {
  #text: string | null = null;
  constructor(
    readonly of: readonly Cell[],
    readonly list: readonly string[],
  ) {}
  get text(): string {
    return (this.#text ??= this.list.join('\u0001'));
  }
}

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
  for (const c of row.cells) list.push(cellLabel(c.text));
  return (row.labels = new Labels(row.cells, list));
}

/** The first characters of a figure (a sign, a digit, ASCII or full width). */
const FIGURE_LEAD = /^[-−]?[\d０-９]/;

/**
 * A cell's compacted text, except a cell of two figures apart by spaces (`4      1,180.00`: a 行次 run into its 金额, see
 * figuresApart): its spaces are kept, one each, so that no reader reads the two as one figure (41,180.00); toMoney
 * refuses such a text. The label of every reader that compacts a row's cells (rowLabels, cellLabels).
 */
export function cellLabel(text: string): string {
  const t = compact(text);
  // (asked only of a short compacted text that starts like a figure: a long text cell, a goal, is never split)
  return t.length !== text.length && t.length <= 40 && FIGURE_LEAD.test(t) && figuresApart(text) ? text.trim().replace(/\s+/g, ' ') : t;
}

/**
 * True for a character code that is never white space (of the `\s` set compact() removes): printable
 * ASCII, the CJK range from 、 (U+3001) to the last unified ideograph, and the full-width forms. A
 * conservative test: other characters (white space or not) answer false.
 */
export function neverSpace(c: number): boolean {
  return (c > 0x20 && c < 0x7f) || (c >= 0x3001 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xffef);
}

/** Whether compact(text) may start with the character code `lead`: the text's first character is it, or may be white space. */
export function mayLeadWith(text: string, lead: number): boolean {
  const c = text.charCodeAt(0);
  return c === lead || !neverSpace(c);
}

/**
 * Whether a cell's text compacts to `word` (compact(text) === word), without compacting a text whose
 * first character already rules it out: a character that is never white space and is not the
 * word's first. Most cells of a table are passed over by that one comparison.
 */
export function isLabel(text: string, word: string): boolean {
  if (text === word) return true;
  return mayLeadWith(text, word.charCodeAt(0)) && text.length > word.length && compact(text) === word;
}
