import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { inShard } from '../src/cli/inputs.js';
import { readAgain } from '../src/cli/merge.js';
import { changedOutput, indexShards } from '../src/cli/shard-outputs.js';
import { DocumentNamer, presetNames } from '../src/cli/output.js';
import { FIXTURES, ROOT } from './helpers.js';

/**
 * `--shard K/N` and `budget-parse merge`: a synthetic corpus made of the fixtures, run as 3 shards
 * and as one run, in JSONL and in CSV; the merge of the shards must be the single run, byte for byte.
 * The CLI runs in the corpus's temporary folder with relative paths, so that which shard a file
 * falls in (a hash of its path) does not depend on the name of the temporary folder.
 */

const BIN = join(ROOT, 'bin', 'budget-parse.js');
const TABLES = ['documents', 'projects', 'indicators', 'figures', 'budget_lines'];

let work = '';
function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, '--jobs', '1', ...args], { cwd: work, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}
function merge(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'merge', ...args], { cwd: work, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}
const read = (f: string) => readFileSync(join(work, f), 'utf8');
/** Every file of a folder, name → content. */
const folder = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(join(work, dir)).sort().map((f) => [f, read(join(dir, f))]));
const pathsOf = (jsonl: string): string[] => jsonl.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l).source.path as string);

/** Subfolders of the corpus: upper case sorts before lower case with `<` (B before a), 甲 after both. */
const FOLDERS = ['a', 'B', 'c', 'a/x', '甲'];
/** Three files with one name in different folders: their ids are same, same-2, same-3 in path order. */
const SAME = ['B/same.txt', 'a/same.txt', '甲/same.txt'];
const K = [1, 2, 3];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'budget-parse-shards-'));
  const corpus = join(work, 'corpus');
  for (const f of FOLDERS) mkdirSync(join(corpus, f), { recursive: true });
  const sources = [
    ...['docs', 'final-account', 'structure'].flatMap((d) => readdirSync(join(FIXTURES, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(FIXTURES, d, f))),
    join(FIXTURES, 'formats', 'budget.docx'),
    join(FIXTURES, 'formats', 'final-account.html'),
  ];
  sources.forEach((src, i) => copyFileSync(src, join(corpus, FOLDERS[i % FOLDERS.length]!, src.split('/').pop()!)));
  copyFileSync(join(FIXTURES, 'docs', 'budget-basic.txt'), join(corpus, SAME[0]!));
  copyFileSync(join(FIXTURES, 'docs', 'headings.txt'), join(corpus, SAME[1]!));
  copyFileSync(join(FIXTURES, 'final-account', 'statement.txt'), join(corpus, SAME[2]!));
  // A file that gives an error entry (empty): errors are documents too, and merge keeps them.
  writeFileSync(join(corpus, 'c', 'empty.txt'), '');

  // The single run and the 3 shards, each in JSONL and as a CSV out-dir.
  writeFileSync(join(work, 'single.jsonl'), run(['--format', 'jsonl', 'corpus']).stdout);
  run(['--format', 'csv', '--out-dir', 'single', 'corpus']);
  for (const k of K) {
    writeFileSync(join(work, `shard-${k}.jsonl`), run(['--shard', `${k}/3`, '--format', 'jsonl', 'corpus']).stdout);
    run(['--shard', `${k}/3`, '--format', 'csv', '--out-dir', `shard-${k}`, 'corpus']);
  }
}, 120_000);

