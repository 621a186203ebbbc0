import { resolve } from 'node:path';
import { chalkStderr as chalk } from 'chalk';
import { Option, type Command } from 'commander';
import type { TableName } from '../emit/tables.js';
import { comparePaths, expandGlob } from './inputs.js';
import { openSink, prepareOutDir, serializationFor, type Format, type OutputOptions } from './output.js';
import { toResult } from './result.js';
import { changedOutput, indexShards, type ShardDocument } from './shard-outputs.js';
import type { BudgetDocument } from '../schema/index.js';

/**
 * `budget-parse merge`: join the outputs of N `--shard K/N` runs into the dataset one run over
 * all the inputs gives. The documents are read back (JSONL lines or per-document JSON), put in
 * the order of a single run over a directory or glob (by path), named as that run names them,
 * and written by the same sinks as the main command: JSON, JSONL, or the CSV tables with one
 * header each and datapackage.json. Every shard output is checked before anything is written.
 */

interface MergeCliOptions {
  format: Format;
  outDir?: string;
  table: TableName;
  bom: boolean;
  quiet: boolean;
  color: boolean;
}

/** At most this many duplicate paths are listed one by one. */
const MAX_LISTED = 10;

/** Arguments → shard outputs: a glob pattern that is no existing path is expanded (files and folders), sorted. */
async function expand(args: readonly string[]): Promise<{ outputs: string[]; unmatched: string[] }> {
  const outputs: string[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    const m = await expandGlob(arg, false);
    if (m === null) outputs.push(arg);
    else if (m.length === 0) unmatched.push(arg);
    else outputs.push(...m);
  }
  return { outputs, unmatched };
}

/** The documents in the order of a single run over a directory or glob: by path; within one shard output, as it was. */
function inRunOrder(documents: ShardDocument[]): ShardDocument[] {
  return documents.sort((a, b) => comparePaths(a.path, b.path) || a.shard - b.shard || a.position - b.position);
}

/**
 * Paths found more than once: in more than one shard output (`across`: the shards overlap, or one was
 * given twice), or more than once within one (`within`: a run given the same file twice does that,
 * and so does an output written twice over, `>>` after a retried job).
 */
function duplicates(sorted: readonly ShardDocument[]): { across: ShardDocument[][]; within: ShardDocument[][] } {
  const across: ShardDocument[][] = [];
  const within: ShardDocument[][] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.path === sorted[i]!.path) j++;
    const group = sorted.slice(i, j);
    if (new Set(group.map((d) => d.shard)).size > 1) across.push(group);
    else if (group.length > 1) within.push(group);
    i = j;
  }
  return { across, within };
}

/** A document read again for writing; null when its shard output no longer holds it where it was indexed. */
export function readAgain(d: ShardDocument): BudgetDocument | null {
  try {
    const doc = JSON.parse(d.read()) as BudgetDocument;
    return doc?.source?.path === d.path ? doc : null;
  } catch {
    return null;
  }
}

