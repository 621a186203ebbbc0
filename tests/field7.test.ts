import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { fixture, unplaced, y } from './helpers.js';

// Field test 7: traps met on real 部门决算 / 单位决算 texts of county and township units (Yunnan, Sichuan, Guangxi,
// Guizhou, the north-east), each written here as a synthetic document with invented departments and figures.

describe('field7: "预算数为…，决算支出数为…" (the actual after its budget, 决算 before 支出)', () => {
  it('each 决算支出数 is the actual of the part its clause before names, the 预算数 its budgeted twin', () => {
    const d = fixture('field7/three-public-decision-count.txt');
    expect(d.kind).toBe('finalAccount');
    const t = d.threePublic!;
    expect([y(t.total), y(t.abroad), y(t.reception), y(t.vehicle), y(t.vehicleOperation), y(t.vehiclePurchase)]).toEqual([285000, 0, 90000, 195000, 115000, 80000]);
    expect(t.total!.raw).toBe('28.50万元');
    expect(t.total!.line).toBe(4);
    const b = t.budgeted!;
    expect([y(b.total), y(b.abroad), y(b.reception), y(b.vehicle), y(b.vehicleOperation), y(b.vehiclePurchase)]).toEqual([300000, 0, 100000, 200000, 120000, 80000]);
    expect(t.executionRates).toEqual([{ of: 'total', percent: 95, raw: '95.00%', line: 4 }]);
    // "较2022年决算数25.00万元3.50万元，增长14.00%" states no verb of the change: the figures are reported, not guessed.
    const u = unplaced(d);
    for (const f of ['25.00万元', '"3.50万元"', '8.00万元"', '"1.00万元"']) expect(u.some((m) => m.includes(f)), f).toBe(true);
    expect(u.some((m) => m.includes('决算支出数'))).toBe(false);
    expect(d.warnings.map((w) => w.code).filter((c) => c !== 'UNPLACED_FIGURE')).toEqual([]);
  });
});

describe('field7: a figure after a list of “三公” part names joined by 、 is the sum of the list, not its last part', () => {
  it('"因公出国（境）费、公务用车购置及运行费、公务接待费支出合计7.80万元" is the “三公” total (was 公务接待费, with a false mismatch)', () => {
    const d = fixture('field7/three-public-listed-names-sum.txt');
    const t = d.threePublic!;
    expect([y(t.total), y(t.vehicle), y(t.reception), y(t.vehicleOperation)]).toEqual([78000, 58000, 20000, 58000]);
    expect(t.total!.raw).toBe('7.80万元');
    // "比上年减少0.20万元" after the list is the total's change, no change of 公务接待费.
    expect(t.change).toMatchObject({ comparedYear: 2022, basis: 'finalAccount', amount: { yuan: -2000 }, items: [] });
    expect(t.changeOnBudget).toMatchObject({ basis: 'budget', amount: { yuan: -12000 } });
    expect(d.warnings.map((w) => w.code)).toEqual([]);
  });

  it('the list in brackets after “三公”经费 names the whole; two parts summed are reported; 购置费、运行维护费 is the vehicle whole; 分别 / 均 lists are untouched', () => {
    const text = [
      '某县科协2023年度部门决算',
      '',
      '七、“三公”经费支出决算情况说明',
      '2023年度“三公”经费（因公出国（境）费、公务用车购置及运行费、公务接待费）支出决算6.00万元，比上年增加1.00万元。',
      '其中：公务用车购置及运行费、公务接待费合计6.00万元。公务用车购置费、运行维护费合计4.00万元。',
      '因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为0万元、4.00万元、2.00万元。',
      '',
    ].join('\n');
    const d = parseDocument(text, { path: 'x.txt' });
    const t = d.threePublic!;
    expect([y(t.total), y(t.abroad), y(t.vehicle), y(t.reception)]).toEqual([60000, 0, 40000, 20000]);
    expect([t.total!.line, t.vehicle!.line, t.reception!.line]).toEqual([4, 5, 6]);
    expect(t.change).toMatchObject({ amount: { yuan: 10000 }, items: [] });
    expect(d.warnings.map((w) => [w.code, w.line])).toEqual([['UNPLACED_FIGURE', 5]]);
    expect(unplaced(d)[0]).toContain('6.00万元');
    const both = parseDocument('某县科协2023年度部门决算\n\n七、“三公”经费支出决算情况说明\n2023年度因公出国（境）费、公务接待费均为0万元，公务用车运行维护费3.00万元。\n', { path: 'x.txt' });
    expect([y(both.threePublic!.reception), y(both.threePublic!.vehicleOperation)]).toEqual([0, 30000]);
  });
});

