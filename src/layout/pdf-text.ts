import type { Paragraph } from '../blocks/index.js';
import type { Line } from '../lines/index.js';
import { fullWidth, joinParagraphs } from './paragraphs.js';

/**
 * PDF text from `pdftotext` without `-layout`: hard-wrapped lines. Page furniture is dropped
 * (see pages.ts), letter-spaced Chinese (`苏 州 市`) is closed up, and the lines of a paragraph are
 * re-joined; a table comes out one cell per line and stays as short paragraphs.
 */
// Only between characters that stand alone (`苏 州 市`), not between words (`项目 本年预算数` are two cells).
const SPACED = /(?<=(?:^|\s)[\u4e00-\u9fff“”（）、，。：；]) (?=[\u4e00-\u9fff“”（）、，。：；](?:\s|$))/g;

export function closeUp(l: Line): Line {
  if (!l.text.includes(' ')) return l;
  const t = l.text.replace(SPACED, '');
  return t === l.text ? l : { ...l, text: t };
}

/**
 * @param raw the lines as written (leading spaces kept): a line indented deeper than the line
 *   before it starts a paragraph (web text indents a paragraph's first line with `　　`).
 */
export function readPdfText(lines: readonly Line[], drop: ReadonlySet<number>, raw?: readonly string[]): Paragraph[] {
  const kept: Line[] = [];
  for (let i = 0; i < lines.length; i++) if (!drop.has(i)) kept.push(closeUp(lines[i]!));
  return joinParagraphs(kept, fullWidth(kept), raw ? indented(kept, raw) : undefined);
}

function indentOf(r: string): number {
  let n = 0;
  while (r.charCodeAt(n) === 32) n++;
  return n;
}

/** Line numbers of lines indented by two spaces or more beyond the non-blank line before them. */
/** A numbered item's first line: 1、 · 一、 · （一） · (1). */
const ITEM_START = /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．](?!\d)|^\s*[（(][\d一二三四五六七八九十]{1,3}[)）]/;

export function indented(lines: readonly Line[], raw: readonly string[]): Set<number> | undefined {
  let out: Set<number> | undefined;
  let prev = -1;
  let hanging = false; // the line before opens a numbered item and stops mid-sentence
  for (const l of lines) {
    if (l.blank) continue;
    const r = raw[l.no - 1] ?? '';
    const n = r.charCodeAt(0) === 32 ? indentOf(r) : 0;
    // A first-line indent starts a paragraph; a hanging indent under "1、…（项）" continues its item.
    if (prev >= 0 && n >= prev + 2 && !hanging) (out ??= new Set()).add(l.no);
    if (n < prev + 2 || prev < 0) hanging = ITEM_START.test(l.text) && !/[。！？；!?;]\s*$/.test(l.text);
    prev = n;
  }
  return out;
}
