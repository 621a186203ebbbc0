import { needsSpace, type CellIn, type Span } from '../builder.js';
import type { TextLine } from './text-lines.js';
import { headerAbove, headerLine, headerRows, lastUnsure, pieces, type Col } from './header-band.js';

/**
 * Tables without ruling lines, from the alignment of the text: a run of at least three lines
 * each made of fields standing apart (gaps wider than the font size), one under the other.
 * The columns are those of the widest rows; every field goes to the column it overlaps most, so an
 * empty cell stays an empty cell and no figure moves into its neighbour's column.
 */
export interface AlignedTable {
  /** The lines the table replaces. */
  lines: TextLine[];
  rows: CellIn[][];
  top: number;
}

interface Field {
  x0: number;
  x1: number;
  text: string;
  spans: Span[];
}

function fields(l: TextLine): Field[] {
  const out: Field[] = [];
  let cur: { x0: number; x1: number; start: number; end: number } | null = null;
  const push = () => {
    if (!cur) return;
    const c = cur;
    const text = l.text.slice(c.start, c.end).trim();
    const lead = l.text.slice(c.start, c.end).length - l.text.slice(c.start, c.end).trimStart().length;
    const spans = l.spans
      .filter((s) => s.start < c.end && s.end > c.start)
      .map((s) => ({ ...s, start: Math.max(0, s.start - c.start - lead), end: Math.max(0, Math.min(s.end, c.end) - c.start - lead) }));
    if (text) out.push({ x0: c.x0, x1: c.x1, text, spans });
  };
  for (const p of l.parts) {
    if (cur && p.x0 - cur.x1 <= l.size) {
      cur.x1 = Math.max(cur.x1, p.x1);
      cur.end = p.end;
    } else {
      push();
      cur = { ...p };
    }
  }
  push();
  return out;
}

const MIN_ROWS = 3;

export function alignedTables(lines: readonly TextLine[]): AlignedTable[] {
  const out: AlignedTable[] = [];
  let run: Run[] = [];
  /** Index of the last line a table took: a header above the next table starts after it. */
  let taken = -1;
  const close = () => {
    // A wrapped line can only stand between rows, not after the last one.
    while (run.length && run[run.length - 1]!.wrap) run.pop();
    if (run.filter((r) => !r.wrap).length >= MIN_ROWS) {
      const t = withHeaderAbove(lines, run, taken) ?? build(run);
      if (t) {
        out.push(t);
        taken = run[run.length - 1]!.at;
      }
    }
    run = [];
  };
  lines.forEach((l, at) => {
    const f = fields(l);
    const prev = run[run.length - 1];
    if (f.length >= 2 && (!prev || l.top - prev.line.bottom < l.size * 2.5)) run.push({ line: l, fields: f, at });
    // One field set tight under a row (less than a line's gap): the cell above wraps onto it.
    else if (f.length === 1 && prev && !prev.wrap && l.top - prev.line.bottom < l.size * 0.6) run.push({ line: l, fields: f, wrap: true, at });
    else {
      close();
      if (f.length >= 2) run.push({ line: l, fields: f, at });
    }
  });
  close();
  return out;
}

interface Run {
  line: TextLine;
  fields: Field[];
  wrap?: boolean;
  /** Index of the line in the page's lines. */
  at: number;
}

const FIGURE_FIELD = /^[-−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/;
const isFigure = (f: Field) => FIGURE_FIELD.test(f.text.replace(/\s/g, ''));

/**
 * A run whose header stands partly on lines above it that were not read as rows (a header word
 * alone on its line, or two neighbours' words closer than a font size): those lines and the run's
 * lines before its first figure are the header, read by where their words stand over the columns
 * of the rows with figures (header-band.ts). Null when there is no such line above, or no figure.
 */
function withHeaderAbove(lines: readonly TextLine[], run: Run[], stop: number): AlignedTable | null {
  const first = run.findIndex((r) => !r.wrap && r.fields.some(isFigure));
  if (first < 0) return null;
  const body = run.slice(first);
  const cols = columnsOf(body);
  if (cols.length < 2) return null;
  const x0 = Math.min(cols[0]![0], ...run.map((r) => r.line.x0));
  const x1 = Math.max(cols[cols.length - 1]![1], ...run.map((r) => r.line.x1));
  // The run's lines before its first figure are header lines too (else the run starts at its figures).
  if (run.slice(0, first).some((r) => !headerLine(r.line, x0, x1))) return null;
  const above = headerAbove(lines, run[0]!.at, stop, x0, x1);
  if (above === 0) return null;
  let head = [...lines.slice(run[0]!.at - above, run[0]!.at), ...run.slice(0, first).map((r) => r.line)];
  const figureCol = cols.map(([a, b]) => body.some((r) => r.fields.some((f) => isFigure(f) && f.x0 < b && a < f.x1)));
  const band: Col[] = cols.map(([a, b], k) => ({ x0: a, x1: b, figure: figureCol[k]! }));
  const size = Math.max(...head.map((l) => l.size));
  // A line above that cannot be read as header stays a paragraph, with the lines above it.
  const unsure = lastUnsure(head.map((l, i) => pieces(l, i)), band, size);
  if (unsure >= above - 1) return null;
  if (unsure >= 0) head = head.slice(unsure + 1);
  const { cols: all, rows } = headerRows(head.map((l, i) => pieces(l, i)), band, size);
  const t = build(body, all.map((c) => [c.x0, c.x1] as [number, number]));
  if (!t) return null;
  return { lines: [...head, ...t.lines], rows: [...rows, ...t.rows], top: head[0]!.top };
}

/** Columns: the field intervals of the widest rows, merged where they overlap. */
function columnsOf(run: readonly { fields: Field[] }[]): [number, number][] {
  const most = Math.max(...run.map((r) => r.fields.length));
  const intervals = run.filter((r) => r.fields.length === most).flatMap((r) => r.fields.map((f) => [f.x0, f.x1] as [number, number]));
  intervals.sort((a, b) => a[0] - b[0]);
  const cols: [number, number][] = [];
  for (const [a, b] of intervals) {
    const last = cols[cols.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else cols.push([a, b]);
  }
  return cols;
}

function build(run: { line: TextLine; fields: Field[]; wrap?: boolean }[], given?: [number, number][]): AlignedTable | null {
  const cols = given ?? columnsOf(run);
  if (cols.length < 2) return null;
  const rows: { text: string; spans: Span[] }[][] = [];
  for (const r of run) {
    const wrapped = r.wrap ? rows[rows.length - 1] : undefined;
    const cells: { text: string; spans: Span[] }[] = wrapped ?? cols.map(() => ({ text: '', spans: [] }));
    for (const f of r.fields) {
      let best = 0;
      let bestScore = -Infinity;
      cols.forEach(([a, b], i) => {
        const overlap = Math.min(b, f.x1) - Math.max(a, f.x0);
        const score = overlap > 0 ? overlap : -Math.min(Math.abs(f.x0 - b), Math.abs(a - f.x1));
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      });
      const c = cells[best]!;
      // A wrapped cell joins as one text (Chinese needs no space); fields side by side get one.
      const sep = !c.text ? '' : wrapped ? (needsSpace(c.text, f.text) ? ' ' : '') : ' ';
      const shift = c.text.length + sep.length;
      c.text = `${c.text}${sep}${f.text}`;
      for (const s of f.spans) c.spans.push({ ...s, start: s.start + shift, end: s.end + shift });
    }
    if (!wrapped) rows.push(cells);
  }
  return { lines: run.map((r) => r.line), rows, top: run[0]!.line.top };
}
