import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
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
}

/** Names the documents: the input's file name without .txt, made unique within one run. */
export class DocumentNamer {
  private used = new Set<string>();
  name(path: string): string {
    const base = (path === '-' ? 'stdin' : basename(path).replace(/\.txt$/i, '')).replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'document';
    let name = base;
    for (let i = 2; this.used.has(name); i++) name = `${base}-${i}`;
    this.used.add(name);
    return name;
  }
}

/** Where the documents go: one adapter per format, all fed in input order. */
export interface Sink {
  add(result: Result): Promise<void>;
  end(): Promise<void>;
}

/** The document of a result, parsed back only for the sinks that need the object. */
const docOf = (r: Result): BudgetDocument => JSON.parse(resultText(r)) as BudgetDocument;

class CsvSink implements Sink {
  private streams = new Map<TableName, Writable>();
  private namer = new DocumentNamer();
  constructor(private readonly options: OutputOptions, stdout: Writable) {
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
  private namer = new DocumentNamer();
  constructor(private readonly dir: string, private readonly pretty: boolean) {}
  async add(result: Result): Promise<void> {
    const text = this.pretty ? resultText(result) : JSON.stringify(docOf(result), null, 2);
    writeFileSync(join(this.dir, `${this.namer.name(result.path)}.json`), `${text}\n`);
  }
  async end(): Promise<void> {}
}

class Both implements Sink {
  constructor(private readonly sinks: Sink[]) {}
  async add(result: Result): Promise<void> {
    for (const s of this.sinks) await s.add(result);
  }
  async end(): Promise<void> {
    for (const s of this.sinks) await s.end();
  }
}

export function openSink(options: OutputOptions, stdout: Writable): Sink {
  if (options.outDir) {
    mkdirSync(options.outDir, { recursive: true });
    const perDoc = new DirJsonSink(options.outDir, serializationFor(options) === 'pretty');
    return options.format === 'csv' ? new Both([perDoc, new CsvSink(options, stdout)]) : perDoc;
  }
  if (options.format === 'csv') return new CsvSink(options, stdout);
  const writer = options.format === 'jsonl' ? new JsonLinesWriter(stdout) : new JsonArrayWriter(stdout);
  return { add: (r) => writer.add(r.text), end: () => writer.end() };
}

/** Serialize in the workers as the sink will write: pretty for json files, compact for jsonl. */
export function serializationFor(options: OutputOptions): Serialization {
  return options.format === 'json' || (options.outDir !== null && options.format !== 'jsonl') ? 'pretty' : 'compact';
}
