import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import type { BudgetDocument, Money, NamedAmount } from '../src/index.js';

/** Review findings on the 决算 readers (src/extract/final-account.ts): synthetic documents, one trap each. */
const parse = (s: string) => parseDocument(s, { path: 'inline.txt' });
const m = (x: Money | null | undefined) => (x ? [x.yuan, x.raw, x.line] : null);
const named = (xs: readonly NamedAmount[] | undefined) => xs?.map((i) => [i.name, ...m(i.amount)!]);
const warned = (d: BudgetDocument, code: string) => d.warnings.filter((w) => w.code === code).map((w) => w.message);

const THREE_PUBLIC = '示范局2023年度部门决算\n一、“三公”经费支出决算情况说明\n“三公”经费财政拨款支出预算为44.52万元，支出决算为22.62万元。\n';

describe('changeOnBudget: the figure a change belongs to is found by offsets', () => {
  it('stays linear on one sentence that repeats a figure and its change 3000 times', () => {
    const doc = (n: number) => `${THREE_PUBLIC}${'公务接待费支出决算为5.00万元，比年初预算数减少1.50万元，'.repeat(n)}其他无。\n`;
    const time = (text: string) => {
      const t = performance.now();
      parse(text);
      return performance.now() - t;
    };
    const small = doc(300);
    const big = doc(3000);
    time(small);
    const ratio = time(big) / Math.max(1, time(small));
    // 10x the input must not cost 100x: a generous bound that only a quadratic path breaks.
    expect(ratio).toBeLessThan(40);
    // Every change is placed on the 公务接待费 figure before it, none on the total.
    const c = parse(doc(3)).threePublic!.changeOnBudget!;
    expect([c.amount, c.items.map((i) => i.name)]).toEqual([null, ['公务接待费', '公务接待费', '公务接待费']]);
  });

  it('a change that prints the same digits as its actual figure belongs to that figure, not to the total', () => {
    const d = parse(`${THREE_PUBLIC}公务接待费预算为10.00万元，支出决算为5.00万元，比年初预算数减少5.00万元。\n`);
    const c = d.threePublic!.changeOnBudget!;
    expect(c.amount).toBeNull();
    expect(named(c.items)).toEqual([['公务接待费', -50000, '5.00万元', 4]]);
  });
});

describe('changeOnBudget: no figure named, no guess', () => {
  it('a 三公 change in a sentence of its own names nothing: UNPLACED_FIGURE, not a change of the total', () => {
    const d = parse(`${THREE_PUBLIC}公务接待费预算为9.00万元，支出决算为5.00万元。比年初预算数减少4.00万元，主要是压减接待。\n`);
    expect(d.threePublic!.changeOnBudget).toBeNull();
    expect(warned(d, 'UNPLACED_FIGURE')).toEqual(['“三公”经费: the figure "比年初预算数 4.00万元" was found but fits no field of the output']);
  });

  it('a 机关运行经费 item’s change is the item’s, and a change that names nothing is reported', () => {
    const head = '示范局2023年度部门决算\n一、机关运行经费支出情况说明\n2023年度机关运行经费支出28.50万元。';
    const item = parse(`${head}其中：办公费8.00万元，比年初预算减少2.00万元。\n`).operatingExpenses!;
    expect([item.changeOnBudget?.amount, named(item.changeOnBudget?.items)]).toEqual([null, [['办公费', -20000, '2.00万元', 3]]]);
    const alone = parse(`${head}比年初预算减少2.00万元。\n`);
    expect(alone.operatingExpenses!.changeOnBudget).toBeNull();
    expect(warned(alone, 'UNPLACED_FIGURE')).toEqual(['机关运行经费: the figure "比年初预算 2.00万元" was found but fits no field of the output']);
    // Named by its own clause, the total's change stays the total's.
    const total = parse(`${head.replace('支出28.50万元。', '支出28.50万元，比年初预算减少2.00万元。')}\n`).operatingExpenses!;
    expect([m(total.changeOnBudget?.amount), total.changeOnBudget?.items]).toEqual([[-20000, '2.00万元', 3], []]);
  });
});

