import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import type { Cell, Table } from '../src/blocks/index.js';
import { readHeader } from '../src/tables/header.js';
import { FIXTURES } from './helpers.js';

const parse = (name: string) => {
  const path = join(FIXTURES, 'tables', name);
  return parseDocument(readFileSync(path), { path });
};

// A PDF reader can run the words of neighbouring header cells into one (政府性基…财政专户…): such a
// cell names two funds sources at once, and the column under it is neither. Its figures must not
// pass for the source whose words happen to survive whole.
describe('a header cell that names two funds sources at once', () => {
  const d = parse('header-merged-sources.tika.txt');
  const t = d.tables.find((x) => x.kind === 'revenue')!;

  it('leaves that column unnamed and keeps its figures under c<n>', () => {
    expect(t).toBeDefined();
    const col = t.columns.find((c) => c.header === '政府性基财政专户金预算管理资金');
    expect(col).toEqual({ key: 'c6', header: '政府性基财政专户金预算管理资金', money: true });
    expect(t.columns.map((c) => c.key)).not.toContain('fiscalSpecial');
    const total = t.rows.find((r) => r.name === '合计')!;
    expect(total.values.c6?.raw).toBe('90.00');
    expect(total.values.fiscalSpecial).toBeUndefined();
    // 80.00 is the 其中：政府性基金 column's, not the merged one's.
    expect(total.values.governmentFund?.raw).toBe('80.00');
  });

  it('keeps the keys of legitimate headers: one source per cell, a group over a column', () => {
    const keys = Object.fromEntries(t.columns.map((c) => [c.header, c.key]));
    expect(keys['财政拨款收入 / 一般公共预算财政拨款']).toBe('generalBudget');
    expect(keys['其中：政府性基金']).toBe('governmentFund');
    expect(keys['上级补助收入']).toBe('subsidyIncome');
    expect(keys['合计']).toBe('total');
  });

  it('says so once, at the header line, with TABLE_COLUMNS_UNSURE', () => {
    const w = d.warnings.filter((x) => x.code === 'TABLE_COLUMNS_UNSURE');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('政府性基财政专户金预算管理资金');
    expect(w[0]!.message).toContain('政府性基金 and 财政专户');
    const lines = readFileSync(join(FIXTURES, 'tables', 'header-merged-sources.tika.txt'), 'utf8').split('\n');
    expect(lines[w[0]!.line - 1]).toBe('\t政府性基财政专户金预算管理资金');
    expect(severityOf(d, 'TABLE_COLUMNS_UNSURE')).toBe('warning');
  });

  it('the rows are otherwise read as before (no sum warning, codes and names)', () => {
    expect(t.rows.map((r) => r.code)).toEqual(['201', '20132', '2013201', '221', '22102', '2210201', null]);
    expect(d.warnings.filter((x) => x.code.startsWith('TABLE_SUM') || x.code === 'TABLE_ROW_SUM')).toEqual([]);
  });
});

function severityOf(d: ReturnType<typeof parse>, code: string): string | undefined {
  return d.warnings.find((w) => w.code === code)?.severity;
}

// A PDF reader counts a merged header cell once: the row over 小计 | 购置费 | 运行维护费 then has its
// cells too far left, and 公务接待费 was filled right over the 运行维护费 column, giving the last
// column (the 公务接待费 figures) the key `reception.vehicleOperation`. The short row is set over the
// row below; a group comes only from a cell that stands over the column, never from a sibling part.
describe('group labels of a header row with merged cells counted once', () => {
  const d = parse('three-public-short-header.tika.txt');
  const t = d.tables.find((x) => x.kind === 'threePublic')!;

  it('sets each header cell over its own column and names no column after a sibling', () => {
    expect(t.columns.map((c) => c.key)).toEqual(['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception']);
    expect(t.columns.map((c) => c.header)).toEqual(['合计', '因公出国（境）费', '公务用车购置及运行维护费 / 小计', '公务用车购置费', '公务用车运行维护费', '公务接待费']);
    expect(t.rows[0]!.values.reception?.raw).toBe('3.00');
    expect(t.rows[0]!.values.vehicleOperation?.raw).toBe('8.40');
  });

  it('fills 公务接待费 from its own column', () => {
    expect(d.threePublic?.reception).toMatchObject({ raw: '3.00', yuan: 30000 });
    expect(d.warnings.filter((w) => w.code === 'TABLE_ROW_SUM')).toEqual([]);
  });

  it('once the table gave the “三公” total, no warning says that none was found, and the form says table', () => {
    expect(d.threePublic?.total).not.toBeNull();
    expect(d.threePublic?.form).toBe('table');
    expect(d.warnings.map((w) => w.code)).not.toContain('NO_THREE_PUBLIC_TOTAL');
  });
});

