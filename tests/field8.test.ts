import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { FIXTURES, fixture, unplaced, y } from './helpers.js';

// Field test 8: leftovers of the earlier field tests and traps of 部门预算 texts (county, township, school and
// hospital units), each written here as a synthetic document with invented departments and figures.

const codes = (d: { warnings: readonly { code: string }[] }, code: string) => d.warnings.filter((w) => w.code === code);

describe('field8: the budget of a planned vehicle purchase in a “三公” sentence', () => {
  it('"计划更新公务用车1辆，购置预算20万元" is no restatement of the total or of 公务用车购置及运行维护费 (no false FIGURE_MISMATCH)', () => {
    const d = fixture('field8/three-public-planned-vehicle.txt');
    const t = d.threePublic!;
    expect(y(t.total)).toBe(300000);
    expect(y(t.vehicle)).toBe(280000);
    expect(t.vehiclePurchase).toBeNull();
    expect(codes(d, 'FIGURE_MISMATCH')).toEqual([]);
    expect(codes(d, 'SUM_THREE_PUBLIC')).toEqual([]);
    const u = unplaced(d).filter((m) => m.startsWith('“三公”经费'));
    expect(u.filter((m) => m.includes('购置预算 20万元'))).toHaveLength(2);
    expect(u.filter((m) => m.includes('"预算 20万元"'))).toHaveLength(1);
  });
  it('"其中计划更新公务用车1辆，公务用车购置费预算18.00万元" — where the words say so, it is the 公务用车购置费', () => {
    const d = fixture('field8/three-public-vehicle-purchase-said.txt');
    const t = d.threePublic!;
    expect([y(t.total), y(t.vehicle), y(t.vehiclePurchase), y(t.vehicleOperation)]).toEqual([260000, 240000, 180000, 60000]);
    expect(codes(d, 'FIGURE_MISMATCH')).toEqual([]);
    expect(unplaced(d)).toEqual([]);
  });
});

describe('field8: a planned replacement of vehicles is no count held', () => {
  it('"2025年计划更新公务用车1辆" (更新 as 购置) is no assets item: its count is reported as a planned purchase', () => {
    const d = fixture('field8/three-public-planned-vehicle.txt');
    expect(d.assets!.items.map((i) => [i.name, i.quantity, i.quantityUnit])).toEqual([['车辆', 3, '辆'], ['一般公务用车', 2, '辆']]);
    expect(unplaced(d).some((m) => m.includes('planned purchase') && m.includes('更新公务用车1辆'))).toBe(true);
  });
});

describe('field8: the counts of a 机关运行经费 / 国有资产 信息表', () => {
  const counts = (d: { warnings: readonly { code: string; message: string }[] }) => unplaced(d).filter((m) => m.startsWith('机关运行经费: the count'));
  it('车辆数 (辆), 一般公务用车, 设备（台，套）, 人数（人） are reported as counts in their own unit, never as figures of the table\'s 万元', () => {
    const d = fixture('field8/operating-info-counts.txt');
    expect(y(d.operatingExpenses!.total)).toBe(264000);
    expect(counts(d)).toEqual([
      '机关运行经费: the count "车辆数合计（辆） 4" (辆, no money) was found but fits no field of the output',
      '机关运行经费: the count "其中：一般公务用车 2" (辆, no money) was found but fits no field of the output',
      '机关运行经费: the count "单价50万元以上通用设备（台，套） 1" (台/套, no money) was found but fits no field of the output',
      '机关运行经费: the count "在职人数（人） 18" (人, no money) was found but fits no field of the output',
    ]);
    expect(unplaced(d).filter((m) => !m.startsWith('机关运行经费: the count'))).toEqual([]);
    expect(codes(d, 'FIGURE_MISMATCH')).toEqual([]);
  });
  it('a table with no unit: its counts are still reported (a count needs no money unit), its money is not read', () => {
    const d = parseDocument('白杨镇人民政府2025年部门预算\n七、机关运行经费预算情况\n本单位机关运行经费情况见下表。\n| 项目 | 行次 | 金额/数量 |\n| 一、机关运行经费支出 | 1 | 26.40 |\n| 二、车辆数合计（辆） | 2 | 4 |\n', { path: 'x.txt' });
    expect(d.operatingExpenses!.total).toBeNull();
    expect(counts(d)).toEqual(['机关运行经费: the count "二、车辆数合计（辆） 4" (辆, no money) was found but fits no field of the output']);
    expect(codes(d, 'TABLE_NO_UNIT').some((w) => w.message.includes('机关运行经费'))).toBe(true);
  });
});

