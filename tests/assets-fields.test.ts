import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import type { BudgetDocument } from '../src/index.js';
import { extractAssets } from '../src/extract/assets.js';
import { Diagnostics } from '../src/diagnostics.js';
import type { Paragraph, Table } from '../src/blocks/index.js';
import { fixture, unplaced, y } from './helpers.js';

// 国有资产: 资产总额 (all the assets) and 固定资产 (fixed assets only) are two fields, never the one for
// the other; 原值 and 净值 are never mixed. Synthetic documents (fixtures/assets/), invented figures.
const mismatches = (d: BudgetDocument) => d.warnings.filter((w) => w.code === 'FIGURE_MISMATCH').map((w) => w.message);

describe('assets: 资产总额 and 固定资产 are two fields', () => {
  it('a 决算 sentence "资产总额…，其中：流动资产…，固定资产…，无形资产…": the total, the fixed assets, and the parts of the total', () => {
    const d = fixture('assets/final-total-parts.txt');
    const a = d.assets!;
    expect([a.asOf, y(a.total), y(a.fixedAssets)]).toEqual(['2023-12-31', 8456000, 6901000]);
    // (the counts of its next sentence, 车辆…辆 and 设备…台, are items without value: tests/asset-counts.test.ts)
    expect(a.items.filter((i) => i.value !== null).map((i) => [i.name, y(i.value), i.parent, i.role])).toEqual([
      ['流动资产', 1203000, '资产总额', 'part'], ['固定资产', 6901000, '资产总额', 'part'], ['无形资产', 352000, '资产总额', 'part'],
    ]);
    expect(a.items.filter((i) => i.value === null).map((i) => [i.name, i.quantity])).toEqual([['车辆', 2], ['一般公务用车', 1], ['执法执勤用车', 1], ['单价100万元以上设备', 0]]);
    // The parts sum to the total.
    expect(a.items.reduce((n, i) => n + (i.value?.yuan ?? 0), 0)).toBe(a.total!.yuan);
    // 年初资产总额 is the figure of another date: reported, not read.
    expect(unplaced(d)).toEqual([expect.stringContaining('802.00万元')]);
  });

  it('the budget template "上年末固定资产金额为…": the fixed assets, not the 资产总额', () => {
    const a = fixture('assets/budget-last-year-end.txt').assets!;
    expect([y(a.total), y(a.fixedAssets), a.basis, y(a.plannedPurchase)]).toEqual([null, 3124500, { total: null, fixedAssets: null }, 80000]);
  });

  it('"固定资产原值…，净值…": the 原值 is the fixed assets with its basis; the 净值 is reported, not read as a second value', () => {
    const d = fixture('assets/original-and-net.txt');
    expect([y(d.assets!.total), y(d.assets!.fixedAssets), d.assets!.basis.fixedAssets]).toEqual([null, 5200000, 'original']);
    expect(unplaced(d)).toEqual([expect.stringContaining('净值 318.75万元')]);
  });

  it('a table with 资产总计 and a 固定资产 row: each to its field, and the text is checked against the table like with like', () => {
    const d = fixture('assets/table-total-and-fixed.txt');
    const a = d.assets!;
    expect([y(a.total), y(a.fixedAssets)]).toEqual([10500000, 6400000]);
    // The text's 资产总额 1050 agrees with the table's 资产总计, its 固定资产 640 with the 固定资产 row: no mismatch
    // (the old reading compared the text's 固定资产 with the table's 资产总计).
    expect(mismatches(d)).toEqual([]);
    expect(a.items.map((i) => [i.name, i.parent])).toEqual([['流动资产', null], ['固定资产', null], ['车辆', '固定资产'], ['无形资产', null]]);
  });
});

