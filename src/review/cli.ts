import { chalkStderr as chalk } from 'chalk';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_MAX_BYTES } from '../cli/read-input.js';
import { parseShard } from '../cli/inputs.js';
import { defaultJobs } from '../cli/pool.js';

interface ReviewCliOptions {
  out: string;
  jobs: number;
  shard?: { k: number; n: number };
  maxBytes: number;
  quiet: boolean;
  color: boolean;
  debug: boolean;
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

/** Adds `budget-parse review <inputs…> --out <dir>`; `done` receives its exit code. */
export function addReviewCommand(cmd: Command, done: (code: number) => void): void {
  cmd
    .command('review')
    .description('write a static HTML review report: every document\'s text with each extracted figure marked on its line')
    .argument('<inputs...>', 'files, directories, glob patterns or -, as for the main command')
    .requiredOption('--out <dir>', 'directory for index.html and one page per document')
    .option('-j, --jobs <n>', 'worker threads', positiveInt, defaultJobs())
    .addOption(new Option('--shard <K/N>', 'take only the K-th of N stable shares of the inputs').argParser((v) => {
      const s = parseShard(v);
      if (!s) throw new InvalidArgumentError('expected K/N with 1 ≤ K ≤ N, e.g. 2/8');
      return s;
    }))
    .option('--max-bytes <n>', 'largest file to read, in bytes', positiveInt, DEFAULT_MAX_BYTES)
    .option('-q, --quiet', 'no summary on stderr', false)
    .option('--no-color', 'no colors on stderr')
    .option('--debug', 'show stack traces of internal errors', false)
    .action(async (args: string[], o: ReviewCliOptions) => {
      if (!o.color) chalk.level = 0;
      const started = process.hrtime.bigint();
      // Loaded here, so that the main command does not pay for the report's modules.
      const { writeReview } = await import('./command.js');
      const r = await writeReview(args, o);
      for (const u of r.unmatched) process.stderr.write(`budget-parse review: ${chalk.yellow('no files match')} ${u}\n`);
      if (r.documents + r.errors === 0) {
        process.stderr.write(`budget-parse review: ${chalk.red('nothing to review')}: no input matched\n`);
        done(2);
        return;
      }
      if (!o.quiet) {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        process.stderr.write(
          `budget-parse review: ${r.documents} documents, ${(r.errors ? chalk.red : chalk.green)(`${r.errors} errors`)}, ` +
            `largest page ${(r.largestPage / 1024).toFixed(0)} KiB, ${seconds.toFixed(2)} s → ${o.out}/index.html\n`,
        );
      }
      done(r.errors > 0 ? 1 : 0);
    });
}