describe('field8: the unit of a 机关运行经费 table that states none', () => {
  const noUnit = (d: { warnings: readonly { code: string; message: string }[] }) => codes(d, 'TABLE_NO_UNIT').filter((w) => w.message.startsWith('the 机关运行经费 table'));
  it('a table in 元 beside sentences in 万元 (单位：万元 over another table of the section) is read in 元: its total states the text\'s', () => {
    const d = fixture('field8/operating-table-unit-yuan.txt');
    expect(d.operatingExpenses!.total).toMatchObject({ yuan: 385000, raw: '38.50万元', line: 3 });
    expect(codes(d, 'FIGURE_MISMATCH')).toEqual([]);
    expect(unplaced(d)).toEqual(['机关运行经费: the figure "其中：办公费 120000.00" was found but fits no field of the output']);
    expect(noUnit(d)).toEqual([]);
  });
  it('with no 机关运行经费 in the text to confirm it, the 万元 of the section is not the table\'s: nothing read, no total 10⁴ off', () => {
    const d = fixture('field8/operating-table-unit-unconfirmed.txt');
    expect(d.operatingExpenses!.total).toBeNull();
    expect(noUnit(d).map((w) => [w.line, w.message])).toEqual([[9, 'the 机关运行经费 table states no unit (单位：万元 / 元), and the 万元 of the section\'s text is not taken for it (no 机关运行经费 of the text confirms it): its figures are not read']]);
    expect(codes(d, 'NO_OPERATING_TOTAL')).toHaveLength(1);
  });
  it('a table whose total states the text\'s in 万元 is read in 万元 (the fallback kept where it is safe)', () => {
    const d = fixture('field8/operating-table-unit-confirmed.txt');
    expect(y(d.operatingExpenses!.total)).toBe(385000);
    expect(unplaced(d)).toEqual(['机关运行经费: the figure "其中：办公费 12.00" was found but fits no field of the output']);
    expect(codes(d, 'FIGURE_MISMATCH')).toEqual([]);
    expect(noUnit(d)).toEqual([]);
  });
  it('a table whose total agrees with the text\'s in no unit is not read (a precise TABLE_NO_UNIT, no guessed FIGURE_MISMATCH)', () => {
    const d = parseDocument('红星乡文化站2025年部门预算\n六、机关运行经费预算情况\n2025年机关运行经费预算38.50万元，按经济分类如下表。\n单位：万元\n| 经济分类 | 预算数 |\n| 办公费 | 12.00 |\n机关运行经费信息表\n| 项目 | 行次 | 金额 |\n| 一、机关运行经费支出 | 1 | 41.20 |\n| 其中：办公费 | 2 | 12.00 |\n', { path: 'x.txt' });
    expect(y(d.operatingExpenses!.total)).toBe(385000);
    expect(noUnit(d).map((w) => w.message)).toEqual(['the 机关运行经费 table states no unit (单位：万元 / 元), and its total row (41.20) states the text\'s 机关运行经费 (38.50万元) in no one unit: its figures are not read']);
    expect(codes(d, 'FIGURE_MISMATCH')).toEqual([]);
  });
});

