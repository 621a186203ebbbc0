import type { Paragraph } from '../blocks/index.js';
import type { Line } from '../lines/index.js';

/**
 * Flat text: a whole document on one or a few huge lines (a crawler joined everything).
 * A long line is split before each heading marker that follows a sentence end or a space
 * (`一、` `（一）` `第一部分` `1.`), so that sections and sentences are found again. Every piece
 * stays on its source line: `line` is the line it stands on, exactly.
 */
const MARKER = /(?<=[。！？；;：:!?\s”"）)]|^)\s*(?=第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[)）])/g;

const STARTS_MARKER = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．](?!\d))/;

/** Where a heading at the start of a piece ends: the first space, or before a year (`2024年`), within 40 characters. */
function headingEnd(piece: string): number {
  const head = piece.slice(0, 42);
  const m = /\s|(?<=[\u4e00-\u9fff])(?=(?:19|20)\d{2}\s*年)/.exec(head.slice(3));
  if (!m) return -1;
  const at = m.index + 3;
  return /[。，；,]/.test(piece.slice(0, at)) ? -1 : at;
}

/** A line long enough to be flat text. */
export const FLAT_LINE = 400;

export function splitFlatLine(line: Line): Paragraph[] {
  const t = line.text;
  const out: Paragraph[] = [];
  let start = 0;
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  const push = (end: number) => {
    const piece = t.slice(start, end).trim();
    if (!piece) return;
    // A heading run together with its first sentence: cut after the heading (at a space or before a year).
    const cut = piece.length > 40 && STARTS_MARKER.test(piece) ? headingEnd(piece) : -1;
    if (cut > 0) {
      out.push({ kind: 'paragraph', text: piece.slice(0, cut).trim(), line: line.no });
      out.push({ kind: 'paragraph', text: piece.slice(cut).trim(), line: line.no });
    } else out.push({ kind: 'paragraph', text: piece, line: line.no });
  };
  while ((m = MARKER.exec(t)) !== null) {
    if (m[0].length === 0 && m.index === start) {
      MARKER.lastIndex++;
      continue;
    }
    const at = m.index;
    if (at > start) push(at);
    start = at;
    if (m[0].length === 0) MARKER.lastIndex++;
  }
  push(t.length);
  return out;
}

export function readFlat(lines: readonly Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const l of lines) {
    if (l.blank) continue;
    if (l.text.length >= FLAT_LINE) for (const p of splitFlatLine(l)) out.push(p);
    else out.push({ kind: 'paragraph', text: l.text, line: l.no });
  }
  return out;
}