describe('shards', () => {
  it('every input lands in exactly one shard, and the shards are not trivial', () => {
    const all = pathsOf(read('single.jsonl'));
    expect(all.length).toBeGreaterThanOrEqual(24);
    const shards = K.map((k) => pathsOf(read(`shard-${k}.jsonl`)));
    for (const s of shards) expect(s.length).toBeGreaterThan(3);
    expect(shards.flat().sort()).toEqual([...all].sort());
    expect(new Set(shards.flat()).size).toBe(all.length);
    for (const [i, s] of shards.entries()) for (const p of s) expect(inShard(p, { k: i + 1, n: 3 })).toBe(true);
    // The files with one name are not all in one shard (else the test of ids below would prove little).
    const shardOf = (p: string) => shards.findIndex((s) => s.includes(`corpus/${p}`));
    expect(new Set(SAME.map(shardOf)).size).toBeGreaterThan(1);
  });

  it('a shard names its documents as the single run does: the same document_id for the same path', () => {
    const ids = (dir: string) => (parseCsv(read(join(dir, 'documents.csv')), { columns: true }) as { document_id: string; path: string }[]).map((r) => [r.path, r.document_id] as const);
    const single = new Map(ids('single'));
    expect(SAME.map((p) => single.get(`corpus/${p}`))).toEqual(['same', 'same-2', 'same-3']);
    const fromShards = K.flatMap((k) => ids(`shard-${k}`));
    expect(fromShards).toHaveLength(single.size);
    for (const [path, id] of fromShards) expect(id).toBe(single.get(path));
    // So the shards' per-document JSON files do not collide, and their tables read together (a
    // DuckDB glob over shard-*/x.csv) hold the single run's rows: each table, as a multiset.
    expect(K.flatMap((k) => readdirSync(join(work, `shard-${k}`)).filter((f) => f !== 'datapackage.json' && f.endsWith('.json'))).sort()).toEqual(
      readdirSync(join(work, 'single')).filter((f) => f !== 'datapackage.json' && f.endsWith('.json')).sort(),
    );
    for (const t of TABLES) {
      const rows = (dir: string) => (parseCsv(read(join(dir, `${t}.csv`))) as string[][]).slice(1).map((r) => JSON.stringify(r));
      expect(K.flatMap((k) => rows(`shard-${k}`)).sort(), t).toEqual(rows('single').sort());
    }
  });
});

describe('document names', () => {
  /** The rule as written first: the first of base, base-2, base-3 … not used yet. */
  function naive(paths: string[]): string[] {
    const used = new Set<string>();
    return paths.map((p) => {
      const base = basename(p).replace(/\.txt$/i, '');
      let name = base;
      for (let i = 2; used.has(name); i++) name = `${base}-${i}`;
      used.add(name);
      return name;
    });
  }
  it('names as the rule says, in linear time, and a preset names any subset as the whole run', () => {
    const paths: string[] = [];
    // Names that collide with suffixed ones (x-2.txt, x-3-2.txt) and many files of one name.
    for (let i = 0; i < 400; i++) paths.push(`d${i % 7}/${['x', 'x-2', 'x-3-2', 'y', 'x'][i % 5]}.txt`);
    const namer = new DocumentNamer();
    expect(paths.map((p) => namer.name(p))).toEqual(naive(paths));
    // Linear: 10× the files of one name take about 10× the time, not 100× (a ratio, not a time limit).
    const timeFor = (n: number) => {
      const many = Array.from({ length: n }, (_, i) => `f${i}/部门预算.pdf`);
      const t0 = performance.now();
      const namer = new DocumentNamer();
      const names = many.map((p) => namer.name(p));
      expect(names[n - 1]).toBe(`部门预算.pdf-${n}`);
      return performance.now() - t0;
    };
    timeFor(5_000);
    expect(timeFor(100_000) / Math.max(timeFor(10_000), 1)).toBeLessThan(40);
    const preset = presetNames(paths);
    const shard = new DocumentNamer(preset);
    const single = naive(paths);
    const distinct = [...new Set(paths)];
    for (const p of distinct.filter((_, i) => i % 3 === 1)) expect(shard.name(p)).toBe(single[paths.indexOf(p)]);
    // A path given more than once gets, at each occurrence, the name the whole run gives that occurrence.
    const repeated = paths.filter((p) => p === 'd0/x.txt');
    expect(repeated.length).toBeGreaterThan(2);
    const again = new DocumentNamer(preset);
    expect(repeated.map((p) => again.name(p))).toEqual(paths.map((p, i) => [p, single[i]]).filter(([p]) => p === 'd0/x.txt').map(([, n]) => n));
  });
});

