import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { fixture, unplaced, y } from './helpers.js';

// Field test 6: traps of 部门预算 texts met on real published disclosures (web pages saved as text),
// each written here as a synthetic document with invented departments and figures.

describe('field6: the figure a change is counted from', () => {
  it('"机关运行经费预算80.00万元，比上年预算数75.00万元增加5.00万元" — the 75.00 is no item; a change of no words is no nameless part', () => {
    const d = fixture('field/operating-compared-figure.txt');
    const o = d.operatingExpenses!;
    expect(y(o.total)).toBe(800000);
    expect(o.change).toMatchObject({ comparedYear: 2024, amount: { yuan: 50000 }, items: [] });
    expect(o.items.map((i) => [i.name, i.amount.yuan])).toEqual([['办公费', 120000]]);
    const u = unplaced(d);
    for (const f of ['比上年预算数 75.00万元', '较上年 11.00万元', '较上年 1.00万元']) expect(u.some((m) => m.includes(f)), f).toBe(true);
  });
});

describe('field6: the whole budget in a “三公” sentence', () => {
  it('"本部门预算总额1520.00万元中，“三公”经费预算8.00万元" — the 1520.00 is no “三公” total', () => {
    const d = fixture('field/three-public-within-budget-total.txt');
    const t = d.threePublic!;
    expect(y(t.total)).toBe(80000);
    expect(y(t.change?.amount)).toBe(-5000);
    expect(unplaced(d).some((m) => m.includes('1520.00万元'))).toBe(true);
    expect(d.warnings.filter((w) => w.code === 'FIGURE_MISMATCH')).toEqual([]);
  });
});

describe('field6: the lists of the 财政拨款 totals', () => {
  it('"财政拨款收支总预算120万元。收入包括：…。支出包括：…" — the 支出包括 list after the revenue list is the appropriations\', no expenditure item', () => {
    const d = fixture('field/overview-fiscal-lists-after-revenue.txt');
    const b = d.budget!;
    expect(y(b.expenditure?.total)).toBe(1500000);
    expect(b.expenditure?.items).toEqual([]);
    const u = unplaced(d);
    for (const f of ['文化旅游体育与传媒支出 100.00万元', '社会保障和就业支出 20.00万元']) expect(u.some((m) => m.includes(f)), f).toBe(true);
  });
});

describe('field6: a source listed without 收入', () => {
  it('"收入包括：一般公共预算拨款120.00万元，事业收入30.00万元" — both are revenue items (no false SUM_REVENUE)', () => {
    const d = fixture('field/overview-fiscal-lists-after-revenue.txt');
    expect(d.budget!.revenue?.items.map((i) => [i.name, i.amount.yuan])).toEqual([['一般公共预算拨款', 1200000], ['事业收入', 300000]]);
    expect(d.warnings.filter((w) => w.code === 'SUM_REVENUE')).toEqual([]);
  });
});

describe('field6: the counts of a planned purchase', () => {
  it('"2025年部门预算安排购置车辆1辆，其中，一般公务用车1辆" (before the holdings) and "拟购置车辆1辆" are no counts held', () => {
    const d = fixture('field/assets-planned-counts.txt');
    const a = d.assets!;
    expect(a.items.map((i) => [i.name, i.quantity])).toEqual([['车辆', 3], ['一般公务用车', 2], ['执法执勤用车', 1]]);
    expect(y(a.plannedPurchase)).toBe(350000);
    const u = unplaced(d);
    expect(u.some((m) => m.includes('planned purchase') && m.includes('车辆1辆、一般公务用车1辆、单价100万元以上专用设备2台（套）'))).toBe(true);
  });
});

describe('field6: a 部门综合预算 title', () => {
  it('"XX局2025年度部门综合预算" is a title of its own: the heading below is not glued to it', () => {
    const d = parseDocument('青山县司法局2025年度部门综合预算\n一、“三公”经费预算情况\n2025年“三公”经费预算5.00万元。\n', { path: 'x.txt' });
    expect([d.kind, d.title, d.department, d.year]).toEqual(['budget', '青山县司法局2025年度部门综合预算', '青山县司法局', 2025]);
    const e = parseDocument('青山县司法局部门综合预算\n一、“三公”经费预算情况\n2025年“三公”经费预算5.00万元。\n', { path: 'x.txt' });
    expect([e.title, e.department]).toEqual(['青山县司法局部门综合预算', '青山县司法局']);
  });
});

