import { createWriteStream, fstatSync, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { isatty } from 'node:tty';
import { basename, join } from 'node:path';
import type { Writable } from 'node:stream';
import { csvHeader, csvRows } from '../emit/csv.js';
import { dataPackage } from '../emit/datapackage.js';
import { JsonArrayWriter, JsonLinesWriter } from '../emit/json.js';
import { rowsOf, TABLES, type Column, type TableName } from '../emit/tables.js';
import { write } from '../emit/write.js';
import type { BudgetDocument } from '../schema/index.js';
import { resultText, type Result, type Serialization } from './result.js';

export type Format = 'json' | 'jsonl' | 'csv';

export interface OutputOptions {
  format: Format;
  outDir: string | null;
  /** With csv on standard output: which table. */
  table: TableName;
  bom: boolean;
  /** With --shard: the paths of every input of the whole run (all shards), in input order, so that
   *  a shard names its documents as the single run would (stable document ids across shards). */
  allPaths?: readonly string[];
}

/** Names fixed in advance for a set of paths: one name, or one per occurrence of a repeated path. */
export type PresetNames = Map<string, string | string[]>;

/** Names the documents: the input's file name without .txt, made unique within one run. */
export class DocumentNamer {
  /** datapackage is taken: --format csv writes datapackage.json beside the documents' <name>.json. */
  private used = new Set<string>(['datapackage']);
  /** Per base name: the suffix its last name got (1: none). */
  private next = new Map<string, number>();
  /** How many names of a repeated preset path were given. */
  private repeats = new Map<string, number>();
  /** With `preset` (see `presetNames`), a path gets the name fixed for it, whichever others come. */
  constructor(private readonly preset?: PresetNames) {}
  name(path: string): string {
    const fixed = this.preset?.get(path);
    if (typeof fixed === 'string') return fixed;
    if (fixed) {
      const i = this.repeats.get(path) ?? 0;
      this.repeats.set(path, i + 1);
      if (i < fixed.length) return fixed[i]!;
    }
    const base = (path === '-' ? 'stdin' : basename(path).replace(/\.txt$/i, '')).replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'document';
    // The first of base, base-2, base-3 … not used yet. Names are never freed, so the search for a
    // base goes on where it last stopped: linear, where 10⁵ files of one name made it quadratic.
    let i = this.next.get(base) ?? 1;
    let name = i === 1 ? base : `${base}-${i}`;
    while (this.used.has(name)) name = `${base}-${++i}`;
    this.next.set(base, i);
    this.used.add(name);
    return name;
  }
}

/** The name each of `paths` gets in a run over all of them in this order: with --shard, a shard
 *  names its documents as the single run would, so the -2, -3 … suffixes do not depend on the shard. */
export function presetNames(paths: readonly string[]): PresetNames {
  const namer = new DocumentNamer();
  const out: PresetNames = new Map();
  for (const p of paths) {
    const n = namer.name(p);
    const had = out.get(p);
    out.set(p, had === undefined ? n : typeof had === 'string' ? [had, n] : [...had, n]);
  }
  return out;
}

/** Where the documents go: one adapter per format, all fed in input order. */
export interface Sink {
  add(result: Result): Promise<void>;
  end(): Promise<void>;
  /** Done with a result's bytes when add() resolves (written synchronously, or read into an object):
   *  a worker's buffer can then go back to the worker (src/cli/pool.ts). False for a stream, which may
   *  keep the chunk until it drains. */
  readonly bytesDoneOnAdd: boolean;
}

/** The document of a result, parsed back only for the sinks that need the object. */
const docOf = (r: Result): BudgetDocument => JSON.parse(resultText(r)) as BudgetDocument;

class CsvSink implements Sink {
  readonly bytesDoneOnAdd = true; // (each result is parsed back into its document at once)
  private streams = new Map<TableName, Writable>();
  private namer: DocumentNamer;
  constructor(private readonly options: OutputOptions, stdout: Writable, preset?: PresetNames) {
    this.namer = new DocumentNamer(preset);
    if (options.outDir) {
      for (const t of Object.keys(TABLES) as TableName[]) {
        this.streams.set(t, createWriteStream(join(options.outDir, `${t}.csv`)));
      }
    } else {
      this.streams.set(options.table, stdout);
    }
  }
  private started = false;
  private async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    for (const [t, s] of this.streams) await write(s, (this.options.bom ? '\ufeff' : '') + csvHeader(TABLES[t] as readonly Column<never>[]));
  }
  async add(result: Result): Promise<void> {
    await this.start();
    const doc = docOf(result);
    const rows = rowsOf(doc, this.namer.name(doc.source.path));
    for (const [t, s] of this.streams) {
      const chunk = csvRows(TABLES[t] as never, rows[t] as never);
      if (chunk) await write(s, chunk);
    }
  }
  async end(): Promise<void> {
    await this.start();
    if (this.options.outDir) {
      for (const [, s] of this.streams) await new Promise<void>((r) => (s as WriteStream).end(r));
      writeFileSync(join(this.options.outDir, 'datapackage.json'), `${JSON.stringify(dataPackage(this.options.bom), null, 2)}\n`);
    }
  }
}

