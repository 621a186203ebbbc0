import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { inShard } from '../src/cli/inputs.js';
import type { BudgetDocument } from '../src/index.js';
import { FIXTURES, hasSeeds, ROOT, SEEDS } from './helpers.js';

const BIN = join(ROOT, 'bin', 'budget-parse.js');

export function cli(args: string[], input?: Buffer | string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}
const docs = (stdout: string) => JSON.parse(stdout) as BudgetDocument[];
const tmp = () => mkdtempSync(join(tmpdir(), 'budget-parse-'));

const DOCS = join(FIXTURES, 'docs');
const docFiles = readdirSync(DOCS).sort().map((f) => join('fixtures', 'docs', f));

describe('CLI inputs and order', () => {
  it('prints one JSON array, one object per input, in argument order', () => {
    const args = ['fixtures/docs/headings.txt', 'fixtures/docs/budget-basic.txt', 'fixtures/docs/cells.txt'];
    const r = cli(args);
    expect(r.code).toBe(0);
    expect(docs(r.stdout).map((d) => d.source.path)).toEqual(args);
  });

  it('expands directories (every *.txt below, sorted) and glob patterns, in argument order', () => {
    const r = cli(['fixtures/docs/sum-mismatch.txt', 'fixtures/docs', 'fixtures/encodings/utf16*.txt']);
    expect(r.code).toBe(0);
    expect(docs(r.stdout).map((d) => d.source.path)).toEqual([
      'fixtures/docs/sum-mismatch.txt',
      ...docFiles,
      'fixtures/encodings/utf16be-bom.txt',
      'fixtures/encodings/utf16le-bom.txt',
      'fixtures/encodings/utf16le-nobom.txt',
    ]);
  });

  it('reads standard input for -', () => {
    const r = cli(['-', 'fixtures/docs/headings.txt'], readFileSync(join(DOCS, 'budget-basic.txt')));
    expect(r.code).toBe(0);
    const [a, b] = docs(r.stdout);
    expect([a!.source.path, a!.department, b!.source.path]).toEqual(['-', '测试县示例街道办事处', 'fixtures/docs/headings.txt']);
  });

  it('prints the JSON Schema with `schema`', () => {
    const r = cli(['schema']);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, 'schemas', 'document.schema.json'), 'utf8')));
  });
});

describe('CLI exit codes and stderr', () => {
  it('0 when every file parsed; data only on stdout, one summary line on stderr', () => {
    const r = cli(['fixtures/docs']);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^budget-parse: 8 files, 8 documents, 3 projects, 12 indicators, \d+ warnings, 0 errors, [\d.]+ s\n$/);
  });
  it('1 when a file failed; the others are still parsed', () => {
    const r = cli(['fixtures/docs/headings.txt', 'no/such/file.txt']);
    expect(r.code).toBe(1);
    const [a, b] = docs(r.stdout);
    expect(a!.error).toBeNull();
    expect(b!.error).toMatchObject({ code: 'FILE_NOT_FOUND' });
    expect(r.stderr).toContain('FILE_NOT_FOUND');
  });
  it('1 with --strict when a document has warnings, 0 without', () => {
    expect(cli(['--strict', 'fixtures/docs/sum-mismatch.txt']).code).toBe(1);
    expect(cli(['fixtures/docs/sum-mismatch.txt']).code).toBe(0);
    expect(cli(['--strict', 'fixtures/docs/budget-basic.txt']).code).toBe(0);
  });
  it('2 for usage errors: unknown flag, bad values, nothing matched', () => {
    expect(cli(['--bogus', 'fixtures/docs']).code).toBe(2);
    expect(cli(['--format', 'xml', 'fixtures/docs']).code).toBe(2);
    expect(cli(['--jobs', '0', 'fixtures/docs']).code).toBe(2);
    expect(cli(['--shard', '3/2', 'fixtures/docs']).code).toBe(2);
    const none = cli(['fixtures/nothing-*.txt']);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('nothing to parse');
  });
  it('stops quietly when the reader closes the pipe early (| head)', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [BIN, '--jobs', '1', 'fixtures', 'fixtures', 'fixtures'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
  });
  it('--quiet prints nothing on stderr', () => {
    const r = cli(['--quiet', 'fixtures/docs']);
    expect([r.code, r.stderr]).toEqual([0, '']);
  });
});