export async function merge(args: readonly string[], o: MergeCliOptions): Promise<number> {
  const say = (s: string) => process.stderr.write(`budget-parse merge: ${s}\n`);
  if (!o.color) chalk.level = 0;
  if (args.length === 0) {
    say(`${chalk.red('nothing to merge')}: give the shard outputs (JSONL files or --out-dir folders)`);
    return 2;
  }
  const started = process.hrtime.bigint();
  const changed = (where: string) => {
    say(`${where}: ${chalk.red('changed during the merge')} (is a shard still running?): the output written is ${chalk.red('incomplete')}; merge again when the shards are done`);
    return 1;
  };
  const { outputs, unmatched } = await expand(args);
  if (o.outDir && outputs.some((a) => resolve(a) === resolve(o.outDir!))) {
    say(`${chalk.red('--out-dir')} ${o.outDir} is one of the shard outputs: write the merge to another folder`);
    return 2;
  }
  const seen = new Set<string>();
  const twiceGiven = outputs.filter((a) => seen.size === seen.add(resolve(a)).size);
  if (twiceGiven.length) {
    for (const a of new Set(twiceGiven)) say(`${chalk.red('given twice')}: ${a}`);
    return 2;
  }
  const index = indexShards(outputs);
  let failed = false;
  for (const u of unmatched) {
    say(`${chalk.red('no shard output matches')} ${u}`);
    failed = true;
  }
  for (const p of index.problems) {
    say(`${p.where}: ${chalk.red(p.message)}`);
    failed = true;
  }
  const documents = inRunOrder(index.documents);
  const { across: twice, within } = duplicates(documents);
  for (const g of twice.slice(0, MAX_LISTED)) {
    say(`${chalk.red('DUPLICATE_DOCUMENT')} ${g[0]!.path} is in more than one shard: ${g.map((d) => d.where).join(', ')} (shards of different runs, of a different N, or a copied shard output?)`);
    failed = true;
  }
  if (twice.length > MAX_LISTED) say(`${chalk.red('DUPLICATE_DOCUMENT')}: ${twice.length - MAX_LISTED} more paths in more than one shard`);
  if (failed) {
    say(`${chalk.red('nothing written')}: fix the shard outputs above and merge again`);
    return 1;
  }
  for (const e of index.empty) if (!o.quiet) say(`${chalk.yellow('no documents in')} ${e} (an empty shard)`);
  // Not refused (a run given one file twice has it twice), but said: an output appended to twice doubles every figure.
  for (const g of within.slice(0, MAX_LISTED)) say(`${chalk.yellow('the same document')} ${g[0]!.path} ${g.length} times in ${g[0]!.where.replace(/:\d+$/, '')}: merged ${g.length} times, as the run wrote it (an output written twice?)`);
  if (within.length > MAX_LISTED) say(`${chalk.yellow('the same document')} more than once: ${within.length - MAX_LISTED} more paths`);

  const outDirProblem = prepareOutDir(o.outDir ?? null);
  if (outDirProblem) {
    say(`${chalk.red('--out-dir')} ${outDirProblem}`);
    return 2;
  }
  const options: OutputOptions = { format: o.format, outDir: o.outDir ?? null, table: o.table, bom: o.bom };
  const serialization = serializationFor(options);
  const sink = openSink(options, process.stdout);
  let errors = 0;
  for (const d of documents) {
    const doc = readAgain(d);
    if (!doc) {
      // Checked above, read again now: the file was rewritten or removed in between (a shard still running?).
      await sink.end();
      return changed(d.where);
    }
    if (doc.error) errors++;
    await sink.add(toResult(doc, serialization));
  }
  await sink.end();
  // A shard still running may also have added documents (lines appended, <name>.json written).
  const grown = changedOutput(index);
  if (grown) return changed(grown);
  if (!o.quiet) {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    say(
      `${outputs.length} shard outputs, ${documents.length} documents, ` +
        `${(errors ? chalk.yellow : chalk.green)(`${errors} with an error entry`)}, ${seconds.toFixed(2)} s${o.outDir ? ` → ${o.outDir}` : ''}`,
    );
  }
  return 0;
}

/** Adds `budget-parse merge <shard outputs…>`; `done` receives its exit code. */
export function addMergeCommand(cmd: Command, done: (code: number) => void): void {
  cmd
    .command('merge')
    .description('join the outputs of --shard runs (JSONL files or --out-dir folders) into the dataset of one run: ordered by path, one header, stable document ids')
    .argument('<shard-outputs...>', 'JSONL files (from --format jsonl) and/or folders (from --out-dir), or glob patterns')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'csv']).default('jsonl'))
    .option('-o, --out-dir <dir>', 'write <name>.json per document (and the CSV tables and datapackage.json with --format csv) into DIR')
    .addOption(new Option('--table <name>', 'with --format csv and no --out-dir: the table to print').choices(['documents', 'projects', 'indicators', 'figures', 'budget_lines']).default('documents'))
    .option('--bom', 'start CSV files with a UTF-8 BOM (for Excel)', false)
    .option('-q, --quiet', 'no summary on stderr', false)
    .option('--no-color', 'no colors on stderr')
    .action(async (args: string[], o: MergeCliOptions) => {
      done(await merge(args, o));
    });
}