describe('assets: the table path, without a sentence', () => {
  const para = (text: string, line = 1): Paragraph => ({ kind: 'paragraph', text, line });
  const table = (rows: string[][], line = 10): Table => ({
    kind: 'table',
    rows: rows.map((cells, i) => ({ cells: cells.map((text) => ({ text, startLine: line + i, endLine: line + i })), startLine: line + i, endLine: line + i })),
    startLine: line,
    endLine: line + rows.length - 1,
  });
  const ctx = () => ({ diagnostics: new Diagnostics(), year: 2024 });

  it('资产总计 and 固定资产 rows fill total and fixedAssets; the value column says the basis', () => {
    const c = ctx();
    const a = extractAssets([table([['单位：万元', '', ''], ['项目', '数量', '账面净值'], ['资产总计', '', '900'], ['流动资产', '', '300'], ['固定资产', '', '600']])], c);
    expect([y(a.total), y(a.fixedAssets), a.basis]).toEqual([9000000, 6000000, { total: 'net', fixedAssets: 'net' }]);
  });

  it('the 资产总额 row of a 固定资产占用情况表 is the fixed assets', () => {
    const a = extractAssets([para('单位固定资产占用情况表'), table([['单位：万元', '', ''], ['项目', '数量', '价值'], ['资产总额', '——', '80'], ['车辆（辆）', '2', '30'], ['办公设备（台）', '10', '50']])], ctx());
    expect([y(a.total), y(a.fixedAssets)]).toEqual([null, 800000]);
  });

  it('a 资产总额 row whose table says neither (rows neither all fixed assets nor listing 流动资产 …) is reported, not guessed', () => {
    const c = ctx();
    const a = extractAssets([table([['单位：万元', '', ''], ['项目', '数量', '价值'], ['资产总额', '——', '80'], ['车辆（辆）', '2', '30'], ['应收账款', '', '50']])], c);
    expect([y(a.total), y(a.fixedAssets)]).toEqual([null, null]);
    expect(c.diagnostics.list.map((w) => w.code)).toContain('UNPLACED_FIGURE');
  });

  it('a text 固定资产净值 and a table 原值 are two figures: no mismatch, the table figure reported', () => {
    const c = ctx();
    const a = extractAssets([para('截至2023年12月31日，本单位固定资产净值300万元。'), table([['单位：万元', '', ''], ['项目', '数量', '原值'], ['资产总额', '', '500'], ['车辆（辆）', '2', '500']])], c);
    expect([y(a.fixedAssets), a.basis.fixedAssets]).toEqual([3000000, 'net']);
    const codes = c.diagnostics.list.map((w) => w.code);
    expect(codes).not.toContain('FIGURE_MISMATCH');
    expect(codes).toContain('UNPLACED_FIGURE');
  });

  it('净资产 and 其他固定资产 are no 资产总额 / 固定资产; a 固定资产 after 资产总额 without 其中 is no part', () => {
    const c = ctx();
    const a = extractAssets([para('截至2023年12月31日，本单位资产总额500万元，固定资产300万元；净资产总额420万元，其他固定资产20万元。')], c);
    expect([y(a.total), y(a.fixedAssets), a.items.length]).toEqual([5000000, 3000000, 0]);
    expect(c.diagnostics.list.filter((w) => w.code === 'UNPLACED_FIGURE').length).toBe(2);
  });
});

describe('assets: other 决算 wordings', () => {
  it('"资产总量为…，比上年增加…，其中：流动资产为…；固定资产为…；在建工程…": the change and 负债总额 / 累计折旧 are reported, the parts read', () => {
    const c = new Diagnostics();
    const text = '截至2023年12月31日，本中心资产总量为2,400.00万元，比上年增加120.00万元，其中：流动资产为600.00万元；固定资产为1,500.00万元；在建工程300.00万元。负债总额80.00万元，固定资产累计折旧450.00万元。';
    const a = extractAssets([{ kind: 'paragraph', text, line: 3 }], { diagnostics: c, year: 2024 });
    expect([y(a.total), y(a.fixedAssets)]).toEqual([24000000, 15000000]);
    expect(a.items.map((i) => [i.name, y(i.value), i.parent])).toEqual([['流动资产', 6000000, '资产总额'], ['固定资产', 15000000, '资产总额'], ['在建工程', 3000000, '资产总额']]);
    expect(c.list.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => /"([^"]+)"/.exec(w.message)![1])).toEqual(['比上年 120.00万元', '负债 80.00万元', '固定资产累计折旧 450.00万元']);
  });
  it('固定资产累计折旧 is no 固定资产 figure, even when it is the only one', () => {
    const c = new Diagnostics();
    const a = extractAssets([{ kind: 'paragraph', text: '截至2023年底，本单位固定资产累计折旧45.00万元，固定资产账面净值155.00万元。', line: 2 }], { diagnostics: c, year: 2024 });
    expect([y(a.fixedAssets), a.basis.fixedAssets]).toEqual([1550000, 'net']);
    expect(c.list.map((w) => w.code)).toEqual(['UNPLACED_FIGURE']);
  });
});

describe('assets: parseDocument end to end', () => {
  it('a 决算 sentence with 资产总额 and a budget sentence with 固定资产 never share a field', () => {
    const final = parseDocument(Buffer.from('某县测绘所2023年度部门决算\n\n二、国有资产占用情况\n截至2023年12月31日，本部门资产总额200万元，其中：流动资产50万元，固定资产150万元。\n'), { path: 'x.txt' });
    expect([y(final.assets!.total), y(final.assets!.fixedAssets)]).toEqual([2000000, 1500000]);
  });
});
