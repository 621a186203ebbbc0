import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { fixture, unplaced, y } from './helpers.js';

// Field test 5: traps met on real 部门决算 texts (provinces and counties earlier rounds saw less), each
// written here as a synthetic document with invented departments and figures.

describe('field5: a change stated after the figure it is compared with (决算)', () => {
  it('"比2023年度预算数7.00万元减少1.80万元" is the change on the budget, "比2022年度决算数增加0.60万元" the change on the year before', () => {
    const d = fixture('field/final-change-after-compared-figure.txt');
    expect(d.kind).toBe('finalAccount');
    const t = d.threePublic!;
    expect(y(t.total)).toBe(52000);
    expect(t.change).toMatchObject({ comparedYear: 2022, basis: 'finalAccount', amount: { yuan: 6000 } });
    expect(t.changeOnBudget).toMatchObject({ comparedYear: 2023, basis: 'budget', amount: { yuan: -18000 } });
    // "公务接待费…，比年初预算4.00万元减少2.80万元，与上年决算数3.10万元相比，减少1.90万元": each part's change in its slot.
    expect(t.change!.items.map((i) => [i.name, y(i.amount)])).toEqual([['公务接待费', -19000]]);
    expect(t.changeOnBudget!.items.map((i) => [i.name, y(i.amount)])).toEqual([['公务接待费', -28000]]);
    const o = d.operatingExpenses!;
    expect(y(o.total)).toBe(450000);
    expect(o.change).toMatchObject({ comparedYear: 2022, basis: 'finalAccount', amount: { yuan: 20000 } });
    expect(o.changeOnBudget).toMatchObject({ basis: 'budget', amount: { yuan: -50000 } });
    // The figures compared with are no total, no part and no change: reported.
    const u = unplaced(d);
    for (const f of ['7.00万元', '4.00万元', '3.10万元', '43.00万元']) expect(u.some((m) => m.includes(f)), f).toBe(true);
    expect(d.warnings.map((w) => w.code).filter((c) => c !== 'UNPLACED_FIGURE')).toEqual([]);
  });

  it('"与2022年度决算数4.60万元相比，增加0.60万元": the figure compared with is never the “三公” total', () => {
    const d = parseDocument('某县档案局2023年度部门决算\n\n七、“三公”经费支出情况说明\n2023年度“三公”经费财政拨款支出5.20万元，与2022年度决算数4.60万元相比，增加0.60万元。\n', { path: 'x.txt' });
    expect(y(d.threePublic!.total)).toBe(52000);
    expect(d.threePublic!.change).toMatchObject({ comparedYear: 2022, basis: 'finalAccount', amount: { yuan: 6000 } });
    expect(d.warnings.map((w) => w.code)).toEqual(['UNPLACED_FIGURE']);
  });
});

describe('field5: figures of the 政府采购 total\'s clause group that are no part of it', () => {
  it('"比上年40.00万元增加5.00万元" after the total: the figure compared with is no item', () => {
    const d = parseDocument('某县图书馆2023年度部门决算\n\n九、政府采购支出情况说明\n2023年度政府采购支出总额45.00万元，比上年40.00万元增加5.00万元，其中：政府采购货物支出20.00万元、政府采购服务支出25.00万元。\n', { path: 'x.txt' });
    const p = d.procurement!;
    expect(y(p.total)).toBe(450000);
    expect(p.items.map((i) => [i.name, y(i.amount)])).toEqual([['政府采购货物支出', 200000], ['政府采购服务支出', 250000]]);
    expect(unplaced(d).some((m) => m.includes('40.00万元'))).toBe(true);
  });
});

