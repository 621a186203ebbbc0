import { describe, expect, it, vi } from 'vitest';

// Simulate a bug of ours inside the parser: the engine must turn it into one entry for the file.
vi.mock('../src/parse.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/parse.js')>();
  return {
    ...real,
    parseDocument: (input: Uint8Array | string, options?: { path?: string }) => {
      if (String(options?.path).includes('bug')) throw new Error('simulated bug');
      return real.parseDocument(input, options);
    },
  };
});

const { parseBytes } = await import('../src/cli/engine.js');
const bytes = new TextEncoder().encode('一、部门预算安排的总体情况\n2024年预算收入100万元。\n');

describe('engine: a bug in one file', () => {
  it('becomes an INTERNAL_ERROR entry asking for a report, without a stack trace', async () => {
    const d = await parseBytes('bug.txt', bytes, { maxBytes: 1e6, debug: false });
    expect(d.error?.code).toBe('INTERNAL_ERROR');
    expect(d.error?.message).toBe('budget-parse failed on this file (a bug: please report it with the file): simulated bug');
    expect(d.source.path).toBe('bug.txt');
  });
  it('carries the stack trace with --debug', async () => {
    const d = await parseBytes('bug.txt', bytes, { maxBytes: 1e6, debug: true });
    expect(d.error?.message).toMatch(/simulated bug\nError: simulated bug\n\s+at /);
  });
  it('leaves the other files alone', async () => {
    const d = await parseBytes('good.txt', bytes, { maxBytes: 1e6, debug: false });
    expect(d.error).toBeNull();
    expect(d.budget?.revenue?.total?.yuan).toBe(1000000);
  });
});
