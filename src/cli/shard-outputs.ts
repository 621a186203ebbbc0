import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../schema/version.js';

/**
 * Reading what the shard runs wrote, for `budget-parse merge`: a JSONL file (`--format jsonl`)
 * gives one document per line, an output folder (`--out-dir`) one document per `<name>.json`.
 * A first pass indexes every document by its `source.path` and keeps only where it stands
 * (file, byte offset), so memory grows with the number of documents, not with their size.
 */

/** One document of a shard output: its path and how to read its JSON text again. */
export interface ShardDocument {
  path: string;
  /** Where it stands, for messages: `file:line` or the per-document file. */
  where: string;
  /** Which shard output (argument) it comes from. */
  shard: number;
  /** Its position in that shard output. */
  position: number;
  read(): string;
}

/** A problem of a shard output: it cannot be read, or it holds something else than documents. */
export interface ShardProblem {
  where: string;
  message: string;
}

export interface ShardIndex {
  documents: ShardDocument[];
  problems: ShardProblem[];
  /** Shard outputs that hold no document (an empty shard is possible; said on stderr). */
  empty: string[];
  /** Size and modification time of every shard output when it was indexed (see `changedOutput`). */
  stamps: { output: string; stamp: string }[];
}

/** Size and modification time of a file, or of a folder (which changes when a file is added or removed). */
function stampOf(output: string): string {
  try {
    const st = statSync(output);
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return 'gone';
  }
}

/** The first shard output that was written to, added to or removed since it was indexed, else null. */
export function changedOutput(index: ShardIndex): string | null {
  return index.stamps.find((s) => stampOf(s.output) !== s.stamp)?.output ?? null;
}

/** At most this many problems are listed per shard output; the rest are counted. */
const MAX_PROBLEMS = 5;

/** The shape every budget-parse document has; enough to tell one from other JSON: its path, or why it is none. */
function documentPath(v: unknown): { path: string } | { why: string } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { why: 'no budget-parse document (not a JSON object)' };
  const d = v as { schemaVersion?: unknown; source?: { path?: unknown }; warnings?: unknown; tables?: unknown; sections?: unknown };
  if (typeof d.source?.path !== 'string') return { why: 'no budget-parse document (no source.path)' };
  if (!Array.isArray(d.warnings) || !Array.isArray(d.tables) || !Array.isArray(d.sections)) return { why: 'no budget-parse document (no warnings, tables or sections)' };
  // Shards of another release hold another output contract: merged, they would make one dataset of two.
  if (d.schemaVersion !== SCHEMA_VERSION) return { why: `a document of schema version ${JSON.stringify(d.schemaVersion ?? null)}, this budget-parse writes ${SCHEMA_VERSION}: run every shard with the same release` };
  return { path: d.source.path };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Read `length` bytes at `offset` of a file. */
function readAt(file: string, offset: number, length: number): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(length);
    let got = 0;
    while (got < length) {
      const n = readSync(fd, buf, got, length - got, offset + got);
      if (n === 0) throw new Error(`${file} is shorter than when it was indexed (was it changed during the merge?)`);
      got += n;
    }
    return decoder.decode(buf);
  } finally {
    closeSync(fd);
  }
}

/** Every line of a file: its byte offset and bytes without the line end, read in chunks. */
function* linesOf(file: string): Generator<{ offset: number; bytes: Buffer }> {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.allocUnsafe(4 * 1024 * 1024);
    let carry: Buffer[] = []; // the start of a line that goes on in the next chunk
    let start = 0; // offset of the current line
    let pos = 0; // offset of chunk[0]
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, pos);
      if (n === 0) break;
      let from = 0;
      for (let i = chunk.indexOf(0x0a); i !== -1 && i < n; i = chunk.indexOf(0x0a, from)) {
        let bytes = chunk.subarray(from, i);
        if (carry.length) {
          bytes = Buffer.concat([...carry, bytes]);
          carry = [];
        }
        yield { offset: start, bytes };
        start = pos + i + 1;
        from = i + 1;
      }
      if (from < n) carry.push(Buffer.from(chunk.subarray(from, n)));
      pos += n;
    }
    if (carry.length) yield { offset: start, bytes: Buffer.concat(carry) };
  } finally {
    closeSync(fd);
  }
}