describe('execution rates: each for the figure its words name', () => {
  it('机关运行经费: the rate of an item (其中：办公费…执行率为80.0%) is the item’s, not the total’s, and no false EXECUTION_RATE', () => {
    const d = parse('示范局2023年度部门决算\n一、机关运行经费支出情况说明\n2023年度机关运行经费预算为30.00万元，支出决算为28.50万元，完成预算的95.0%。其中：办公费预算为10.00万元，支出决算为8.00万元，执行率为80.0%。\n');
    const o = d.operatingExpenses!;
    expect(o.executionRates).toEqual([
      { of: 'total', percent: 95, raw: '95.0%', line: 3 },
      { of: '办公费', percent: 80, raw: '80.0%', line: 3 },
    ]);
    expect(named(o.budgeted?.items)).toEqual([['办公费', 100000, '10.00万元', 3]]);
    expect(d.warnings).toEqual([]);
    // A wrong rate of the total is still caught.
    const wrong = parse('示范局2023年度部门决算\n一、机关运行经费支出情况说明\n2023年度机关运行经费预算为30.00万元，支出决算为28.50万元，完成预算的90.0%。\n');
    expect(warned(wrong, 'EXECUTION_RATE')).toHaveLength(1);
  });
});

describe('execution rates: a rate that names no figure of ours is reported, never dropped', () => {
  it('预算执行率为97.8% in a sentence that names nothing: UNPLACED_FIGURE with the rate text', () => {
    const d = parse('示范局2023年度部门决算\n一、收入支出决算总体情况说明\n2023年度收入总计960.00万元，支出总计960.00万元。本年支出合计880.00万元，年初预算为900.00万元。预算执行率为97.8%。\n');
    expect(d.budget!.executionRates).toEqual([]);
    expect(warned(d, 'UNPLACED_FIGURE')).toEqual(['决算总体情况: the rate "预算执行率为97.8%" was found but fits no field of the output']);
    expect(d.warnings.find((w) => w.code === 'UNPLACED_FIGURE')?.line).toBe(3);
  });

  it('the rate of one 类 / 款 / 项 (1.行政运行（项）：…完成年初预算的103%) is no rate of the department', () => {
    const d = parse('白鹭县水利局2025年度部门决算\n一、一般公共预算财政拨款支出决算具体情况\n1.行政运行（项）：年初预算为402.15万元，支出决算为415.60万元，完成年初预算的103%。\n本年支出合计3,210.40万元，年初预算为3,300.00万元，完成年初预算的97.3%。\n');
    // Only the department's own rate is kept (its owner is named by rateOwner in final-overview.ts).
    expect(d.budget!.executionRates.map((r) => [r.raw, r.line])).toEqual([['97.3%', 4]]);
    expect(warned(d, 'UNPLACED_FIGURE')).toContain('决算总体情况: the rate "完成年初预算的103%" was found but fits no field of the output');
  });

  it('三公: a rate whose words name no part is reported', () => {
    const d = parse(`${THREE_PUBLIC}全年完成预算的50.8%。\n`);
    expect(d.threePublic!.executionRates).toEqual([]);
    expect(warned(d, 'UNPLACED_FIGURE')).toEqual(['“三公”经费: the rate "完成预算的50.8%" was found but fits no field of the output']);
  });
});

describe('written labels: found where each amount stands, not by its sentence text', () => {
  it('the same sentence in two sections keeps 本年收入合计 in both: one item, and SUM_FINAL_REVENUE still checks', () => {
    const doc = (grand: string) =>
      `示范局2023年度部门决算\n一、收入支出决算总体情况说明\n本年收入合计900.00万元，年初结转和结余60.00万元。\n2023年度收入总计${grand}万元。\n二、收入决算情况说明\n本年收入合计900.00万元，年初结转和结余60.00万元。\n`;
    const d = parse(doc('960.00'));
    expect(named(d.budget!.revenue?.items)).toEqual([
      ['本年收入合计', 9000000, '900.00万元', 3],
      ['年初结转和结余', 600000, '60.00万元', 3],
    ]);
    expect(d.warnings).toEqual([]);
    expect(parse(doc('970.00')).warnings.map((w) => w.code)).toEqual(['SUM_FINAL_REVENUE']);
  });
});
