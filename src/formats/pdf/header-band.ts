import { CAPTION_LINE, TITLE_SHAPE } from '../../tables/patterns.js';
import { needsSpace, type CellIn, type Span } from '../builder.js';
import type { TextLine } from './text-lines.js';

/**
 * The header of a table without ruling lines, spread over several lines above its figures.
 * Header cells are centred in their (merged) cells, so one cell's words may stand alone on a
 * line (公务接待费 set between the two lines of its neighbours), two neighbours' words may stand
 * closer than a font size (one field of the line), and a word may head a column with no figure
 * under it (公务用车购置费 empty). Such lines are read as header rows by where their words stand
 * over the columns (the glyph boxes of pdf.js, their real advance widths), not by how many
 * fields a line has.
 */

/** A word of a header line: items closer than half a font size, joined. */
export interface Piece {
  x0: number;
  x1: number;
  text: string;
  spans: Span[];
  line: number;
}

/** A column of the table: where its cells stand, and whether figures stand in it. */
export interface Col {
  x0: number;
  x1: number;
  figure: boolean;
}

/**
 * Most space between two header lines, in font sizes: the lines of a header are set tight (a
 * title or caption above stands a line's height or more apart: 1.1 sizes on d09).
 */
const GAP = 0.8;
/** Most lines a header of a table takes above its first row. */
const MAX_HEADER_LINES = 8;
/** A header line: no figure standing alone, no sentence, no title or caption. */
const FIGURE = /^[-−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/;
const NOT_HEADER = /[。；;，,：:]|^[（(][^）)]*[)）]$/;

/** The words of a line: its items, joined where they stand less than half a font size apart. */
export function pieces(l: TextLine, line: number): Piece[] {
  const out: Piece[] = [];
  for (const p of l.parts) {
    const last = out[out.length - 1];
    const text = l.text.slice(p.start, p.end);
    const spans = l.spans.filter((s) => s.start < p.end && s.end > p.start).map((s) => ({ ...s, start: Math.max(0, s.start - p.start), end: Math.min(s.end, p.end) - p.start }));
    if (last && p.x0 - last.x1 < l.size * 0.5) {
      if (needsSpace(last.text, text)) last.text += ' ';
      const shift = last.text.length;
      last.text += text;
      last.x1 = Math.max(last.x1, p.x1);
      for (const s of spans) last.spans.push({ ...s, start: s.start + shift, end: s.end + shift });
    } else out.push({ x0: p.x0, x1: p.x1, text, spans, line });
  }
  for (const p of out) {
    const lead = p.text.length - p.text.trimStart().length;
    p.text = p.text.trim();
    if (lead) for (const s of p.spans) (s.start = Math.max(0, s.start - lead)), (s.end = Math.max(0, s.end - lead));
  }
  return out.filter((p) => p.text !== '');
}

/** Can `l` be a line of a table's header: words only, over the table's width, no title, caption or sentence? */
export function headerLine(l: TextLine, x0: number, x1: number): boolean {
  const t = l.text.trim();
  if (!t || NOT_HEADER.test(t) || TITLE_SHAPE.test(t) || CAPTION_LINE.test(t)) return false;
  if (l.x0 < x0 - l.size * 2 || l.x1 > x1 + l.size * 2) return false;
  return pieces(l, 0).every((p) => !FIGURE.test(p.text.replace(/\s/g, '')));
}

/** How many of the lines above the table's first line (`lines[from]`, going up) are header lines. */
export function headerAbove(lines: readonly TextLine[], from: number, stop: number, x0: number, x1: number): number {
  let n = 0;
  let below = lines[from]!;
  for (let j = from - 1; j > stop && n < MAX_HEADER_LINES; j--) {
    const l = lines[j]!;
    if (below.top - l.bottom > l.size * GAP || !headerLine(l, x0, x1)) break;
    n++;
    below = l;
  }
  return n;
}

const centre = (a: { x0: number; x1: number }) => (a.x0 + a.x1) / 2;
const overlap = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);

/** The column whose zone (halfway to each neighbour) holds x. */
function zoneOf(cols: readonly Col[], x: number): number {
  let k = 0;
  while (k + 1 < cols.length && x > (cols[k]!.x1 + cols[k + 1]!.x0) / 2) k++;
  return k;
}

/**
 * The last of the header lines (top first) that cannot be read: a word alone on its line from the
 * first column to the last (a title over the table); a word alone on its line over the
 * word of one column, whose neighbours on both sides have words on that lower line (预算数 over
 * 合计 人员经费 公用经费). It may head those three (a merged cell) or its column alone (a cell
 * wrapped over two lines, its neighbours set low): nothing tells, so it and the lines above it are
 * left out of the header (-1 when every line can be read).
 */
export function lastUnsure(lines: readonly Piece[][], cols: readonly Col[], size: number): number {
  let last = -1;
  lines.forEach((ws, i) => {
    if (ws.length !== 1) return;
    const w = ws[0]!;
    // One word from the first column's zone to the last one's: a title over the table, not a header.
    if (cols.length > 2 && zoneOf(cols, w.x0) === 0 && zoneOf(cols, w.x1) === cols.length - 1) {
      last = i;
      return;
    }
    const below = lines.slice(i + 1).flat().filter((v) => overlap(v, w) > size * 0.25);
    const ks = new Set(below.map((v) => zoneOf(cols, centre(v))));
    if (ks.size !== 1) return;
    const k = [...ks][0]!;
    const zones = (l: number) => new Set(lines[l]!.map((v) => zoneOf(cols, centre(v))));
    if (below.some((v) => zones(v.line).has(k - 1) && zones(v.line).has(k + 1))) last = i;
  });
  return last;
}

