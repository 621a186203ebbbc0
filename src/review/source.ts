import { decode } from '../decode/index.js';
import { splitLines } from '../lines/index.js';

/** The lines of a document as the parser numbered them, for display. */
export interface SourceText {
  /** Text of line n at index n − 1 (cleaned as the readers saw it, so `raw` is found in it). */
  lines: string[];
  /** Lines that open a table cell. */
  cells: Set<number>;
  /** Why there is no text to show (the file could not be decoded, or is not a text file). */
  note: string | null;
}

/**
 * Decode and split with the parser's own stages, so that line n here is exactly the `line` n
 * of the JSON output.
 */
export function sourceText(bytes: Uint8Array | null): SourceText {
  if (bytes === null) return { lines: [], cells: new Set(), note: 'the file could not be read' };
  const decoded = decode(bytes);
  if (!decoded.ok) return { lines: [], cells: new Set(), note: `${decoded.code}: ${decoded.message}` };
  const lines = splitLines(decoded.text);
  const cells = new Set<number>();
  for (const l of lines) if (l.cell) cells.add(l.no);
  return { lines: lines.map((l) => l.text), cells, note: null };
}
