/**
 * Where each figure's `raw` stands on its line: the first free occurrence (one that
 * overlaps no figure placed before and does not start inside a longer number), compared
 * without white space when the exact text is not there. A figure whose text is not on its
 * line marks the whole line.
 */
import { compact } from '../normalize/text.js';

export interface Span {
  start: number;
  end: number;
  /** Indexes of the marks written here (two fields can name the same words). */
  marks: number[];
}

export interface LinePlacement {
  spans: Span[];
  /** Marks whose raw text was not found on the line. */
  whole: number[];
}

const DIGITISH = /[0-9０-９.,，．]/;

/** A match that starts right after a digit (the "0万元" of "10万元") is no match. */
function boundaryOk(text: string, start: number, raw: string): boolean {
  if (start === 0 || !DIGITISH.test(raw[0] ?? '')) return true;
  return !DIGITISH.test(text[start - 1]!);
}

/** Positions of `needle` in `text` ignoring white space in both, as [start, end) in `text`. */
function looseOccurrences(text: string, needle: string): [number, number][] {
  const n = compact(needle);
  if (n === '') return [];
  const idx: number[] = [];
  let squeezed = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) continue;
    idx.push(i);
    squeezed += c;
  }
  const out: [number, number][] = [];
  for (let at = squeezed.indexOf(n); at >= 0; at = squeezed.indexOf(n, at + 1)) {
    out.push([idx[at]!, idx[at + n.length - 1]! + 1]);
  }
  return out;
}

function occurrences(text: string, raw: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf(raw); at >= 0; at = text.indexOf(raw, at + 1)) out.push([at, at + raw.length]);
  return out.length > 0 ? out : looseOccurrences(text, raw);
}

/** A mark to place on a line: its index and the text to find there. */
export interface Wanted {
  id: number;
  raw: string;
}

/** Is `raw` written on this line (exactly, or but for white space)? */
export function isOnLine(text: string, raw: string): boolean {
  return text.includes(raw) || looseOccurrences(text, raw).length > 0;
}

/** Place the marks on a line of text. */
export function placeOnLine(text: string, wanted: readonly Wanted[]): LinePlacement {
  const spans: Span[] = [];
  const whole: number[] = [];
  for (const { id, raw } of wanted) {
    const found = occurrences(text, raw);
    const good = found.filter(([s]) => boundaryOk(text, s, raw));
    const candidates = good.length > 0 ? good : found;
    const free = candidates.find(([s, e]) => spans.every((p) => e <= p.start || s >= p.end));
    if (free) {
      spans.push({ start: free[0], end: free[1], marks: [id] });
      continue;
    }
    const same = candidates.map(([s, e]) => spans.find((p) => p.start === s && p.end === e)).find((p) => p !== undefined);
    if (same) same.marks.push(id);
    else whole.push(id);
  }
  spans.sort((a, b) => a.start - b.start);
  return { spans, whole };
}
