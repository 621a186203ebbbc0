import type { Block, Cell, Row, Table } from '../blocks/index.js';
import type { Line } from '../lines/index.js';
import { FIGURE_TOKEN } from './figure-tokens.js';
import { displayWidth, fullWidth, joinParagraphs, STARTS_ITEM } from './paragraphs.js';

/**
 * PDF text from `pdftotext -layout`: tables are space-aligned columns.
 *   项目                      本年预算数     上年预算数
 *   “三公”经费合计                12.50         13.00
 * A table is a run of lines with two or more cells (text separated by two or more spaces).
 * Its columns are found from the alignment of the rows that hold figures (numbers are ASCII, so
 * their columns are exact), completed by header cells that stand over no figure; every line is
 * then cut at those columns. Header lines above the first row of figures form one header row
 * (a column's header wrapped over several lines is joined); a line without figures below a
 * row continues it (a long name that wraps onto a second line); a blank first cell stays blank
 * (a merged cell, filled down by the readers). Other lines are running text, re-joined as PDF text.
 */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

const DECIMAL_TOKEN = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)$|^[-−]?\d{1,3}(?:,\d{3})+$/;

export function isAmountToken(t: string): boolean {
  return FIGURE_TOKEN.test(t);
}

/** Cut a raw line into segments at runs of two or more spaces, and at one space next to a decimal figure. */
export function segments(raw: string): Segment[] {
  const out: Segment[] = [];
  const re = /\S+(?: \S+)*/g;
  let m: RegExpExecArray | null;
  // A line of running text (no gap of two spaces inside) is one segment: `预算支出 205.97 万` is prose.
  const gapped = /\S {2,}\S/.test(raw);
  while ((m = re.exec(raw)) !== null) {
    const text = m[0];
    if (!gapped || !text.includes(' ')) {
      out.push({ start: m.index, end: m.index + text.length, text });
      continue;
    }
    // "48,592.98 一、一般公共服务支出": a figure and a name one space apart are two cells.
    let at = m.index;
    let cur = '';
    let curStart = at;
    for (const w of text.split(' ')) {
      const prev = cur.slice(cur.lastIndexOf(' ') + 1);
      if (cur && (DECIMAL_TOKEN.test(w) || DECIMAL_TOKEN.test(prev)) && !(DECIMAL_TOKEN.test(w) && /\d$/.test(prev) && !DECIMAL_TOKEN.test(prev)) && !UNIT_WORD.test(w)) {
        out.push({ start: curStart, end: curStart + cur.length, text: cur });
        cur = w;
        curStart = at;
      } else {
        if (!cur) curStart = at;
        cur = cur ? `${cur} ${w}` : w;
      }
      at += w.length + 1;
    }
    if (cur) out.push({ start: curStart, end: curStart + cur.length, text: cur });
  }
  return out;
}

/** A word that goes with the figure before it: `205.97 万元`, `24.11 %`. */
const UNIT_WORD = /^[万亿元%％个人辆台项次]/;

const UNIT_LINE = /^(金额|计量)?单位[:：]|^编制(单位|部门)[:：]|^(预算)?单位名称[:：]|^部门(名称)?[:：]/;

interface RegionLine {
  line: Line;
  segs: Segment[];
  data: boolean;
}

const PROSE = /[，。；,;][\u4e00-\u9fff]|[\u4e00-\u9fff][，。；,;]/;

/** A line of running text that happens to hold wide gaps (a justified line, a figure set apart): not a table row. */
/** A unit set apart from its figure by a justified line, its sentence going on (`3,490.20  万元，其`): no cell starts so. */
const UNIT_THEN_CLAUSE = /^[万亿]?元[，。；、,;]/;

function isProse(segs: Segment[]): boolean {
  let prose = 0;
  let all = 0;
  for (let k = 1; k < segs.length; k++) if (UNIT_THEN_CLAUSE.test(segs[k]!.text) && isAmountToken(segs[k - 1]!.text)) return true;
  for (const s of segs) {
    const w = displayWidth(s.text);
    all += w;
    if (w >= 8 && PROSE.test(s.text)) prose += w;
  }
  return prose >= 12 && prose * 2 >= all;
}