describe('field5: 政府采购 savings', () => {
  it('"实际政府采购支出45.00万元，节约资金5.00万元…。其中：货物…" : the saving is no item, the categories after it are', () => {
    const d = fixture('field/procurement-saving.txt');
    const p = d.procurement!;
    expect(y(p.total)).toBe(450000);
    expect(y(p.budgeted?.total)).toBe(500000);
    expect(p.items.map((i) => [i.name, y(i.amount)])).toEqual([['政府采购货物支出', 200000], ['政府采购工程支出', 0], ['政府采购服务支出', 250000]]);
    expect(unplaced(d).some((m) => m.includes('节约资金 5.00万元'))).toBe(true);
  });
});

describe('field5: 机构运行经费 (the 2022 决算 template\'s name for 机关运行经费)', () => {
  it('its section, total, budget, rate and change are read as 机关运行经费', () => {
    const d = fixture('field/operating-institution-name.txt');
    const o = d.operatingExpenses!;
    expect(y(o.total)).toBe(385000);
    expect(y(o.budgeted?.total)).toBe(400000);
    expect(o.executionRates.map((r) => [r.of, r.percent])).toEqual([['total', 96.25]]);
    expect(o.change).toMatchObject({ comparedYear: 2022, basis: 'finalAccount', amount: { yuan: -25000 } });
    // Not a rate of the 决算 overview.
    expect(d.budget?.executionRates ?? []).toEqual([]);
    expect(d.sections.map((s) => s.kind)).toContain('operatingExpenses');
    expect(d.warnings).toEqual([]);
  });

  it('"无机构运行经费" is a total of 0', () => {
    const d = parseDocument('某旗档案馆2023年度部门决算\n\n十一、机构运行经费支出决算情况说明\n本单位为事业单位，无机构运行经费。\n', { path: 'x.txt' });
    expect(d.operatingExpenses?.total).toMatchObject({ yuan: 0, raw: '无机构运行经费' });
  });
});

describe('field5: the 决算 overview\'s change of the revenue and of the expenditure in one sentence', () => {
  it('"收入较上年增加300.00万元，支出较上年增加280.00万元": two changes named as written, neither a part of the other', () => {
    const d = fixture('field/final-overview-side-changes.txt');
    const c = d.budget!.change!;
    expect(c).toMatchObject({ comparedYear: 2022, basis: 'finalAccount', amount: null });
    expect(c.items.map((i) => [i.name, y(i.amount)])).toEqual([['收入', 3000000], ['支出', 2800000]]);
    expect(d.warnings.map((w) => w.code)).not.toContain('SUM_CHANGE');
  });

  it('"收入总计…，比上年增加120.00万元；支出总计…，比上年增加110.00万元": each change takes the total its clause is about', () => {
    const d = parseDocument('某区卫健局2023年度部门决算\n\n一、收入支出决算总体情况说明\n2023年度收入总计1,520.00万元，比上年增加120.00万元；支出总计1,520.00万元，比上年增加110.00万元。\n', { path: 'x.txt' });
    const c = d.budget!.change!;
    expect(c.amount).toBeNull();
    expect(c.items.map((i) => [i.name, y(i.amount)])).toEqual([['收入总计', 1200000], ['支出总计', 1100000]]);
    expect(d.warnings).toEqual([]);
  });
});

describe('field5: the 机构运行经费支出、国有资产占用情况及政府采购支出信息表 (内蒙古)', () => {
  it('its 机构运行经费 row is the total; its other rows are reported, never items', () => {
    const d = fixture('field/operating-info-table.txt');
    const o = d.operatingExpenses!;
    expect(o.total).toMatchObject({ yuan: 385000, raw: '38.50', unit: '万元', line: 7 });
    expect(o.items).toEqual([]);
    const u = unplaced(d);
    for (const f of ['政府采购支出总额 10.00', '授予中小企业合同金额 8.00', '车辆数合计（辆） 3']) expect(u.some((m) => m.includes(f)), f).toBe(true);
    expect(u.some((m) => m.includes('栏次'))).toBe(false);
    expect(d.warnings.map((w) => w.code).filter((c) => c !== 'UNPLACED_FIGURE')).toEqual([]);
  });
});

