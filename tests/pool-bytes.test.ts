import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 17, memory: with workers, each document's bytes go back to the worker that made them once the
// output is done with them (returnBytes in src/cli/pool.ts), instead of piling up in the parent until
// V8's external-memory limit forces a collection. The workers' pool runs from dist/ (its worker.js is
// built there; `npm test` builds first).
const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'budget-parse.js');
const inputs = ['fixtures/docs', 'fixtures/layouts'];

async function run(returnBytes: boolean) {
  const { runAll } = await import(join(ROOT, 'dist', 'cli', 'pool.js'));
  const { resolveInputs } = await import(join(ROOT, 'dist', 'cli', 'inputs.js'));
  const list = (await resolveInputs(inputs.map((i) => join(ROOT, i)))).inputs;
  const seen: { bytes: Uint8Array; copy: Buffer }[] = [];
  await runAll(list, { jobs: 2, engine: { maxBytes: 50 << 20, debug: false, validate: false }, serialization: 'compact', returnBytes }, (r: { text: string | Uint8Array }) => {
    expect(typeof r.text).not.toBe('string');
    const bytes = r.text as Uint8Array;
    seen.push({ bytes, copy: Buffer.from(bytes) });
  });
  // (the buffers go back after emit resolves; let the posts happen)
  await new Promise((r) => setTimeout(r, 50));
  return seen;
}

describe('a worker’s output bytes go back to it once written (issue 17, memory)', () => {
  it('with returnBytes, each buffer is handed back (detached here) after it was emitted, and was whole when emitted', async () => {
    const seen = await run(true);
    expect(seen.length).toBeGreaterThan(10);
    for (const s of seen) {
      expect(s.bytes.byteLength).toBe(0); // transferred back to its worker
      expect(JSON.parse(s.copy.toString('utf8')).schemaVersion).toBe('1.0');
    }
  });

  it('without it (a stream that may still hold the chunk), no buffer is taken away', async () => {
    const seen = await run(false);
    for (const s of seen) expect(Buffer.compare(Buffer.from(s.bytes), s.copy)).toBe(0);
  });

  it('the command line with workers writing to a file gives the bytes of --jobs 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-pool-'));
    try {
      const out = (jobs: string) => {
        const file = join(dir, `out-${jobs}`);
        const fd = openSync(file, 'w');
        const r = spawnSync(process.execPath, [BIN, '-q', '--jobs', jobs, '--format', 'jsonl', ...inputs], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'] });
        closeSync(fd);
        expect(r.status).not.toBeNull();
        return readFileSync(file);
      };
      const one = out('1');
      expect(one.length).toBeGreaterThan(10_000);
      expect(out('2').equals(one)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
