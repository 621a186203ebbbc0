#!/usr/bin/env node
// budget-parse command line. The code lives in dist/ (built from src/ by `npm install`).
// V8's compiler is tuned for a batch before any of the parser is loaded (src/cli/jit.ts).
import { tuneJit } from '../dist/cli/jit.js';

const jit = tuneJit();
// (--debug says which, so that a run can be checked for them)
if (jit.length > 0 && process.argv.includes('--debug')) process.stderr.write(`budget-parse: V8 flags ${jit.join(' ')}\n`);
const { main } = await import('../dist/cli/main.js');

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // The output could not be written (a full disk, a closed file): the system's word for it, exit 74 (EX_IOERR).
    if (err && err.syscall === 'write' && typeof err.code === 'string') {
      process.stderr.write(`budget-parse: cannot write the output: ${err.message}\n`);
      process.exitCode = 74;
      return;
    }
    // Only a bug of ours gets here: one line, the trace with --debug.
    process.stderr.write(`budget-parse: internal error: ${err && err.message ? err.message : err}\n`);
    process.stderr.write(process.argv.includes('--debug') ? `${err && err.stack}\n` : 'Please report this with the input file (add --debug for the trace).\n');
    process.exitCode = 70;
  },
);