describe('field7: "国内公务接待25批次，180人次，共计支出2.00万元" — the cost of the receptions counted, never the “三公” total', () => {
  it('before any total: reported, not the total (it was the “三公” total)', () => {
    const d = parseDocument('某县园林所2023年度部门决算\n\n四、财政拨款“三公”经费支出决算情况说明\n国内公务接待25批次，180人次，共计支出2.00万元。公务用车运行维护费3.00万元。\n', { path: 'x.txt' });
    const t = d.threePublic!;
    expect(t.total).toBeNull();
    expect(y(t.vehicleOperation)).toBe(30000);
    expect(unplaced(d).some((m) => m.includes('2.00万元'))).toBe(true);
    expect(d.warnings.map((w) => w.code).sort()).toEqual(['NO_THREE_PUBLIC_TOTAL', 'UNPLACED_FIGURE']);
  });

  it('the 决算 template paragraph after the total keeps every part (the counts\' 共计支出 reported)', () => {
    const text = [
      '某县档案馆2023年度部门决算',
      '',
      '四、财政拨款“三公”经费支出决算情况说明',
      '2023年度“三公”经费财政拨款支出决算为6.50万元，完成预算的92.86%。',
      '1.公务用车购置及运行维护费支出4.50万元。其中：公务用车购置费支出0万元：本年度未购置公务用车；公务用车运行维护费支出4.50万元：主要用于保障工作用车。',
      '2.公务接待费支出2.00万元。其中：国内公务接待支出2.00万元。国内公务接待25批次，180人次（不包括陪同人员），共计支出2.00万元。',
      '',
    ].join('\n');
    const t = parseDocument(text, { path: 'x.txt' }).threePublic!;
    expect([y(t.total), y(t.vehicle), y(t.vehiclePurchase), y(t.vehicleOperation), y(t.reception)]).toEqual([65000, 45000, 0, 45000, 20000]);
  });
});

describe('field7: "决算数比预算数少2.50万元" · "较上年多20.00万元" — 多 / 少 after a comparison are change words', () => {
  it('the 三公 "比预算数少" is the change on the budget (was a restatement of the total: a false FIGURE_MISMATCH)', () => {
    const d = parseDocument('某县交通运输局2023年度部门决算\n\n七、“三公”经费支出决算情况说明\n2023年度“三公”经费年初预算12.50万元，支出决算10.00万元，决算数比预算数少2.50万元。\n', { path: 'x.txt' });
    const t = d.threePublic!;
    expect(y(t.total)).toBe(100000);
    expect(y(t.budgeted!.total)).toBe(125000);
    expect(t.changeOnBudget).toMatchObject({ comparedYear: 2023, basis: 'budget', amount: { yuan: -25000, raw: '2.50万元', line: 4 } });
    expect(d.warnings).toEqual([]);
  });

  it('the overview\'s "较上年多" and 机关运行经费\'s "比上年少" are their changes (were UNPLACED_FIGURE)', () => {
    const text = '某县交通运输局2023年度部门决算\n\n一、收入支出决算总体情况说明\n2023年度收入总计300.00万元，支出总计300.00万元，收、支总计较上年多20.00万元。\n二、机关运行经费支出情况\n2023年度机关运行经费支出30.00万元，比上年少1.50万元，主要原因是至少压减了2项支出。\n';
    const d = parseDocument(text, { path: 'x.txt' });
    expect(d.budget!.change).toMatchObject({ comparedYear: 2022, basis: 'finalAccount', amount: { yuan: 200000 } });
    expect(d.operatingExpenses!.change).toMatchObject({ comparedYear: 2022, amount: { yuan: -15000 } });
    expect(d.warnings).toEqual([]);
  });

  it('"较上年多出0.50万元" is the change too (was UNPLACED_FIGURE)', () => {
    const d = parseDocument('某县残联2023年度部门决算\n\n二、“三公”经费支出决算情况说明\n2023年度“三公”经费支出3.00万元，较上年多出0.50万元。\n', { path: 'x.txt' });
    expect(d.threePublic!.change).toMatchObject({ comparedYear: 2022, basis: 'finalAccount', amount: { yuan: 5000, raw: '0.50万元' } });
    expect(d.warnings).toEqual([]);
  });
});

