/**
 * Footnote marks set as superscript right after a figure (`2,468.30<sup>1</sup>万元`, a Word run in
 * superscript), shared by the Word and web page readers. Kept as they are, they ran into the figure
 * (2,468.301万元).
 */

/** A footnote mark: 1, 12, ①, *, †, [1], 注1. */
export const FOOTNOTE_MARK = /^(?:\[?\d{1,2}\]?|[\u2460-\u2473*†‡]|注\d{1,2})$/;

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * What becomes of a superscript `mark` written right after `before`:
 * - `drop`: a footnote mark after a figure with decimals (2,468.30¹) is left out;
 * - `apart`: a mark after a whole number (2,468¹万元: a footnote, or the power of 10⁴?) cannot be told
 *   from a digit of the figure: it is set apart as superscript digits (never 24681) and `figure` is said;
 * - `keep`: anything else is text.
 */
export function supAfterFigure(before: string, mark: string): { what: 'drop' | 'keep' } | { what: 'apart'; text: string; figure: string } {
  const m = mark.trim();
  if (!FOOTNOTE_MARK.test(m)) return { what: 'keep' };
  const tail = before.slice(-12);
  if (/\d\.\d{1,4}$/.test(tail)) return { what: 'drop' };
  const fig = /\d[\d,，]{0,10}$/.exec(tail);
  if (!fig) return { what: 'keep' };
  return { what: 'apart', text: m.replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]!), figure: fig[0] };
}

/** The warning for a figure followed by a superscript mark that may be a footnote or part of it. */
export function supWarning(figure: string, mark: string): string {
  return `“${figure}” is followed by a superscript “${mark.trim()}” (a footnote mark, or a power?): the figure is not read`;
}