describe('field8: 国内公务接待 / 外事接待, the two parts of 公务接待费', () => {
  it('columns 公务接待费 / 国内公务接待 · 外事接待: keyed receptionDomestic / receptionForeign, never `reception` (the whole is not taken from a part)', () => {
    const d = fixture('field8/three-public-reception-columns.txt');
    const t = d.threePublic!;
    expect(y(t.total)).toBe(62000);
    expect(t.reception).toBeNull();
    expect(d.tables[0]!.columns.map((c) => c.key)).toEqual(['total', 'abroad', 'vehicle', 'receptionDomestic', 'receptionForeign']);
    expect(d.tables[0]!.rows[0]!.values.receptionDomestic).toMatchObject({ yuan: 18000, raw: '1.80', line: 8 });
    expect(codes(d, 'TABLE_ROW_SUM')).toEqual([]);
    // the parts still count in the row's sum: a 合计 they do not add up to is said
    const wrong = parseDocument(readFileSync(join(FIXTURES, 'field8', 'three-public-reception-columns.txt'), 'utf8').replace('| 6.20 |', '| 9.20 |'), { path: 'x.txt' });
    expect(codes(wrong, 'TABLE_ROW_SUM').map((w) => [w.line, w.message.includes('total = abroad + vehicle + receptionDomestic + receptionForeign')])).toEqual([[8, true]]);
  });
  it('a 公务接待费 column beside its two parts is checked against them (TABLE_ROW_SUM), and the total against all of them', () => {
    const d = parseDocument('青松镇中心卫生院2025年部门预算\n四、“三公”经费预算情况说明\n“三公”经费预算表\n单位：万元\n| 合计 | 因公出国（境）费 | 公务用车购置及运行维护费 | 公务接待费 | 国内公务接待费 | 外事接待费 |\n| 6.20 | 0.00 | 4.00 | 2.20 | 1.80 | 0.30 |\n', { path: 'x.txt' });
    expect(y(d.threePublic!.reception)).toBe(22000);
    expect(codes(d, 'TABLE_ROW_SUM').map((w) => w.message)).toEqual(['“三公”经费预算表: : reception = receptionDomestic + receptionForeign: stated 22000 yuan but the parts add up to 21000 yuan']);
  });
  it('"公务接待费（含外事接待）2.00万元" is 公务接待费 (the bracket names what it holds); "其中外事接待0.50万元" stays reported', () => {
    const d = parseDocument('青松镇中心卫生院2025年部门预算\n四、“三公”经费预算情况说明\n2025年“三公”经费预算5.00万元，其中：因公出国（境）费0万元；公务用车购置及运行维护费3.00万元；公务接待费（含外事接待）2.00万元，其中外事接待0.50万元。\n', { path: 'x.txt' });
    expect(d.threePublic!.reception).toMatchObject({ yuan: 20000, line: 3 });
    expect(unplaced(d)).toEqual(['“三公”经费: the figure "外事接待 0.50万元" was found but fits no field of the output']);
    expect(codes(d, 'SUM_THREE_PUBLIC')).toEqual([]);
  });
});

describe('field8: 单位价值…以上大型设备 counts', () => {
  it('"单位价值200万元以上大型设备1台(套)" is a count held, like 单价…以上设备 (it was dropped silently); the 200万元 is no figure', () => {
    const d = fixture('field8/assets-unit-value-devices.txt');
    expect(d.assets!.items.map((i) => [i.name, i.quantity, i.quantityUnit, i.line])).toEqual([
      ['车辆', 2, '辆', 4],
      ['定向保障用车', 1, '辆', 4],
      ['执法执勤用车', 1, '辆', 4],
      ['单位价值200万元以上大型设备', 1, '台(套)', 4],
    ]);
    expect(d.warnings.map((w) => w.code)).toEqual([]);
  });
});

