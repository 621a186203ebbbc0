import { describe, expect, it } from 'vitest';
import { fixture, unplaced, y } from './helpers.js';

// The closing review of stop 28: figures a reader placed where its words do not say what they are.
describe('review 28: placed only where the words say so', () => {
  it('a 节约 after a budget, its actual figure and a part named between them is reported, no change of the part', () => {
    const d = fixture('regressions/review28-saving-part-between.txt');
    const t = d.threePublic!;
    expect(t.change).toBeNull();
    expect(t.changeOnBudget).toBeNull();
    expect(unplaced(d)).toEqual(['“三公”经费: the figure "1.00万元" was found but fits no field of the output']);
  });
  it('"机关运行经费预算为0增长" is no total of 0 (as 零增长)', () => {
    const d = fixture('regressions/review28-operating-zero-growth.txt');
    expect(d.operatingExpenses?.total ?? null).toBeNull();
    expect(d.warnings.map((w) => w.code)).toContain('NO_OPERATING_TOTAL');
  });
  it('"资产台账已全部更新，共有车辆5辆" counts what is held; "新增资产配置预算28.50万元" after a counted purchase is the plan of all the year\'s purchases', () => {
    const d = fixture('regressions/review28-assets-held-after-update.txt');
    expect(d.assets!.items.map((i) => [i.name, i.quantity])).toEqual([['车辆', 5]]);
    expect(y(d.assets!.plannedPurchase)).toBe(285000);
  });
});

describe('review 28: a 政府采购 table split by category columns finds its unit from its 合计 column', () => {
  it('"| 合计 | 450000.00 | 200000.00 | 0.00 | 250000.00 |" under 合计 | 货物 | 工程 | 服务 states the text\'s 45.00万元 in 元 (the 服务 cell was asked)', () => {
    const d = fixture('regressions/review28-procurement-category-unit.txt');
    expect(y(d.procurement!.total)).toBe(450000);
    expect(d.warnings.filter((w) => w.code === 'TABLE_NO_UNIT' && w.message.includes('政府采购 table'))).toEqual([]);
    expect(unplaced(d).filter((m) => m.includes('服务 250000.00'))).toHaveLength(1);
  });
});

describe('review 28: a deadline is "at the latest" whatever a leading 确保 says', async () => {
  const { parseTarget } = await import('../src/normalize/target.js');
  it.each(['确保2025年内完成', '确保年底前', '确保2025-12-31前', '确保12月底前'])('%s is ≤ 2025-12-31 (was ≥)', (t) => {
    expect([parseTarget(t, 2025).kind, parseTarget(t, 2025).operator, parseTarget(t, 2025).date]).toEqual(['date', '≤', '2025-12-31']);
  });
});

describe('review 28: a fund category under a numbered line is no project goal', () => {
  it('"（二）财政拨款资金" ⏎ "预算安排150.00万元。" with no 绩效目标： after it: the figure is reported, no goal with an amount', () => {
    const d = fixture('regressions/review28-goals-fund-category.txt');
    expect((d.performance?.goals ?? []).filter((g) => g.amount)).toEqual([]);
    expect(unplaced(d).some((m) => m.includes('150.00万元'))).toBe(true);
  });
});

describe('review 28: a bare 增减 column of a 决算 “三公” table is 决算 − 预算 only where the exact decimals say so', () => {
  it('6-decimal cells off in the 3rd decimal (8.404000 − 10.000000 against −1.600000) are no change on the budget: reported', () => {
    const d = fixture('regressions/review28-budget-delta-six-decimals.txt');
    expect(d.threePublic!.changeOnBudget ?? null).toBeNull();
    expect(unplaced(d).filter((m) => m.includes(' 增减 '))).toHaveLength(4);
  });
});

describe('review 28: a task row whose first cell prints the merged 年度主要任务 label', () => {
  it('its figures are reported as a task\'s, as those of the rows with an empty first cell (they were dropped without a word)', () => {
    const d = fixture('regressions/review28-tasks-merged-label.txt');
    const u = unplaced(d).filter((m) => m.includes('a task of'));
    expect(u.filter((m) => m.includes('"食品安全抽检 '))).toHaveLength(3);
    expect(u.filter((m) => m.includes('"特种设备安全监管 '))).toHaveLength(3);
  });
});

describe('review 28: a year in a target is no count of years', async () => {
  const { parseTarget } = await import('../src/normalize/target.js');
  it('"2025年底前完成" is ≤ 2025-12-31', () => {
    expect([parseTarget('2025年底前完成', 2025).kind, parseTarget('2025年底前完成', 2025).operator, parseTarget('2025年底前完成', 2025).date]).toEqual(['date', '≤', '2025-12-31']);
  });
  it.each(['2025年', '截至2025年底', '力争2025年内', '次月10日内', '每年3月内'])('"%s" gets no value (was = 2025 / 10 / 3 with a unit of 年… / 日内 / 月内)', (t) => {
    const r = parseTarget(t, 2025);
    expect([r.kind, r.value, r.unit]).toEqual(['qualitative', null, null]);
  });
  it('"≥3年" stays a duration', () => {
    expect([parseTarget('≥3年', 2025).kind, parseTarget('≥3年', 2025).value]).toEqual(['duration', 3]);
  });
});

describe('review 28: a 决算 “三公” table\'s 比上年增减 column where the text states one part\'s change', () => {
  it('the table fills the total\'s change and the parts the text does not name (they were dropped without a word)', () => {
    const d = fixture('regressions/review28-three-public-table-changes-merged.txt');
    const c = d.threePublic!.change!;
    expect([c.comparedYear, c.basis, y(c.amount)]).toEqual([2023, 'finalAccount', -30000]);
    expect(c.items.map((i) => [i.name, y(i.amount)])).toEqual([['公务接待费', -10000], ['因公出国（境）费', 0], ['公务用车购置及运行维护费', -20000]]);
    expect(d.warnings.filter((w) => w.code === 'FIGURE_MISMATCH' || w.code.startsWith('SUM_'))).toEqual([]);
  });
});

describe('review 28: a short wrapped body line that names a 绩效目标表 is no heading', () => {
  it('"机关运行经费预算5.00万元，见整体绩效目标表" (under 20 characters before 绩效) keeps its figures', () => {
    const d = fixture('regressions/review28-short-wrapped-form-reference.txt');
    expect([y(d.operatingExpenses?.total), y(d.operatingExpenses?.change?.amount)]).toEqual([50000, -20000]);
    expect(d.sections.map((s) => s.kind)).not.toContain('performance');
  });
});
