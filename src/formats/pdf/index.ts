import { TextBuilder, type CellIn, type Produced } from '../builder.js';
import type { FormatError } from '../types.js';
import { findGrids, type Grid, type GridCell } from './grid.js';
import { documentOptions, pdfjs } from './load.js';
import { readPage, type Item, type PageData } from './page.js';
import { groupLines, joinLines, type TextLine } from './text-lines.js';
import { runningLines } from './running.js';
import { alignedTables, type AlignedTable } from './align.js';

/**
 * Stage 0 for PDF files: pdfjs-dist gives the text items with their positions and the
 * ruling lines the page draws. Lines are read top to bottom per page; tables come from the
 * ruling lines; running headers, footers and page numbers are dropped; a wrapped paragraph
 * becomes one paragraph (its lines kept as pieces); a table that runs on over a page break
 * stays one table.
 */
type Element = { kind: 'line'; line: TextLine } | { kind: 'grid'; grid: Grid; page: PageData } | { kind: 'aligned'; table: AlignedTable };

/** What a paragraph's last line ends with: a sentence end or a colon (a list follows). */
const SENTENCE_END = /[。！？；：:;!?…]$/;
/** A line that wraps early leaves less room than this many characters at its end. */
const WRAP_ROOM = 5;
const HEADING_START = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．](?!\d)|附件|附表)/;

export async function readPdf(bytes: Uint8Array): Promise<Produced | FormatError> {
  const { getDocument, OPS } = await pdfjs();
  let pdf;
  const task = getDocument(documentOptions(new Uint8Array(bytes)));
  try {
    pdf = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const err = e as Error;
    if (err.name === 'PasswordException') return { code: 'ENCRYPTED_PDF', message: `the PDF is protected by a password and cannot be read (${err.message})` };
    return { code: 'BROKEN_PDF', message: `the PDF cannot be read: ${err.message}` };
  }
  // Nothing is drawn: the main-thread font loader (which encodes every embedded font as a base64
  // CSS rule for rendering) has nothing to do.
  const transport = (pdf as unknown as { _transport?: { fontLoader?: { bind: (f: unknown) => Promise<void> } } })._transport;
  if (transport?.fontLoader) transport.fontLoader.bind = async () => undefined;
  const b = new TextBuilder('pdf', 'pdf-text');
  const pages: PageData[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      try {
        pages.push(await readPage(pdf, OPS as unknown as Record<string, number>, n));
      } catch (e) {
        b.warn('PDF_PAGE_UNREADABLE', `page ${n} cannot be read: ${(e as Error).message}`);
      }
    }
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
  const chars = pages.reduce((s, p) => s + p.items.reduce((t, i) => t + i.text.trim().length, 0), 0);
  if (chars === 0) {
    const images = pages.reduce((s, p) => s + p.images, 0);
    return {
      code: 'NO_TEXT_LAYER',
      message: `the PDF has no text layer (${pdf.numPages} page(s), ${images} image(s)): it is a scan or a picture of the text; run OCR first`,
    };
  }

  // Per page: tables from ruling lines, the remaining items as lines.
  const perPage: Element[][] = pages.map((p) => {
    const grids = findGrids(p.segments, p.items);
    const free = p.items.filter((i) => !(i as Item & { inGrid?: boolean }).inGrid);
    const lines = groupLines(free, p);
    const els: Element[] = [...lines.map((line) => ({ kind: 'line' as const, line })), ...grids.map((grid) => ({ kind: 'grid' as const, grid, page: p }))];
    return els.sort((x, y) => top(x) - top(y));
  });
  const running = runningLines(pages, perPage.map((els) => els.filter((e): e is Element & { kind: 'line' } => e.kind === 'line').map((e) => e.line)));
  const content = perPage.map((els) => {
    const kept = els.filter((e) => e.kind !== 'line' || !running.has(e.line));
    // Tables without ruling lines: runs of lines whose fields stand apart, between the ruled ones.
    const free = kept.filter((e): e is Element & { kind: 'line' } => e.kind === 'line').map((e) => e.line);
    const aligned = alignedTables(free);
    if (aligned.length === 0) return kept;
    const taken = new Set(aligned.flatMap((t) => t.lines));
    const rest: Element[] = kept.filter((e) => e.kind !== 'line' || !taken.has(e.line));
    return [...rest, ...aligned.map((table) => ({ kind: 'aligned' as const, table }))].sort((x, y) => top(x) - top(y));
  });

  // Margins of the running text per page, for telling where a paragraph ends.
  const margins = content.map((els) => {
    const ls = els.filter((e): e is Element & { kind: 'line' } => e.kind === 'line').map((e) => e.line);
    return { left: Math.min(...ls.map((l) => l.x0)), right: Math.max(...ls.map((l) => l.x1)) };
  });
  const marginsOf = new Map(pages.map((p, i) => [p.number, margins[i]!]));

  let para: TextLine[] = [];
  /** The table open at the end of a page: its rows, and each page's grid with the rows taken from it. */
  let pending: { rows: CellIn[][]; grid: Grid; header: string[][]; parts: { grid: Grid; page: PageData; from: number }[] } | null = null;
  const flushPara = () => {
    if (para.length) b.paragraph(para.map((l) => ({ text: l.text, spans: l.spans })));
    para = [];
  };
  const flushTable = () => {
    if (pending) b.table(continuedRows(pending.parts) ?? pending.rows);
    pending = null;
  };
  for (let pi = 0; pi < content.length; pi++) {
    const els = content[pi]!;
    const m = margins[pi]!;
    for (let ei = 0; ei < els.length; ei++) {
      const el = els[ei]!;
      if (el.kind === 'aligned') {
        flushPara();
        flushTable();
        b.table(el.table.rows);
        continue;
      }
      if (el.kind === 'grid') {
        flushPara();
        const rows = gridRows(el.grid, el.page);
        if (rows.length === 0) continue;
        const texts = rows.map((r) => r.map((c) => c.text));
        // A table first on its page right after a table last on the previous page runs on; the rows
        // it repeats from the start of that table (title, header: "repeat header row") are dropped.
        if (pending && ei === 0 && sameColumns(pending.grid, el.grid)) {
          let skip = 0;
          while (skip < pending.header.length && skip < texts.length && texts[skip]!.join('\u0001') === pending.header[skip]!.join('\u0001')) skip++;
          pending.rows.push(...rows.slice(skip));
          pending.grid = el.grid;
          pending.parts.push({ grid: el.grid, page: el.page, from: skip });
          continue;
        }
        flushTable();
        // Rows above the table with a single filled cell (the title, 单位：万元 drawn inside the grid) are paragraphs.
        let first = 0;
        while (first < rows.length && rows[first]!.filter((c) => c.text !== '').length <= 1) {
          const only = rows[first]!.find((c) => c.text !== '');
          if (only) b.paragraph([{ text: only.text, spans: only.spans }]);
          first++;
        }
        if (first < rows.length) pending = { rows: rows.slice(first), grid: el.grid, header: texts.slice(0, first + 3), parts: [{ grid: el.grid, page: el.page, from: first }] };
        continue;
      }
      const line = el.line;
      flushTable();
      const prev = para[para.length - 1];
      if (prev && !continues(prev, line, marginsOf.get(prev.page) ?? m, m)) flushPara();
      para.push(line);
    }
    // A table still open at the end of the page may run on; a paragraph too (continues() decides).
  }
  flushPara();
  flushTable();
  return b.finish();
}

