import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInput, type EngineOptions } from '../cli/read-input.js';
import { inShard, resolveInputs, type Input } from '../cli/inputs.js';
import { DocumentNamer } from '../cli/output.js';
import { runAll } from '../cli/pool.js';
import { resultText } from '../cli/result.js';
import type { BudgetDocument } from '../schema/index.js';
import { documentPage } from './document-page.js';
import { indexPage } from './index-page.js';
import { sourceOfBytes } from './source.js';
import { summaryRow, type SummaryRow } from './summary.js';

export interface ReviewOptions {
  out: string;
  jobs: number;
  shard?: { k: number; n: number };
  maxBytes: number;
  debug: boolean;
  quiet: boolean;
}

export interface ReviewResult {
  /** Documents written (one page each). */
  documents: number;
  /** Inputs that gave no document (their page shows the error). */
  errors: number;
  unmatched: string[];
  /** Bytes of the largest document page. */
  largestPage: number;
}

/** The bytes of an input again, for its page (the workers keep only the JSON). */
function bytesOf(input: Input, engine: EngineOptions, stdin: Uint8Array | undefined): Uint8Array | null {
  if (input.kind === 'stdin') return stdin ?? null;
  const read = readInput(input.path, engine);
  return read.ok ? read.bytes : null;
}

/**
 * `budget-parse review`: parse the inputs with the worker pool, as the main command does,
 * and write `<out>/index.html` plus one page per document.
 */
export async function writeReview(args: readonly string[], o: ReviewOptions): Promise<ReviewResult> {
  const { inputs: all, unmatched } = await resolveInputs(args);
  const inputs = o.shard ? all.filter((i) => inShard(i.path, o.shard!)) : all;
  const stdin = inputs.some((i) => i.kind === 'stdin') ? new Uint8Array(readFileSync(0)) : undefined;
  mkdirSync(o.out, { recursive: true });
  const engine: EngineOptions = { maxBytes: o.maxBytes, debug: o.debug };
  const namer = new DocumentNamer();
  namer.name('index'); // index.html is the index page: a document named index gets index-2.html
  const rows: SummaryRow[] = [];
  const result: ReviewResult = { documents: 0, errors: 0, unmatched, largestPage: 0 };
  await runAll(inputs, { jobs: o.jobs, engine, stdin, serialization: 'compact' }, async (r, index) => {
    const doc = JSON.parse(resultText(r)) as BudgetDocument;
    const name = `${namer.name(r.path)}.html`;
    const src = await sourceOfBytes(doc.error ? null : bytesOf(inputs[index]!, engine, stdin), r.path);
    const page = documentPage(doc, src);
    writeFileSync(join(o.out, name), page.html);
    result.largestPage = Math.max(result.largestPage, Buffer.byteLength(page.html));
    rows.push(summaryRow(doc, encodeURIComponent(name), page.marks));
    if (doc.error) result.errors++;
    else result.documents++;
  });
  writeFileSync(join(o.out, 'index.html'), indexPage(rows));
  return result;
}