function indexJsonLines(file: string, shard: number, out: ShardIndex): void {
  if (/\.csv$/i.test(file)) {
    out.problems.push({ where: file, message: 'is a CSV table: merge reads the documents, so pass the shard\'s --out-dir folder (or its --format jsonl output)' });
    return;
  }
  let line = 0;
  let count = 0;
  let problems = 0;
  const problem = (where: string, message: string) => {
    if (++problems <= MAX_PROBLEMS) out.problems.push({ where, message });
  };
  for (const { offset, bytes } of linesOf(file)) {
    line++;
    const where = `${file}:${line}`;
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      problem(where, 'not UTF-8 text');
      continue;
    }
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (line === 1 && text.startsWith('\ufeff')) text = text.slice(1);
    if (text.trim() === '') continue;
    if (line === 1 && /^\s*\[/.test(text)) {
      problem(file, 'is a JSON array (--format json); merge reads one document per line: run the shards with --format jsonl, or pass their --out-dir folders');
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      problem(where, `not a JSON line (${(e as Error).message}); is this a --format jsonl output?`);
      continue;
    }
    const doc = documentPath(value);
    if ('why' in doc) {
      problem(where, `a JSON line that is ${doc.why}`);
      continue;
    }
    const path = doc.path;
    const length = bytes.length;
    out.documents.push({ path, where, shard, position: count++, read: () => readAt(file, offset, length).replace(/^\ufeff/, '') });
  }
  if (problems > MAX_PROBLEMS) out.problems.push({ where: file, message: `${problems - MAX_PROBLEMS} more problems` });
  if (count === 0 && problems === 0) out.empty.push(file);
}

/** Records of a CSV text (RFC 4180: a line end inside quotes is part of the field), header excluded. */
function csvRecordCount(text: string): number {
  let records = 0;
  let quoted = false;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (!quoted && c === 0x0a) {
      records++;
      any = false;
      continue;
    }
    if (c !== 0x0d) any = true;
  }
  return Math.max(0, records + (any ? 1 : 0) - 1);
}

function indexFolder(dir: string, shard: number, out: ShardIndex): void {
  const files = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.json'))
    .sort();
  let count = 0;
  let problems = 0;
  for (const f of files) {
    const file = join(dir, f);
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      if (++problems <= MAX_PROBLEMS) out.problems.push({ where: file, message: `cannot be read as JSON (${(e as Error).message})` });
      continue;
    }
    const doc = documentPath(value);
    // The data package of a --format csv folder is told by what it holds, not by its name: a
    // document may be named datapackage too (datapackage.txt).
    if ('why' in doc && f === 'datapackage.json' && isDataPackage(value)) continue;
    if ('why' in doc) {
      if (++problems <= MAX_PROBLEMS) out.problems.push({ where: file, message: `is ${doc.why}` });
      continue;
    }
    out.documents.push({ path: doc.path, where: file, shard, position: count++, read: () => readFileSync(file, 'utf8') });
  }
  if (problems > MAX_PROBLEMS) out.problems.push({ where: dir, message: `${problems - MAX_PROBLEMS} more problems` });
  // A --format csv folder lists its documents in documents.csv: each must have its <name>.json.
  const table = join(dir, 'documents.csv');
  if (existsSync(table)) {
    const listed = csvRecordCount(readFileSync(table, 'utf8'));
    if (listed !== count + problems) {
      out.problems.push({ where: dir, message: `documents.csv lists ${listed} documents but the folder holds ${count + problems} <name>.json files` });
    }
  } else if (count === 0 && problems === 0 && !existsSync(join(dir, 'datapackage.json')) && readdirSync(dir).length > 0) {
    out.problems.push({ where: dir, message: 'holds no budget-parse output (<name>.json per document, from --out-dir)' });
    return;
  }
  if (count === 0 && problems === 0) out.empty.push(dir);
}

/** The datapackage.json that --format csv writes beside its tables. */
function isDataPackage(v: unknown): boolean {
  return typeof v === 'object' && v !== null && Array.isArray((v as { resources?: unknown }).resources);
}

/** Index the documents of every shard output, in argument order. */
export function indexShards(outputs: readonly string[]): ShardIndex {
  const out: ShardIndex = { documents: [], problems: [], empty: [], stamps: [] };
  outputs.forEach((o, shard) => {
    out.stamps.push({ output: o, stamp: stampOf(o) });
    let isDir: boolean;
    try {
      isDir = statSync(o).isDirectory();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      out.problems.push({ where: o, message: code === 'ENOENT' ? 'no such file or folder' : (e as Error).message });
      return;
    }
    try {
      if (isDir) indexFolder(o, shard, out);
      else indexJsonLines(o, shard, out);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      out.problems.push({ where: o, message: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (e as Error).message });
    }
  });
  return out;
}