function isData(segs: Segment[]): boolean {
  return segs.some((s) => isAmountToken(s.text));
}

/**
 * Columns as [start, end) intervals. Figures are ASCII, so their positions are exact: the union of
 * the overlapping figure cells of the rows gives the figure columns. Chinese text is placed less
 * exactly (pdftotext gives a wide character one column), so a text cell belongs to the gap after the
 * last figure column that starts before it; inside a gap, overlapping text cells form one column.
 * Header cells that stand over no column and near none make columns of their own.
 */
interface Column {
  a: number;
  b: number;
  figure: boolean;
  /** For a text column: the gap between figure columns it stands in. */
  slot: number;
}

function findColumns(rows: RegionLine[], header: RegionLine[]): { cols: Column[]; fig: [number, number][]; codeStarts: number[] } {
  // 类 / 款 / 项 printed as header cells: each stands over a code column of its own.
  const codeStarts = header.flatMap((h) => h.segs.filter((s) => CODE_PART.test(s.text)).map((s) => s.start));
  const figures: [number, number][] = [];
  const texts: Segment[] = [];
  const figSegs: Segment[] = [];
  const rowOf = new Map<Segment, number>();
  rows.forEach((r, k) => {
    for (const s of r.segs) {
      rowOf.set(s, k);
      (isFigure(s.text) && !isCodePart(s, codeStarts) ? figSegs : texts).push(s);
    }
  });
  const fig = figureColumns(figSegs, rowOf);
  const slots: Segment[][] = fig.map(() => []);
  slots.push([]);
  for (const s of texts) slots[slotOf(s.start, fig)]!.push(s);
  const cols: Column[] = [];
  const rowCount = rows.length;
  for (let g = 0; g < slots.length; g++) {
    for (const [a, b] of textColumns(slots[g]!, rowCount, rowOf, codeStarts)) cols.push({ a, b, figure: false, slot: g });
    if (g < fig.length) cols.push({ a: fig[g]![0], b: fig[g]![1], figure: true, slot: g });
  }
  if (header.length === 1) alignHeader(header[0]!.segs, cols);
  const extra: [number, number][] = [];
  const near = (s: Segment, c: Column) => s.start < c.b + NEAR && c.a - NEAR < s.end;
  for (const h of header) {
    for (const s of h.segs) {
      if (cols.some((c) => near(s, c))) {
        if (header.length === 1 && emptyColumnHeader(s, h.segs, cols)) extra.push([s.start, s.end]);
        continue;
      }
      const owner = headerSetApart(s, cols, header, near);
      if (owner) owner.a = Math.min(owner.a, s.start);
      else extra.push([s.start, s.end]);
    }
  }
  for (const [a, b] of mergeSpans(extra)) cols.push({ a, b, figure: false, slot: -1 });
  cols.sort((x, y) => x.a - y.a);
  return { cols, fig, codeStarts };
}

/**
 * A header cell over a column with no figure under it (an empty 基本支出 between 合计 and 项目支出):
 * it overlaps no column, stands wholly in the gap between two columns, and both of them have a
 * header cell of their own on the same line; both are figure columns, and the cell is a word of
 * two characters or more (after the last column, the column before it alone must be so). It is a column of its own rather than part of a
 * neighbour's name; no figure goes to it (figures go to figure columns by their right end).
 * Only in a header of one line: a header spread over several lines (real PDFs break 科 目 名 称
 * into single characters) has cells in gaps that belong to a neighbour.
 */
function emptyColumnHeader(s: Segment, line: Segment[], cols: Column[]): boolean {
  if ([...s.text].length < 2 || cols.some((c) => s.start < c.b && c.a < s.end)) return false;
  let before: Column | undefined;
  let after: Column | undefined;
  for (const c of cols) {
    if (c.b <= s.start && (!before || c.b > before.b)) before = c;
    if (c.a >= s.end && (!after || c.a < after.a)) after = c;
  }
  const named = (c: Column | undefined) => !!c && line.some((x) => x !== s && x.start < c.b && c.a < x.end);
  // after the last column: only the column before need be a named figure column (an empty last column)
  return !!before?.figure && (!after || after.figure) && named(before) && (!after || named(after));
}