describe('field8: the budget of one planned purchase is no plannedPurchase', () => {
  it('"计划更新公务用车1辆，购置预算20万元。…拟新增固定资产50万元" — plannedPurchase is the 50, the 20 is reported', () => {
    const d = fixture('field8/assets-vehicle-purchase-budget.txt');
    expect(d.assets!.plannedPurchase).toMatchObject({ yuan: 500000, raw: '50万元', line: 3 });
    expect(unplaced(d).some((m) => m.includes('"购置预算 20万元"'))).toBe(true);
  });
  it('"购置车辆预算20万元" names the things bought: no plannedPurchase; "拟购置固定资产总额35.00万元" is', () => {
    const d = parseDocument('松林县林业局2025年部门预算\n七、国有资产占用情况\n2025年购置车辆预算20万元。\n', { path: 'x.txt' });
    expect(d.assets!.plannedPurchase).toBeNull();
    expect(unplaced(d).some((m) => m.includes('购置车辆预算 20万元'))).toBe(true);
    const e = parseDocument('松林县林业局2025年部门预算\n七、国有资产占用情况\n2025年拟购置固定资产总额35.00万元。\n', { path: 'x.txt' });
    expect(y(e.assets!.plannedPurchase)).toBe(350000);
  });
});

describe('field8: the names and the purchases of counted vehicles', () => {
  it('"本单位实有公务用车3辆，其中执法执勤用车2辆" — the name is 公务用车 (the holder and its verb dropped), the 其中 its part; a second, different count is reported, not dropped', () => {
    const d = fixture('field8/assets-holder-names.txt');
    expect(d.assets!.items.map((i) => [i.name, i.quantity, i.parent ?? null])).toEqual([['公务用车', 3, null], ['执法执勤用车', 2, '公务用车']]);
    const u = unplaced(d);
    expect(u).toContain('国有资产: the count "公务用车4辆" differs from the 3辆 stated before (line 3) and fits no field of the output');
  });
  it('"安排购置车辆1辆，其中：…；单位价值100万元以上设备0台（套）" — the clause group after the ； is of the purchase too', () => {
    const d = fixture('field8/assets-holder-names.txt');
    expect(unplaced(d)).toContain('国有资产: the counts of a planned purchase "车辆1辆、执法执勤用车1辆、单位价值100万元以上设备0台（套）" fit no field of the output');
  });
});

describe('field8: no 机关运行经费, and the 公用经费 of an institution', () => {
  it('"无机关运行经费。2025年日常公用经费预算86.40万元" — the total is the stated none; the 公用经费 is no part of it (reported)', () => {
    const d = fixture('field8/operating-none-public-funds.txt');
    const o = d.operatingExpenses!;
    expect(o.total).toMatchObject({ yuan: 0, line: 4 });
    expect(o.items).toEqual([]);
    expect(unplaced(d)).toContain('机关运行经费: the figure "日常公用经费预算 86.40万元" was found but fits no field of the output');
  });
});

describe('field8: a note on what the “三公” total holds', () => {
  it('"“三公”经费（含公务用车购置）预算30.00万元" is the total, not 公务用车购置费 (and its change is the total\'s)', () => {
    const d = parseDocument('青河县交通运输局2025年部门预算\n四、“三公”经费预算情况说明\n2025年“三公”经费（含公务用车购置）预算30.00万元，比上年增加18.00万元。其中：因公出国（境）费0万元；公务用车购置及运行维护费28.00万元；公务接待费2.00万元。\n', { path: 'x.txt' });
    const t = d.threePublic!;
    expect([y(t.total), y(t.vehiclePurchase), y(t.change?.amount)]).toEqual([300000, null, 180000]);
    expect(t.change!.items).toEqual([]);
    expect(d.warnings.map((w) => w.code)).toEqual([]);
  });
});

describe('field8: the unit of a 政府采购 table that states none', () => {
  it('a table in 元 beside a text total in 万元 is read in 元 (its 合计 states the text\'s 12.50万元): no item 10⁴ too big, no false FIGURE_MISMATCH', () => {
    const d = fixture('field8/procurement-table-unit-yuan.txt');
    const p = d.procurement!;
    expect(y(p.total)).toBe(125000);
    expect(p.items.filter((i) => i.amount.line >= 9).map((i) => [i.name, i.amount.yuan])).toEqual([['教学电脑', 80000], ['物业服务', 45000]]);
    expect(codes(d, 'FIGURE_MISMATCH')).toEqual([]);
  });
  it('with no total in the text, the 万元 of the section is not the table\'s: nothing read from it, no total of 12.5亿', () => {
    const d = fixture('field8/procurement-table-unit-unconfirmed.txt');
    const p = d.procurement!;
    expect(p.total).toBeNull();
    expect(p.items.some((i) => i.amount.line >= 9)).toBe(false);
    expect(codes(d, 'TABLE_NO_UNIT').map((w) => [w.line, w.message])).toContainEqual([8, 'the 政府采购 table states no unit (单位：万元 / 元), and the 万元 of the section\'s text is not taken for it (no total of the text confirms it): its figures are not read']);
  });
});

