import { readFileSync } from 'node:fs';
import { chalkStderr as chalk } from 'chalk';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES, readInput } from './read-input.js';
import { inShard, parseShard, resolveInputs } from './inputs.js';
import { openSink, prepareOutDir, serializationFor, type Format } from './output.js';
import { defaultJobs, runAll } from './pool.js';
import { Progress } from './progress.js';
import { addReviewCommand } from '../review/cli.js';
import { loadValidator } from '../validate.js';
import { addMergeCommand } from './merge.js';

/** Exit codes: 0 every file parsed; 1 some file failed (or warned, with --strict); 2 usage error. */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;

interface CliOptions {
  format: Format;
  outDir?: string;
  table: 'documents' | 'projects' | 'indicators' | 'figures' | 'budget_lines';
  bom: boolean;
  jobs: number;
  shard?: { k: number; n: number };
  strict: boolean;
  quiet: boolean;
  color: boolean;
  debug: boolean;
  validate: boolean;
  maxBytes: number;
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}
function shardArg(v: string) {
  const s = parseShard(v);
  if (!s) throw new InvalidArgumentError('expected K/N with 1 ≤ K ≤ N, e.g. 2/8');
  return s;
}

/** Exit code set by a subcommand (`text`). */
let subcommandExit: number | null = null;

