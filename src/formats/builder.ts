import type { Block, Cell, Paragraph, Row, Table } from '../blocks/index.js';
import { cleanText } from '../lines/index.js';
import type { Format, Layout } from '../schema/index.js';

/** A box on a PDF page, in PDF points: [x0, y0, x1, y1] with y upwards (PDF user space). */
export type BBox = [number, number, number, number];

/** Where a piece of a produced line stands in the published file. */
export type Place =
  | { page: number; bbox: BBox }
  | { sheet: string; cell: string };

/** A piece of a line with its place: `start`/`end` are offsets in the line's text. */
export interface Span {
  start: number;
  end: number;
  place: Place;
}

/** A piece of text as a format reader found it: the text and, when known, where it stands. */
export interface Piece {
  text: string;
  /** Places of parts of `text` (offsets into `text`), or one place for all of it. */
  spans?: Span[];
}

/**
 * What a format reader produces: the text (one line per text line, Tika layout for tables,
 * so that `budget-parse text FILE | budget-parse -` reads the same), the blocks of that text,
 * and for each line the places its pieces came from.
 */
export interface Produced {
  format: Format;
  layout: Layout;
  text: string;
  lines: number;
  blocks: Block[];
  /** Line number → the places of its pieces (offsets into the line's text). */
  places: Map<number, Span[]>;
  /** Problems of the document found while reading it (not errors: the text was read). */
  warnings: { code: string; message: string }[];
}

/** One cell for `TextBuilder.table`: its text (may hold several lines) and places. */
export interface CellIn {
  text: string;
  spans?: Span[];
}

/** The text of a line as the lines stage will clean it, so that blocks and text agree. */
function cleanLine(s: string): string {
  return cleanText(s.includes('\r') ? s.replace(/\r/g, ' ') : s);
}

/**
 * Writes the produced text line by line and builds the blocks alongside, so that the
 * blocks are exactly those the Tika reader gives for the text (tested).
 */
export class TextBuilder {
  private out: string[] = [];
  readonly blocks: Block[] = [];
  readonly places = new Map<number, Span[]>();
  readonly warnings: { code: string; message: string }[] = [];
  /** The last block written was a table: the next paragraph needs two blank lines first. */
  private afterTable = false;

  constructor(private readonly format: Format, private readonly layout: Layout) {}

  private line(text: string, spans?: Span[]): number {
    this.out.push(text);
    const no = this.out.length;
    if (spans && spans.length) this.places.set(no, spans);
    return no;
  }

  /**
   * A paragraph made of one or more source lines (a wrapped PDF paragraph keeps its lines).
   * Empty pieces are skipped; a paragraph without text writes nothing.
   */
  paragraph(pieces: readonly Piece[]): void {
    const parts = pieces.map((p) => ({ ...p, text: cleanLine(p.text) })).filter((p) => p.text !== '');
    if (parts.length === 0) return;
    if (this.afterTable) {
      this.line('');
      this.line('');
      this.afterTable = false;
    }
    let text = '';
    const offsets: { offset: number; line: number }[] = [];
    for (const p of parts) {
      const no = this.line(p.text, p.spans);
      if (text && needsSpace(text, p.text)) text += ' ';
      offsets.push({ offset: text.length, line: no });
      text += p.text;
    }
    const para: Paragraph = { kind: 'paragraph', text, line: offsets[0]!.line };
    if (offsets.length > 1) para.pieces = offsets;
    this.blocks.push(para);
  }

  /** A table: rows of cells. A cell's text may hold several lines; empty rows are dropped. */
  table(rows: readonly (readonly CellIn[])[]): void {
    const kept = rows.filter((r) => r.length > 0);
    if (kept.length === 0) return;
    if (this.afterTable) {
      this.line('');
      this.line('');
    }
    const table: Table = { kind: 'table', rows: [], startLine: this.out.length + 1, endLine: 0 };
    for (let r = 0; r < kept.length; r++) {
      if (r > 0) this.line('');
      const row: Row = { cells: [], startLine: this.out.length + 1, endLine: 0 };
      for (const c of kept[r]!) {
        const lines = c.text.split('\n').map(cleanLine).filter((l) => l !== '');
        const first = lines[0] ?? '';
        // The spans of a one-line cell keep their offsets; a wrapped cell's lines each get the cell's places.
        const startLine = this.line(`\t${first}`, lines.length <= 1 ? c.spans : c.spans?.map((s) => ({ ...s, start: 0, end: first.length })));
        for (let i = 1; i < lines.length; i++) {
          const l = lines[i]!;
          this.line(l, c.spans?.map((s) => ({ ...s, start: 0, end: l.length })));
        }
        const cell: Cell = { text: lines.join('\n'), startLine, endLine: this.out.length };
        row.cells.push(cell);
      }
      row.endLine = this.out.length;
      table.rows.push(row);
    }
    table.endLine = this.out.length;
    this.blocks.push(table);
    this.afterTable = true;
  }

  warn(code: string, message: string): void {
    this.warnings.push({ code, message });
  }

  finish(): Produced {
    const tail = this.afterTable ? ['', ''] : [];
    const all = [...this.out, ...tail];
    return {
      format: this.format,
      layout: this.layout,
      text: all.length ? `${all.join('\n')}\n` : '',
      lines: all.length,
      blocks: this.blocks,
      places: this.places,
      warnings: this.warnings,
    };
  }
}

const ASCII_WORD_END = /[A-Za-z0-9]$/;
const ASCII_WORD_START = /^[A-Za-z]/;

/** Joining two lines of one paragraph: a space only between Latin words (CJK and figures join as they are). */
export function needsSpace(before: string, after: string): boolean {
  return ASCII_WORD_END.test(before) && ASCII_WORD_START.test(after);
}

/** The A1 name of a cell: column index 0 → A. */
export function cellName(row0: number, col0: number): string {
  let c = col0 + 1;
  let s = '';
  while (c > 0) {
    const m = (c - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    c = Math.floor((c - 1) / 26);
  }
  return `${s}${row0 + 1}`;
}