describe('field6: the year before\'s 决算 beside the year\'s “三公” budget', () => {
  it('"2025年…“三公”经费支出预算数为12.00万元，2024年预算数为13.00万元，2024年决算数为11.50万元" — the 12.00 is the total', () => {
    const d = parseDocument('岳阳县交通局2025年部门预算\n六、一般公共预算“三公”经费支出情况\n2025年一般公共预算“三公”经费支出预算数为12.00万元，2024年预算数为13.00万元，2024年决算数为11.50万元。\n', { path: 'x.txt' });
    expect(d.kind).toBe('budget');
    expect(y(d.threePublic!.total)).toBe(120000);
    const u = unplaced(d);
    for (const f of ['预算数 13.00万元', '决算数 11.50万元']) expect(u.some((m) => m.includes(f)), f).toBe(true);
    expect(d.warnings.filter((w) => w.code === 'NO_THREE_PUBLIC_TOTAL')).toEqual([]);
  });
});

describe('field6: figures beside the 政府采购 total that are none of its parts', () => {
  it('"较上年的40.00万元" (the figure a change is counted from) and "占本部门支出预算总额600.00万元的8.33%" are no items', () => {
    const a = parseDocument('长沙县档案馆2025年部门预算\n十一、政府采购情况\n2025年本部门政府采购预算总额50.00万元，较上年的40.00万元增加10.00万元，其中：货物类30.00万元，服务类20.00万元。\n', { path: 'x.txt' });
    expect(y(a.procurement!.total)).toBe(500000);
    expect(a.procurement!.items.map((i) => [i.name, i.amount.yuan])).toEqual([['货物类', 300000], ['服务类', 200000]]);
    expect(unplaced(a).some((m) => m.includes('较上年的 40.00万元'))).toBe(true);
    const b = parseDocument('长沙县史志办2025年部门预算\n十一、政府采购情况\n2025年政府采购预算50.00万元，占本部门支出预算总额600.00万元的8.33%。\n', { path: 'x.txt' });
    expect(y(b.procurement!.total)).toBe(500000);
    expect(b.procurement!.items).toEqual([]);
    expect(unplaced(b).some((m) => m.includes('600.00万元'))).toBe(true);
  });
});

describe('field6: the whole the 机关运行经费 is a share of', () => {
  it('"机关运行经费预算50.00万元，占基本支出预算300.00万元的16.67%" — the 300.00 is no item', () => {
    const d = parseDocument('长沙县文联2025年部门预算\n九、机关运行经费\n2025年机关运行经费预算50.00万元，占基本支出预算300.00万元的16.67%，比上年减少2.00万元。\n', { path: 'x.txt' });
    const o = d.operatingExpenses!;
    expect(y(o.total)).toBe(500000);
    expect(y(o.change?.amount)).toBe(-20000);
    expect(o.items).toEqual([]);
    expect(unplaced(d).some((m) => m.includes('占基本支出预算 300.00万元'))).toBe(true);
  });
});

describe('field6: the change of a listed part of the revenue', () => {
  it('"收入预算1,200.00万元，其中财政拨款1,150.00万元，比2024年年初预算增加50.00万元" — the 50.00 is the 财政拨款\'s change, not the total\'s', () => {
    const d = fixture('field/overview-part-change.txt');
    const b = d.budget!;
    expect(y(b.revenue?.total)).toBe(12000000);
    expect(b.change).toBeNull();
    expect(unplaced(d).some((m) => m.includes('比2024年年初预算 50.00万元'))).toBe(true);
    // A part that is the whole of the total (the same amount) has the total's change (dev d06: 收入预算47,145万元，其中：财政拨款收入47,145万元，比2025年预算增加…).
    const e = parseDocument('某局2025年部门预算\n一、收支预算总体情况\n2025年部门收入预算1,150.00万元，其中财政拨款1,150.00万元，比2024年年初预算增加50.00万元。\n', { path: 'x.txt' });
    expect(y(e.budget!.change?.amount)).toBe(500000);
  });
});

describe('field6: the change of a 机关运行经费 item', () => {
  it('"机关运行经费预算50.00万元，其中办公费10.00万元，比上年增加2.00万元" — the 2.00 is the 办公费\'s change, not the total\'s', () => {
    const d = parseDocument('某县档案局2025年部门预算\n九、机关运行经费\n2025年机关运行经费预算50.00万元，其中办公费10.00万元，比上年增加2.00万元；印刷费5.00万元。\n', { path: 'x.txt' });
    const o = d.operatingExpenses!;
    expect(y(o.total)).toBe(500000);
    expect(o.change).toBeNull();
    expect(o.items.map((i) => i.name)).toEqual(['办公费', '印刷费']);
    expect(unplaced(d).some((m) => m.includes('比上年 2.00万元'))).toBe(true);
  });
});

