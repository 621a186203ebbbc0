import type { Block, Cell, Row, Table } from '../blocks/index.js';
import type { Line } from '../lines/index.js';
import { needsSpace } from '../formats/builder.js';
import { readCellTable } from './cell-per-line.js';
import { FIGURE_TOKEN } from './figure-tokens.js';
import { readPipeTable } from './pipe.js';
import { fullWidth, joinParagraphs } from './paragraphs.js';

/**
 * Text saved from a web page (or written by hand): one paragraph per line, tables as pipe rows,
 * as TAB-separated rows (a table copied from a browser) or as one cell per line. They may mix in one file.
 */
export interface WebCounts {
  pipe: number;
  cellPerLine: number;
}

/** `预算数 |`: one cell per line, each closed by a pipe (some sites save a table so). */
const CELL_PIPE = /^[^|｜]*[^|｜\s][^|｜]*\s*[|｜]$/;
/** A pipe on a line of its own: an empty cell of such a run, or a cell border (see readPipeLines). */
const LONE_PIPE = /^\s*[|｜]\s*$/;

/**
 * Lines that are one cell closed by a pipe, in a run of at least four (a lone pipe inside the run is
 * an empty cell: `因公出国(境)费 |` ⏎ `|` ⏎ `|`): the pipe is dropped, so that the run is read as
 * cells one per line.
 */
export function unpipeCells(lines: readonly Line[]): Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    let cells = 0;
    while (j < lines.length && !lines[j]!.blank && (CELL_PIPE.test(lines[j]!.text) || (j > i && LONE_PIPE.test(lines[j]!.text)))) {
      if (CELL_PIPE.test(lines[j]!.text)) cells++;
      j++;
    }
    if (cells >= 4) {
      out ??= lines.slice();
      for (let k = i; k < j; k++) out[k] = { ...lines[k]!, text: lines[k]!.text.replace(/\s*[|｜]$/, '').trim() };
    }
    i = j > i ? j : i + 1;
  }
  return out ?? (lines as Line[]);
}

/**
 * A table whose borders a web page saved as lines of their own: `|` ⏎ `项目` ⏎ `|` ⏎ `合计` ⏎ `|` ⏎
 * `一般公共` ⏎ `预算` ⏎ `|` ⏎ `|` ⏎ `行政经费` ⏎ `|` ⏎ `312.23` ⏎ `|` …: a cell is the text between two
 * pipes (its lines joined), and two pipes in a row end a row, or, inside a row shorter than the
 * table's first row of two or more cells, stand around an empty cell. A blank line or a line that
 * is no cell ends the table; rows with no text (the page's own empty borders) are left out.
 */
function readPipeLines(lines: readonly Line[], from: number): { table: Table; next: number } | null {
  const rows: Row[] = [];
  let cells: Cell[] = [];
  let text: Line[] = [];
  let width = 0;
  let afterPipe = false;
  let pipes = 0;
  const closeRow = () => {
    if (cells.some((c) => c.text)) {
      rows.push({ cells, startLine: cells[0]!.startLine, endLine: cells[cells.length - 1]!.endLine });
      if (width === 0 && cells.length >= 2) width = cells.length;
    }
    cells = [];
  };
  let i = from;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank) break;
    if (LONE_PIPE.test(l.text)) {
      pipes++;
      if (text.length) {
        cells.push({ text: joinCell(text), startLine: text[0]!.no, endLine: text[text.length - 1]!.no });
        text = [];
      } else if (afterPipe) {
        if (width > 0 && cells.length > 0 && cells.length < width) cells.push({ text: '', startLine: l.no, endLine: l.no });
        else closeRow();
      }
      afterPipe = true;
      continue;
    }
    if (/[|｜]/.test(l.text) || l.text.length > 40) break;
    text.push(l);
    afterPipe = false;
  }
  // Text after the last pipe is no cell: the table ended with its pipe.
  if (text.length) i = lines.indexOf(text[0]!);
  closeRow();
  if (rows.filter((r) => r.cells.length >= 2).length < 2 || pipes < 6) return null;
  return { table: { kind: 'table', rows, startLine: rows[0]!.startLine, endLine: rows[rows.length - 1]!.endLine }, next: i };
}

/** The lines of one cell joined as a wrapped cell is (Chinese as it is, a space between Latin words only). */
function joinCell(parts: readonly Line[]): string {
  let out = '';
  for (const p of parts) {
    const t = p.text.trim();
    out += out && needsSpace(out, t) ? ` ${t}` : t;
  }
  return out;
}

/** A line whose cells are separated by TABs (a table copied from a web page): `项目⇥本年预算数⇥上年预算数`. */
export function tabCells(raw: string): string[] | null {
  const t = raw.replace(/^[ \u3000]+/, '').replace(/[ \r\u3000]+$/, '');
  if (!t.includes('\t') || t.charCodeAt(0) === 9) return null;
  const cells = t.split('\t').map((c) => c.replace(/[\u3000\u00a0]/g, ' ').trim());
  return cells.length >= 2 ? cells : null;
}