describe('field8: the unit of a “三公” table that states none', () => {
  it('a table in 元 beside the text\'s 5.00万元 is read in 元: no false FIGURE_MISMATCH', () => {
    const d = fixture('field8/three-public-table-unit-yuan.txt');
    expect(y(d.threePublic!.total)).toBe(50000);
    // the parts only the table states, read in 元 (they were counted as placed and lost)
    expect([y(d.threePublic!.vehicle), y(d.threePublic!.reception), y(d.threePublic!.abroad)]).toEqual([30000, 20000, 0]);
    expect(d.threePublic!.vehicle).toMatchObject({ unit: '元', line: 8 });
    expect(codes(d, 'FIGURE_MISMATCH')).toEqual([]);
  });
  it('with no “三公” total in the text, the 万元 of the section is not the table\'s: no total of 5亿, TABLE_NO_UNIT', () => {
    const d = fixture('field8/three-public-table-unit-unconfirmed.txt');
    const t = d.threePublic!;
    expect([t.total, t.reception, t.vehicle]).toEqual([null, null, null]);
    expect(codes(d, 'TABLE_NO_UNIT').map((w) => [w.line, w.message])).toContainEqual([5, 'the “三公” table states no unit (单位：万元 / 元), and no “三公” total of the text confirms the 万元 of the section\'s text for it: its figures are not read']);
  });
});

describe('field8: a total of 0 tells no unit', () => {
  it('a 机关运行经费 table whose 0.00 total agrees with the text\'s 0万元 in every unit: TABLE_NO_UNIT says so (not "in no one unit")', () => {
    const d = parseDocument('青河县档案馆2025年部门预算\n六、机关运行经费预算情况\n2025年机关运行经费预算0万元，本单位为事业单位，按经济分类如下表。\n单位：万元\n| 经济分类 | 预算数 |\n| 办公费 | 0.00 |\n机关运行经费信息表\n| 项目 | 行次 | 金额 |\n| 一、机关运行经费支出 | 1 | 0.00 |\n', { path: 'x.txt' });
    expect(d.operatingExpenses!.total).toMatchObject({ yuan: 0, line: 3 });
    expect(codes(d, 'TABLE_NO_UNIT').map((w) => w.message)).toContain('the 机关运行经费 table states no unit (单位：万元 / 元), and its total row (0.00) and the text\'s 机关运行经费 (0万元) are 0, which tells no unit: its figures are not read');
  });
});

describe('field8: the names of a “三公” change\'s parts', () => {
  it('"其中：因公出国（境）费同口径比2018年减少6万元…" — the part is 因公出国（境）费, without the comparison', () => {
    const d = parseDocument('某市本级2019年“三公”经费预算情况说明\n2019年，市本级“三公”经费预算为2100万元。其中，因公出国（境）费40万元，公务接待费360万元，公务用车购置及运行费1700万元。同口径比2018年减少500万元。其中：因公出国（境）费同口径比2018年减少6万元。公务接待费同口径比2018年减少30万元；公务用车购置及运行费同口径比2018年减少464万元。\n', { path: 'x.txt' });
    const c = d.threePublic!.change!;
    expect(y(c.amount)).toBe(-5000000);
    expect(c.items.map((i) => [i.name, i.amount.yuan])).toEqual([['因公出国（境）费', -60000], ['公务接待费', -300000], ['公务用车购置及运行费', -4640000]]);
    expect(codes(d, 'SUM_CHANGE')).toEqual([]);
  });
});
