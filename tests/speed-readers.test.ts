import { describe, expect, it } from 'vitest';
import type { Block, Paragraph, Table } from '../src/blocks/index.js';
import { positionOf, scanAmounts, signedMoney } from '../src/extract/amounts.js';
import { Diagnostics } from '../src/diagnostics.js';
import { extractAssets } from '../src/extract/assets.js';
import { routeClaims, tableCueOf } from '../src/extract/claims.js';
import { extractProcurement } from '../src/extract/procurement.js';
import type { SectionNode } from '../src/sections/index.js';

// Pre-checks added for speed (issue 17) must not skip what the full tests found.
const para = (text: string, line = 1): Block => ({ kind: 'paragraph', text, line });
const table = (rows: string[][], line = 10): Table => ({
  kind: 'table',
  rows: rows.map((cells, i) => ({ cells: cells.map((text) => ({ text, startLine: line + i, endLine: line + i })), startLine: line + i, endLine: line + i })),
  startLine: line,
  endLine: line + rows.length - 1,
});

describe('assets: the paragraph and table pre-checks', () => {
  it('finds 无新增 / 没有拟购置 固定资产 in a paragraph that says 固定资产', () => {
    const d = new Diagnostics();
    expect(extractAssets([para('2026年度，本单位无新增固定资产购置计划。')], { diagnostics: d, year: 2026 }).plannedPurchase).toMatchObject({ yuan: 0, raw: '无新增固定资产购置计划' });
    expect(extractAssets([para('没有拟购置的固定资产')], { diagnostics: d, year: 2026 }).plannedPurchase).toMatchObject({ yuan: 0 });
    expect(extractAssets([para('无新增办公设备。')], { diagnostics: d, year: 2026 }).plannedPurchase).toBeNull();
  });
  it('reads a table that names 房屋 in one cell, passes over one whose words stand split over cells', () => {
    const d = new Diagnostics();
    const read = extractAssets([table([['项目', '数量', '价值（单位：万元）'], ['房屋（平方米）', '120', '35.5']])], { diagnostics: d, year: 2026 });
    expect(read.items).toMatchObject([{ name: '房屋', quantity: 120, quantityUnit: '平方米', value: { yuan: 355000 } }]);
    const dated = extractAssets([table([['截止日期：2025年12月31日', '', ''], ['项目', '数量', '价值'], ['车辆（辆）', '2', '30'], ['单位：万元', '', '']])], { diagnostics: d, year: 2026 });
    expect(dated).toMatchObject({ asOf: '2025-12-31', items: [{ name: '车辆', quantity: 2, value: { yuan: 300000, unit: '万元' } }] });
    const split = extractAssets([table([['房', '屋', '资'], ['产', '1', '2']])], { diagnostics: d, year: 2026 });
    expect(split.items).toEqual([]);
    expect(d.list.filter((w) => w.code === 'TABLE_NO_UNIT')).toEqual([]);
  });
});

describe('claims: a paragraph that opens a list, by its last character (speed, issue 17)', () => {
  // Outside the readers' sections a paragraph ending in ： or ， passes its claim on to the list after it.
  const route = (lead: string) => {
    const blocks = [para(lead, 1), para('全年安排10万元。', 2)];
    return routeClaims([{ kind: 'other', heading: '', startLine: 1, endLine: 2, blocks }] as SectionNode[]);
  };
  it.each(['“三公”经费安排如下：', '“三公”经费安排如下：  \t', '“三公”经费安排如下，\n', '“三公”经费安排如下:'])('%j passes its claim on', (lead) => {
    const claims = route(lead);
    expect(claims.blocks.get('threePublic')?.map((b) => (b.kind === 'paragraph' ? b.line : -1))).toEqual([2]);
    expect(claims.unclaimed).toEqual([]);
  });
  it('a paragraph that ends its sentence does not', () => {
    const claims = route('“三公”经费安排如下。');
    expect(claims.blocks.get('threePublic')).toBeUndefined();
    expect(claims.unclaimed.map((p) => p.text)).toEqual(['全年安排10万元。']);
  });
});

describe('procurement tables: each row compacted once, the unit searched only where 元 is written', () => {
  const read = (rows: string[][]) => {
    const d = new Diagnostics();
    const out = extractProcurement([table(rows)], { diagnostics: d, year: 2026 });
    return { out, codes: d.list.map((w) => w.code) };
  };
  it('takes the unit from a cell below the top, with white space inside it', () => {
    const { out } = read([['项目', '金额'], ['单位： 万 元', ''], ['办公设备', '12.5'], ['合计', '12.5']]);
    expect(out.total).toMatchObject({ yuan: 125000, unit: '万元' });
    expect(out.items).toMatchObject([{ name: '办公设备', amount: { yuan: 125000 } }]);
  });
  it('a table that writes no 元 anywhere is not read, and says so when it holds amounts', () => {
    expect(read([['项目', '金额'], ['办公设备', '12.5']]).codes).toContain('TABLE_NO_UNIT');
    expect(read([['项目', '说明'], ['办公设备', '无']]).codes).not.toContain('TABLE_NO_UNIT');
  });
});

describe('tableCueOf on a prefix of the table text', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => [`项目${i}`, String(i)]);
  it('looks at the first 40 rows only', () => {
    expect(tableCueOf(table([...filler(39), ['因公出国（境）费', '公务接待费']]))).toBe('threePublic');
    expect(tableCueOf(table([...filler(40), ['因公出国（境）费', '公务接待费']]))).toBeNull();
    expect(tableCueOf(table([...filler(39), ['因公出国（境）费', '公务接待费'], ...filler(20)]))).toBe('threePublic');
  });
  it('ends the text with a separator, as every cell was (the 决算 overview cue needs one after 合计)', () => {
    expect(tableCueOf(table([['项目', '金额'], ['本年支出合计', '1'], ['本年收入合计']]))).toBe('budgetOverview');
    expect(tableCueOf(table([...filler(38), ['本年支出合计', '1'], ['本年收入合计'], ['x', 'y']]))).toBe('budgetOverview');
    expect(tableCueOf(table([]))).toBeNull();
  });
});

describe('figures read from text keep their place without a WeakMap entry', () => {
  const p = para('“三公”经费预算安排每人每月100元，比上年减少2.5万元。', 3) as Paragraph;
  const [rate, change] = scanAmounts(p);
  it('print as a plain Money does, keys in the same order', () => {
    expect(JSON.stringify(rate!.money)).toBe(JSON.stringify({ yuan: 100, raw: '100元', unit: '元', line: 3, per: '人/月' }));
    expect(JSON.stringify(change!.money)).toBe(JSON.stringify({ yuan: 25000, raw: '2.5万元', unit: '万元', line: 3 }));
    expect(Object.keys(change!.money)).toEqual(['yuan', 'raw', 'unit', 'line']);
  });
  it('know where they stand; a spread copy does not, a signed copy does', () => {
    expect(positionOf(change!.money)).toMatchObject({ paragraph: p, start: p.text.indexOf('2.5万元'), end: p.text.indexOf('2.5万元') + 5 });
    expect(positionOf({ ...change!.money })).toBeUndefined();
    const signed = signedMoney(change!);
    expect(signed.yuan).toBe(-25000);
    expect(positionOf(signed)).toEqual(positionOf(change!.money));
  });
});
