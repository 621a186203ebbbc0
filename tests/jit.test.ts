import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JIT_FLAGS, jitFlags } from '../src/cli/jit.js';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'budget-parse.js');

describe('V8 compiler flags of the command line (issue 17)', () => {
  it('sets every tuned flag when the user names none', () => {
    expect(jitFlags([], {})).toEqual(['--max-inlined-bytecode-size-cumulative=300', '--interrupt-budget=135168', '--heap-growing-percent=20']);
    expect(JIT_FLAGS.map(([f]) => f)).toEqual(['max-inlined-bytecode-size-cumulative', 'interrupt-budget', 'heap-growing-percent']);
  });

  it("leaves a flag the user gives to node or in NODE_OPTIONS (either spelling) to the user", () => {
    expect(jitFlags(['--interrupt-budget=1000'], {})).toEqual(['--max-inlined-bytecode-size-cumulative=300', '--heap-growing-percent=20']);
    expect(jitFlags([], { NODE_OPTIONS: '--max_inlined_bytecode_size_cumulative=920 --heap_growing_percent=50' })).toEqual(['--interrupt-budget=135168']);
    expect(jitFlags(['--stack-size=2000'], { NODE_OPTIONS: '--max-old-space-size=4096' })).toHaveLength(3);
    // another flag whose name starts with one of ours is not ours
    expect(jitFlags(['--interrupt-budget-for-feedback-allocation=100'], {})).toEqual(['--max-inlined-bytecode-size-cumulative=300', '--interrupt-budget=135168', '--heap-growing-percent=20']);
    expect(jitFlags(['--interrupt-budget', '1000'], {})).toEqual(['--max-inlined-bytecode-size-cumulative=300', '--heap-growing-percent=20']);
  });

  it('sets none with BUDGET_PARSE_JIT=default', () => {
    expect(jitFlags([], { BUDGET_PARSE_JIT: 'default' })).toEqual([]);
  });

  it('the command line sets them before it parses (said with --debug), and none with BUDGET_PARSE_JIT=default', () => {
    const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [BIN, '-q', '--debug', '--format', 'jsonl', 'fixtures/docs'], { cwd: ROOT, env: { ...process.env, ...env } });
    expect(run({}).stderr.toString()).toContain('budget-parse: V8 flags --max-inlined-bytecode-size-cumulative=300 --interrupt-budget=135168 --heap-growing-percent=20');
    expect(run({ BUDGET_PARSE_JIT: 'default' }).stderr.toString()).not.toContain('V8 flags');
    const given = spawnSync(process.execPath, ['--interrupt-budget=70000', BIN, '-q', '--debug', '--format', 'jsonl', 'fixtures/docs'], { cwd: ROOT });
    expect(given.stderr.toString()).toContain('budget-parse: V8 flags --max-inlined-bytecode-size-cumulative=300 --heap-growing-percent=20\n');
  });

  it('changes no output: the same bytes with and without the flags, in one process and with workers', () => {
    for (const jobs of ['1', '2']) {
      const run = (env: NodeJS.ProcessEnv) =>
        spawnSync(process.execPath, [BIN, '-q', '--jobs', jobs, '--format', 'jsonl', 'fixtures/docs', 'fixtures/layouts'], { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 });
      const tuned = run({});
      const plain = run({ BUDGET_PARSE_JIT: 'default' });
      expect(tuned.status).toBe(plain.status);
      expect(tuned.stdout.length).toBeGreaterThan(10_000);
      expect(tuned.stdout.equals(plain.stdout)).toBe(true);
    }
  });
});
