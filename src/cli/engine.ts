import { parseFile } from '../formats/index.js';
import { errorDocument } from '../error-document.js';
import type { BudgetDocument } from '../schema/index.js';
import type { Input } from './inputs.js';
import { emptySource, readInput, type EngineOptions } from './read-input.js';

export { DEFAULT_MAX_BYTES, readInput, type EngineOptions } from './read-input.js';

/** Parse already-read bytes (any format); an exception here is a bug of ours, reported as INTERNAL_ERROR. */
export async function parseBytes(path: string, bytes: Uint8Array, options: EngineOptions): Promise<BudgetDocument> {
  if (bytes.length > options.maxBytes) {
    return errorDocument(emptySource(path), 'FILE_TOO_LARGE', `${path} has ${bytes.length} bytes, more than the limit of ${options.maxBytes} (--max-bytes)`);
  }
  try {
    return await parseFile(bytes, { path });
  } catch (e) {
    const err = e as Error;
    const detail = options.debug ? `\n${err.stack ?? err.message}` : '';
    return errorDocument(
      emptySource(path),
      'INTERNAL_ERROR',
      `budget-parse failed on this file (a bug: please report it with the file): ${err.message}${detail}`,
    );
  }
}

export async function processFile(input: Input & { kind: 'file' }, options: EngineOptions): Promise<BudgetDocument> {
  const read = readInput(input.path, options);
  if (!read.ok) return errorDocument(emptySource(input.path), read.code, read.message);
  return parseBytes(input.path, read.bytes, options);
}
