import { decode } from '../decode/index.js';
import { splitLines } from '../lines/index.js';

/** The lines of a document as the parser numbered them, for display. */
export interface SourceText {
  /** Text of line n at index n − 1 (cleaned as the readers saw it, so `raw` is found in it). */
  lines: string[];
  /** Lines that open a table cell. */
  cells: Set<number>;
  /** Why there is no text to show (the file could not be read or decoded). */
  note: string | null;
}

export type TextOf = { ok: true; text: string } | { ok: false; code: string; message: string };

/**
 * The text a file is read as, before it is split into lines. For text files that is the decode
 * stage; a reader of other formats (PDF, DOCX …) hooks in here, with the text it gives the parser.
 */
export async function textOfBytes(bytes: Uint8Array, _path: string): Promise<TextOf> {
  const d = decode(bytes);
  return d.ok ? { ok: true, text: d.text } : { ok: false, code: d.code, message: d.message };
}

/**
 * Split with the parser's own lines stage, so that line n here is exactly the `line` n of the
 * JSON output.
 */
export function sourceText(text: TextOf | null): SourceText {
  if (text === null) return { lines: [], cells: new Set(), note: 'the file could not be read' };
  if (!text.ok) return { lines: [], cells: new Set(), note: `${text.code}: ${text.message}` };
  const lines = splitLines(text.text);
  const cells = new Set<number>();
  for (const l of lines) if (l.cell) cells.add(l.no);
  return { lines: lines.map((l) => l.text), cells, note: null };
}

/** The source text of a file's bytes (null: not read). */
export async function sourceOfBytes(bytes: Uint8Array | null, path: string): Promise<SourceText> {
  return sourceText(bytes === null ? null : await textOfBytes(bytes, path));
}
