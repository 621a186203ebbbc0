import { isDigitCode } from '../normalize/text.js';
import type { Paragraph } from '../blocks/index.js';
import type { Line } from '../lines/index.js';
import { gluedHeadingEnd, splitGluedHeading } from './glued-heading.js';
import { HEADER_LINE, LONE_NUMBER, namesDocument } from './pages.js';

/** Plain text: every non-blank line is a paragraph (web pages saved as text, Tika paragraphs). */
export function readParagraphs(lines: readonly Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const l of lines) if (!l.blank) out.push({ kind: 'paragraph', text: l.text, line: l.no });
  return out;
}

/** Numbering that starts a heading or a list item: never the continuation of the line before. */
export const STARTS_ITEM = /^(第[一二三四五六七八九十]+(部分|章|节)|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}(、|[.．](?!\d))|[①-⑳]|[一二三四五六七八九十]+是)/;
const HEADING_LIKE = /^(第[一二三四五六七八九十]+(部分|章|节)|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])/;
/** A line that ends a sentence (or a clause that introduces a list). */
export const ENDS_SENTENCE = /[。！？!?；;]["”’」』)）]?$/;
/** A line that ends a clause of a sentence, not the sentence. */
const CLAUSE_END = /[；;]$/;
/** The line ends inside a number or right after one, and the next line goes on with it (`14,770` ⏎ `.62万元`, `2,316.40万` ⏎ `元`). */
const NUMBER_END = /[\d.,，][万亿]?$/;
const BARE_INTEGER = /^\d+$/;
const NUMBER_GOES_ON = /^([.．]\d|[\d,，]*[.．]?\d*\s*[万亿]?元|[万亿]元|元)/;

/** Display width: a CJK or full-width character counts 2, the others 1. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) >= 0x2e80 ? 2 : 1;
  return w;
}

/** The width of a full line of running text: the 90th percentile of the line widths. */
export function fullWidth(lines: readonly Line[]): number {
  const ws: number[] = [];
  for (const l of lines) if (!l.blank && l.text.length >= 8) ws.push(displayWidth(l.text));
  if (ws.length === 0) return 0;
  ws.sort((a, b) => a - b);
  return ws[Math.floor(ws.length * 0.9)]!;
}

function joinText(a: string, b: string): string {
  const x = a.charCodeAt(a.length - 1);
  const y = b.charCodeAt(0);
  const word = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Latin words wrapped at a space keep it; Chinese text and numbers are joined without one.
  return word(x) && word(y) && !(x >= 48 && x <= 57 && y >= 48 && y <= 57) ? ' ' : '';
}

/** A number cut between two lines (`14,770` ⏎ `.62万元`): one line of the page, cut where the font changes. */
function splitsNumber(a: string, b: string): boolean {
  // (a line that is a bare integer — a page number left in web text — never starts a longer number: `7` ⏎ `19816.81 元`)
  return NUMBER_END.test(a) && NUMBER_GOES_ON.test(b) && !(BARE_INTEGER.test(a) && isDigitCode(b.charCodeAt(0)));
}

/** The next line goes on with this one: a hard wrap, not a paragraph end. */
export function continues(a: string, b: string, width: number): boolean {
  if (splitsNumber(a, b)) return true;
  // (a ；that happens to stand at the right margin of a full line ends no paragraph: "…其中：基本支出900.00万元，占76.27%；" ⏎
  // "项目支出280.00万元…" is one sentence whose list the reader splits at its ；; a short line ending in ；, a numbered item after it, still end one)
  if (ENDS_SENTENCE.test(a) && !(CLAUSE_END.test(a) && width >= 40 && displayWidth(a) >= width * 0.95)) return false;
  if (STARTS_ITEM.test(b)) return false;
  // A lone integer (a page number left in the text) goes on no sentence.
  if (b.length <= 4 && BARE_INTEGER.test(b)) return false;
  // A comma never ends a heading or a paragraph.
  if (/[，,、]$/.test(a)) return true;
  // A short line is a heading, a cell or the last line of a paragraph.
  // (A width under 40 places is no width of running text: a file of tables and titles.)
  if (!(width >= 40 && displayWidth(a) >= width * 0.8)) return false;
  // A heading as long as a line: what follows it is a full line of text, while the rest of a wrapped heading is short.
  // (a heading run together with its first sentence, `四、…情况说明2025年度“三公”经费`, goes on: it is cut after the heading)
  if (HEADING_LIKE.test(a) && !/[，。；,;]/.test(a) && displayWidth(b) >= width * 0.8 && gluedHeadingEnd(a) === 0) return false;
  return true;
}

const HAN = /[\u4e00-\u9fff]/;
const WORD_START = /^[\u4e00-\u9fff“‘（(《]/;
/** The line ends inside a number (`…预算156`, `…1,1`, `…156.`, `…3,456.78万`): the rest may follow. */
const MID_NUMBER = /\d(?:[,，.．]|[万亿])?$/;
/** The line goes on with the rest of a number: digits, decimals, a comma group, the unit. */
const NUMBER_ON = /^(?:[.．,，]?\d|[万亿]?元|[万亿])/;
const TRAILING_NUMBER = /[\d,，.．]*[万亿]?$/;
/** The piece of a figure a line starts with (`.34万元`, `56.34万元`, `万元`). */
const NUMBER_HEAD = /^[\d,，.．]{0,24}[万亿]?元?/;

/** The number at the end of `a` goes on at the start of `b`. */
function numberGoesOnOver(a: string, b: string): boolean {
  return MID_NUMBER.test(a) && NUMBER_ON.test(b);
}

/**
 * Page furniture left between two lines of one sentence in text without form feeds: never part of a
 * figure, nor of the sentence. A lone integer (a page number: `…机关运行经费预算156` ⏎ `2` ⏎ `.34万元…`,
 * `…预算1` ⏎ `2` ⏎ `56.34万元`, `…公务接待费3.60` ⏎ `1` ⏎ `万元…`, a full line of text ⏎ `7` ⏎ its sentence
 * going on), or a running header that names the document standing inside a number (`…预算3,456` ⏎
 * `青禾市水文监测中心2026年部门预算` ⏎ `.78万元`). The line before must be prose (Chinese text), so a
 * column of table cells is not touched.
 */
export function furnitureBetween(a: string, x: string, b: string, width: number, paged = true): boolean {
  if (!HAN.test(a) || ENDS_SENTENCE.test(a)) return false;
  if (LONE_NUMBER.test(x)) {
    // (a lone integer may be a figure of the sentence, `…经费预算15` ⏎ `6` ⏎ `.34万元`: it is a page number
    // only with evidence — `paged` —, else the pieces stay apart and the readers report them)
    if (!paged) return false;
    if (numberGoesOnOver(a, b)) return true;
    // (an integer followed by its unit or measure word, `…公务接待费` ⏎ `3` ⏎ `万元，…`, `…公务用车` ⏎ `2` ⏎ `辆，…`, is a figure)
    if (UNIT_START.test(b)) return false;
    // a full line of running text, stopped mid-sentence, and its sentence going on after the number in words
    // (not with a figure: `…拨款` ⏎ `3` ⏎ `1,200.00 万元` may be 31,200.00 — and `…预算` ⏎ `4770` ⏎ `.62万元` is a
    // figure whose decimals a CID font set below it — so the lines stay apart, the figure unplaced)
    return width >= 40 && displayWidth(a) >= width * 0.8 && !/[\d.,，]$/.test(a) && WORD_START.test(b);
  }
  return HEADER_LINE.test(x) && namesDocument(x) && numberGoesOnOver(a, b);
}

/** A line that starts with the unit or measure word of a count or a sum: the integer above it is its figure. */
const UNIT_START = /^(?:[万亿千百]?元|[万亿]|个|辆|台|套|项|人|名|家|所|处|座|次|批|条|户|间|栋|艘|架|部|张|件|份|册|辆?（套）)/;

/**
 * Evidence that a lone integer line is a page number: another lone integer of the document's page-number
 * sequence, N−1 above it or N+1 below it. `lone` lists the lone integer lines (index, value), in order.
 */
function inPageSequence(lone: readonly (readonly [number, number])[], k: number, n: number): boolean {
  return lone.some(([j, v]) => (j < k && v === n - 1) || (j > k && v === n + 1));
}

/** The lone integer lines of a text (index, value): computed once, only when a lone integer stands inside a sentence. */
function loneIntegers(lines: readonly Line[]): [number, number][] {
  const out: [number, number][] = [];
  for (let j = 0; j < lines.length; j++) {
    const t = lines[j]!.text;
    if (t.length <= 4 && LONE_NUMBER.test(t)) out.push([j, Number(t)]);
  }
  return out;
}

/** The index of the next non-blank line after `k`, or -1. */
function nextLine(lines: readonly Line[], k: number): number {
  let n = k + 1;
  while (n < lines.length && lines[n]!.blank) n++;
  return n < lines.length ? n : -1;
}

/**
 * Hard-wrapped text (PDF text): re-join the lines of a paragraph. A line that does not end a
 * sentence and fills the line width continues on the next one, also across one blank line and
 * inside a number or a word; `pieces` keep the line of every piece. A line in `starts` (line
 * numbers: an indented first line) always starts a paragraph.
 */
export function joinParagraphs(lines: readonly Line[], width = fullWidth(lines), starts?: ReadonlySet<number>): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Paragraph | null = null;
  // The line of the page the text stands on: pieces of a number cut by a font change (`…14,770` ⏎
  // `.62万元,其中:…12,672` ⏎ `.73万元,政府性基金`) are one line, as wide as the page, whose last
  // piece alone is short: its width decides whether the next line goes on with it.
  let last = '';
  let lone: (readonly [number, number])[] | undefined;
  // (the line after an ambiguous lone integer: it starts a paragraph of its own)
  let apart = -1;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.blank) continue;
    // (a page number and a running header may stand together: look past two such lines)
    if (cur && l.text.length <= 40 && (LONE_NUMBER.test(l.text) || MID_NUMBER.test(last))) {
      const n1 = nextLine(lines, k);
      const n2 = n1 >= 0 && lines[n1]!.text.length <= 40 ? nextLine(lines, n1) : -1;
      // (a lone integer alone is a page number only when it fits the document's page-number sequence)
      const paged = (x: string) => !LONE_NUMBER.test(x) || inPageSequence((lone ??= loneIntegers(lines)), k, Number(x));
      const over = (x: string, n: number, p: boolean) => n >= 0 && !starts?.has(lines[n]!.no) && furnitureBetween(last, x, lines[n]!.text, width, p);
      // (a header on two lines, `青禾市水文监测中心` ⏎ `2026年部门预算`, names the document in the two together;
      // a running header standing with a lone integer is the evidence that it is a page number)
      if (LONE_NUMBER.test(l.text) && !paged(l.text) && numberGoesOnOver(last, n1 >= 0 ? lines[n1]!.text : '') && over(l.text, n1, true)) {
        // (ambiguous: `…预算15` ⏎ `6` ⏎ `.34万元` may be 156.34 or 15.34 — the integer and the rest stand apart, unjoined)
        const head = NUMBER_HEAD.exec(lines[n1]!.text)![0];
        cur = { kind: 'paragraph', text: l.text, line: l.no, apart: `${TRAILING_NUMBER.exec(last)![0]} ⏎ ${l.text} ⏎ ${head}` };
        out.push(cur);
        last = l.text;
        apart = n1;
        continue;
      }
      if (over(l.text, n1, paged(l.text)) || (n2 >= 0 && !(LONE_NUMBER.test(l.text) && LONE_NUMBER.test(lines[n1]!.text)) && (over(l.text, n2, true) || over(l.text + lines[n1]!.text, n2, true)) && over(lines[n1]!.text, n2, true))) continue;
    }
    if (cur && k !== apart && !starts?.has(l.no) && continues(last, l.text, width)) {
      const sep = joinText(cur.text, l.text);
      const offset = cur.text.length + sep.length;
      cur.text += sep + l.text;
      (cur.pieces ??= [{ offset: 0, line: cur.line }]).push({ offset, line: l.no });
      // (only while the pieces fit one page line: a number cut by a real hard wrap starts a new line)
      last = splitsNumber(last, l.text) && displayWidth(last) + displayWidth(l.text) <= width ? last + l.text : l.text;
    } else {
      cur = { kind: 'paragraph', text: l.text, line: l.no };
      out.push(cur);
      last = l.text;
    }
  }
  // A numbered heading run together with its section's first sentence is cut after the heading.
  for (let i = 0; i < out.length; i++) {
    if (gluedHeadingEnd(out[i]!.text) === 0) continue;
    const two = splitGluedHeading(out[i]!);
    out.splice(i, 1, ...two);
    i++;
  }
  return out;
}
