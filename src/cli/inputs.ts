import { statSync } from 'node:fs';
import fg from 'fast-glob';

/** One thing to parse: a path (file or not: a missing file still yields an entry) or standard input. */
export type Input = { kind: 'file'; path: string } | { kind: 'stdin'; path: '-' };

export interface ResolvedInputs {
  inputs: Input[];
  /** Glob patterns or directories that matched no file. */
  unmatched: string[];
}

/** Characters that make an argument a glob pattern (when it is no existing path). */
export const GLOB_CHARS = /[*?[\]{}]/;

/** The extensions a directory is searched for: text and the published formats read natively. */
export const EXTENSIONS = ['txt', 'pdf', 'docx', 'html', 'htm', 'xlsx'];

/**
 * Turn CLI arguments into inputs, in argument order. A directory gives every *.txt, *.pdf,
 * *.docx, *.html, *.htm and *.xlsx below
 * it and a glob pattern every file it matches, each sorted by path; `-` is standard input;
 * any other argument is taken as a file path as it is.
 */
export async function resolveInputs(args: readonly string[]): Promise<ResolvedInputs> {
  const inputs: Input[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin', path: '-' });
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      isDir = false;
    }
    let matches: string[] | null = null;
    if (isDir) {
      // Directories named *.txt are listed too: they become IS_A_DIRECTORY entries, not silent gaps.
      matches = await fg(`**/*.{${EXTENSIONS.join(',')}}`, { cwd: arg, onlyFiles: false, markDirectories: true, dot: false, caseSensitiveMatch: false });
      matches = matches.map((m) => `${arg.replace(/\/+$/, '')}/${m.replace(/\/$/, '')}`);
    } else {
      matches = await expandGlob(arg, true);
    }
    if (matches === null) {
      inputs.push({ kind: 'file', path: arg });
    } else if (matches.length === 0) {
      unmatched.push(arg);
    } else {
      matches.sort(comparePaths);
      for (const m of matches) inputs.push({ kind: 'file', path: m });
    }
  }
  return { inputs, unmatched };
}

/**
 * An argument that is a glob pattern and no existing path (a shell that did not expand it): what it
 * matches, sorted by path (files only, or files and folders). Null for any other argument.
 */
export async function expandGlob(arg: string, onlyFiles: boolean): Promise<string[] | null> {
  if (!GLOB_CHARS.test(arg)) return null;
  try {
    statSync(arg);
    return null;
  } catch {
    return (await fg(arg, { onlyFiles, dot: false })).sort(comparePaths);
  }
}

export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Parse "K/N" (1 ≤ K ≤ N). */
export function parseShard(spec: string): { k: number; n: number } | null {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!m) return null;
  const k = Number(m[1]);
  const n = Number(m[2]);
  return n >= 1 && k >= 1 && k <= n ? { k, n } : null;
}

/**
 * Stable share of the inputs: an input belongs to shard ((FNV-1a of its path) mod N) + 1,
 * so the split does not depend on argument order or on the number of other files.
 */
export function inShard(path: string, shard: { k: number; n: number }): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % shard.n) + 1 === shard.k;
}