/**
 * A one-line header whose cells (those over no text column) are as many as the figure columns,
 * each standing after the column before its own and starting before its own column ends: the k-th
 * cell names the k-th figure column, and the column is widened to it. Header words are centred over
 * wide cells while figures are right-aligned, so a word may stand nearer the figures of the column
 * before (合计 … 一般公共预算 over figures ending under 一般公共预算): matched in order, no column
 * takes its neighbour's name. Any other count or order: left to the nearness rules below.
 */
function alignHeader(segs: readonly Segment[], cols: Column[]): void {
  const figs = cols.filter((c) => c.figure);
  const heads = segs.filter((s) => !cols.some((c) => !c.figure && s.start < c.b && c.a < s.end));
  if (figs.length === 0 || heads.length !== figs.length) return;
  for (let k = 0; k < figs.length; k++) {
    const h = heads[k]!;
    if (h.start >= figs[k]!.b || (k > 0 && h.start < figs[k - 1]!.b) || (k + 1 < figs.length && h.end > figs[k + 1]!.a)) return;
  }
  for (let k = 0; k < figs.length; k++) figs[k]!.a = Math.min(figs[k]!.a, heads[k]!.start);
}

/** How far (in columns) a header cell may stand from figures it names when they have no header of their own. */
const FAR = 12;

/**
 * A header cell centred over a wide cell whose figures are right-aligned (项目 … 预算数 over figures
 * that end six places further right): it stands near no column, and the table's only figure
 * column without a header cell of its own lies within FAR places. It names that column (the column
 * is widened to it), rather than making an empty column beside it. Two unnamed figure columns, or
 * none near: no guess.
 */
function headerSetApart(s: Segment, cols: Column[], header: RegionLine[], near: (s: Segment, c: Column) => boolean): Column | null {
  let owner: Column | null = null;
  for (const c of cols) {
    if (!c.figure || header.some((h) => h.segs.some((x) => near(x, c)))) continue;
    if (owner) return null;
    owner = c;
  }
  return owner && s.start < owner.b + FAR && owner.a - FAR < s.end ? owner : null;
}

/** A header cell naming one level of a classification code split over columns. */
const CODE_PART = /^[款项]$/;

/** `05` under a 款 or 项 header cell: a part of a code, not a figure. */
function isCodePart(s: Segment, codeStarts: readonly number[]): boolean {
  return codeStarts.length > 0 && /^\d{2}$/.test(s.text) && codeStarts.some((x) => Math.abs(x - s.start) <= 2);
}

/**
 * Text columns inside one gap between figure columns: text cells start where their column starts
 * (left-aligned), so the columns start at the positions where cells of many rows start; a cell
 * that starts elsewhere belongs to the column it starts in. (A union of spans would merge two
 * columns as soon as one long name ran into the next: `50199-其他工资福利支出 30199-…`.)
 */
function textColumns(segs: Segment[], rows: number, rowOf: Map<Segment, number>, codeStarts: readonly number[] = []): [number, number][] {
  if (segs.length === 0) return [];
  const sorted = segs.slice().sort((a, b) => a.start - b.start);
  const clusters: Group[] = [];
  for (const x of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && x.start <= last.last + 2) add(last, x, x.start, rowOf);
    else clusters.push(group(x, x.start, rowOf));
  }
  const min = Math.max(2, Math.ceil(rows * 0.2));
  const kept: Group[] = [];
  for (const c of clusters) {
    const prev = kept[kept.length - 1];
    // a rare start, or a start never in the same row as the column before it (codes indented by level): the same column
    // … unless a 款 / 项 header cell stands over where it starts, and its cells are codes (类 blank on child rows).
    const ownCode = codeStarts.some((x) => Math.abs(x - c.a) <= 2) && c.segs.every((x) => /^\d{2,}$/.test(x.text));
    if (prev && !ownCode && (c.segs.length < min || !cooccur(prev, c))) merge(prev, c);
    else kept.push(c);
  }
  return kept.map((c) => {
    let b = c.a + 1;
    for (const x of c.segs) if (x.end > b) b = x.end;
    return [c.a, b] as [number, number];
  });
}