/**
 * The header rows over `cols` from the header lines' words (top line first). A word goes to the
 * column whose zone holds its centre; two words of one line in one zone: the one nearer the
 * column's figures keeps it, the other heads a column of its own (no figure under it). A word over
 * the words of two or more columns below it (a merged cell: 公务用车购置及运行维护费 over 小计 /
 * 购置费 / 运行维护费) heads them all: it is written once in a row above, as a merged grid cell
 * is, over the columns centred under it. Returns the columns (new ones added) and the rows.
 */
export function headerRows(lines: readonly Piece[][], colsIn: readonly Col[], size: number): { cols: Col[]; rows: CellIn[][] } {
  const cols = colsIn.map((c) => ({ ...c }));
  // Columns with no figure under them, from two words of one line in one zone.
  for (const ws of lines) {
    const byZone = new Map<number, Piece[]>();
    for (const w of ws) {
      const k = zoneOf(cols, centre(w));
      byZone.set(k, [...(byZone.get(k) ?? []), w]);
    }
    for (const [k, group] of byZone) {
      if (group.length < 2) continue;
      const c = cols[k]!;
      const dist = (w: Piece) => (overlap(w, c) > 0 ? -overlap(w, c) : Math.min(Math.abs(w.x0 - c.x1), Math.abs(c.x0 - w.x1)));
      const keep = group.reduce((a, b) => (dist(b) < dist(a) ? b : a));
      for (const w of group) if (w !== keep && overlap(w, c) <= 0) cols.push({ x0: w.x0, x1: w.x1, figure: false });
    }
    cols.sort((a, b) => a.x0 - b.x0);
  }
  const all = lines.flat();
  // Words over one column, and their columns' extents (figures and words).
  const ext = cols.map((c) => ({ x0: c.x0, x1: c.x1 }));
  const single = new Map<Piece, number>();
  const spanning: Piece[] = [];
  // The columns of the words below a word that it stands over (text stays inside its cell, so a
  // word over two columns' words is a merged cell's).
  const covered = (w: Piece) => {
    const ks = new Set<number>();
    for (const v of all) if (v.line > w.line && overlap(v, w) > size * 0.25) ks.add(zoneOf(cols, centre(v)));
    return ks;
  };
  for (const w of all) {
    if (covered(w).size >= 2) spanning.push(w);
    else {
      const k = zoneOf(cols, centre(w));
      single.set(w, k);
      ext[k]!.x0 = Math.min(ext[k]!.x0, w.x0);
      ext[k]!.x1 = Math.max(ext[k]!.x1, w.x1);
    }
  }
  // A merged cell's word is centred over its columns: of the runs of columns holding those under
  // it (one more on either side allowed), the one whose middle is nearest its centre.
  const spanOf = new Map<Piece, [number, number]>();
  for (const w of spanning) {
    const ks = [...covered(w)];
    const lo = Math.min(...ks);
    const hi = Math.max(...ks);
    let best: [number, number] = [lo, hi];
    let d = Number.POSITIVE_INFINITY;
    for (let a = Math.max(0, lo - 1); a <= lo; a++) {
      for (let b = hi; b <= Math.min(cols.length - 1, hi + 1); b++) {
        const m = (ext[a]!.x0 + ext[b]!.x1) / 2;
        if (Math.abs(m - centre(w)) < d - size * 0.1) {
          d = Math.abs(m - centre(w));
          best = [a, b];
        }
      }
    }
    spanOf.set(w, best);
  }
  const join = (ws: Piece[]): CellIn => {
    ws.sort((a, b) => a.line - b.line || a.x0 - b.x0);
    let text = '';
    const spans: Span[] = [];
    for (const w of ws) {
      if (text && needsSpace(text, w.text)) text += ' ';
      const shift = text.length;
      text += w.text;
      for (const s of w.spans) spans.push({ ...s, start: s.start + shift, end: s.end + shift });
    }
    return { text, spans };
  };
  const own = cols.map((_, k) => join([...single].filter(([, c]) => c === k).map(([w]) => w)));
  if (spanning.length === 0) return { cols, rows: [own] };
  // Two rows, as a grid gives a merged cell: the merged word once over its columns, the columns'
  // own words under it; a column under no merged word has its words in the first row.
  const under = new Set<number>();
  for (const [a, b] of spanOf.values()) for (let k = a; k <= b; k++) under.add(k);
  const top: CellIn[] = [];
  const second: CellIn[] = [];
  for (let k = 0; k < cols.length; k++) {
    const starts = spanning.filter((w) => spanOf.get(w)![0] === k);
    if (starts.length) top.push(join(starts));
    else if (!under.has(k)) top.push(own[k]!);
    second.push(under.has(k) ? own[k]! : { text: '' });
  }
  return { cols, rows: [top, second] };
}
