import type { Line } from '../lines/index.js';

/**
 * Stage 3: lines → blocks, following the Apache Tika layout of Word tables:
 * a TAB opens a cell; a blank line ends a row; two or more blank lines end the table;
 * a line without TAB continues the current cell (after one blank line: a paragraph
 * break inside the cell). Every block and cell keeps its line span.
 */
export interface Cell {
  text: string;
  startLine: number;
  endLine: number;
}
export interface Row {
  cells: Cell[];
  startLine: number;
  endLine: number;
  /**
   * The cells' compacted texts, built on first use by rowLabels() (src/blocks/row-labels.ts); never
   * set elsewhere. They are the labels of `cells` as they were: a row copied with a spread and new
   * cells ({ ...row, cells }) carries them, but rowLabels() sees they belong to other cells and builds them anew.
   */
  labels?: RowLabels;
}
/** A row's labels: the compacted text of each cell, and all of them joined by \u0001 (which no text holds). */
export interface RowLabels {
  /** The cells these labels were built from. */
  readonly of: readonly Cell[];
  readonly list: readonly string[];
  readonly text: string;
}
export interface Table {
  kind: 'table';
  rows: Row[];
  startLine: number;
  endLine: number;
  /**
   * The cells' text joined, built on first use by tableText() (src/blocks/table-text.ts), or by
   * readBlocks() as it reads the cells; never set elsewhere. A table made with a spread of another
   * keeps it: build a changed table anew.
   */
  joined?: string;
}
export interface Paragraph {
  kind: 'paragraph';
  text: string;
  /** The line where the paragraph starts. */
  line: number;
  /**
   * For a paragraph re-joined from several source lines (PDF text, hard wraps): where each
   * piece starts in `text` (ascending offsets, the first 0) and the line it came from.
   * Absent when the whole text stands on `line`.
   */
  pieces?: { offset: number; line: number }[];
  /**
   * PDF text: a lone integer between the two pieces of a figure that was not taken for a page number
   * (no evidence): the pieces as they stand (`15 ⏎ 6 ⏎ .34万元`), reported, never joined.
   */
  apart?: string;
}

/** The source line of the character at `offset` in a paragraph's text. */
export function lineAt(p: Paragraph, offset: number): number {
  const pieces = p.pieces;
  if (!pieces || pieces.length === 0) return p.line;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return pieces[lo]!.line;
}
export type Block = Table | Paragraph;

/** Lines that can never be a paragraph inside a cell: they start a new part of the document. */
const STRONG_HEADING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、|.{0,60}绩效目标表$)/;

/** The default heading test; one function, not a new closure per call (a call site that met a new closure each document was compiled again). */
const strongHeading = (t: string): boolean => STRONG_HEADING.test(t);

/**
 * The blocks of Tika text. Each table's joined text (tableText, src/blocks/table-text.ts) is built
 * here as its cells are read, from the texts at hand: every document's tables are searched by it
 * (placeholders, claims, kind, titles), and building it later walked every row and cell again.
 * It grows by concatenation as each cell closes (V8 makes a rope of it, flattened once by the
 * first search): Array#join of the cells' texts cost about a quarter more instructions per cell.
 * The cells of the open row are gathered in a scratch array kept for the process, and copied out
 * at their exact size when the row closes: a new array per row grew to 16 slots at its first push
 * (thousands of rows a document), garbage for the collector.
 */
export function readBlocks(lines: readonly Line[], isHeading: (text: string) => boolean = strongHeading): Block[] {
  const blocks: Block[] = [];
  let table: Table | null = null;
  let row: Row | null = null;
  let cell: Cell | null = null;
  let blanks = 0;
  // How many cells of the open row stand in rowCells; the joined text of the open table's cells before `cell`.
  // (Closing is done by module functions, not closures: a call site meeting a new closure each document deoptimized.)
  let nCells = 0;
  let head: string | null = null;

  for (const line of lines) {
    if (line.blank) {
      blanks++;
      continue;
    }
    if (line.cell) {
      if (!table || blanks >= 2) {
        closeRow(row, nCells);
        closeTable(table, head, cell);
        nCells = 0;
        head = null;
        cell = null;
        table = { kind: 'table', rows: [], startLine: line.no, endLine: line.no, joined: undefined };
        blocks.push(table);
        row = null;
      }
      if (!row || blanks === 1) {
        closeRow(row, nCells);
        nCells = 0;
        row = { cells: EMPTY_ROW, startLine: line.no, endLine: line.no };
        table.rows.push(row);
      }
      // The cell before (of this table) is closed: its text joins the table's.
      if (cell !== null) head = head === null ? cell.text : head + SEP + cell.text;
      cell = { text: line.text, startLine: line.no, endLine: line.no };
      rowCells[nCells++] = cell;
      row.endLine = line.no;
      table.endLine = line.no;
    } else if (table && cell && row && (blanks === 0 || (blanks === 1 && !isHeading(line.text)))) {
      cell.text = cell.text ? `${cell.text}\n${line.text}` : line.text;
      cell.endLine = line.no;
      row.endLine = line.no;
      (table as Table).endLine = line.no;
    } else {
      closeRow(row, nCells);
      closeTable(table, head, cell);
      nCells = 0;
      head = null;
      table = null;
      row = null;
      cell = null;
      blocks.push({ kind: 'paragraph', text: line.text, line: line.no });
    }
    blanks = 0;
  }
  closeRow(row, nCells);
  closeTable(table, head, cell);
  // (the scratch array keeps its cells until the next document: dropped here)
  rowCells.length = 0;
  return blocks;
}
/** A row's cells, copied out of the scratch array when the row closes. */
function closeRow(row: Row | null, n: number): void {
  if (row) row.cells = rowCells.slice(0, n);
}
/** A table's joined text when it closes: the text of its cells before the last (`head`), and the last cell's. */
function closeTable(table: Table | null, head: string | null, last: Cell | null): void {
  if (table) table.joined = head === null ? (last?.text ?? '') : head + SEP + last!.text;
}
/** What separates the cells in a table's joined text (see tableText). */
const SEP = '\u0001';
/** Scratch array of readBlocks (see there). */
const rowCells: Cell[] = [];
/** The cells of a row while it is open (replaced by its own array when it closes). */
const EMPTY_ROW: Cell[] = [];
