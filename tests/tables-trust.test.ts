import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { FIXTURES } from './helpers.js';

// A table whose columns were cut wrong (every row's 合计 ≠ 基本支出 + 项目支出: the figures sit one
// column off) keeps its rows without values: a wrong figure is worse than a missing one.
describe('budget tables whose columns do not add up', () => {
  const path = join(FIXTURES, 'tables', 'columns-shifted.tika.txt');
  const d = parseDocument(readFileSync(path), { path });
  it('keeps codes and names, drops the values, and says so once', () => {
    const t = d.tables.find((x) => x.kind === 'expenditure');
    expect(t).toBeDefined();
    expect(t!.rows.map((r) => [r.code, r.name])).toEqual([
      [null, '合计'], ['201', '一般公共服务支出'], ['20103', '政府办公厅（室）及相关机构事务'], ['2010301', '行政运行'], ['208', '社会保障和就业支出'],
    ]);
    expect(t!.rows.every((r) => Object.keys(r.values).length === 0)).toBe(true);
    const w = d.warnings.filter((x) => x.code === 'TABLE_COLUMNS_UNSURE');
    expect(w).toHaveLength(1);
    expect(w[0]!.line).toBe(t!.line);
    expect(d.warnings.filter((x) => x.code === 'TABLE_ROW_SUM')).toEqual([]);
  });
  it('fills nothing into the document from it', () => {
    expect(d.budget?.expenditure?.total ?? null).toBeNull();
    expect(d.budget?.expenditure?.basic ?? null).toBeNull();
  });
  it('a table that adds up keeps its values', () => {
    const ok = readFileSync(path, 'utf8').replace('\t300.00\n\t1,000.00\n\t700.00', '\t1,000.00\n\t300.00\n\t700.00')
      .replace('\t200.00\n\t800.00\n\t600.00', '\t800.00\n\t200.00\n\t600.00').replaceAll('\t200.00\n\t800.00\n\t600.00', '\t800.00\n\t200.00\n\t600.00')
      .replace('\t100.00\n\t200.00\n\t100.00', '\t200.00\n\t100.00\n\t100.00');
    const e = parseDocument(ok);
    expect(e.warnings.filter((x) => x.code === 'TABLE_COLUMNS_UNSURE')).toEqual([]);
    expect(e.tables.find((x) => x.kind === 'expenditure')!.rows[0]!.values.total?.yuan).toBe(10000000);
  });
});

// pdftotext -layout of a 决算 收入支出决算总表 (项目 | 行次 | 金额 on each side) whose header rows could not be set
// over the columns: the 行次 of the 支出 side (32, 33, 34) stood under its money column, read as 万元.
describe('a money column that holds the rows\' numbers (行次)', () => {
  const path = join(FIXTURES, 'tables', 'row-numbers-as-money.pdf-layout.txt');
  const d = parseDocument(readFileSync(path), { path });
  it('keeps the rows without values and says so; no 行次 is a figure anywhere', () => {
    const w = d.warnings.filter((x) => x.code === 'TABLE_COLUMNS_UNSURE');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('行次');
    const raws = d.tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.values).map((v) => v?.raw)));
    expect(raws).not.toContain('32');
    expect(raws).not.toContain('33');
    expect(raws).toContain('1,234.56'); // the 收入 side, whose 行次 were told apart by their header, keeps its figures
  });
  it('three rows whose figures rise by one are needed: two, or figures with decimals, are money', () => {
    const text = (a: string, b: string, c: string) =>
      `白沙镇水利站2024年部门预算\n\n一般公共预算支出表\n\n单位：万元\n\n| 科目编码 | 科目名称 | 合计 |\n| --- | --- | --- |\n| 201 | 一般公共服务支出 | ${a} |\n| 208 | 社会保障和就业支出 | ${b} |\n| 210 | 卫生健康支出 | ${c} |\n`;
    const unsure = (a: string, b: string, c: string) => parseDocument(text(a, b, c)).warnings.filter((x) => x.code === 'TABLE_COLUMNS_UNSURE').length;
    expect(unsure('12', '13', '14')).toBe(1);
    expect(unsure('12', '13', '20')).toBe(0);
    expect(unsure('12.00', '13.00', '14.00')).toBe(0);
  });
});

describe('what is no budget figure in a table', () => {
  const parse = (name: string) => {
    const path = join(FIXTURES, 'final-account', name);
    return parseDocument(readFileSync(path), { path });
  };
  it('a 行次 column holds row numbers, not money; a table number (公开01表) keeps the name above it as title', () => {
    const d = parse('overview-table.txt');
    const sides = d.tables.filter((t) => t.kind === 'summary');
    expect(sides.map((t) => [t.side, t.title, t.line])).toEqual([
      ['revenue', '一、收入支出决算总表 公开01表', 3],
      ['expenditure', '一、收入支出决算总表 公开01表', 3],
    ]);
    for (const t of sides) {
      expect(t.columns.find((c) => c.header.endsWith('行次'))).toMatchObject({ money: false });
      expect(t.columns.filter((c) => c.money)).toHaveLength(1);
    }
    expect(sides[0]!.rows[0]!.values).toEqual({ total: { yuan: 8562000, raw: '856.20', unit: '万元', line: 27 } });
  });
  it('a 绩效自评表 (分值 / 得分) is never a budget table: its scores are no money', () => {
    for (const f of ['self-evaluation-tika.txt', 'self-evaluation-pipe.txt', 'self-evaluation-variants.txt', 'department-self-evaluation.txt']) {
      expect(parse(f).tables, f).toEqual([]);
    }
  });
});

describe('header rows set over the wrong columns', () => {
  // 功能分类科目 spans the code and name columns but is one cell: counted by index, every money
  // header would move one column left (合计 over the names, 基本支出 over the 合计 figures).
  const path = join(FIXTURES, 'tables', 'header-misaligned.tika.txt');
  const text = readFileSync(path, 'utf8');
  it('sets the short header row over its columns where the row below says where they go', () => {
    // The row below is blank under 合计 / 基本支出 / 项目支出 (they span down) and filled under the
    // merged 功能分类科目: four cells for four places, so each header stands over its own column.
    const d = parseDocument(text, { path });
    const t = d.tables.find((x) => x.kind === 'expenditure')!;
    expect(t.columns.map((c) => c.key)).toEqual(['code', 'text', 'total', 'basic', 'project']);
    expect(t.rows.map((r) => [r.name, r.values.total?.raw, r.values.basic?.raw, r.values.project?.raw])).toEqual([
      ['合计', '520.00', '0.00', '520.00'], ['农林水支出', '520.00', '0.00', '520.00'],
    ]);
    expect(d.warnings.filter((w) => w.code === 'TABLE_COLUMNS_UNSURE')).toEqual([]);
  });
  it('keeps the rows without values and says why when the row below does not tell, instead of taking 合计 for 基本支出', () => {
    // One blank cell more under the header: five places for four cells, nothing is moved.
    const d = parseDocument(text.replace('\t科目编码\n\t科目名称\n\t\n\t\n\t\n', '\t科目编码\n\t科目名称\n\t\n\t\n\t\n\t\n'), { path });
    const t = d.tables.find((x) => x.kind === 'expenditure')!;
    expect(t.rows.map((r) => r.name)).toEqual(['合计', '农林水支出']);
    expect(t.rows.every((r) => Object.keys(r.values).length === 0)).toBe(true);
    expect(d.warnings.filter((w) => w.code === 'TABLE_COLUMNS_UNSURE').map((w) => w.line)).toEqual([t.line]);
    expect(d.budget?.expenditure?.basic ?? null).toBeNull();
  });
});
