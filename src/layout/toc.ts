import type { Block } from '../blocks/index.js';
import type { Line } from '../lines/index.js';
import { STARTS_ITEM } from './paragraphs.js';
import { parseNumbering, type NumberingStyle } from '../sections/numbering.js';
import { parseChineseNumeral } from '../normalize/numerals.js';
import { toNumber } from '../normalize/decimal.js';

/**
 * Tables of contents (目录), in any layout. Their lines must never become a section, a duty or a
 * heading, so the layout stage takes them out of the blocks (they are returned as `toc`):
 * - a line with a dot leader and a page number: `一、部门职责……3`, `二、收支总表.....5`, `三、…  ·····  7`;
 * - a line that held a Word TOC field (`PAGEREF _Toc… \h`, `TOC \o "1-3"`; the lines stage strips the code);
 * - the run of short heading-like lines under a 目录 heading whose entries stand again further on.
 */
const LEADER = /(?:…{1,}|\.{4,}|·{4,}|．{3,}|-{4,}|_{4,}|—{3,}|(?:\. ){3,})\s*(?:第\s*)?\d{1,3}\s*(?:页)?$/;
const TOC_FIELD = /PAGEREF\s+_Toc|TOC\s+\\[a-z]|HYPERLINK\s+\\l\s+"?_Toc/;
const TOC_HEADING = /^目\s*录$|^目\s*次$|^Contents$/i;
const PAGE_TAIL = /(?:…+|\.{2,}|·{2,}|\s)+\d{1,3}$/;

function hasLeader(t: string): boolean {
  return t.includes('…') || t.includes('..') || t.includes('··') || t.includes('．．') || t.includes('--') || t.includes('__') || t.includes('——') || t.includes('. .');
}

/** A Word TOC field in the text as written (the lines stage strips the codes). */
export const TOC_FIELDS: readonly string[] = ['PAGEREF _Toc', 'TOC \\'];
/** Dot leaders that make a table of contents possible. */
export const TOC_LEADERS: readonly string[] = ['…', '....', '···', '．．．'];

/** Whether the text holds a Word TOC field: searched once, by the layout stage. */
export function hasTocField(text: string): boolean {
  return TOC_FIELDS.some((w) => text.includes(w));
}

/**
 * Cheap pre-check on the whole text: could it hold a table of contents? `tocField`: hasTocField(text),
 * when the caller has it.
 */
export function mayHaveToc(text: string, tocField?: boolean): boolean {
  return TOC_LEADERS.some((w) => text.includes(w)) || (tocField ?? hasTocField(text)) || tocHeadingLine(text);
}

/** 目录 (or 目 录, 目 ⏎ 录, 目次) standing on a line of its own: found with indexOf, no regular expression over the text. */
function tocHeadingLine(text: string): boolean {
  for (let at = text.indexOf('目'); at >= 0; at = text.indexOf('目', at + 1)) if (tocHeadingAt(text, at)) return true;
  return false;
}

/**
 * Whether the 目 at `at` opens a 目录 / 目次 line of its own. By character codes: most 目 stand in
 * 项目 or 目标, and are passed over at the first character looked at.
 */
export function tocHeadingAt(text: string, at: number): boolean {
  let a = at - 1;
  let c = a >= 0 ? text.charCodeAt(a) : -1;
  while (a >= 0 && (c === 32 || c === 0x3000 || c === 9)) c = --a >= 0 ? text.charCodeAt(a) : -1;
  if (a >= 0 && c !== 10 && c !== 13 && c !== 12) return false;
  let b = at + 1;
  c = text.charCodeAt(b);
  while (b < text.length && (c === 32 || c === 0x3000 || c === 9 || c === 13 || c === 10)) c = text.charCodeAt(++b);
  if (c !== 0x5f55 /* 录 */ && c !== 0x6b21 /* 次 */) return false;
  c = text.charCodeAt(++b);
  while (b < text.length && (c === 32 || c === 0x3000 || c === 9)) c = text.charCodeAt(++b);
  return b >= text.length || c === 10 || c === 13;
}

/**
 * The style and value of a heading's number (一、 · （一） · 1. · 第一部分: the sections stage's parseNumbering, the value
 * read by parseChineseNumeral). Under 目录, a heading whose number starts its sequence again (一、 after 二、) is the body's
 * first heading: the contents end there.
 */
function headingNumber(t: string): [NumberingStyle, number] | null {
  const n = parseNumbering(t);
  if (!n) return null;
  const digits = n.label.replace(/[^\d一二三四五六七八九十]/g, '');
  const value = /^\d+$/.test(digits) ? Number(digits) : parseChineseNumeral(digits);
  if (value === null) return null;
  return [n.style, typeof value === 'number' ? value : toNumber(value)];
}