describe('field5: a 政府采购 table of the 决算 template (项目 | 行次 | 金额)', () => {
  it('the 栏次 row is no item, 政府采购支出总额 is the total, 授予中小企业合同金额 is `sme`', () => {
    const d = fixture('field/procurement-table-rows.txt');
    const p = d.procurement!;
    expect(p.total).toMatchObject({ yuan: 100000, raw: '10.00', line: 7 });
    expect(p.items.map((i) => [i.name, y(i.amount)])).toEqual([['政府采购货物支出', 100000], ['政府采购工程支出', 0], ['政府采购服务支出', 0]]);
    expect(y(p.sme?.total)).toBe(80000);
    expect(d.warnings).toEqual([]);
  });
});

describe('field5: 国内公务接待 and 外事接待, the parts of 公务接待费 in the 决算 template', () => {
  it('"公务接待费支出3.00万元，其中：国内公务接待支出2.50万元…；外事接待支出0.50万元": neither is 公务接待费 (no false mismatch); both reported', () => {
    const d = fixture('field/three-public-domestic-reception.txt');
    const t = d.threePublic!;
    expect([y(t.total), y(t.abroad), y(t.vehicle), y(t.reception)]).toEqual([123000, 0, 93000, 30000]);
    expect(d.warnings.map((w) => w.code)).not.toContain('FIGURE_MISMATCH');
    const u = unplaced(d);
    for (const f of ['国内公务接待支出 2.50万元', '外事接待支出 0.50万元']) expect(u.some((m) => m.includes(f)), f).toBe(true);
  });
});

describe('field5: a label of what the figures cover after the department in the title', () => {
  it('"某县水务局（汇总）2023年度部门决算" names 某县水务局', () => {
    for (const title of ['某县水务局（汇总）2023年度部门决算', '某县水务局(含下属单位)2023年度部门决算']) {
      const d = parseDocument(`${title}\n\n一、收入支出决算总体情况说明\n2023年度收入总计300.00万元，支出总计300.00万元。\n`, { path: 'x.txt' });
      expect(d.department, title).toBe('某县水务局');
    }
  });
});

describe('field5: the 三公 年初预算 and 调整预算 in one 决算 sentence', () => {
  it('"年初预算15.00万元，调整预算14.00万元，决算数12.30万元": two budgets, no mismatch; the 年初 is budgeted, the 调整 reported', () => {
    const d = parseDocument('某县档案馆2023年度部门决算\n\n七、“三公”经费支出决算情况说明\n2023年度“三公”经费年初预算15.00万元，调整预算14.00万元，决算数12.30万元，比调整后预算减少1.70万元，比上年决算减少0.80万元。\n', { path: 'x.txt' });
    const t = d.threePublic!;
    expect(y(t.total)).toBe(123000);
    expect(y(t.budgeted?.total)).toBe(150000);
    expect(t.change).toMatchObject({ comparedYear: 2022, basis: 'finalAccount', amount: { yuan: -8000 } });
    expect(t.changeOnBudget).toMatchObject({ basis: 'budget', amount: { yuan: -17000 } });
    expect(d.warnings.map((w) => w.code)).toEqual(['UNPLACED_FIGURE']);
    expect(unplaced(d)[0]).toContain('14.00万元');
  });
});

