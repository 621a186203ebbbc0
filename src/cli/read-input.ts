import { readFileSync, statSync } from 'node:fs';
import type { Source } from '../schema/index.js';

/**
 * What the parent process needs to read inputs and account for them, without loading the parser:
 * with workers, the parent only reads arguments, hands out paths and writes what comes back.
 */
export interface EngineOptions {
  /** Largest file read, in bytes; a larger one yields FILE_TOO_LARGE. */
  maxBytes: number;
  /** Include the stack of an internal error in its message. */
  debug: boolean;
  /** Check every document against the zod schema (--validate). */
  validate?: boolean;
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export function emptySource(path: string): Source {
  return { path, sha256: null, bytes: null, encoding: null, lines: null, format: 'text', layout: null };
}

const READ_ERRORS: Record<string, [string, string]> = {
  ENOENT: ['FILE_NOT_FOUND', 'no such file'],
  EACCES: ['PERMISSION_DENIED', 'permission denied'],
  EPERM: ['PERMISSION_DENIED', 'operation not permitted'],
  EISDIR: ['IS_A_DIRECTORY', 'is a directory, not a file'],
};

/** Read the bytes of a file input, or say why not. */
export function readInput(path: string, options: EngineOptions): { ok: true; bytes: Uint8Array } | { ok: false; code: string; message: string } {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, code: 'IS_A_DIRECTORY', message: `${path} is a directory, not a file` };
    if (st.size > options.maxBytes) {
      return { ok: false, code: 'FILE_TOO_LARGE', message: `${path} has ${st.size} bytes, more than the limit of ${options.maxBytes} (--max-bytes)` };
    }
    return { ok: true, bytes: readFileSync(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const [c, what] = READ_ERRORS[code] ?? ['READ_FAILED', (e as Error).message];
    return { ok: false, code: c, message: `${path}: ${what}` };
  }
}
