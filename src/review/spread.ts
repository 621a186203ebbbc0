/**
 * A figure whose words are spread over several lines: in a Tika table each cell is a line,
 * so an indicator's target "＝13个" is written as the cells "＝", "13", "个" below the line of
 * the indicator's row. Find `raw` (white space ignored) in the text of the lines from `line`
 * on, and return the piece of it on each line. Null when it is not there.
 */
import { compact } from '../normalize/text.js';

export interface Piece {
  line: number;
  raw: string;
}

/** How many lines below its own a figure's words may stand (one table row). */
export const SPREAD_LINES = 16;

export function findSpread(lines: readonly string[], line: number, raw: string, maxLines = SPREAD_LINES): Piece[] | null {
  const needle = compact(raw);
  if (needle === '') return null;
  const at: [number, number][] = [];
  let squeezed = '';
  for (let no = line; no < line + maxLines && no <= lines.length; no++) {
    const text = lines[no - 1]!;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (c === ' ' || c === '\t' || /\s/.test(c)) continue;
      at.push([no, i]);
      squeezed += c;
    }
  }
  const start = squeezed.indexOf(needle);
  if (start < 0) return null;
  const pieces: Piece[] = [];
  let from = at[start]!;
  for (let k = start; k < start + needle.length; k++) {
    const here = at[k]!;
    const last = k === start + needle.length - 1 || at[k + 1]![0] !== here[0];
    if (last) {
      pieces.push({ line: here[0], raw: lines[here[0] - 1]!.slice(from[1], here[1] + 1) });
      if (k + 1 < at.length) from = at[k + 1]!;
    }
  }
  return pieces;
}
