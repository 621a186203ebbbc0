import type { Line } from '../lines/index.js';
import type { Layout } from '../schema/index.js';
import { isValueCell } from './cell-per-line.js';
import { isPageNumber } from './pages.js';
import { DECIMAL_FIGURE } from './figure-tokens.js';
import { displayWidth, ENDS_SENTENCE, fullWidth } from './paragraphs.js';
import { isPipeRow } from './pipe.js';

/**
 * The layout detector: one pass over the lines with cheap tests (a character code, `includes`),
 * no regular expression on most lines. The main layout is the one that explains most lines:
 * - `tika`: TAB-started cells (Apache Tika text of a Word file);
 * - `pipe`: `| a | b |` rows;
 * - `flat`: one or a few huge lines;
 * - `pdf-layout`: form feeds or page numbers (PDF), and many lines with space-aligned columns;
 * - `pdf-text`: PDF without columns, or hard-wrapped lines (most lines end mid-sentence, or
 *   many lines fill one constant width and stop mid-sentence: web text wrapped at a fixed width);
 * - `cell-per-line`: many lines holding one figure each, no PDF signs;
 * - `plain`: one paragraph per line.
 */
export interface Detection {
  layout: Layout;
  /** Non-blank lines. */
  lines: number;
  cells: number;
  pipeRows: number;
  /** Lines with a run of three spaces inside (space-aligned columns). */
  gapped: number;
  /** Gapped lines holding three or more figures set apart (a row of a space-aligned table). */
  figureRows: number;
  /** Lines holding one figure and nothing else. */
  values: number;
  pageNumbers: number;
  formFeeds: number;
  /** Lines of 400 characters or more, and their share of the characters. */
  longLines: number;
  longShare: number;
  /** Share of the longer lines (≥ 15 characters) that end a sentence. */
  sentenceEnds: number;
  /**
   * Lines that fill the width of running text (0.8–1.15 of it) and stop mid-sentence: hard wraps.
   * Counted only for a file that would otherwise be `plain` (-1: not counted); a file taken for
   * `pdf-text` by this count is read as web text with its paragraphs re-joined (`joinWrappedParagraphs`).
   */
  wrapped: number;
}

export function detectLayout(lines: readonly Line[], text: string): Detection {
  // Tika text (the common case) is decided at once: TAB cells and no pipe anywhere.
  if (!text.includes('|') && !text.includes('｜')) {
    let cells = 0;
    for (const l of lines) if (l.cell) cells++;
    if (cells > 0) return { layout: 'tika', lines: lines.length, cells, pipeRows: 0, gapped: 0, figureRows: 0, values: 0, pageNumbers: 0, formFeeds: 0, longLines: 0, longShare: 0, sentenceEnds: 1, wrapped: -1 };
  }
  let nonBlank = 0;
  let cells = 0;
  let pipeRows = 0;
  let gapped = 0;
  let figureRows = 0;
  let values = 0;
  let pageNumbers = 0;
  let longLines = 0;
  let longChars = 0;
  let chars = 0;
  let longer = 0;
  let ends = 0;
  for (const l of lines) {
    if (l.cell) cells++;
    if (l.blank) continue;
    nonBlank++;
    const t = l.text;
    const n = t.length;
    chars += n;
    if (n >= 400) {
      longLines++;
      longChars += n;
    }
    if (l.cell) continue;
    const c0 = t.charCodeAt(0);
    // (A pipe alone on its line: a border of a web table saved one cell per line, see readPipeLines.)
    if ((c0 === 124 || t.includes('|') || t.includes('｜')) && (isPipeRow(t) || t.trim().length === 1)) pipeRows++;
    if (n > 6 && t.includes('   ')) {
      gapped++;
      if (isFigureRow(t)) figureRows++;
    }
    if (n <= 14 && ((c0 >= 48 && c0 <= 57) || c0 === 45 || c0 === 8212)) {
      if (isPageNumber(t)) pageNumbers++;
      else if (isValueCell(t) || ((t.endsWith('|') || t.endsWith('｜')) && isValueCell(t.slice(0, -1).trim()))) values++;
    } else if (n <= 24 && (c0 === 31532 /* 第 */ || c0 === 20849 /* 共 */) && isPageNumber(t)) pageNumbers++;
    // (a line ending with a figure is a table row, not a wrapped sentence)
    const last = t.charCodeAt(n - 1);
    if (n >= 15 && !(last >= 48 && last <= 57)) {
      longer++;
      const e = t.charCodeAt(n - 1);
      // 。 ； ： ！ ？ ” ) ）
      if (e === 12290 || e === 65307 || e === 65306 || e === 65281 || e === 65311 || e === 8221 || e === 65289 || e === 59 || e === 58) ends++;
    }
  }
  let formFeeds = 0;
  for (let at = text.indexOf('\f'); at >= 0 && formFeeds < 1000; at = text.indexOf('\f', at + 1)) formFeeds++;
  const d: Detection = {
    layout: 'plain',
    lines: nonBlank,
    cells,
    pipeRows,
    gapped,
    figureRows,
    values,
    pageNumbers,
    formFeeds,
    longLines,
    longShare: chars ? longChars / chars : 0,
    sentenceEnds: longer ? ends / longer : 1,
    wrapped: -1,
  };
  d.layout = decide(d);
  // Web text hard-wrapped at a fixed width whose lines often end at a sentence end (so that the
  // share of sentence ends does not tell): many lines fill one width and stop mid-sentence.
  if (d.layout === 'plain' && d.pipeRows === 0 && d.lines >= 8) {
    d.wrapped = countWrapped(lines);
    if (d.wrapped >= 6) d.layout = 'pdf-text';
  }
  return d;
}