describe('budget-parse merge', () => {
  it('merges the JSONL shards into the single run, byte for byte', () => {
    const r = merge(['--format', 'jsonl', 'shard-1.jsonl', 'shard-2.jsonl', 'shard-3.jsonl']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(read('single.jsonl'));
    // In any argument order, and with a glob pattern the shell did not expand.
    expect(merge(['--format', 'jsonl', 'shard-3.jsonl', 'shard-1.jsonl', 'shard-2.jsonl']).stdout).toBe(read('single.jsonl'));
    expect(merge(['-q', 'shard-*.jsonl']).stdout).toBe(read('single.jsonl'));
    expect(r.stderr).toMatch(/^budget-parse merge: 3 shard outputs, \d+ documents, 1 with an error entry, [\d.]+ s\n$/);
  });

  it('merges the CSV out-dirs into the single run’s folder: every table, datapackage.json and per-document JSON, byte for byte', () => {
    const r = merge(['--format', 'csv', '--out-dir', 'merged', 'shard-1', 'shard-2', 'shard-3']);
    expect(r.code, r.stderr).toBe(0);
    const single = folder('single');
    const merged = folder('merged');
    expect(Object.keys(merged)).toEqual(Object.keys(single));
    for (const t of TABLES) {
      expect(merged[`${t}.csv`], t).toBe(single[`${t}.csv`]);
      // One header: the first record only.
      expect(merged[`${t}.csv`]!.split('\r\n').filter((l) => l.startsWith('document_id,'))).toHaveLength(1);
    }
    expect(merged).toEqual(single);
    expect(merged['documents.csv']).toContain('\r\nsame-2,corpus/a/same.txt,');
  });

  it('reads either kind of shard output and writes any format', () => {
    // JSONL shards → CSV tables; a mix of a folder and JSONL files → the single run's JSON array.
    expect(merge(['--format', 'csv', '--out-dir', 'from-jsonl', 'shard-*.jsonl']).code).toBe(0);
    expect(folder('from-jsonl')).toEqual(folder('single'));
    expect(merge(['--format', 'json', 'shard-1', 'shard-2.jsonl', 'shard-3.jsonl']).stdout).toBe(run(['-q', 'corpus']).stdout);
    const bl = merge(['--format', 'csv', '--table', 'budget_lines', 'shard-1', 'shard-2', 'shard-3']);
    expect(bl.stdout).toBe(read('single/budget_lines.csv'));
    expect(bl.stdout.split('\r\n').length).toBeGreaterThan(20);
  });

  it('a dropped shard gives another dataset (the comparisons above can fail)', () => {
    const two = merge(['shard-1.jsonl', 'shard-3.jsonl']);
    expect(two.code).toBe(0);
    expect(two.stdout).not.toBe(read('single.jsonl'));
    expect(merge(['--format', 'csv', '--out-dir', 'two', 'shard-1', 'shard-2']).code).toBe(0);
    for (const t of TABLES.filter((t) => folder('single')[`${t}.csv`]!.split('\r\n').length > 2)) {
      expect(folder('two')[`${t}.csv`], t).not.toBe(folder('single')[`${t}.csv`]);
    }
  });

  it('a document in two shards: listed on stderr, exit 1, nothing written', () => {
    writeFileSync(join(work, 'overlap.jsonl'), read('shard-1.jsonl') + read('shard-2.jsonl').split('\n')[0] + '\n');
    const r = merge(['--format', 'csv', '--out-dir', 'dup', 'overlap.jsonl', 'shard-2.jsonl', 'shard-3.jsonl']);
    expect(r.code).toBe(1);
    const first = pathsOf(read('shard-2.jsonl'))[0]!;
    expect(r.stderr).toContain(`DUPLICATE_DOCUMENT ${first} is in more than one shard: overlap.jsonl:`);
    expect(r.stderr).toContain('nothing written');
    expect(existsSync(join(work, 'dup'))).toBe(false);
    // The same output given twice is a usage error.
    expect(merge(['shard-1.jsonl', 'shard-1.jsonl']).code).toBe(2);
  });

  it('unreadable shard outputs: listed with file and line, exit 1, nothing on stdout', () => {
    const lines = read('shard-2.jsonl').split('\n');
    writeFileSync(join(work, 'cut.jsonl'), `${lines[0]}\n${lines[1]!.slice(0, 200)}\n`);
    writeFileSync(join(work, 'other.jsonl'), '{"a":1}\n');
    writeFileSync(join(work, 'array.json'), run(['-q', 'corpus/c']).stdout);
    const cases: [string[], RegExp][] = [
      [['shard-1.jsonl', 'cut.jsonl', 'shard-3.jsonl'], /cut\.jsonl:2: not a JSON line/],
      [['shard-1.jsonl', 'other.jsonl'], /other\.jsonl:1: a JSON line that is no budget-parse document/],
      [['array.json'], /array\.json: is a JSON array \(--format json\)/],
      [['shard-1.jsonl', 'no-such-shard.jsonl'], /no-such-shard\.jsonl: no such file or folder/],
      [['shard-1.jsonl', 'missing-*.jsonl'], /no shard output matches missing-\*\.jsonl/],
      [['shard-1.jsonl', 'corpus/a'], /corpus\/a: holds no budget-parse output/],
      [['shard-1/budget_lines.csv', 'shard-2/budget_lines.csv'], /shard-1\/budget_lines\.csv: is a CSV table: merge reads the documents/],
    ];
    for (const [args, message] of cases) {
      const r = merge(args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
    // A CSV folder whose documents.csv lists a document whose <name>.json is gone.
    mkdirSync(join(work, 'partial'));
    for (const [f, text] of Object.entries(folder('shard-1')).filter(([f]) => f !== 'same.json')) writeFileSync(join(work, 'partial', f), text);
    expect(existsSync(join(work, 'shard-1', 'same.json'))).toBe(true);
    const p = merge(['partial', 'shard-2', 'shard-3']);
    expect(p.code).toBe(1);
    expect(p.stderr).toMatch(/partial: documents\.csv lists \d+ documents but the folder holds \d+ <name>\.json files/);
  });

  it('usage errors exit 2: no shard output, the output folder among the inputs, a bad option', () => {
    expect(merge([]).code).toBe(2);
    expect(merge(['--format', 'csv', '--out-dir', 'shard-1', 'shard-1', 'shard-2']).code).toBe(2);
    expect(merge(['--format', 'xml', 'shard-1.jsonl']).code).toBe(2);
  });

  it('an empty shard (more machines than files) merges, with a notice', () => {
    writeFileSync(join(work, 'empty.jsonl'), '');
    const r = merge(['shard-1.jsonl', 'shard-2.jsonl', 'shard-3.jsonl', 'empty.jsonl']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(read('single.jsonl'));
    expect(r.stderr).toContain('no documents in empty.jsonl (an empty shard)');
  });

  it('a shard output rewritten or removed between the check and the writing: no crash, the document is not read', () => {
    const file = join(work, 'moving.jsonl');
    const lines = read('shard-1.jsonl').split('\n').filter(Boolean);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { documents, problems } = indexShards([file]);
    expect(problems).toEqual([]);
    expect(documents.map((d) => readAgain(d)?.source.path)).toEqual(pathsOf(read('shard-1.jsonl')));
    // Rewritten in another order: the offsets indexed now point at other documents (or mid-line).
    writeFileSync(file, `${[...lines].reverse().join('\n')}\n`);
    expect(documents.map((d) => readAgain(d)).filter((d) => d === null).length).toBeGreaterThan(0);
    writeFileSync(file, '');
    expect(documents.every((d) => readAgain(d) === null)).toBe(true);
  });

  it('a shard output that grows after it was indexed (a shard still running) is seen', () => {
    const file = join(work, 'growing.jsonl');
    const lines = read('shard-1.jsonl').split('\n').filter(Boolean);
    writeFileSync(file, `${lines[0]}\n`);
    const index = indexShards([file]);
    expect(changedOutput(index)).toBeNull();
    writeFileSync(file, `${lines[0]}\n${lines[1]}\n`);
    expect(changedOutput(index)).toBe(file);
    // A folder that gets another <name>.json.
    mkdirSync(join(work, 'growing-dir'));
    writeFileSync(join(work, 'growing-dir', 'a.json'), lines[0]!);
    const dirIndex = indexShards([join(work, 'growing-dir')]);
    expect(changedOutput(dirIndex)).toBeNull();
    writeFileSync(join(work, 'growing-dir', 'b.json'), lines[1]!);
    expect(changedOutput(dirIndex)).toBe(join(work, 'growing-dir'));
  });

  it('a document named datapackage (datapackage.txt) is neither overwritten by the data package nor dropped by merge', () => {
    mkdirSync(join(work, 'dp-corpus'));
    copyFileSync(join(FIXTURES, 'docs', 'budget-basic.txt'), join(work, 'dp-corpus', 'datapackage.txt'));
    copyFileSync(join(FIXTURES, 'docs', 'headings.txt'), join(work, 'dp-corpus', 'b.txt'));
    expect(run(['-q', '--format', 'csv', '--out-dir', 'dp-out', 'dp-corpus']).code).toBe(0);
    expect(readdirSync(join(work, 'dp-out')).filter((f) => f.endsWith('.json')).sort()).toEqual(['b.json', 'datapackage-2.json', 'datapackage.json']);
    const r = merge(['--format', 'jsonl', 'dp-out']);
    expect(r.code).toBe(0);
    expect(pathsOf(r.stdout)).toEqual(['dp-corpus/b.txt', 'dp-corpus/datapackage.txt']);
  });

  it('shards of another schema version are refused; an --out-dir that is a file is a usage error (exit 2), for a run and for merge', () => {
    const line = read('shard-1.jsonl').split('\n')[0]!;
    writeFileSync(join(work, 'old.jsonl'), `${line.replace('"schemaVersion":"1.0"', '"schemaVersion":"0.9"')}\n`);
    const r = merge(['old.jsonl', 'shard-2.jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/old\.jsonl:1: a JSON line that is a document of schema version "0\.9", this budget-parse writes 1\.0/);
    writeFileSync(join(work, 'a-file'), 'x');
    const m = merge(['--format', 'csv', '--out-dir', 'a-file', 'shard-1.jsonl']);
    expect([m.code, m.stderr]).toEqual([2, 'budget-parse merge: --out-dir a-file is a file, not a folder\n']);
    const p = run(['--out-dir', 'a-file', 'corpus/c']);
    expect([p.code, p.stderr]).toEqual([2, 'budget-parse: --out-dir a-file is a file, not a folder\n']);
  });

  it('a shard output holding a document twice (appended to twice) merges as written, with a notice on stderr', () => {
    writeFileSync(join(work, 'doubled.jsonl'), read('shard-1.jsonl') + read('shard-1.jsonl'));
    const r = merge(['doubled.jsonl', 'shard-2.jsonl', 'shard-3.jsonl']);
    expect(r.code).toBe(0);
    const first = pathsOf(read('shard-1.jsonl'))[0]!;
    expect(r.stderr).toContain(`the same document ${first} 2 times in doubled.jsonl`);
    expect(pathsOf(r.stdout).length).toBe(pathsOf(read('single.jsonl')).length + pathsOf(read('shard-1.jsonl')).length);
  });
});