describe('field7: execution rates written "为年初预算的…%" · "占年初预算的…%" · "预算完成率为…%" · "完成率…%"', () => {
  it('each is the rate of the figure its words name (they were dropped without a word)', () => {
    const text = [
      '某县交通运输局2023年度部门决算',
      '',
      '七、“三公”经费支出决算情况说明',
      '2023年度“三公”经费支出决算10.00万元，为年初预算的80.00%。其中：公务接待费支出决算4.00万元，预算完成率为50.00%；公务用车运行维护费支出决算6.00万元，预算执行率100.00%。',
      '八、机关运行经费支出情况',
      '2023年度机关运行经费支出决算30.00万元，占年初预算的90.91%。',
      '',
    ].join('\n');
    const d = parseDocument(text, { path: 'x.txt' });
    expect(d.threePublic!.executionRates).toEqual([
      { of: 'total', percent: 80, raw: '80.00%', line: 4 },
      { of: 'reception', percent: 50, raw: '50.00%', line: 4 },
      { of: 'vehicleOperation', percent: 100, raw: '100.00%', line: 4 },
    ]);
    expect(d.operatingExpenses!.executionRates).toEqual([{ of: 'total', percent: 90.91, raw: '90.91%', line: 6 }]);
    expect(d.warnings).toEqual([]);
    const e = parseDocument('某县交通运输局2023年度部门决算\n\n七、“三公”经费支出决算情况说明\n2023年度“三公”经费年初预算12.50万元，支出决算10.00万元，决算数比预算数少2.50万元，完成率80.00%。\n', { path: 'x.txt' });
    expect(e.threePublic!.executionRates).toEqual([{ of: 'total', percent: 80, raw: '80.00%', line: 4 }]);
  });

  it('"占一般公共预算财政拨款支出的2.50%" is a share, no rate', () => {
    const d = parseDocument('某县交通运输局2023年度部门决算\n\n七、“三公”经费支出决算情况说明\n2023年度“三公”经费支出决算10.00万元，占一般公共预算财政拨款支出的2.50%。\n', { path: 'x.txt' });
    expect(d.threePublic!.executionRates).toEqual([]);
  });
});

describe('field7: "“三公”经费支出决算为零" · "三公经费支出为0" (no unit) — a total of 0, as 无“三公”经费', () => {
  it('gives the total 0 with the words as raw (was NO_THREE_PUBLIC_TOTAL); "为0万元" stays an amount', () => {
    const d = parseDocument('某县人社局2023年度部门决算\n\n四、财政拨款“三公”经费支出决算情况说明\n2023年度财政拨款“三公”经费支出决算为零，因公出国（境）费、公务用车购置及运行维护费、公务接待费均为零。\n', { path: 'x.txt' });
    expect(d.threePublic!.total).toEqual({ yuan: 0, raw: '“三公”经费支出决算为零', unit: '元', line: 4 });
    expect(d.warnings).toEqual([]);
    const bare = parseDocument('某县人社局2023年度部门决算\n\n四、“三公”经费支出决算情况说明\n本单位2023年度三公经费支出为0。\n', { path: 'x.txt' });
    expect(bare.threePublic!.total).toMatchObject({ yuan: 0, raw: '三公经费支出为0', line: 4 });
    const unit = parseDocument('某县人社局2023年度部门决算\n\n四、“三公”经费支出决算情况说明\n本单位2023年度“三公”经费支出为0.50万元。\n', { path: 'x.txt' });
    expect(unit.threePublic!.total).toMatchObject({ yuan: 5000, raw: '0.50万元' });
  });
});

describe('field7: "公务用车购置费和运行维护费15.00万元" names both parts', () => {
  it('is the vehicle whole (was 公务用车购置费, with a false mismatch against the 购置经费 in its brackets)', () => {
    const d = fixture('field7/three-public-vehicle-purchase-and-operation.txt');
    const t = d.threePublic!;
    expect([y(t.total), y(t.abroad), y(t.vehicle), y(t.vehiclePurchase), y(t.vehicleOperation), y(t.reception)]).toEqual([200000, 0, 150000, 50000, 100000, 50000]);
    expect(t.vehicle!.raw).toBe('15.00万元');
    expect(d.warnings.filter((w) => w.code === 'FIGURE_MISMATCH' || w.code === 'SUM_THREE_PUBLIC')).toEqual([]);
  });
});