/**
 * Lines that fill the line width and stop mid-sentence (not at a sentence end, not after a figure),
 * when the width is that of wrapped text (20–120 Chinese characters), hardly any line is wider
 * (at most one in ten beyond 1.15 of it) and they are 30 % of the lines of prose (lines that do not
 * end with a figure: rows of a table are none); else 0. One paragraph per line has no such constant width.
 */
export function countWrapped(lines: readonly Line[]): number {
  const width = fullWidth(lines);
  if (width < 40 || width > 240) return 0;
  let wide = 0;
  let over = 0;
  let n = 0;
  let prose = 0;
  for (const l of lines) {
    if (l.blank || l.cell) continue;
    n++;
    const t = l.text;
    const last = t.charCodeAt(t.length - 1);
    const figureEnd = (last >= 48 && last <= 57) || last === 37; /* % */
    if (!figureEnd) prose++;
    if (t.length < 8) continue;
    const w = displayWidth(t);
    if (w > width * 1.15) over++;
    else if (w >= width * 0.8 && !figureEnd && !ENDS_SENTENCE.test(t)) wide++;
  }
  return over > n * 0.1 || wide < prose * 0.3 ? 0 : wide;
}

function decide(d: Detection): Layout {
  if (d.cells > 0 && d.cells >= d.pipeRows) return 'tika';
  if (d.pipeRows >= 2 && d.pipeRows >= d.gapped) return 'pipe';
  if (d.longLines > 0 && d.longShare >= 0.5) return 'flat';
  const pdf = d.formFeeds > 0 || d.pageNumbers >= 2;
  if (pdf || d.gapped >= 4) {
    if (d.gapped >= Math.max(4, d.lines * 0.12)) return 'pdf-layout';
    if (pdf) return 'pdf-text';
  }
  // A short document whose only table has a single row of figures (a 三公 table): three gapped lines are enough.
  if (d.gapped >= 3 && d.figureRows >= 1 && d.gapped >= d.lines * 0.12) return 'pdf-layout';
  if (d.values >= 6 && d.values >= d.lines * 0.1) return 'cell-per-line';
  // Hard wraps: most of the longer lines stop in the middle of a sentence.
  if (d.lines >= 8 && d.sentenceEnds < 0.35 && d.pipeRows === 0) return 'pdf-text';
  if (d.pipeRows >= 2) return 'pipe';
  return 'plain';
}

/** A line with three or more figures, each set apart by a gap of two spaces or more. */
function isFigureRow(t: string): boolean {
  let n = 0;
  for (const cell of t.split(/ {2,}/)) if (DECIMAL_FIGURE.test(cell) && ++n >= 3) return true;
  return false;
}