const cell = (text: string, line: number): Cell => ({ text, startLine: line, endLine: line });
const table = (rows: string[][]): Table => ({
  kind: 'table',
  rows: rows.map((r, i) => ({ cells: r.map((t) => cell(t, i + 1)), startLine: i + 1, endLine: i + 1 })),
  startLine: 1,
  endLine: rows.length,
});
const keys = (rows: string[][]) => readHeader(table(rows), 0, { finalAccount: false, year: 2026 }).sides.flatMap((s) => s.columns.map((c) => c.key));

describe('which header cell is the group of a column', () => {
  it('a label filled right from a sibling part is no group (公务接待费 over a second 运行费 column)', () => {
    // The header cannot be set over the row below (a blank cell of its own): only the words decide.
    expect(keys([
      ['合计', '公务用车运行费', '公务接待费', ''],
      ['', '', '', '公务用车运行费'],
      ['9.00', '4.00', '3.00', '2.00'],
    ])).toEqual(['total', 'vehicleOperation', 'reception', 'vehicleOperation2']);
  });

  it('a total filled right over figure columns whose own header cells were lost is no name of theirs', () => {
    // pdftotext -layout set the header words 因公出国（境）费 and 公务接待费 apart on lines of their
    // own (not read as the table's header): their figures must not pass for a second and third total.
    expect(keys([
      ['拨款预算总额', '', '', '小计', '公务用车运行维护费'],
      ['7.00', '4.00', '1.00', '2.00', '2.00'],
    ])).toEqual(['total', 'c2', 'c3', 'total4', 'vehicleOperation']);
    // A repeated key under a header cell of its own is still numbered (two 项目支出 columns).
    expect(keys([
      ['项目', '项目支出', '项目支出'],
      ['本年', '4.00', '2.00'],
    ])).toEqual(['text', 'project', 'project2']);
  });

  it('a group that holds the column names it (公务用车购置及运行费 over a repeated 运行费)', () => {
    expect(keys([
      ['项目', '公务用车运行费', '公务用车购置及运行费', '', ''],
      ['', '', '小计', '公务用车购置费', '公务用车运行费'],
      ['本年', '4.00', '2.00', '0.00', '2.00'],
    ])).toEqual(['text', 'vehicleOperation', 'vehicle', 'vehiclePurchase', 'vehicle.vehicleOperation']);
  });

  it('a label is not filled right over a column whose header spans down from above (总计 beside 上年结转)', () => {
    expect(keys([
      ['品目', '资金来源', '', '', '总计'],
      ['', '一般公共预算资金', '政府性基金', '上年结转和结余资金', ''],
      ['货物', '5.00', '', '1.00', '6.00'],
    ])).toEqual(['text', 'generalBudget', 'governmentFund', 'carryOver', 'total']);
  });

  it('a merged cell above a column’s own specific cell names nothing: the column keeps its key', () => {
    expect(keys([
      ['项目', '财政拨款（一般公共预算、政府性基金）', ''],
      ['', '一般公共预算', '政府性基金'],
      ['本年', '4.00', '2.00'],
    ])).toEqual(['text', 'generalBudget', 'governmentFund']);
    expect(keys([
      ['项目', '合计', '基本支出项目支出', ''],
      ['', '', '人员经费', '项目支出'],
      ['本年', '6.00', '4.00', '2.00'],
    ])).toEqual(['text', 'total', 'personnel', 'project']);
  });

  it('a merged cell whose words pdftotext wrapped (国有资 ⏎ 本经营 run into 财政专户) still names no column', () => {
    expect(keys([
      ['项目', '合计', '国有资财政专户管本经营理资金预算', '事业单位上级补经营收入助收入'],
      ['本年', '3.00', '1.00', '2.00'],
    ])).toEqual(['text', 'total', 'c3', 'c4']);
  });
});
