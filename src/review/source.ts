import { textOf } from '../formats/index.js';
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
 * The text a file is read as, before it is split into lines: the decoded text of a text file, the
 * text a format reader (PDF, DOCX, HTML, XLSX) gives the parser for the others.
 */
export async function textOfBytes(bytes: Uint8Array, path: string): Promise<TextOf> {
  return textOf(bytes, path);
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