interface Group {
  a: number;
  b: number;
  last: number;
  segs: Segment[];
  rows: Set<number>;
}
function group(s: Segment, key: number, rowOf: Map<Segment, number>): Group {
  return { a: s.start, b: s.end, last: key, segs: [s], rows: new Set([rowOf.get(s) ?? -1]) };
}
function add(g: Group, s: Segment, key: number, rowOf: Map<Segment, number>): void {
  g.a = Math.min(g.a, s.start);
  g.b = Math.max(g.b, s.end);
  g.last = key;
  g.segs.push(s);
  g.rows.add(rowOf.get(s) ?? -1);
}
function merge(g: Group, h: Group): void {
  g.a = Math.min(g.a, h.a);
  g.b = Math.max(g.b, h.b);
  g.last = Math.max(g.last, h.last);
  for (const x of h.segs) g.segs.push(x);
  for (const r of h.rows) g.rows.add(r);
}
function cooccur(g: Group, h: Group): boolean {
  for (const r of h.rows) if (g.rows.has(r)) return true;
  return false;
}

/** Cut a text cell that runs over the start of the next text column at the space before it. */
function splitAtColumns(segs: Segment[], cols: Column[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segs) {
    let cur = s;
    if (s.text.includes(' ') && !isFigure(s.text)) {
      for (const c of cols) {
        if (c.figure || c.a <= cur.start + 1 || c.a >= cur.end - 1) continue;
        const cut = c.a - 1 - cur.start;
        if (cur.text[cut] !== ' ') continue;
        out.push({ start: cur.start, end: cur.start + cut, text: cur.text.slice(0, cut).trimEnd() });
        cur = { start: c.a, end: cur.end, text: cur.text.slice(cut + 1) };
      }
    }
    out.push(cur);
  }
  return out;
}

/** A figure cell: a number that is not a classification code (codes are left-aligned text: 208, 2080505). */
export function isFigure(t: string): boolean {
  return isAmountToken(t) && !/^\d{3,}$/.test(t);
}

/**
 * Figure columns: figures are right-aligned, so a column is the figures whose right ends lie
 * together (within two places: pdftotext moves a row by a place now and then).
 */
function figureColumns(segs: Segment[], rowOf: Map<Segment, number>): [number, number][] {
  const sorted = segs.slice().sort((x, y) => x.end - y.end);
  const clusters: Group[] = [];
  for (const s of sorted) {
    const c = clusters[clusters.length - 1];
    if (c && s.end <= c.last + 1) add(c, s, s.end, rowOf);
    else clusters.push(group(s, s.end, rowOf));
  }
  // Right ends a place or two apart that never stand in the same row: one column, moved.
  const kept: Group[] = [];
  for (const c of clusters) {
    const prev = kept[kept.length - 1];
    if (prev && c.segs[0]!.end - prev.last <= 6 && !cooccur(prev, c)) merge(prev, c);
    else kept.push(c);
  }
  return kept.map((c) => [c.a, c.b] as [number, number]).sort((x, y) => x[0] - y[0]);
}

/** How far (in columns) a header cell may stand from the column it names. */
const NEAR = 6;

/** The gap (0 … number of figure columns) a text cell starting at `start` falls into. */
function slotOf(start: number, fig: readonly [number, number][]): number {
  let g = 0;
  while (g < fig.length && fig[g]![0] <= start) g++;
  return g;
}

