import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BudgetDocument } from '../src/index.js';
import { spawnSync } from 'node:child_process';
import { FIXTURES, ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'budget-parse.js');
function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

const DIR = join(FIXTURES, 'formats');

describe('CLI with published formats', () => {
  it('a directory gives .pdf, .docx, .html, .xlsx and .txt files; workers read them; a lying extension is seen through', () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-parse-formats-'));
    for (const f of ['budget.pdf', 'budget.docx', 'budget.html', 'final-account.xlsx', 'budget.txt', 'scanned.pdf']) copyFileSync(join(DIR, f), join(dir, f));
    copyFileSync(join(DIR, 'budget.pdf'), join(dir, 'z-disguised.txt'));
    writeFileSync(join(dir, 'notes.md'), '不是输入');
    const r = cli([dir, '-j', '2']);
    expect(r.code).toBe(1); // scanned.pdf has no text layer
    const out = JSON.parse(r.stdout) as BudgetDocument[];
    const by = Object.fromEntries(out.map((d) => [d.source.path.split('/').pop()!, d]));
    expect(Object.keys(by).sort()).toEqual(['budget.docx', 'budget.html', 'budget.pdf', 'budget.txt', 'final-account.xlsx', 'scanned.pdf', 'z-disguised.txt']);
    expect(by['scanned.pdf']!.error?.code).toBe('NO_TEXT_LAYER');
    expect(by['z-disguised.txt']!.source.format).toBe('pdf');
    for (const f of ['budget.docx', 'budget.html', 'budget.pdf', 'budget.txt', 'z-disguised.txt']) {
      expect(by[f]!.budget?.revenue?.total?.yuan, f).toBe(24683000);
    }
    expect(by['final-account.xlsx']!.threePublic?.total?.cell).toBe('C5'); // the actual (决算数) column
    expect(r.stderr).toContain('NO_TEXT_LAYER');
  });

  it('--max-bytes applies to PDFs', () => {
    const r = cli([join(DIR, 'budget.pdf'), '--max-bytes', '1000']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as BudgetDocument[])[0]!.error?.code).toBe('FILE_TOO_LARGE');
  });

  it('`budget-parse text FILE` prints the numbered lines that `line` counts; --plain parses back the same', () => {
    const r = cli(['text', join(DIR, 'budget.pdf')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[7]).toMatch(/^ *8 {2}2025年预算收入2,468\.30万元/);
    const plain = cli(['text', '--plain', join(DIR, 'budget.pdf')]);
    const again = JSON.parse(cli(['-'], plain.stdout).stdout) as BudgetDocument[];
    expect(again[0]!.budget?.revenue?.total?.yuan).toBe(24683000);
    expect(again[0]!.threePublic?.total?.yuan).toBe(126000);
    const scanned = cli(['text', join(DIR, 'scanned.pdf')]);
    expect(scanned.code).toBe(1);
    expect(scanned.stderr).toContain('NO_TEXT_LAYER');
  });
});
