import { createHash } from 'node:crypto';
import { decode } from '../decode/index.js';
import { checked, errorDocument, parseDocument, type ParseOptions } from '../parse.js';
import type { BudgetDocument } from '../schema/index.js';
import { stage, stageAsync } from '../stages.js';
import type { Produced } from './builder.js';
import { detectFormat } from './detect/index.js';
import { ground } from './grounding.js';
import type { FormatError } from './types.js';

export { detectFormat } from './detect/index.js';
export type { Produced } from './builder.js';

/**
 * Stage 0: the published file → text and blocks. A PDF, DOCX, HTML or XLSX file (recognized by
 * its first bytes, whatever its name says) is read with its structure; anything else is text,
 * left to the decode stage. Returns null for text.
 */
export async function readFormat(bytes: Uint8Array, path = ''): Promise<Produced | FormatError | null> {
  const format = detectFormat(bytes, path);
  // Each reader (and its library: pdf.js, fflate, htmlparser2) is loaded on its first file, so that
  // a run over text files never loads them.
  switch (format) {
    case 'pdf':
      return (await import('./pdf/index.js')).readPdf(bytes);
    case 'docx':
      return (await import('./docx/index.js')).readDocx(bytes);
    case 'xlsx':
      return (await import('./xlsx/index.js')).readXlsx(bytes);
    case 'html':
      return (await import('./html/index.js')).readHtml(bytes);
    case 'zip':
      return { code: 'NOT_TEXT', message: 'the file is a ZIP archive that is neither a .docx nor a .xlsx file' };
    default:
      return null;
  }
}

/**
 * Parse one published file of any supported format (async: PDF reading is). Text goes to
 * `parseDocument` as before; the other formats are read into text and blocks, parsed by the
 * same readers, then grounded (page/bbox, sheet/cell). Never throws for problems of the file.
 */
export async function parseFile(bytes: Uint8Array, options: ParseOptions = {}): Promise<BudgetDocument> {
  const produced = await stageAsync('format', () => readFormat(bytes, options.path ?? ''));
  if (produced === null) return parseDocument(bytes, options);
  if (!('blocks' in produced)) {
    const f = detectFormat(bytes, options.path);
    const source = {
      path: options.path ?? '<input>',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      encoding: null,
      lines: null,
      format: f === 'zip' ? ('text' as const) : f,
      layout: null,
    };
    return checked(errorDocument(source, produced.code, produced.message), options);
  }
  const doc = parseDocument(bytes, { ...options, produced, validate: false });
  doc.source.lines = produced.lines;
  stage('grounding', () => ground(doc, produced.text.split('\n'), produced.places));
  return checked(doc, options);
}

/**
 * The text a file is read as (what `budget-parse text FILE` prints): the produced text of a
 * PDF, DOCX, HTML or XLSX file, or the decoded text of a text file.
 */
export async function textOf(bytes: Uint8Array, path = ''): Promise<{ ok: true; text: string } | { ok: false; code: string; message: string }> {
  const produced = await readFormat(bytes, path);
  if (produced === null) {
    const d = decode(bytes);
    return d.ok ? { ok: true, text: d.text } : d;
  }
  if (!('blocks' in produced)) return { ok: false, ...produced };
  return { ok: true, text: produced.text };
}