function mergeSpans(spans: [number, number][]): [number, number][] {
  spans.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = out[out.length - 1];
    if (last && a < last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The column of a cell: in a row of figures by kind (a figure to a figure column, text to a text column of its gap); in a header by overlap. */
function columnOf(s: Segment, cols: Column[], fig: [number, number][], body: boolean, codeStarts: readonly number[] = []): number {
  let pick: (c: Column) => boolean = () => true;
  if (body) {
    if (isFigure(s.text) && !isCodePart(s, codeStarts)) {
      let k = -1;
      let d = Number.POSITIVE_INFINITY;
      for (let j = 0; j < cols.length; j++) {
        const c = cols[j]!;
        if (c.figure && Math.abs(c.b - s.end) < d) {
          d = Math.abs(c.b - s.end);
          k = j;
        }
      }
      if (k >= 0) return k;
    }
    else {
      const slot = slotOf(s.start, fig);
      if (cols.some((c) => !c.figure && c.slot === slot)) {
        // the text column of its gap that starts last at or before the cell
        let k = -1;
        for (let j = 0; j < cols.length; j++) {
          const c = cols[j]!;
          if (!c.figure && c.slot === slot && c.a <= s.start + 1) k = j;
        }
        if (k >= 0) return k;
        pick = (c) => !c.figure && c.slot === slot;
      }
    }
  }
  let best = -1;
  let bestOverlap = 0;
  for (let k = 0; k < cols.length; k++) {
    const c = cols[k]!;
    if (!pick(c)) continue;
    const o = Math.min(c.b, s.end) - Math.max(c.a, s.start);
    if (o > bestOverlap) {
      bestOverlap = o;
      best = k;
    }
  }
  if (best >= 0) return best;
  const mid = (s.start + s.end) / 2;
  let dist = Number.POSITIVE_INFINITY;
  for (let k = 0; k < cols.length; k++) {
    const c = cols[k]!;
    if (!pick(c)) continue;
    // A header cell between two columns goes to a column found in the rows rather than to one of its own.
    const d = (mid < c.a ? c.a - mid : mid > c.b ? mid - c.b : 0) + (c.slot < 0 ? 0.5 : 0);
    if (d < dist) {
      dist = d;
      best = k;
    }
  }
  return best;
}

/** A line without figures that starts a new row (a numbered item, a code, two or more cells) rather than continuing the row above. */
function startsRow(r: RegionLine): boolean {
  return r.segs.length >= 2 || STARTS_ITEM.test(r.segs[0]?.text ?? '') || /^\d{3,}/.test(r.segs[0]?.text ?? '') || /^(合计|总计|小计|其中)/.test(r.segs[0]?.text ?? '');
}

/**
 * A table that prints only its header (an empty 政府性基金 table): one line of three or more short
 * cells, no figure, no sentence. It is a table without rows, not running text (which would run on
 * into the next table's title).
 */
function headerOnly(r: RegionLine): boolean {
  return !r.data && r.segs.length >= 3 && r.segs.every((s) => [...s.text].length <= 12 && !/[，。；：:,;]/.test(s.text));
}

const columnsOf = new WeakMap<Table, Column[]>();

/**
 * The columns of `next` (a table without header that goes on from the page before) matched to
 * those of `prev`: the page may be moved by a few places, so the move is taken from the first
 * column; each column goes to the column of the same kind (figure: right end; text: start)
 * within two places. Null when some column finds none, or two find the same.
 */
function matchColumns(prev: Column[], next: Column[]): number[] | null {
  const shift = next[0]!.a - prev[0]!.a;
  const out: number[] = [];
  for (const c of next) {
    let best = -1;
    let d = 3;
    for (let k = 0; k < prev.length; k++) {
      const p = prev[k]!;
      if (p.figure !== c.figure) continue;
      const dist = c.figure ? Math.abs(c.b - shift - p.b) : Math.abs(c.a - shift - p.a);
      if (dist < d) {
        d = dist;
        best = k;
      }
    }
    if (best < 0 || out.includes(best)) return null;
    out.push(best);
  }
  return out;
}

function toTable(region: RegionLine[]): Table {
  const firstData = region.findIndex((r) => r.data);
  const header = firstData > 0 ? region.slice(0, firstData) : firstData < 0 ? region.slice(0, 1) : [];
  const body = firstData >= 0 ? region.slice(firstData) : region.slice(1);
  // A header-only table: every header cell (overlapping ones joined) is a column.
  const { cols, fig, codeStarts } = body.length
    ? findColumns(body, header)
    : { cols: mergeSpans(header.flatMap((h) => h.segs.map((x): [number, number] => [x.start, x.end]))).map(([a, b]): Column => ({ a, b, figure: false, slot: 0 })), fig: [] as [number, number][], codeStarts: [] as number[] };
  const n = cols.length;
  const rows: Row[] = [];
  const newRow = (l: Line): Row => ({ cells: Array.from({ length: n }, (): Cell => ({ text: '', startLine: l.no, endLine: l.no })), startLine: l.no, endLine: l.no });
  const put = (row: Row, r: RegionLine, sep: string, inBody: boolean) => {
    for (const s of inBody ? splitAtColumns(r.segs, cols) : r.segs) {
      const cell = row.cells[columnOf(s, cols, fig, inBody, codeStarts)]!;
      if (cell.text) {
        cell.text += sep + s.text;
        cell.endLine = r.line.no;
      } else {
        cell.text = s.text;
        cell.startLine = r.line.no;
        cell.endLine = r.line.no;
      }
    }
    row.endLine = r.line.no;
  };
  if (header.length) {
    const row = newRow(header[0]!.line);
    for (const h of header) put(row, h, '\n', false);
    rows.push(row);
  }
  for (const r of body) {
    const prev = rows[rows.length - 1];
    if (!r.data && firstData >= 0 && prev && rows.length > (header.length ? 1 : 0) && !startsRow(r)) {
      put(prev, r, '\n', true); // a wrapped name or note: it continues the row above
      continue;
    }
    const row = newRow(r.line);
    put(row, r, ' ', true);
    rows.push(row);
  }
  const startLine = region[0]!.line.no;
  const endLine = region[region.length - 1]!.line.no;
  const table: Table = { kind: 'table', rows, startLine, endLine };
  columnsOf.set(table, cols);
  return table;
}

/**
 * @param lines the lines of the file (cleaned text)
 * @param raw the same lines as written (leading spaces kept, form feeds removed)
 * @param drop indexes of lines that are page furniture
 * @param pageStarts indexes of the first line of every page
 */
const FRAGMENT = /(?<=^|\s)[.．]\d{1,6}(?=\s|$)/g;
const HAS_FRAGMENT = /(?<=^|\s)[.．]\d{1,6}(?=\s|$)/;
const INTEGER_END = /(?<=^|\s)[-−]?\d[\d,]*$/;

/**
 * Decimals printed one line below their integer part (`14,770` ⏎ `.62`, seen in PDFs set in CID
 * fonts): a `.62` standing under the end of an integer on the line above joins it there. A fragment
 * that opens a line of running text is left to the paragraph joiner.
 */
export function mergeSplitDecimals(raw: string[], skip: ReadonlySet<number>): void {
  let prev = -1;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    if (!r.trim() || skip.has(i)) continue;
    if (prev >= 0 && r.includes('.')) {
      let line = r;
      FRAGMENT.lastIndex = 0;
      let m: RegExpExecArray | null;
      const found: { at: number; text: string }[] = [];
      while ((m = FRAGMENT.exec(r)) !== null) found.push({ at: m.index, text: m[0] });
      for (const f of found) {
        if (f.at === 0) continue;
        const above = raw[prev]!;
        // the integer on the line above that ends within a few columns of the fragment
        let best = -1;
        for (let e = Math.min(above.length, f.at + 5); e >= Math.max(1, f.at - 3); e--) {
          if (/\d/.test(above[e - 1]!) && (e === above.length || above[e] === ' ') && INTEGER_END.test(above.slice(0, e))) {
            best = e;
            break;
          }
        }
        if (best < 0) continue;
        // keep the columns to the right where they were: eat as many spaces as the fragment added
        const tail = above.slice(best);
        const eaten = tail.startsWith(' '.repeat(f.text.length)) ? tail.slice(f.text.length) : tail;
        raw[prev] = above.slice(0, best) + f.text + eaten;
        line = line.slice(0, f.at) + ' '.repeat(f.text.length) + line.slice(f.at + f.text.length);
      }
      raw[i] = line;
    }
    prev = i;
  }
}

/**
 * Two columns of running text set side by side (`-layout` prints a page of two text columns line by
 * line: `…比上年增加        2026年“三公”经费预算28.60万元，比上年减`): a run of at least four lines cut
 * into a left and a right part at one column (the right parts start within a few places of each
 * other), no part a figure standing alone (a table), and most lines prose. Returns the end of the run
 * (exclusive) and the column where the right part starts, or null.
 */
const MIN_COLUMN_LINES = 4;
export function twoTextColumns(raw: readonly string[], lines: readonly Line[], from: number, drop: ReadonlySet<number>, seen?: { until: number }): { end: number; at: number } | null {
  // (the first line must have two parts: a run of one-part lines is not scanned again from each of its lines)
  if (!drop.has(from) && !lines[from]!.blank && segments(raw[from]!).length !== 2) return null;
  const split: { i: number; segs: Segment[] }[] = [];
  let i = from;
  let blanks = 0;
  for (; i < lines.length && split.length < 400; i++) {
    if (drop.has(i)) continue;
    if (lines[i]!.blank) {
      if (++blanks > 1) break;
      continue;
    }
    blanks = 0;
    const segs = segments(raw[i]!);
    if (segs.length > 2 || segs.some((x) => isAmountToken(x.text))) break;
    split.push({ i, segs });
  }
  if (split.length === 0 || split[0]!.segs.length !== 2) return null;
  // (a run that is no pair of columns is not looked at again from each of its lines)
  if (seen) seen.until = i;
  const twos = split.filter((x) => x.segs.length === 2);
  if (twos.length < MIN_COLUMN_LINES) return null;
  let at = Infinity;
  for (const x of twos) at = Math.min(at, x.segs[1]!.start);
  // the right part starts at the column (or indented by a paragraph's first-line indent) on every two-part line
  if (at < 16 || twos.some((x) => x.segs[1]!.start > at + 6 || x.segs[0]!.end > at - 2)) return null;
  // (both parts as wide as lines of text on most lines, and sentences in both columns: a form of labels
  // and their values — `项目概况及实施内容      用于…，保障…` — is a table, its labels never hold a clause mark)
  let prose = 0;
  let wide = 0;
  let leftProse = 0;
  let rightProse = 0;
  for (const x of twos) {
    if (x.segs.some((g) => PROSE.test(g.text))) prose++;
    if (PROSE.test(x.segs[0]!.text)) leftProse++;
    if (PROSE.test(x.segs[1]!.text)) rightProse++;
    if (displayWidth(x.segs[0]!.text) >= 16 && displayWidth(x.segs[1]!.text) >= 16) wide++;
  }
  if (prose * 2 < twos.length || wide * 2 < twos.length || leftProse * 3 < twos.length || rightProse * 3 < twos.length) return null;
  // the run ends at its last line with two parts, or a line of one part that stands in one of the columns
  let end = from;
  for (const x of split) {
    if (x.segs.length === 1 && x.segs[0]!.start < at && x.segs[0]!.end > at - 2) break;
    end = x.i + 1;
  }
  return end - from >= MIN_COLUMN_LINES ? { end, at } : null;
}

/** The lines of each text column, in reading order (the left column, then the right one), as lines of their own. */
function columnLines(raw: readonly string[], lines: readonly Line[], from: number, end: number, at: number, drop: ReadonlySet<number>): { left: Line[]; right: Line[]; starts: Set<number> } {
  const left: Line[] = [];
  const right: Line[] = [];
  const starts = new Set<number>();
  for (let i = from; i < end; i++) {
    const l = lines[i]!;
    if (l.blank || drop.has(i)) continue;
    for (const g of segments(raw[i]!)) {
      const side = g.start >= at - 1 ? right : left;
      const indent = g.start - (side === right ? at : 0);
      // (a first-line indent starts a paragraph; the same line number stands in both columns)
      if (indent >= 2) starts.add(side === right ? -l.no : l.no);
      side.push({ ...l, text: g.text });
    }
  }
  return { left, right, starts };
}

export function readPdfLayout(lines: readonly Line[], rawIn: readonly string[], drop: ReadonlySet<number>, pageStarts: ReadonlySet<number> = new Set()): Block[] {
  const raw = rawIn.slice();
  if (raw.some((r) => r.includes('.') && HAS_FRAGMENT.test(r))) {
    mergeSplitDecimals(raw, drop);
    lines = lines.map((l, i) => {
      if (raw[i] === rawIn[i]) return l;
      const text = raw[i]!.trim();
      return { ...l, text, blank: text === '' };
    });
  }
  // The width of a full line of running text, from the lines without column gaps.
  const width = fullWidth(lines.filter((l, i) => !drop.has(i) && !l.text.includes('   ')));
  const blocks: Block[] = [];
  let text: Line[] = [];
  const flushText = () => {
    if (text.length) for (const p of joinParagraphs(text, width)) blocks.push(p);
    text = [];
  };
  let region: RegionLine[] = [];
  let blanks = 0;
  const seenColumns = { until: 0 };
  // The last block is a table that ran to the end of its page (only furniture after it).
  let prevEndsPage = false;
  const flushRegion = () => {
    // Lines after the last line with two cells go back to the running text.
    let end = region.length;
    while (end > 0 && region[end - 1]!.segs.length < 2) end--;
    // … unless they are indented rows of the table (numbered items, codes) whose figure cells are empty.
    while (end < region.length && end > 0 && startsRow(region[end]!) && (region[end]!.segs[0]?.start ?? 0) >= 4) end++;
    const tail = region.slice(end);
    const rows = region.slice(0, end);
    if (rows.length >= 2 || (rows.length === 1 && rows[0]!.data && rows[0]!.segs.length >= 3) || (rows.length === 1 && headerOnly(rows[0]!))) {
      flushText();
      const table = toTable(rows);
      // A table that goes on from the page before without repeating its header: one table.
      const prev = blocks[blocks.length - 1];
      const headless = rows[0]!.data;
      const pc = prev?.kind === 'table' ? columnsOf.get(prev) : undefined;
      const nc = columnsOf.get(table);
      const map = headless && prevEndsPage && pc && nc ? matchColumns(pc, nc) : null;
      if (map && prev?.kind === 'table') {
        for (const row of table.rows) {
          const cells = pc!.map((): Cell => ({ text: '', startLine: row.startLine, endLine: row.startLine }));
          row.cells.forEach((c, k) => (cells[map[k]!] = c));
          prev.rows.push({ cells, startLine: row.startLine, endLine: row.endLine });
        }
        prev.endLine = table.endLine;
      } else blocks.push(table);
    } else for (const r of rows) text.push(r.line);
    for (const r of tail) text.push(r.line);
    region = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A table ends with its page: the next page may place its columns a few places off.
    if (pageStarts.has(i)) {
      if (region.length) flushRegion();
      prevEndsPage = text.length === 0 && blocks[blocks.length - 1]?.kind === 'table';
    }
    if (line.blank || drop.has(i)) {
      blanks++;
      if (region.length && blanks >= 3) flushRegion();
      continue;
    }
    // Two columns of running text side by side: each column read as text of its own, the left one first.
    if (i >= seenColumns.until && raw[i] !== undefined && raw[i]!.includes('   ')) {
      const two = twoTextColumns(raw, lines, i, drop, seenColumns);
      if (two) {
        if (region.length) flushRegion();
        flushText();
        const { left, right, starts } = columnLines(raw, lines, i, two.end, two.at, drop);
        const rightStarts = new Set<number>();
        for (const n of starts) if (n < 0) rightStarts.add(-n);
        for (const p of joinParagraphs(left, fullWidth(left), starts)) blocks.push(p);
        for (const p of joinParagraphs(right, fullWidth(right), rightStarts)) blocks.push(p);
        i = two.end - 1;
        blanks = 0;
        continue;
      }
    }
    const segs = segments(raw[i] ?? line.text);
    const columnar = segs.length >= 2 && !UNIT_LINE.test(line.text) && !isProse(segs);
    if (region.length) {
      const long = segs.length < 2 && (displayWidth(line.text) > Math.max(width, 60) * 0.6 || (STARTS_ITEM.test(line.text) && (segs[0]?.start ?? 0) <= 2));
      if (long || (!columnar && UNIT_LINE.test(line.text))) flushRegion();
      else {
        region.push({ line, segs, data: isData(segs) });
        blanks = 0;
        continue;
      }
    }
    blanks = 0;
    if (columnar) {
      region.push({ line, segs, data: isData(segs) });
      continue;
    }
    text.push(line);
  }
  if (region.length) flushRegion();
  flushText();
  return blocks;
}
