import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, type BudgetDocument } from '../src/index.js';
import { FIXTURES, hasSeeds, ROOT, seedPath } from './helpers.js';

const BIN = join(ROOT, 'bin', 'budget-parse.js');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** A directory of everything a crawler brings back, next to one good disclosure. */
function badCorpus(): { dir: string; expected: [name: string, code: string | null, warning?: string][] } {
  const dir = mkdtempSync(join(tmpdir(), 'budget-parse-bad-'));
  const good = hasSeeds ? seedPath('001') : join(FIXTURES, 'docs', 'budget-basic.txt');
  copyFileSync(good, join(dir, '00-good.txt'));
  writeFileSync(join(dir, '01-empty.txt'), '');
  writeFileSync(join(dir, '02-image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]));
  writeFileSync(join(dir, '03-pdf.txt'), Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'), Buffer.alloc(64, 1)]));
  writeFileSync(join(dir, '04-docx.txt'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), Buffer.from('[Content_Types].xml')]));
  writeFileSync(join(dir, '05-news.txt'), '本市举行迎春长跑活动\n\n新华社北京1月2日电 数千名市民参加了今天上午的长跑活动，天气晴朗。\n');
  const cut = Buffer.from('示例街道办事处2024年部门预算公开说明\n一、部门预算安排的总体情况\n2024年预算收入100万元。中文', 'utf8');
  writeFileSync(join(dir, '06-cut-in-character.txt'), cut.subarray(0, cut.length - 2));
  const table = readFileSync(join(FIXTURES, 'docs', 'project-wan-truncated.txt'), 'utf8');
  writeFileSync(join(dir, '07-cut-in-table.txt'), table.slice(0, table.indexOf('高标准农田面积')));
  writeFileSync(join(dir, '08-huge-line.txt'), `一、部门预算安排的总体情况\n${'2024年预算收入1,286.45万元，其中：'.repeat(120000)}\n`);
  writeFileSync(join(dir, '09-only-tabs.txt'), '\t\t\t\n\t\n\t\t\n'.repeat(1000));
  mkdirSync(join(dir, '10-directory.txt'));
  writeFileSync(join(dir, '11-denied.txt'), '一、部门预算安排的总体情况\n');
  chmodSync(join(dir, '11-denied.txt'), 0o000);
  return {
    dir,
    expected: [
      ['00-good.txt', null],
      ['01-empty.txt', 'EMPTY_FILE'],
      ['02-image.txt', 'NOT_TEXT'],
      // Recognized as a PDF by its first bytes (whatever the name says), and a broken one.
      ['03-pdf.txt', 'BROKEN_PDF'],
      ['04-docx.txt', 'NOT_TEXT'],
      ['05-news.txt', null, 'NOT_A_DISCLOSURE'],
      ['06-cut-in-character.txt', null, 'TRUNCATED_CHARACTER'],
      ['07-cut-in-table.txt', null, 'TRUNCATED_TABLE'],
      ['08-huge-line.txt', null],
      ['09-only-tabs.txt', null, 'NOT_A_DISCLOSURE'],
      ['10-directory.txt', 'IS_A_DIRECTORY'],
      // root reads files whatever their mode: the denied case only shows as another user
      ['11-denied.txt', isRoot ? null : 'PERMISSION_DENIED'],
    ],
  };
}

describe('bad input never crashes it and never loses a file', () => {
  it('the CLI gives one entry per input, in order, with stable codes; exit 1; only messages and summary on stderr', () => {
    const { dir, expected } = badCorpus();
    const r = spawnSync(process.execPath, [BIN, dir, join(dir, 'missing.txt')], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout.toString()) as BudgetDocument[];
    const all = [...expected, ['missing.txt', 'FILE_NOT_FOUND'] as [string, string]];
    expect(out.map((d) => d.source.path.split('/').pop())).toEqual(all.map((e) => e[0]));
    out.forEach((d, i) => {
      const [name, code, warning] = all[i]!;
      expect(d.error?.code ?? null, name).toBe(code);
      if (warning) expect(d.warnings.map((w) => w.code), name).toContain(warning);
    });
    // The good document is fully parsed.
    const good = out[0]!;
    expect(good.kind).toBe('budget');
    expect(good.budget?.revenue?.total).not.toBeNull();
    // The huge line was read, not skipped.
    expect(out[8]!.budget?.revenue?.total?.yuan).toBe(12864500);
    const stderr = r.stderr.toString().trim().split('\n');
    const failing = all.filter((e) => e[1]).length;
    expect(stderr).toHaveLength(failing + 1);
    for (const line of stderr.slice(0, -1)) expect(line).toMatch(/^budget-parse: \S+: [A-Z_]+ /);
    expect(stderr.at(-1)).toMatch(new RegExp(`^budget-parse: ${all.length} files, ${all.length - failing} documents, .*, ${failing} errors, `));
    expect(r.stderr.toString()).not.toMatch(/\n\s+at /); // no stack traces
  });

  it('a worker that dies costs one file: INTERNAL_ERROR for it, the others parsed, in order', () => {
    const files = ['fixtures/docs/headings.txt', 'fixtures/docs/cells.txt', 'fixtures/docs/budget-basic.txt', 'fixtures/docs/sum-mismatch.txt'];
    const r = spawnSync(process.execPath, [BIN, '--jobs', '2', ...files], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', BUDGET_PARSE_TEST_WORKER_CRASH: 'cells' } });
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout.toString()) as BudgetDocument[];
    expect(out.map((d) => d.source.path)).toEqual(files);
    expect(out.map((d) => d.error?.code ?? null)).toEqual([null, 'INTERNAL_ERROR', null, null]);
    expect(out[1]!.error?.message).toContain('the worker died');
    expect(r.stderr.toString()).not.toMatch(/\n\s+at /);
  });

  it('a worker that dies on the second file it holds, just after answering the first: the first is kept, the one queued behind is parsed', () => {
    // Two workers, two files each: the first worker gets headings then cells (it dies on cells), the
    // second budget-basic then sum-mismatch. Its answer for headings and its death race each other:
    // the parent used to take the death first in about one run in eight (then it blamed headings and
    // crashed on the late answer), so the run is repeated; every run must come out right.
    const files = ['fixtures/docs/headings.txt', 'fixtures/docs/budget-basic.txt', 'fixtures/docs/cells.txt', 'fixtures/docs/sum-mismatch.txt', 'fixtures/docs/procurement-table.txt'];
    for (let run = 0; run < 12; run++) {
      const r = spawnSync(process.execPath, [BIN, '--jobs', '2', '--format', 'jsonl', ...files], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', BUDGET_PARSE_TEST_WORKER_CRASH: 'cells' } });
      expect(r.status, r.stderr.toString()).toBe(1);
      const out = r.stdout.toString().trim().split('\n').map((l) => JSON.parse(l) as BudgetDocument);
      expect(out.map((d) => d.source.path)).toEqual(files);
      expect(out.map((d) => d.error?.code ?? null)).toEqual([null, null, 'INTERNAL_ERROR', null, null]);
      expect(r.stderr.toString()).toMatch(/5 files, 4 documents, .*1 errors/);
    }
  });

  it('refuses files over --max-bytes with FILE_TOO_LARGE instead of reading them', () => {
    const r = spawnSync(process.execPath, [BIN, '--max-bytes', '1000', 'fixtures/docs/budget-basic.txt', 'fixtures/docs/headings.txt'], { cwd: ROOT });
    const [a, b] = JSON.parse(r.stdout.toString()) as BudgetDocument[];
    expect(a!.error?.code).toBe('FILE_TOO_LARGE');
    expect(b!.error).toBeNull();
    expect(r.status).toBe(1);
  });

  it('stays linear on long lines and deep tables', () => {
    const line = '其中：一般公共预算收入1,286.45万元，'.repeat(50000);
    const rows = Array.from({ length: 20000 }, (_, i) => `\t${i}\n\t≥${i}%\n`).join('\n');
    const doc = `一、部门预算安排的总体情况\n${line}\n五、绩效预算信息\n\t一级指标\n\t二级指标\n\t三级指标\n\t指标值\n\n${rows}`;
    const small = `一、部门预算安排的总体情况\n${line.slice(0, line.length / 10)}\n五、绩效预算信息\n\t一级指标\n\t二级指标\n\t三级指标\n\t指标值\n\n${rows.slice(0, rows.length / 10)}`;
    const time = (text: string) => {
      const t = performance.now();
      parseDocument(text);
      return performance.now() - t;
    };
    time(small);
    const ratio = time(doc) / Math.max(1, time(small));
    // 10x the input must not cost 100x: a generous bound that only a quadratic path breaks.
    expect(ratio).toBeLessThan(40);
  });
});

describe('linear on a huge line with neither a genre nor a 。', () => {
  it('a title-less text of 三公 figures in brackets (the kind inference and the bracket test look back at most a sentence)', () => {
    const piece = '“三公”经费（含公务接待费）支出12.5万元，';
    const time = (n: number) => {
      const t = performance.now();
      const d = parseDocument(`说明\n${piece.repeat(n)}\n`);
      expect(d.threePublic).not.toBeNull();
      return performance.now() - t;
    };
    // (each size timed twice after a warm-up, the better run kept: a busy machine slows one run, not both)
    time(3000);
    const small = Math.min(time(3000), time(3000));
    const big = Math.min(time(30000), time(30000));
    // 10x the input must not cost 100x: a quadratic path (a look-back to the paragraph's start per figure) breaks it.
    expect(big / Math.max(1, small)).toBeLessThan(40);
  });
});

describe('linear on a huge 国有资产 line', () => {
  it.each([['with 其中', '共有车辆2辆，其中一般公务用车1辆，资产总额856.20万元，'], ['without 其中', '共有车辆2辆，资产总额856.20万元，']])('%s (the car counts and the parts of a 资产总额 look ahead at most a clause)', (_, piece) => {
    const time = (n: number) => {
      const t = performance.now();
      parseDocument(`青禾市档案馆2025年部门预算公开说明\n\n（三）国有资产占用情况\n${piece.repeat(n)}\n`);
      return performance.now() - t;
    };
    time(1000);
    const small = Math.min(time(1000), time(1000));
    const big = Math.min(time(10000), time(10000));
    expect(big / Math.max(1, small)).toBeLessThan(40);
  });
});

describe('regressions found by the property tests', () => {
  it.each(['bom-only-utf8.txt', 'bom-only-utf16le.txt'])('%s is an empty file', (f) => {
    expect(parseDocument(readFileSync(join(FIXTURES, 'regressions', f))).error?.code).toBe('EMPTY_FILE');
  });
  it('GB18030 bytes that are also valid UTF-8 are read as GB18030', () => {
    const d = parseDocument(readFileSync(join(FIXTURES, 'regressions', 'gb18030-valid-utf8-bytes.txt')));
    expect([d.source.encoding, d.title, d.sections[0]?.heading]).toEqual(['gb18030', null, '模型']);
  });
});