class DirJsonSink implements Sink {
  readonly bytesDoneOnAdd = true; // (writeFileSync)
  constructor(private readonly dir: string, private readonly pretty: boolean, private readonly namer: DocumentNamer) {}
  async add(result: Result): Promise<void> {
    const text = this.pretty ? resultText(result) : JSON.stringify(docOf(result), null, 2);
    writeFileSync(join(this.dir, `${this.namer.name(result.path)}.json`), `${text}\n`);
  }
  async end(): Promise<void> {}
}

class Both implements Sink {
  readonly bytesDoneOnAdd: boolean;
  constructor(private readonly sinks: Sink[]) {
    this.bytesDoneOnAdd = sinks.every((k) => k.bytesDoneOnAdd);
  }
  async add(result: Result): Promise<void> {
    for (const s of this.sinks) await s.add(result);
  }
  async end(): Promise<void> {
    for (const s of this.sinks) await s.end();
  }
}

/**
 * Create the --out-dir folder before anything is parsed or merged: why it cannot be (a file of that
 * name, no permission), or null. A usage error, said in one line, not an internal one.
 */
export function prepareOutDir(dir: string | null): string | null {
  if (!dir) return null;
  try {
    mkdirSync(dir, { recursive: true });
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'EEXIST' || code === 'ENOTDIR' ? `${dir} is a file, not a folder` : code === 'EACCES' || code === 'EPERM' ? `${dir}: permission denied` : (e as Error).message;
  }
}

export function openSink(options: OutputOptions, stdout: Writable): Sink {
  const preset = options.allPaths ? presetNames(options.allPaths) : undefined;
  if (options.outDir) {
    mkdirSync(options.outDir, { recursive: true });
    const perDoc = new DirJsonSink(options.outDir, serializationFor(options) === 'pretty', new DocumentNamer(preset));
    return options.format === 'csv' ? new Both([perDoc, new CsvSink(options, stdout, preset)]) : perDoc;
  }
  if (options.format === 'csv') return new CsvSink(options, stdout, preset);
  const fd = stdout === process.stdout ? syncFd(1) : null;
  const writer = options.format === 'jsonl' ? new JsonLinesWriter(stdout, fd) : new JsonArrayWriter(stdout, fd);
  return { add: (r) => writer.add(r.text), end: () => writer.end(), bytesDoneOnAdd: fd !== null };
}

/**
 * `fd` when Node writes it synchronously (a file, or a character device such as /dev/null that is
 * no terminal: process.stdout is then a SyncWriteStream, fs.writeSync underneath), else null (a
 * pipe, a socket, a terminal: the stream may keep a chunk until it drains). With it, a document
 * serialized in this thread is written straight from the encoder's scratch buffer (src/emit/json.ts).
 */
export function syncFd(fd: number): number | null {
  try {
    if (isatty(fd)) return null;
    const s = fstatSync(fd);
    return s.isFile() || s.isCharacterDevice() ? fd : null;
  } catch {
    return null;
  }
}

/** Serialize in the workers as the sink will write: pretty for json files, compact for jsonl. */
export function serializationFor(options: OutputOptions): Serialization {
  return options.format === 'json' || (options.outDir !== null && options.format !== 'jsonl') ? 'pretty' : 'compact';
}