describe('field5: 年初预算 and 调整预算 of the overview and of 机关运行经费', () => {
  const d = parseDocument('某县档案馆2023年度部门决算\n\n八、机关运行经费支出情况\n2023年度机关运行经费年初预算60.00万元，调整预算58.00万元，决算数55.00万元，比上年决算减少2.00万元。\n\n一、一般公共预算财政拨款支出决算情况\n2023年度一般公共预算财政拨款支出年初预算为800.00万元，调整预算为820.00万元，支出决算为790.00万元。\n', { path: 'x.txt' });
  it('the 调整预算 of 机关运行经费 is no budgeted item named 机关运行经费: reported', () => {
    expect(y(d.operatingExpenses!.budgeted?.total)).toBe(600000);
    expect(d.operatingExpenses!.budgeted?.items).toEqual([]);
    expect(unplaced(d).some((m) => m.includes('调整预算 58.00万元'))).toBe(true);
  });
  it('the overview\'s 调整预算 is no restatement of its 年初预算 (no FIGURE_MISMATCH): reported', () => {
    expect(d.budget!.budgeted?.expenditure?.items.map((i) => [i.name, y(i.amount)])).toEqual([['一般公共预算财政拨款支出', 8000000]]);
    expect(d.warnings.map((w) => w.code)).not.toContain('FIGURE_MISMATCH');
    expect(unplaced(d).some((m) => m.includes('调整预算 820.00万元'))).toBe(true);
  });
});

describe('field5: two changes of one 三公 figure in one clause group, against a year and against the year\'s budget', () => {
  it('"…决算比2022年度减少0.60万元，下降6.52%，比2023年度预算减少1.40万元": change on the year before, change on the budget', () => {
    const d = parseDocument('某镇人民政府2023年度部门决算\n\n七、“三公”经费支出情况\n2023年度“三公”经费支出决算8.60万元。“三公”经费支出决算比2022年度减少0.60万元，下降6.52%，比2023年度预算减少1.40万元，下降14.00%。\n', { path: 'x.txt' });
    const t = d.threePublic!;
    expect(t.change).toMatchObject({ comparedYear: 2022, basis: 'finalAccount', amount: { yuan: -6000 } });
    expect(t.changeOnBudget).toMatchObject({ comparedYear: 2023, basis: 'budget', amount: { yuan: -14000 } });
    expect(d.warnings).toEqual([]);
  });
});

describe('field5: the next year\'s budget stated in a 决算', () => {
  it('"2024年度…预算数为…" in a 2023 决算 is no budgeted figure of the 三公, 机关运行经费 or 政府采购: reported', () => {
    const d = fixture('field/final-next-year-budget.txt');
    expect(y(d.threePublic!.total)).toBe(123000);
    expect(d.threePublic!.budgeted).toBeNull();
    expect(y(d.operatingExpenses!.total)).toBe(550000);
    expect(d.operatingExpenses!.budgeted).toBeNull();
    expect(y(d.procurement!.total)).toBe(450000);
    expect(d.procurement!.budgeted).toBeNull();
    const u = unplaced(d);
    for (const f of ['10.00万元', '50.00万元', '30.00万元']) expect(u.some((m) => m.includes(f)), f).toBe(true);
  });
});

describe('review: a rate of the 调整预算 beside a kept 年初预算', () => {
  it('"年初预算为10.00万元，调整预算为12.00万元，支出决算为11.56万元，完成调整预算的96.33%" — no false EXECUTION_RATE: the rate is reported', () => {
    const d = parseDocument('某县某局2023年度部门决算\n三、“三公”经费支出决算情况说明\n2023年度“三公”经费年初预算为10.00万元，调整预算为12.00万元，支出决算为11.56万元，完成调整预算的96.33%。\n', { path: 'x.txt' });
    expect(d.threePublic?.total?.yuan).toBe(115600);
    expect(d.threePublic?.budgeted?.total?.yuan).toBe(100000);
    expect(d.warnings.filter((w) => w.code === 'EXECUTION_RATE')).toEqual([]);
    expect(d.warnings.some((w) => w.code === 'UNPLACED_FIGURE' && w.message.includes('完成调整预算的96.33%'))).toBe(true);
    // Without a 年初预算, the 调整预算 is the budget kept and its rate is checked.
    const e = parseDocument('某县某局2023年度部门决算\n三、“三公”经费支出决算情况说明\n2023年度“三公”经费调整预算为12.00万元，支出决算为11.56万元，完成调整预算的96.33%。\n', { path: 'x.txt' });
    expect(e.threePublic?.executionRates.map((r) => r.percent)).toEqual([96.33]);
  });
});
