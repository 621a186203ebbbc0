import type { Span } from '../builder.js';
import { needsSpace } from '../builder.js';
import type { Item, PageData } from './page.js';

/** A line of text on a page: its items left to right, the text they make, and where each stands. */
export interface TextLine {
  page: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
  text: string;
  spans: Span[];
  /** Where each item stands across the line (top-down page points), with its offsets in `text`. */
  parts: { x0: number; x1: number; start: number; end: number }[];
}

/** Items whose vertical centres agree (within half a font size) form a line, read left to right. */
export function groupLines(items: readonly Item[], page: PageData, cell = false): TextLine[] {
  const sorted = [...items].sort((a, b) => (a.top + a.bottom) / 2 - (b.top + b.bottom) / 2 || a.x0 - b.x0);
  const groups: Item[][] = [];
  let cur: Item[] = [];
  let cy = 0;
  let size = 0;
  for (const it of sorted) {
    const y = (it.top + it.bottom) / 2;
    if (cur.length && Math.abs(y - cy) <= Math.max(size, it.size) * 0.45) {
      cur.push(it);
      cy = (cy * (cur.length - 1) + y) / cur.length;
      size = Math.max(size, it.size);
    } else {
      if (cur.length) groups.push(cur);
      cur = [it];
      cy = y;
      size = it.size;
    }
  }
  if (cur.length) groups.push(cur);
  return groups.map((g) => lineOf(g, page, cell));
}

const IDEOGRAPH = /[\u4e00-\u9fff\u3001\u3002\uff0c\uff1a\uff1b\uff08\uff09\u201c\u201d]/;
const SPACED_IDEOGRAPHS = /([\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g;
// Chinese characters and full-width punctuation, never digits: `12 345` must not become one number.
const SPACED = '[\\u4e00-\\u9fff\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018\\u2019\\u201c\\u201d]';
const LETTER_SPACE = new RegExp(`(${SPACED}) (?=${SPACED})`, 'g');

/** A letter-spaced run of text (`无 锡 市 发 展`: single spaces between most characters) closed up. */
function closeLetterSpacing(s: string): string {
  const n = s.match(LETTER_SPACE)?.length ?? 0;
  return n >= 4 && n * 3 >= s.replace(/\s/g, '').length ? s.replace(LETTER_SPACE, '$1') : s;
}

/**
 * The items of a line joined left to right, a space where they stand apart. In a table cell
 * (one field) letter-spaced Chinese (`项 目`, `合 计`) is closed up; in running text a gap between
 * two ideographs is kept, as it may part two fields (`单位名称：… 单位：万元`).
 */
function lineOf(items: Item[], page: PageData, cell: boolean): TextLine {
  items.sort((a, b) => a.x0 - b.x0);
  let text = '';
  const spans: Span[] = [];
  const parts: TextLine['parts'] = [];
  let prev: Item | null = null;
  for (const it of items) {
    const str = !it.text.includes(' ') ? it.text : cell ? it.text.replace(SPACED_IDEOGRAPHS, '$1') : closeLetterSpacing(it.text);
    const gap = prev ? it.x0 - prev.x1 : 0;
    // Between two Chinese characters: closed up in a cell; in running text when the gap is
    // letter-spacing (a justified line, `无 锡 市`), not the wide gap between two fields.
    const cjk = IDEOGRAPH.test(text.slice(-1)) && IDEOGRAPH.test(str.trimStart().charAt(0));
    const closeUp = cjk && (cell || gap < Math.min(it.size, prev?.size ?? it.size));
    if (prev && gap > Math.min(it.size, prev.size) * 0.3 && !text.endsWith(' ') && !closeUp) text += ' ';
    const start = text.length;
    text += str;
    spans.push({ start, end: text.length, place: { page: page.number, bbox: page.toPdf(it.x0, it.top, it.x1, it.bottom) } });
    parts.push({ x0: it.x0, x1: it.x1, start, end: text.length });
    prev = it;
  }
  return {
    page: page.number,
    x0: items[0]!.x0,
    x1: Math.max(...items.map((i) => i.x1)),
    top: Math.min(...items.map((i) => i.top)),
    bottom: Math.max(...items.map((i) => i.bottom)),
    size: Math.max(...items.map((i) => i.size)),
    text,
    spans,
    parts,
  };
}

/** The lines of a cell joined into one text (a wrapped cell is one cell), with the places of its pieces. */
export function joinLines(lines: readonly TextLine[]): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  for (const l of lines) {
    const t = l.text.trim();
    if (!t) continue;
    if (text && needsSpace(text, t)) text += ' ';
    const shift = text.length - (l.text.length - l.text.trimStart().length);
    text += t;
    for (const s of l.spans) spans.push({ start: Math.max(0, s.start + shift), end: Math.max(0, s.end + shift), place: s.place });
  }
  return { text, spans };
}
