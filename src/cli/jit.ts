/**
 * V8's optimizing compiler (and its heap's growth), tuned for a batch run (issue 17). A run parses thousands of
 * documents with the same few hundred functions; V8's defaults are made for web pages, and over
 * the bench corpus its compiler thread spent 5.1 G of a 500-document run's 19.3 G instructions
 * inlining the readers' callees into functions that run once per document. Smaller inlining
 * budgets and a later tier-up cut that to 2.8 G for 0.5 G more in unoptimized code (valgrind
 * cachegrind, `--single-threaded --predictable`; the README's Benchmark section has the
 * figures). Only the command line sets them, before any of the parser is loaded; a library user's
 * process is left alone. Flags of the same name given by the user (`node --interrupt-budget=…`,
 * `NODE_OPTIONS`) win, and `BUDGET_PARSE_JIT=default` leaves V8 as it is.
 */
import { setFlagsFromString } from 'node:v8';

/** Flag → value: what a batch of documents gains from (the README's Benchmark section). */
export const JIT_FLAGS: ReadonlyArray<readonly [flag: string, value: number]> = [
  // Default 920: the bytecode inlined into one optimized function. 300 keeps small helpers inlined.
  ['max-inlined-bytecode-size-cumulative', 300],
  // Default 67584: bytecode executed before a function is optimized. Twice that spares the
  // compiler the functions that are only warm over a batch.
  ['interrupt-budget', 135168],
  // Default: V8 picks the old generation's growth (up to 4x of what a full collection leaves). A batch
  // leaves little alive between documents; growing by 20 % keeps a long run's peak near a short
  // run's (--jobs 1: 200 → 2000 documents 1.51x → 1.20x of peak RSS) for 1.6 % more instructions.
  ['heap-growing-percent', 20],
];

/** The flags to set: those of JIT_FLAGS that neither the command line of node nor NODE_OPTIONS names. */
export function jitFlags(execArgv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  if (env.BUDGET_PARSE_JIT === 'default') return [];
  const given = `${execArgv.join(' ')} ${env.NODE_OPTIONS ?? ''}`.replaceAll('_', '-');
  // (the whole flag: --interrupt-budget-for-feedback-allocation is another one)
  return JIT_FLAGS.filter(([flag]) => !new RegExp(`--${flag}(?=[=\\s]|$)`).test(given)).map(([flag, value]) => `--${flag}=${value}`);
}

/** Set the flags for this process and its workers (V8 flags are the process's). */
export function tuneJit(execArgv: readonly string[] = process.execArgv, env: NodeJS.ProcessEnv = process.env): string[] {
  const flags = jitFlags(execArgv, env);
  for (const f of flags) setFlagsFromString(f);
  return flags;
}