describe('field6: the year before\'s “三公” spending stated first', () => {
  it('"2024年“三公”经费实际支出11.00万元，2025年“三公”经费预算12.00万元，2025年预算比2024年实际支出增加1.00万元" — the total is 12.00', () => {
    const d = fixture('field/three-public-year-before-first.txt');
    const t = d.threePublic!;
    expect(y(t.total)).toBe(120000);
    expect(t.changeOnFinalAccount).toMatchObject({ comparedYear: 2024, basis: 'finalAccount', amount: { yuan: 10000 } });
    expect(unplaced(d).some((m) => m.includes('实际支出 11.00万元'))).toBe(true);
    expect(d.warnings.filter((w) => w.code === 'FIGURE_MISMATCH')).toEqual([]);
  });
});

describe('field6: the “三公” figures of one fund other than the 一般公共预算', () => {
  it('"2025年政府性基金预算安排“三公”经费0万元" before the 一般公共预算 section is no total', () => {
    const d = fixture('field/three-public-fund-share-first.txt');
    const t = d.threePublic!;
    expect(y(t.total)).toBe(78000);
    expect([y(t.vehicle), y(t.reception)]).toEqual([60000, 18000]);
    expect(unplaced(d).some((m) => m.includes('政府性基金预算安排“三公”经费 0万元'))).toBe(true);
    expect(d.warnings.filter((w) => w.code === 'FIGURE_MISMATCH')).toEqual([]);
  });

  it('"一般公共预算及政府性基金财政拨款“三公”经费支出决算为6.35万元" names both funds: it is the total (it had been unplaced)', () => {
    const d = parseDocument('某县某局2023年度部门决算\n一、“三公”经费支出决算情况说明\n2023年度一般公共预算及政府性基金财政拨款“三公”经费支出预算为6.35万元,支出决算为6.35万元,完成预算的100%。\n', { path: 'x.txt' });
    expect(d.kind).toBe('finalAccount');
    expect(y(d.threePublic?.total)).toBe(63500);
  });
});

describe('field6: a unit with no “三公” figures', () => {
  it('"本单位2025年无“三公”经费预算" gives a total of 0 with those words as its raw text (no NO_THREE_PUBLIC_TOTAL)', () => {
    const d = parseDocument('某县某中心2025年部门预算\n六、“三公”经费预算情况\n本单位2025年无“三公”经费预算，与上年持平。\n', { path: 'x.txt' });
    expect(d.threePublic!.total).toMatchObject({ yuan: 0, raw: '无“三公”经费预算', line: 3 });
    expect(d.warnings.filter((w) => w.code === 'NO_THREE_PUBLIC_TOTAL')).toEqual([]);
    // A part stated beside it keeps the total unknown: no 0 is guessed.
    const e = parseDocument('某县某中心2025年部门预算\n六、“三公”经费预算情况\n本单位未安排“三公”经费中的因公出国（境）费，公务接待费预算1.00万元。\n', { path: 'x.txt' });
    expect(e.threePublic!.total).toBeNull();
  });
});

describe('review: a 政府采购 total split by funding source', () => {
  it('"政府采购预算总额50.00万元，其中：一般公共预算资金40.00万元、其他资金10.00万元" — the sources are no items (kinds); 货物类 / 服务类 are', () => {
    const doc = (list: string) => parseDocument(`某县某局2025年部门预算\n五、政府采购预算情况\n2025年政府采购预算总额50.00万元，其中：${list}。\n`, { path: 'x.txt' });
    const sources = doc('一般公共预算资金40.00万元、其他资金10.00万元');
    expect(y(sources.procurement?.total)).toBe(500000);
    expect(sources.procurement?.items).toEqual([]);
    expect(unplaced(sources).filter((m) => /一般公共预算资金|其他资金/.test(m))).toHaveLength(2);
    expect(doc('货物类30.00万元、服务类20.00万元').procurement?.items.map((i) => i.name)).toEqual(['货物类', '服务类']);
  });
});

describe('review: the sentence that announces what follows is no title', () => {
  it('"根据…，现将本单位2025年“三公”经费预算情况说明如下：" first: no title (it had been the title); the figures are read', () => {
    const d = parseDocument('根据《预算法》及有关规定，现将本单位2025年“三公”经费预算情况说明如下：\n一、“三公”经费预算情况\n2025年“三公”经费预算8.00万元。\n', { path: 'x.txt' });
    expect(d.title).toBeNull();
    expect([d.year, d.kind, y(d.threePublic?.total)]).toEqual([2025, 'budget', 80000]);
    expect(parseDocument('某县某局2025年部门预算公开说明\n一、“三公”经费预算情况\n2025年“三公”经费预算8.00万元。\n', { path: 'x.txt' }).title).toBe('某县某局2025年部门预算公开说明');
  });
});
