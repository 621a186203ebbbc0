import type { Line } from '../lines/index.js';
import { compact } from '../normalize/text.js';
import { STARTS_ITEM } from './paragraphs.js';

/**
 * PDF page furniture: page numbers and running headers / footers. pdftotext starts each page
 * after the first with a form feed; without form feeds only the unmistakable page numbers
 * (`- 3 -`, `第3页`, `3/12`) are dropped.
 */
const PAGE_NUMBER = /^(?:[-—–－~]\s*\d{1,4}\s*[-—–－~]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页|\d{1,4}\s*\/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/;
/** A lone integer of up to four digits on its line: a page number, or a figure cut from its sentence. */
export const LONE_NUMBER = /^\d{1,4}$/;

export function isPageNumber(text: string): boolean {
  return text.length <= 24 && PAGE_NUMBER.test(text);
}

/** Between two pieces of a table: a page number, or a bare number of up to three digits (one without dashes). */
export function isPageNoise(text: string): boolean {
  const t = text.trim();
  return /^\d{1,3}$/.test(t) || isPageNumber(t);
}

/**
 * A running header and the page number set on one line by `-layout` (`青禾市水文监测中心2026年部门预算      第 2 页`,
 * `- 3 -      2026年部门预算`): a page number, and words without a clause mark or a figure, apart.
 */
function headerWithPageNumber(t: string): boolean {
  const parts = t.split(/\s{2,}/);
  if (parts.length !== 2) return false;
  const [a, b] = parts as [string, string];
  // (a `3/4` may be a cell of a table: only `- 3 -`, `第3页` … count; the words name the document)
  const page = (x: string) => isPageNumber(x) && !x.includes('/');
  const words = (x: string) => HEADER_LINE.test(x) && namesDocument(compact(x));
  return (page(a) && words(b)) || (page(b) && words(a));
}

/** Indexes (into lines) of the first line of every page: 0, then every line that starts with a form feed. */
export function pageStarts(rawLines: readonly string[]): number[] {
  const starts = [0];
  for (let i = 1; i < rawLines.length; i++) if (rawLines[i]!.charCodeAt(0) === 12) starts.push(i);
  return starts;
}

/** A title that names the document (a department's 预算 / 决算 …, its year): what a running header repeats. */
export const RUNNING_TITLE = /[\u4e00-\u9fff]{2}.*(?:(?:预算|决算)(?:信息)?(?:公开|说明)?|\d{4}年度?)$/;
/** A line of a sentence (it holds a clause mark) that stops without its end: the sentence goes on over the page break. */
const BROKEN_SENTENCE = /[\u4e00-\u9fff].*[，、；：,;:]/;
const SENTENCE_END = /[。！？!?；;]["”’」』)）]?$|[：:]$/;
/** A line that can be a running header: short, no clause or sentence mark, no decimal figure. */
export const HEADER_LINE = /^[^，。；：,;:！？.．]{2,40}$/;

/** Digits other than a year's (`2026年`): a figure, never in a running header (`新增站点运行经费300万元纳入部门预算`). */
const FIGURE_DIGITS = /\d(?!\d*年)/;
/** A line that names the document as a running header does: a title (RUNNING_TITLE) holding no figure. */
export function namesDocument(t: string): boolean {
  return RUNNING_TITLE.test(t) && !FIGURE_DIGITS.test(t);
}

const key = (t: string) => compact(t).replace(/\d+/g, '#');

/**
 * The lines to drop: page numbers anywhere; at the top and bottom of a page, a lone number and
 * a line that repeats at the same place on at least three pages (and on a third of them).
 * The first occurrence on the first page is kept (it is often the title).
 */
export function pageChrome(lines: readonly Line[], starts: readonly number[]): Set<number> {
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t && t.length <= 24 && isPageNumber(t)) drop.add(i);
    else if (t.length <= 80 && t.includes('  ') && headerWithPageNumber(t)) drop.add(i);
  }
  if (starts.length < 2) return drop;
  const edges: number[][] = [];
  const count = new Map<string, number>();
  for (let p = 0; p < starts.length; p++) {
    const from = starts[p]!;
    const to = p + 1 < starts.length ? starts[p + 1]! : lines.length;
    const nonBlank: number[] = [];
    let numbered = false;
    for (let i = from; i < to; i++) {
      if (drop.has(i)) numbered = true;
      else if (!lines[i]!.blank) nonBlank.push(i);
    }
    const edge = nonBlank.length > 1 ? [nonBlank[0]!, nonBlank[nonBlank.length - 1]!] : nonBlank;
    edges.push(edge);
    const seen = new Set<string>();
    for (const i of edge) {
      const t = lines[i]!.text;
      // A lone number at the top or bottom of a page is its number, unless the page has one already.
      if (!numbered && LONE_NUMBER.test(t)) drop.add(i);
      const k = key(t);
      if (!seen.has(k)) count.set(k, (count.get(k) ?? 0) + 1);
      seen.add(k);
    }
  }
  const min = Math.max(3, Math.ceil(starts.length / 3));
  // A document's title (its department and year, ending in 预算 / 决算 …) standing word for word at the
  // top of two pages (the first page's title may be one of them): a running header even in a document
  // of two or three pages, too few to count.
  const tops = new Map<string, number>();
  for (const e of edges) {
    if (!e.length) continue;
    const t = compact(lines[e[0]!]!.text);
    if (t.length >= 4 && t.length <= 60 && namesDocument(t)) tops.set(t, (tops.get(t) ?? 0) + 1);
  }
  for (let p = 0; p < edges.length; p++) {
    for (const i of edges[p]!) {
      const t = lines[i]!.text;
      if (t.length > 60 || LONE_NUMBER.test(t)) continue;
      if ((count.get(key(t)) ?? 0) >= min && !(p === 0 && i === edges[0]![0])) drop.add(i);
      else if (p > 0 && i === edges[p]![0] && (tops.get(compact(t)) ?? 0) >= 2) drop.add(i);
    }
  }
  // A sentence cut by the page break: the lines above it on the next page that name the document
  // (`2026年部门预算`, or `青禾市水文监测中心` ⏎ `2026年部门预算`) are its running header, even once.
  // (a numbered heading or list item, STARTS_ITEM, is never a running header, nor the line a sentence is cut after)
  for (let p = 1; p < starts.length; p++) {
    let last = starts[p]! - 1;
    while (last >= starts[p - 1]! && (lines[last]!.blank || drop.has(last))) last--;
    const cut = last >= starts[p - 1]! ? lines[last]!.text : '';
    if (!BROKEN_SENTENCE.test(cut) || SENTENCE_END.test(cut) || STARTS_ITEM.test(cut)) continue;
    const to = p + 1 < starts.length ? starts[p + 1]! : lines.length;
    const top: number[] = [];
    for (let i = starts[p]!; i < to && top.length < 3; i++) if (!lines[i]!.blank && !drop.has(i)) top.push(i);
    if (top.length < 2) continue;
    const [a, b] = [lines[top[0]!]!.text, lines[top[1]!]!.text];
    if (!HEADER_LINE.test(a) || STARTS_ITEM.test(a)) continue;
    if (namesDocument(a)) drop.add(top[0]!);
    else if (top.length === 3 && HEADER_LINE.test(b) && namesDocument(compact(a + b))) {
      drop.add(top[0]!);
      drop.add(top[1]!);
    }
  }
  return drop;
}