describe('CLI formats', () => {
  it('jsonl: one document per line, equal to the json array', () => {
    const a = docs(cli(['fixtures/docs']).stdout);
    const lines = cli(['--format', 'jsonl', 'fixtures/docs']).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(a.length);
    expect(lines.map((l) => JSON.parse(l))).toEqual(a);
  });

  it('--out-dir writes <name>.json per input, names kept and collisions resolved', () => {
    const dir = tmp();
    const src = tmp();
    mkdirSync(join(src, 'a'));
    mkdirSync(join(src, 'b'));
    copyFileSync(join(DOCS, 'headings.txt'), join(src, 'a', 'x.txt'));
    copyFileSync(join(DOCS, 'cells.txt'), join(src, 'b', 'x.txt'));
    const r = cli(['--out-dir', dir, src]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['x-2.json', 'x.json']);
    expect(JSON.parse(readFileSync(join(dir, 'x.json'), 'utf8')).source.path).toBe(join(src, 'a', 'x.txt'));
    expect(JSON.parse(readFileSync(join(dir, 'x-2.json'), 'utf8')).source.path).toBe(join(src, 'b', 'x.txt'));
  });

  it('csv: flat tables that read back with a CSV parser and match the JSON', () => {
    const dir = tmp();
    const inputs = ['fixtures/docs/project-wan-truncated.txt', 'fixtures/docs/department-indicators.txt', 'fixtures/docs/three-public-table.txt'];
    const r = cli(['--format', 'csv', '--out-dir', dir, ...inputs]);
    expect(r.code).toBe(0);
    const json = docs(cli(inputs).stdout);
    const read = (t: string) => parseCsv(readFileSync(join(dir, `${t}.csv`)), { columns: true, bom: true }) as Record<string, string>[];
    const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
    expect(readdirSync(dir).sort()).toEqual(['budget_lines.csv', 'datapackage.json', 'department-indicators.json', 'documents.csv', 'figures.csv', 'indicators.csv', 'project-wan-truncated.json', 'projects.csv', 'three-public-table.json']);

    // Headers are exactly the datapackage fields, in order.
    for (const res of pkg.resources) {
      const header = readFileSync(join(dir, res.path), 'utf8').split('\r\n')[0];
      expect(header).toBe(res.schema.fields.map((f: { name: string }) => f.name).join(','));
    }
    const documents = read('documents');
    expect(documents.map((d) => [d.document_id, d.department, d.year, d.kind])).toEqual([
      ['project-wan-truncated', '示例县农业农村局', '2024', 'performance'],
      ['department-indicators', '示例乡人民政府', '2023', 'performance'],
      ['three-public-table', '示例区文化局', '2023', 'budget'],
    ]);
    const projects = read('projects');
    expect(projects).toHaveLength(json[0]!.performance!.projects.length);
    expect(projects[0]).toMatchObject({ document_id: 'project-wan-truncated', project_index: '1', line: '3', code: 'PRJ-2024-001', budget_total_yuan: '12864500', schedule_oct_pct: '80', truncated: 'false' });
    expect(projects[1]).toMatchObject({ code: '', truncated: 'true', budget_other_yuan: '' });

    const indicators = read('indicators');
    const count = json.reduce((n, d) => n + (d.performance?.departmentIndicators.length ?? 0) + (d.performance?.projects.reduce((m, p) => m + p.indicators.length, 0) ?? 0), 0);
    expect(indicators).toHaveLength(count);
    expect(indicators.find((i) => i.target_raw === '5000-6000亩')).toMatchObject({ scope: 'project', project_index: '1', value: '5000', upper: '6000', unit: '亩', operator: '', line: '50' });
    expect(indicators.find((i) => i.target_raw === '＝1,500元')).toMatchObject({ scope: 'department', project_index: '', operator: '=', yuan: '1500', category2: 'cost' });

    const figures = read('figures');
    const t = figures.find((f) => f.document_id === 'three-public-table' && f.key === 'threePublic.total');
    expect(t).toEqual({ document_id: 'three-public-table', section: 'threePublic', key: 'threePublic.total', yuan: '125000', raw: '12.50', unit: '万元', line: '14', per: '', role: '', parent: '' });
    // A list item carries its role and parent (issue 13).
    expect(figures.find((f) => f.document_id === 'three-public-table' && f.key === 'threePublic.items[0].amount')).toMatchObject({ role: 'part', parent: '' });
    expect(figures.every((f) => /^\d+$/.test(f.line) && f.document_id)).toBe(true);
  });

  it('csv on stdout prints one table; --bom starts it with a UTF-8 BOM', () => {
    const r = cli(['--format', 'csv', '--table', 'indicators', '--bom', 'fixtures/docs/cells.txt']);
    expect(r.stdout.startsWith('\ufeffdocument_id,scope,project_index,line,')).toBe(true);
    const rows = parseCsv(r.stdout, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((x) => x.target_raw)).toEqual(['≥十二项', '≥ 90 ％', '有效\n保障']);
  });

  it('datapackage.json names every file and field, with CNY as the currency of money fields', () => {
    const dir = tmp();
    cli(['--format', 'csv', '--out-dir', dir, 'fixtures/docs/cells.txt']);
    const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual(['documents.csv', 'projects.csv', 'indicators.csv', 'figures.csv', 'budget_lines.csv']);
    const money = pkg.resources.find((r: { name: string }) => r.name === 'figures').schema.fields.find((f: { name: string }) => f.name === 'yuan');
    expect(money).toMatchObject({ type: 'number', unit: 'CNY', currency: 'CNY' });
  });
});

