import type { Block } from '../blocks/index.js';
import type { Diagnostics } from '../diagnostics.js';

/** A paragraph that is nothing but a figure with decimals (440.55 · 1,286.45 · -3.20): a table cell out of its table. */
const BARE_FIGURE = /^[-−]?\d[\d,，]*[.．]\d+$/;
/**
 * A table row printed on one line with single spaces between its cells (a web page saved as text:
 * `（二）公务接待费 10.20 10.20`, `2010301 行政运行 720.50 720.50`): words (after a classification code or
 * not), then figures with decimals and no unit. No sentence reader takes
 * such figures (they have no unit); the figures are reported with the bare ones.
 */
const ROW_FIGURES = /^((?:[1-9]\d{2}(?:\d{2}){0,2}[ \t\u3000]+)?[^\d\s].{0,40}?)((?:[ \t\u3000]+[-−]?\d[\d,，]*[.．]\d+)+)\s*$/;
/** The classification code a row may start with (2010301 行政运行 720.50 720.50): words follow it. */
const ROW_CODE = /^[1-9]\d{2}(?:\d{2}){0,2}[ \t\u3000]+/;
/**
 * A table flattened into a paragraph (a whole document on one line: `… 公务接待费 6.60 8.00 -1.40 五、…`): three or
 * more figures with no unit, one after another with single spaces between them, one of them at least with decimals
 * (a run of integers is a list of years, page numbers or 栏次; a row of 0 0 0 holds nothing to lose). Bounded: each figure
 * is at most 20 characters, and the run is found once per paragraph (the global scan moves on past each match).
 */
const FIGURE_RUN = /(?:^|[ \u3000])([-−]?\d[\d,]{0,15}(?:\.\d{1,4})?(?:[ \u3000]+[-−]?\d[\d,]{0,15}(?:\.\d{1,4})?){2,})(?=[ \u3000]|$)/g;
/** Figures this many blocks apart or nearer are one run (one table the layout could not read). */
const NEAR = 12;

/**
 * Figures standing alone on their lines outside any table (a table that pdftotext printed one cell
 * per line, without its empty cells, so that its columns cannot be told apart; a web table cut
 * off; a row whose cells a web page saved with single spaces, see ROW_FIGURES): no reader takes them, and they have no words to be an UNPLACED_FIGURE by. Each run of them
 * is reported once (UNREAD_NUMBERS), with its lines and first figures, so that nothing is dropped
 * without a word. Integers are left out: page numbers, 行次 and 栏次 numbers.
 */
export function warnBareNumbers(blocks: readonly Block[], diagnostics: Diagnostics): void {
  let run: { first: number; last: number; figures: string[]; at: number } | null = null;
  const flush = () => {
    if (!run) return;
    const shown = run.figures.slice(0, 5).join(', ') + (run.figures.length > 5 ? ', …' : '');
    const lines = run.first === run.last ? `line ${run.first}` : `lines ${run.first}–${run.last}`;
    const n = run.figures.length;
    diagnostics.warn('UNREAD_NUMBERS', `${n} figure${n > 1 ? 's' : ''} without a unit on ${lines} (${shown}) ${n > 1 ? 'belong' : 'belongs'} to no table the layout could read: not read`, run.first);
    run = null;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph') continue;
    // (a lone integer between two pieces of a figure: a page number or a digit of the figure, not told apart)
    if (b.apart) diagnostics.warn('UNPLACED_FIGURE', `the pieces of a figure "${b.apart}" (line ${b.line}) stand apart: the integer between them may be a page number or one of its digits, so they are not joined`, b.line);
    const t = b.text;
    const c = t.charCodeAt(0);
    let figures: string[];
    if (t.length <= 24 && ((c >= 48 && c <= 57) || c === 45 || c === 0x2212) && BARE_FIGURE.test(t)) figures = [t];
    else if (t.length > 120) {
      // (a long paragraph: a table flattened into it, its rows' figures in runs between the rows' words)
      if (!t.includes(' ') && !t.includes('\u3000')) continue;
      figures = [];
      FIGURE_RUN.lastIndex = 0;
      for (let m = FIGURE_RUN.exec(t); m !== null; m = FIGURE_RUN.exec(t)) if (m[1]!.includes('.')) figures.push(...m[1]!.trim().split(/[ \u3000]+/));
      if (figures.length === 0) continue;
    } else {
      // (only a line that ends in a figure, without a unit, is tested as a row)
      const e = t.charCodeAt(t.length - 1);
      if (!(e >= 48 && e <= 57) || t.includes('元') || t.includes('%') || t.includes('％')) continue;
      const row = ROW_FIGURES.exec(t);
      if (!row || /\d/.test(row[1]!.replace(ROW_CODE, ''))) continue;
      figures = row[2]!.trim().split(/\s+/);
    }
    if (run && i - run.at > NEAR) flush();
    if (run) {
      run.figures.push(...figures);
      run.last = b.line;
      run.at = i;
    } else run = { first: b.line, last: b.line, figures, at: i };
  }
  flush();
}