/** Consecutive TAB-separated lines (two or more) from lines[from]: one row per line, empty cells kept. */
function readTabTable(lines: readonly Line[], raw: readonly string[], from: number): { table: Table; next: number } | null {
  let i = from;
  const rows: Row[] = [];
  for (; i < lines.length; i++) {
    const cells = tabCells(raw[lines[i]!.no - 1] ?? '');
    if (!cells || lines[i]!.blank) break;
    const no = lines[i]!.no;
    rows.push({ cells: cells.map((text) => ({ text, startLine: no, endLine: no })), startLine: no, endLine: no });
  }
  if (rows.length < 2) return null;
  return { table: { kind: 'table', rows, startLine: rows[0]!.startLine, endLine: rows[rows.length - 1]!.endLine }, next: i };
}

/**
 * Rows whose cells a web page's text keeps apart by single spaces only, under a header of column
 * names: `项目 本年预算数 上年预算数` ⏎ `“三公”经费合计 12.50 13.00`. A row is a name followed by its
 * figures (the name may hold spaces: `合 计`); a name without figures is a row with empty cells.
 */
const SPACE_HEADER = /^(项\s*目|科目(名称)?|名\s*称|类别|单位名称|项目名称)\s+\S/;

function spaceRow(t: string): { name: string; figures: string[] } | null {
  const words = t.split(/\s+/);
  let k = words.length;
  while (k > 0 && FIGURE_TOKEN.test(words[k - 1]!)) k--;
  if (k === 0 || k === words.length) return null;
  const name = words.slice(0, k).join(' ');
  if (/[。；]/.test(name) || name.length > 30) return null;
  return { name, figures: words.slice(k) };
}

function readSpaceTable(lines: readonly Line[], from: number): { table: Table; next: number } | null {
  const head = lines[from]!;
  if (!SPACE_HEADER.test(head.text) || head.text.length > 60) return null;
  const headerCells = head.text.replace(/^项\s+目/, '项目').split(/\s+/);
  const rows: Row[] = [];
  let width = 0;
  let i = from + 1;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank) break;
    const r = spaceRow(l.text);
    if (!r) break;
    width = Math.max(width, r.figures.length);
    const no = l.no;
    rows.push({ cells: [r.name, ...r.figures].map((text) => ({ text, startLine: no, endLine: no })), startLine: no, endLine: no });
  }
  if (rows.length < 2) return null;
  const n = Math.max(headerCells.length, width + 1);
  const pad = (cells: Row['cells'], no: number) => {
    while (cells.length < n) cells.push({ text: '', startLine: no, endLine: no });
    return cells;
  };
  const header: Row = { cells: pad(headerCells.map((text) => ({ text, startLine: head.no, endLine: head.no })), head.no), startLine: head.no, endLine: head.no };
  for (const r of rows) pad(r.cells, r.startLine);
  return { table: { kind: 'table', rows: [header, ...rows], startLine: head.no, endLine: rows[rows.length - 1]!.endLine }, next: i };
}

/** Lines of the file whose cells are separated by TABs. */
export function countTabRows(raw: readonly string[]): number {
  let n = 0;
  for (const r of raw) if (r.includes('\t') && tabCells(r)) n++;
  return n;
}

export function readWeb(input: readonly Line[], counts: WebCounts = { pipe: 0, cellPerLine: 0 }, raw?: readonly string[]): Block[] {
  const blocks: Block[] = [];
  const lines = input.some((l) => l.text.endsWith('|') || l.text.endsWith('｜')) ? unpipeCells(input) : input;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (line.blank) {
      i++;
      continue;
    }
    const t = line.text;
    const found =
      (LONE_PIPE.test(t) ? readPipeLines(lines, i) : null) ??
      (raw && raw[line.no - 1]?.includes('\t') ? readTabTable(lines, raw, i) : null) ??
      (t.includes('|') || t.includes('｜') ? readPipeTable(lines, i) : null) ??
      (t.length <= 30 ? readCellTable(lines, i) : null) ??
      (t.includes(' ') ? readSpaceTable(lines, i) : null);
    if (found) {
      if (found.table.rows[0]!.cells.length && (t.includes('|') || t.includes('｜'))) counts.pipe += found.next - i;
      else counts.cellPerLine += found.next - i;
      blocks.push(found.table);
      i = found.next;
      continue;
    }
    blocks.push({ kind: 'paragraph', text: t, line: line.no });
    i++;
  }
  return blocks;
}

/**
 * Web text hard-wrapped at a fixed width: the blocks of `readWeb` (its tables as they are), with the
 * lines of each run of paragraphs re-joined as wrapped prose (`joinParagraphs`, at the width of the
 * running text). `starts`: line numbers that always start a paragraph (an indented first line).
 */
export function joinWrappedParagraphs(blocks: readonly Block[], starts?: ReadonlySet<number>): Block[] {
  const asLine = (b: { line: number; text: string }): Line => ({ no: b.line, cell: false, blank: false, text: b.text });
  const prose: Line[] = [];
  for (const b of blocks) if (b.kind === 'paragraph') prose.push(asLine(b));
  const width = fullWidth(prose);
  const out: Block[] = [];
  let run: Line[] = [];
  const flush = () => {
    if (run.length) for (const p of joinParagraphs(run, width, starts)) out.push(p);
    run = [];
  };
  for (const b of blocks) {
    if (b.kind === 'paragraph') run.push(asLine(b));
    else {
      flush();
      out.push(b);
    }
  }
  flush();
  return out;
}