function program(): Command {
  const cmd = new Command('budget-parse')
    .description('Turn Chinese government budget disclosures into validated, source-grounded JSON.')
    .version(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version)
    .argument('[inputs...]', 'files (.txt, .pdf, .docx, .html, .xlsx), directories (every such file below), glob patterns, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'csv']).default('json'))
    .option('-o, --out-dir <dir>', 'write <name>.json per input (and the CSV tables with --format csv) into DIR')
    .addOption(new Option('--table <name>', 'with --format csv and no --out-dir: the table to print').choices(['documents', 'projects', 'indicators', 'figures', 'budget_lines']).default('documents'))
    .option('--bom', 'start CSV files with a UTF-8 BOM (for Excel)', false)
    .option('-j, --jobs <n>', 'worker threads', positiveInt, defaultJobs())
    .option('--shard <K/N>', 'take only the K-th of N stable shares of the inputs', shardArg)
    .option('--strict', 'exit 1 when any document has warnings', false)
    .option('-q, --quiet', 'no progress bar and no summary on stderr', false)
    .option('--no-color', 'no colors on stderr')
    .option('--debug', 'show stack traces of internal errors', false)
    .option('--validate', 'check every document against the JSON/zod schema before writing it (a mismatch is an INTERNAL_ERROR entry)', false)
    .option('--max-bytes <n>', 'largest file to read, in bytes', positiveInt, DEFAULT_MAX_BYTES)
    .showHelpAfterError('(add --help for usage)')
    // Options after a subcommand's name are the subcommand's own (`merge --format csv`, `review -q`).
    .enablePositionalOptions();
  cmd
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of one output document')
    .action(async () => {
      const { documentJsonSchema } = await import('../schema/index.js');
      process.stdout.write(`${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
    });
  cmd
    .command('text')
    .description('print the text a file is read as (PDF, DOCX, HTML, XLSX or text): the lines that `line` in the output counts')
    .argument('<file>', 'the file')
    .option('--plain', 'without line numbers (the text as it is parsed, e.g. to pipe into budget-parse -)', false)
    // The program's own, also after `text` (options are positional: see enablePositionalOptions).
    .option('--max-bytes <n>', 'largest file to read, in bytes', positiveInt)
    .option('--debug', 'show stack traces of internal errors')
    .action(async (file: string, opts: { plain: boolean; maxBytes?: number; debug?: boolean }) => {
      const parent = cmd.opts() as { maxBytes: number; debug: boolean };
      const read = readInput(file, { maxBytes: opts.maxBytes ?? parent.maxBytes, debug: opts.debug ?? parent.debug });
      if (!read.ok) {
        process.stderr.write(`budget-parse: ${file}: ${read.code} ${read.message}\n`);
        subcommandExit = EXIT.FAILED;
        return;
      }
      const { textOf } = await import('../formats/index.js');
      const t = await textOf(read.bytes, file);
      if (!t.ok) {
        process.stderr.write(`budget-parse: ${file}: ${t.code} ${t.message}\n`);
        subcommandExit = EXIT.FAILED;
        return;
      }
      const lines = t.text.split(/\r\n|\r|\n/);
      if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
      const width = String(lines.length).length;
      const out = !opts.plain ? lines.map((l, i) => `${String(i + 1).padStart(width)}  ${l}`).join('\n') : lines.join('\n');
      process.stdout.write(`${out}\n`);
    });
  return cmd;
}

async function run(args: string[], o: CliOptions): Promise<number> {
  if (!o.color) chalk.level = 0;
  const { inputs: all, unmatched } = await resolveInputs(args);
  for (const u of unmatched) process.stderr.write(`budget-parse: ${chalk.yellow('no files match')} ${u}\n`);
  const inputs = o.shard ? all.filter((i) => inShard(i.path, o.shard!)) : all;
  if (all.length === 0) {
    process.stderr.write(`budget-parse: ${chalk.red('nothing to parse')}: ${args.length ? 'no input matched' : 'no input given (try --help)'}\n`);
    return EXIT.USAGE;
  }
  if (inputs.filter((i) => i.kind === 'stdin').length > 1) {
    process.stderr.write('budget-parse: standard input (-) can be given only once\n');
    return EXIT.USAGE;
  }
  const outDirProblem = prepareOutDir(o.outDir ?? null);
  if (outDirProblem) {
    process.stderr.write(`budget-parse: ${chalk.red('--out-dir')} ${outDirProblem}\n`);
    return EXIT.USAGE;
  }
  const stdin = inputs.some((i) => i.kind === 'stdin') ? new Uint8Array(readFileSync(0)) : undefined;

  const started = process.hrtime.bigint();
  // A shard names its documents as the run over all inputs would: the document ids do not depend on the shard.
  const outputOptions = { format: o.format, outDir: o.outDir ?? null, table: o.table, bom: o.bom, allPaths: o.shard ? all.map((i) => i.path) : undefined };
  const sink = openSink(outputOptions, process.stdout);
  const progress = new Progress(inputs.length, !o.quiet && process.stderr.isTTY === true && inputs.length > 1);
  const tally = { documents: 0, projects: 0, indicators: 0, warnings: 0, errors: 0 };
  if (o.validate) await loadValidator(true);
  const pool = { jobs: o.jobs, engine: { maxBytes: o.maxBytes, debug: o.debug, validate: o.validate }, stdin, serialization: serializationFor(outputOptions), returnBytes: sink.bytesDoneOnAdd };
  await runAll(inputs, pool, async (r) => {
    if (r.error) {
      tally.errors++;
      progress.clear();
      const msg = r.error.code === 'INTERNAL_ERROR' ? chalk.red(r.error.message) : r.error.message;
      if (!o.quiet || r.error.code === 'INTERNAL_ERROR') process.stderr.write(`budget-parse: ${r.path}: ${chalk.red(r.error.code)} ${msg}\n`);
    } else {
      tally.documents++;
    }
    tally.projects += r.projects;
    tally.indicators += r.indicators;
    tally.warnings += r.warnings;
    await sink.add(r);
    progress.tick();
  });
  await sink.end();
  progress.clear();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!o.quiet) {
    const parts = [
      `${inputs.length} files`,
      `${tally.documents} documents`,
      `${tally.projects} projects`,
      `${tally.indicators} indicators`,
      (tally.warnings ? chalk.yellow : chalk.green)(`${tally.warnings} warnings`),
      (tally.errors ? chalk.red : chalk.green)(`${tally.errors} errors`),
      `${seconds.toFixed(2)} s`,
    ];
    process.stderr.write(`budget-parse: ${parts.join(', ')}\n`);
  }
  if (tally.errors > 0 || (o.strict && tally.warnings > 0)) return EXIT.FAILED;
  return EXIT.OK;
}

export async function main(argv: string[]): Promise<number> {
  // A reader that stops early (`budget-parse … | head`) is no error of ours: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.OK);
    throw e;
  });
  const cmd = program();
  let code: number = EXIT.OK;
  cmd.exitOverride();
  addReviewCommand(cmd, (c) => {
    code = c;
  });
  addMergeCommand(cmd, (c) => {
    code = c;
  });
  cmd.action(async (args: string[], opts: CliOptions) => {
    code = await run(args, opts);
  });
  try {
    await cmd.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    throw e;
  }
  return subcommandExit ?? code;
}