describe('field7: "和年初预算持平" compares with the year\'s own budget, as 与年初预算持平', () => {
  it('is a change on the budget of 0, and lends no basis to the year-on-year change of its sentence', () => {
    const d = parseDocument('某县城管局2023年度部门决算\n\n七、“三公”经费支出决算情况说明\n2023年度“三公”经费支出决算20.00万元，其中：因公出国（境）费0万元，和年初预算持平；公务接待费5.00万元，相较于上年增加0.50万元。\n', { path: 'x.txt' });
    const t = d.threePublic!;
    expect(t.changeOnBudget).toMatchObject({ comparedYear: 2023, basis: 'budget', items: [{ name: '因公出国（境）费', amount: { yuan: 0, raw: '和年初预算持平', line: 4 } }] });
    expect(t.change).toMatchObject({ comparedYear: 2022, basis: 'finalAccount', amount: null });
    expect(t.change!.items.map((i) => [i.name, y(i.amount)])).toEqual([['公务接待费', 5000]]);
  });
});

describe('field7: the count rows of the 决算 “三公” table (公务用车购置数（辆） · 保有量 · 接待批次 / 人次)', () => {
  it('"公务用车购置数（辆） | 1 | 1" is no 公务用车购置费 of 1万元: reported (it was vehiclePurchase and its budget)', () => {
    const d = fixture('field7/three-public-table-count-rows.txt');
    const t = d.threePublic!;
    expect([y(t.abroad), y(t.vehicle), y(t.vehicleOperation), y(t.reception)]).toEqual([0, 55000, 55000, 18000]);
    expect(t.vehiclePurchase).toBeNull();
    expect(t.budgeted!.vehiclePurchase).toBeNull();
    expect(t.items.some((i) => i.name.includes('购置数'))).toBe(false);
    const u = d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE');
    for (const line of [14, 15, 16, 17]) expect(u.filter((w) => w.line === line)).toHaveLength(2);
  });
});

describe('field7: a 决算 that states the share reserved for small enterprises beside the contracts awarded', () => {
  it('"面向中小企业预留采购份额…，其中：预留给小微企业…" is reported; sme holds the 授予 figures (no false mismatch)', () => {
    const d = fixture('field7/procurement-reserved-and-awarded.txt');
    const p = d.procurement!;
    expect(y(p.total)).toBe(1200000);
    expect([y(p.sme!.total), y(p.sme!.smallMicro)]).toEqual([1100000, 900000]);
    expect(p.sme!.total!.raw).toBe('110.00万元');
    expect(d.warnings.some((w) => w.code === 'FIGURE_MISMATCH')).toBe(false);
    const u = unplaced(d);
    expect(u.some((m) => m.includes('预留采购份额') && m.includes('100.00万元'))).toBe(true);
    expect(u.some((m) => m.includes('预留给小微企业') && m.includes('80.00万元'))).toBe(true);
    // In a budget the reserved share is still `sme` (README: the share reserved for them).
    const b = parseDocument('某县教育局2025年部门预算\n\n九、政府采购预算情况\n2025年度政府采购预算总额50.00万元。面向中小企业预留采购份额40.00万元。\n', { path: 'x.txt' });
    expect(y(b.procurement!.sme!.total)).toBe(400000);
  });
});

describe('field7: "公务用车购置及运行维护费（含公务用车购置费0万元）5.00万元" — a bracketed note between a name and its figure', () => {
  it('the figure in the note is the part it names, the figure after the note the name before it (was vehicle = 0 and a false mismatch)', () => {
    const d = fixture('field7/three-public-bracketed-note.txt');
    const t = d.threePublic!;
    expect([y(t.total), y(t.abroad), y(t.vehicle), y(t.vehiclePurchase), y(t.reception)]).toEqual([60000, 0, 50000, 0, 10000]);
    expect(t.vehicle!.raw).toBe('5.00万元');
    expect(d.warnings.filter((w) => w.code !== 'UNPLACED_FIGURE')).toEqual([]);
    // The same in a budget (no 决算 split of the labels).
    const b = parseDocument('某县档案局2025年部门预算\n\n七、“三公”经费预算情况说明\n2025年“三公”经费预算6.00万元。公务用车购置及运行维护费（含公务用车购置费0万元）5.00万元；公务接待费预算1.00万元。\n', { path: 'x.txt' });
    expect([y(b.threePublic!.vehicle), y(b.threePublic!.vehiclePurchase)]).toEqual([50000, 0]);
  });
});
