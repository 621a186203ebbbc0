/**
 * The figure tokens the text-layout readers look for in a line split at its gaps: one table of
 * patterns for the PDF column reader, the web-text reader and the layout detector.
 */

/** A figure as a cell prints it: 1,234.56 · 1234 · -3.5 · 95% (thousands commas only in groups of three). */
export const FIGURE_TOKEN = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;

/** A figure with decimals (an amount, never a year, a code or a page number): 1,234.56 · 0.00. */
export const DECIMAL_FIGURE = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+$/;