function top(e: Element): number {
  return e.kind === 'line' ? e.line.top : e.kind === 'grid' ? e.grid.top : e.table.top;
}

/** Does `next` continue the paragraph whose last line is `prev`? */
function continues(prev: TextLine, next: TextLine, pm: { left: number; right: number }, nm: { left: number; right: number }): boolean {
  const size = Math.max(prev.size, next.size);
  if (Math.abs(prev.size - next.size) > 1) return false;
  if (prev.page === next.page && next.top - prev.bottom > size * 1.2) return false;
  if (next.page !== prev.page && next.page !== prev.page + 1) return false;
  // The previous line stops short: a paragraph end, unless it only wrapped early: no sentence end,
  // and less room left than a few characters (a number such as 9,845.44万元 is not broken, so the
  // line before it ends short: 其中：基本支出 / 9,845.44万元).
  if (prev.x1 < pm.right - size * 1.5 && !(pm.right - prev.x1 <= size * WRAP_ROOM && !SENTENCE_END.test(prev.text.trim()))) return false;
  if (next.x0 > nm.left + size * 0.8) return false; // the next line is indented: a new paragraph
  if (HEADING_START.test(next.text.trim())) return false;
  return true;
}

/** Columns line up: the same number of columns at the same x (within 3 points). */
function sameColumns(a: Grid, b: Grid): boolean {
  if (a.xs.length !== b.xs.length) return Math.abs(a.x0 - b.x0) < 3 && Math.abs(a.x1 - b.x1) < 3;
  return a.xs.every((x, i) => Math.abs(x - b.xs[i]!) < 3);
}

/** Columns where a cell with text starts; the others (an empty margin column of a spreadsheet print) are left out. */
function usedColumns(g: Grid): Set<number> {
  return new Set(g.cells.filter((c) => c.items.length > 0).map((c) => c.c0));
}

/**
 * A table that runs over pages drawn with the same column lines: a column empty on one page (no
 * 公用经费 on the continuation page) is still a column there, or every figure right of it would
 * move one column left (项目支出 read as 公用经费). The rows are read again with the columns used on
 * any of its pages; null when there is nothing to mend (one page, or the pages' grids differ).
 */
function continuedRows(parts: readonly { grid: Grid; page: PageData; from: number }[]): CellIn[][] | null {
  if (parts.length < 2) return null;
  const n = parts[0]!.grid.xs.length;
  if (parts.some((p) => p.grid.xs.length !== n)) return null;
  const own = parts.map((p) => usedColumns(p.grid));
  const keep = new Set(own.flatMap((u) => [...u]));
  if (own.every((u) => u.size === keep.size)) return null;
  return parts.flatMap((p) => gridRows(p.grid, p.page, keep).slice(p.from));
}

/**
 * The rows of a grid as Tika writes Word tables: a cell spanning columns is one cell; a cell
 * spanning rows holds its text in its first row and is an empty cell in the rows below.
 */
function gridRows(g: Grid, page: PageData, keep: ReadonlySet<number> = usedColumns(g)): CellIn[][] {
  const nr = g.ys.length - 1;
  const used = keep;
  // The cells over each row (in the grid's order, then by column): one pass, not one per row.
  const over: GridCell[][] = Array.from({ length: nr }, () => []);
  for (const c of g.cells) if (used.has(c.c0)) for (let r = Math.max(0, c.r0); r <= c.r1 && r < nr; r++) over[r]!.push(c);
  const rows: CellIn[][] = [];
  for (let r = 0; r < nr; r++) {
    const cells = over[r]!.sort((a, b) => a.c0 - b.c0);
    const row: CellIn[] = cells.map((c) => (c.r0 !== r || c.items.length === 0 ? { text: '' } : joinLines(groupLines(c.items, page, true))));
    if (row.some((c) => c.text !== '')) rows.push(row);
  }
  return rows;
}