describe('CLI jobs and shards', () => {
  it('gives byte-identical output whatever --jobs is', () => {
    const one = cli(['--jobs', '1', 'fixtures']).stdout;
    const three = cli(['--jobs', '3', 'fixtures']).stdout;
    expect(three).toBe(one);
    expect(docs(one).length).toBeGreaterThan(10);
  });

  it.skipIf(!hasSeeds)('keeps input order with workers on the seeds', () => {
    const r = cli(['--jobs', '2', '--format', 'jsonl', SEEDS, 'fixtures/docs']);
    const paths = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.path);
    expect(paths.slice(0, 4).map((p: string) => p.split('/').pop()!.slice(0, 3))).toEqual(['000', '001', '002', '004']);
    expect(paths.slice(4)).toEqual(docFiles);
  });

  it('the shards of a corpus together give every document exactly once', () => {
    const all = docs(cli(['fixtures']).stdout).map((d) => d.source.path);
    const shards = [1, 2, 3].map((k) => docs(cli(['--shard', `${k}/3`, 'fixtures']).stdout).map((d) => d.source.path));
    expect(shards.flat().sort()).toEqual([...all].sort());
    expect(new Set(shards.flat()).size).toBe(all.length);
    // Each shard keeps input order.
    for (const s of shards) expect(s).toEqual(all.filter((p) => s.includes(p)));
  });

  it('shard membership is stable: pinned per path, spread evenly, independent of argument order', () => {
    // Pinned: a change of the hash would move files between the machines of a running split.
    const shardOf = (p: string) => [1, 2, 3, 4].find((k) => inShard(p, { k, n: 4 }));
    expect(['corpus/doc-000000.txt', 'corpus/doc-000001.txt', 'a/b.txt', '甲.txt'].map(shardOf)).toEqual([2, 3, 4, 4]);
    const paths = Array.from({ length: 300 }, (_, i) => `corpus/doc-${i}.txt`);
    const counts = [1, 2, 3, 4].map((k) => paths.filter((p) => inShard(p, { k, n: 4 })).length);
    expect(counts.reduce((a, b) => a + b)).toBe(300);
    expect(Math.min(...counts)).toBeGreaterThan(40);
    const forward = docs(cli(['--shard', '2/3', ...docFiles]).stdout).map((d) => d.source.path);
    const backward = docs(cli(['--shard', '2/3', ...[...docFiles].reverse()]).stdout).map((d) => d.source.path);
    expect(forward.length).toBeGreaterThan(0);
    expect([...backward].reverse()).toEqual(forward);
  });
});

// For the README: keep the written example in sync with the real output of the tool.
describe('README', () => {
  it('documents every error code, warning code and rule code the code can emit', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const src = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? src(join(dir, e.name)) : [readFileSync(join(dir, e.name), 'utf8')]));
    const codes = new Set<string>();
    for (const text of src(join(ROOT, 'src'))) {
      for (const m of text.matchAll(/(?:warn|checkSum)\(\s*(?:[\w.]+,\s*)?'([A-Z][A-Z0-9_]+)'/g)) codes.add(m[1]!);
      for (const m of text.matchAll(/code: '([A-Z][A-Z0-9_]+)'/g)) codes.add(m[1]!);
      for (const m of text.matchAll(/\['([A-Z][A-Z_]+)', '[^']+'\]/g)) codes.add(m[1]!);
      for (const m of text.matchAll(/^\s{2}([A-Z][A-Z0-9_]+): '/gm)) codes.add(m[1]!);
    }
    const missing = [...codes].filter((c) => !readme.includes(`\`${c}\``));
    expect(codes.size).toBeGreaterThan(15);
    expect(missing).toEqual([]);
  });
});

describe('an output that cannot be written', () => {
  it.skipIf(!existsSync('/dev/full'))('says so and exits 74, with and without workers (no internal-error message)', () => {
    for (const jobs of ['1', '2']) {
      const fd = openSync('/dev/full', 'w');
      const r = spawnSync(process.execPath, [BIN, '-q', '--jobs', jobs, 'fixtures/docs'], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'] });
      closeSync(fd);
      expect(r.status, jobs).toBe(74);
      expect(r.stderr.toString(), jobs).toContain('cannot write the output: ENOSPC');
      expect(r.stderr.toString(), jobs).not.toContain('internal error');
    }
  });
});