const key = (t: string) => t.replace(PAGE_TAIL, '').replace(/[\s…·.]+/g, '');

/**
 * Indexes of the lines of a table of contents. `rawLines` (the lines as written, before the Word
 * field codes were stripped) may be given to find TOC fields.
 */
export function tocLines(lines: readonly Line[], rawLines?: readonly string[]): Set<number> {
  const toc = new Set<number>();
  let heading = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    const t = l.text;
    // An empty cell reads 0, not NaN: charCodeAt out of bounds threw the optimized code away.
    const last = t.length > 0 ? t.charCodeAt(t.length - 1) : 0;
    const first = t.length > 0 ? t.charCodeAt(0) : 0;
    if (t.length <= 80 && ((last >= 48 && last <= 57) || last === 0x9875) && hasLeader(t) && LEADER.test(t) && /[\u4e00-\u9fff]/.test(t) && !/[。；]/.test(t)) toc.add(i);
    else if (rawLines && TOC_FIELD.test(rawLines[i] ?? '')) toc.add(i);
    if (heading < 0 && t.length <= 12 && (first === 0x76ee || first === 67 || first === 99)) {
      if (TOC_HEADING.test(t)) heading = i;
      else if (t === '目' && lines.slice(i + 1, i + 4).find((x) => !x.blank)?.text === '录') heading = i;
    }
  }
  if (heading >= 0) underHeading(lines, heading, toc);
  return toc;
}

/** The run under 目录: short lines without a sentence end, kept while most of them stand again after the run. */
function underHeading(lines: readonly Line[], heading: number, toc: Set<number>): void {
  toc.add(heading);
  const run: number[] = [];
  const keys = new Set<string>();
  let leaders = 0;
  // The style of the contents' first numbered entry (their top level) and its last number.
  let top: [NumberingStyle, number] | null = null;
  let i = heading + 1;
  for (; i < lines.length && run.length < 120; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    const t = l.text;
    if (t === '录' && run.length === 0) {
      toc.add(i);
      continue;
    }
    if (t.length > 50 || /[。；，,]/.test(t)) break;
    // The body starts again with an entry already listed.
    const k = key(t);
    if (k.length >= 4 && keys.has(k) && !toc.has(i)) break;
    // Entries with dot leaders: the first line without one ends the table of contents.
    if (leaders >= 2 && !toc.has(i)) break;
    // A top-level number that starts again (一、部门主要职责 after 二、收支预算总体情况): the body.
    const n = toc.has(i) ? null : headingNumber(t);
    if (n && top && n[0] === top[0] && n[1] <= top[1]) break;
    if (n && (!top || n[0] === top[0])) top = n;
    if (toc.has(i)) leaders++;
    keys.add(k);
    run.push(i);
  }
  // The run ends with its last numbered (or led) entry: what follows is the body's first heading (上海市数据局主要职能).
  while (run.length > 0 && !toc.has(run[run.length - 1]!) && !STARTS_ITEM.test(lines[run[run.length - 1]!]!.text)) run.pop();
  if (run.length < 2) return;
  const later = new Set<string>();
  for (let j = i; j < lines.length; j++) if (!lines[j]!.blank && lines[j]!.text.length <= 80) later.add(key(lines[j]!.text));
  const repeated = run.filter((j) => toc.has(j) || later.has(key(lines[j]!.text))).length;
  const numbered = run.filter((j) => STARTS_ITEM.test(lines[j]!.text)).length;
  // Under a line that says 目录, a run of numbered lines, or of lines that mostly stand again further on.
  if (repeated * 3 >= run.length || numbered * 2 >= run.length) for (const j of run) toc.add(j);
}

/**
 * The blocks a format reader produced (Word, web page, PDF) without the paragraphs of a table of
 * contents: the same rule as the text layouts' (`一、部门职责……3`, a run of entries under 目录 that
 * stand again further on), so that a Word TOC field's entries (`一、部门预算安排的总体情况 3`) never
 * become sections. A paragraph goes only when every line of it is a line of the table of contents.
 */
export function withoutToc(blocks: Block[], lines: readonly Line[], text: string): Block[] {
  if (!mayHaveToc(text)) return blocks;
  const toc = tocLines(lines);
  if (toc.size === 0) return blocks;
  const nos = new Set<number>();
  for (const i of toc) nos.add(lines[i]!.no);
  const isToc = (b: Block): boolean => b.kind === 'paragraph' && (b.pieces ? b.pieces.every((x) => nos.has(x.line)) : nos.has(b.line));
  return blocks.some(isToc) ? blocks.filter((b) => !isToc(b)) : blocks;
}
