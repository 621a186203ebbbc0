import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'budget-parse.js');
const INPUTS = ['fixtures/tables/budget-wan.tika.txt', 'fixtures/tables/final-yuan.tika.txt'];

function writeCsv(): string {
  const dir = mkdtempSync(join(tmpdir(), 'budget-lines-'));
  const r = spawnSync(process.execPath, [BIN, '--format', 'csv', '--out-dir', dir, ...INPUTS], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  expect(r.status).toBe(0);
  return dir;
}

let duckdb: typeof import('@duckdb/node-api') | null = null;
try {
  duckdb = createRequire(import.meta.url)('@duckdb/node-api');
} catch {
  console.warn('\n[budget-parse tests] @duckdb/node-api is not installed: the DuckDB load test of budget_lines.csv is SKIPPED.\n');
}

describe('budget_lines.csv', () => {
  const dir = writeCsv();
  const rows = parseCsv(readFileSync(join(dir, 'budget_lines.csv')), { columns: true }) as Record<string, string>[];
  const docs = INPUTS.map((p) => JSON.parse(spawnSync(process.execPath, [BIN, p], { cwd: ROOT }).stdout.toString())[0]);

  it('one row per money cell of every table, matching the JSON', () => {
    const cells = docs.reduce((n, d) => n + d.tables.reduce((m: number, t: { rows: { values: object }[] }) => m + t.rows.reduce((k, r) => k + Object.keys(r.values).length, 0), 0), 0);
    expect(rows).toHaveLength(cells);
    expect(rows.find((r) => r.document_id === 'budget-wan.tika' && r.table === 'generalExpenditure' && r.code === '2012601' && r.column === 'basic')).toEqual({
      document_id: 'budget-wan.tika', table: 'generalExpenditure', table_index: '7', side: '', title: '表5 2025年一般公共预算支出表',
      code: '2012601', name: '行政运行', level: '3', labels: '', column: 'basic', header: '基本支出', yuan: '5500000', raw: '550.00', unit: '万元',
      line: String(docs[0].tables[6].rows[2].values.basic.line),
    });
    expect(rows.filter((r) => r.table === 'procurement' && r.column === 'total').map((r) => [r.name, r.labels])).toEqual([['档案密集架', '货物 | 20'], ['数字化扫描服务', '服务 | 1'], ['合计', '']]);
    expect(rows.filter((r) => r.table === 'summary' && r.side === 'expenditure' && r.name === '支出总计').map((r) => r.yuan)).toEqual(['12506000', '1216000']);
  });

  it('datapackage.json declares code a string and yuan a number in CNY', () => {
    const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
    const fields = pkg.resources.find((r: { name: string }) => r.name === 'budget_lines').schema.fields as { name: string; type: string; currency?: string }[];
    expect(fields.map((f) => f.name)).toEqual(['document_id', 'table', 'table_index', 'side', 'title', 'code', 'name', 'level', 'labels', 'column', 'header', 'yuan', 'raw', 'unit', 'line']);
    expect(fields.find((f) => f.name === 'code')).toMatchObject({ type: 'string' });
    expect(fields.find((f) => f.name === 'yuan')).toMatchObject({ type: 'number', currency: 'CNY' });
  });

  it.skipIf(!duckdb)('loads in DuckDB: code VARCHAR (2010301 intact), yuan a number', async () => {
    const db = await duckdb!.DuckDBInstance.create(':memory:');
    const c = await db.connect();
    const path = join(dir, 'budget_lines.csv').replace(/'/g, "''");
    const src = `read_csv_auto('${path}', types={'code': 'VARCHAR'})`;
    const types = Object.fromEntries((await c.runAndReadAll(`DESCRIBE SELECT * FROM ${src}`)).getRowObjects().map((r) => [r.column_name, r.column_type]));
    expect(types).toMatchObject({ code: 'VARCHAR', level: 'BIGINT', line: 'BIGINT' });
    expect(types.yuan).toMatch(/^(BIGINT|DOUBLE|DECIMAL)/);
    const got = (await c.runAndReadAll(`SELECT code, name, yuan FROM ${src} WHERE "table" = 'generalExpenditure' AND "column" = 'total' AND level = 3 AND document_id = 'budget-wan.tika' ORDER BY line`)).getRowObjects();
    expect(got.map((r) => [r.code, r.name, Number(r.yuan)])).toEqual([
      ['2012601', '行政运行', 6000000], ['2012604', '档案馆', 2500000], ['2080505', '机关事业单位基本养老保险缴费支出', 1304000],
      ['2080506', '机关事业单位职业年金缴费支出', 702000], ['2210201', '住房公积金', 900000], ['2210203', '购房补贴', 600000],
    ]);
    const sum = (await c.runAndReadAll(`SELECT sum(yuan) AS s FROM ${src} WHERE level = 1 AND "column" = 'total' AND "table" = 'expenditure'`)).getRowObjects();
    expect(Number(sum[0]!.s)).toBe(12506000 + 1216000);
  });
});
