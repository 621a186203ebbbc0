import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { fixture, unplaced, y } from './helpers.js';

// Field test 3: traps met on real published disclosures (web pages saved as text), each written
// here as a synthetic document with invented departments and figures.

describe('field3: 事业运行经费 (the running costs of the subordinate 事业单位)', () => {
  it('is neither 机关运行经费 nor “三公”: under a 机关运行经费 heading its figures and its change are UNPLACED_FIGURE', () => {
    const d = fixture('field/operating-institutions-budget.txt');
    const o = d.operatingExpenses!;
    expect(y(o.total)).toBe(120000);
    expect(y(o.change?.amount)).toBe(-8000);
    expect(o.change?.items).toEqual([]);
    expect(o.items).toEqual([]);
    // The list of what the running costs cover (…会议费、公务接待费…) names no “三公” figure.
    expect(d.threePublic).toBeNull();
    const u = unplaced(d);
    for (const f of ['960000', '210000', '750000', '310000']) expect(u.some((m) => m.includes(f)), f).toBe(true);
    expect(d.warnings.map((w) => w.code).filter((c) => c !== 'UNPLACED_FIGURE')).toEqual([]);
  });

  it('after a sentence that lists 公务接待费, with letters spaced out by the PDF, it is no “三公” total', () => {
    const d = fixture('field/operating-institutions-spaced.txt');
    expect(d.threePublic).toBeNull();
    expect(y(d.procurement?.total)).toBe(45000);
    const u = unplaced(d);
    for (const f of ['960000', '210000', '750000', '310000']) expect(u.some((m) => m.includes(f)), f).toBe(true);
  });
});

describe('field3: a “三公” 决算 notice with no title', () => {
  it('"…费支出决算0万元" and "“三公”经费支出决算总额为5.50万元" name a finalAccount; 比预算 is the change on the budget, 比去年 the change on the year before', () => {
    const d = fixture('field/three-public-final-spending-words.txt');
    expect(d.kind).toBe('finalAccount');
    const t = d.threePublic!;
    expect([y(t.total), y(t.abroad), y(t.vehicle), y(t.reception)]).toEqual([55000, 0, 42000, 13000]);
    // "比预算增加0万元，比去年增加1.60万元": the 0 is against the year's budget, the 1.60 against 2019;
    // the 比预算 of another clause gives the 比去年 change no budget basis.
    expect(t.change).toMatchObject({ comparedYear: 2019, basis: 'finalAccount', amount: { yuan: 16000 } });
    // "…；公务用车运行维护费支出决算比预算无增减变化，比去年增加1.10万元": the clause before names the part.
    expect(t.change?.items.map((i) => [i.name, i.amount.yuan])).toEqual([['公务用车运行维护费', 11000], ['公务接待费', 5000]]);
    expect(t.changeOnBudget).toMatchObject({ basis: 'budget', amount: { yuan: 0 } });
  });

  it('a change whose own words name a figure that is no “三公” part (会议费比上年增加…) takes no part from the clause before it', () => {
    const d = parseDocument('2020年度“三公”经费支出决算总额为5.00万元，比去年增加1.00万元。其中，公务接待费支出决算比预算无增减变化，会议费比上年增加1.00万元。\n', { path: 'x.txt' });
    expect(d.threePublic!.change?.items).toEqual([]);
    expect(unplaced(d).some((m) => m.includes('会议费'))).toBe(true);
  });

  it('"实际支出“三公经费”决算为18.40万元" (a closing quote before 决算) names a finalAccount: the 预算 beside it is the budgeted total', () => {
    const d = fixture('field/three-public-final-quoted.txt');
    expect(d.kind).toBe('finalAccount');
    expect(y(d.threePublic!.total)).toBe(184000);
    expect(y(d.threePublic!.budgeted?.total)).toBe(360000);
    expect([y(d.threePublic!.reception), y(d.threePublic!.vehicleOperation)]).toEqual([154000, 30000]);
    expect(d.warnings.map((w) => [w.code, w.line])).toEqual([['KIND_INFERRED', 1]]); // no title: told by 决算为18.40万元
  });

  it('a budget notice that cites the year before\'s "…经费支出决算数为" stays a budget', () => {
    const d = parseDocument('2025年“三公”经费预算数为80.00万元，2024年“三公”经费支出决算数为75.00万元，比上年决算减少5.00万元。\n', { path: 'x.txt' });
    expect(d.kind).toBe('budget');
  });
});

describe('field3: the changes of other bodies in an overview', () => {
  it('"税务部门安排…，比上年实际完成减少…" is no change of the department, and a later change that only compares (比上年增加50万元 of 下属单位) is no part of the total\'s change', () => {
    const d = fixture('field/budget-other-bodies-changes.txt');
    const b = d.budget!;
    expect(y(b.revenue?.total)).toBe(50000000);
    expect(b.change).toMatchObject({ comparedYear: 2024, amount: { yuan: 2000000 }, items: [] });
    expect(b.changeOnFinalAccount).toBeNull();
    const u = unplaced(d);
    for (const f of ['下属单位 800', '比上年 50万元', '税务部门 30000', '比上年实际完成 3000', '比上年实际完成 5000']) expect(u.some((m) => m.includes(f)), f).toBe(true);
    expect(d.warnings.filter((w) => w.code !== 'UNPLACED_FIGURE')).toEqual([]);
  });
});

describe('field3: “三公” parts and their changes', () => {
  it('a change that names nothing after a figure no field holds ("…；会议费5万元，比上年减少0.5万元") is that figure\'s, never the part named before the ；', () => {
    const d = parseDocument('2018年“三公”经费支出合计40万元，比上年减少3万元。其中：因公出国（境）费0万元，比上年减少 万元；会议费5万元，比上年减少0.5万元，公务接待费40万元，比上年减少3万元。\n', { path: 'x.txt' });
    const t = d.threePublic!;
    expect([y(t.total), y(t.abroad), y(t.reception)]).toEqual([400000, 0, 400000]);
    expect(t.change?.items.map((i) => [i.name, i.amount.yuan])).toEqual([['公务接待费', -30000]]);
    const u = unplaced(d);
    expect(u.some((m) => m.includes('0.5万元'))).toBe(true);
    expect(u.some((m) => m.includes('会议费'))).toBe(true);
  });

  it('"公务用车保有量3辆，购置及运行维护费12万元，…比上年减少0.5万元": the bare whole after 公务用车 in its clause group is the vehicle part, and the change is its', () => {
    const d = fixture('field/three-public-unnamed-vehicle-change.txt');
    const t = d.threePublic!;
    expect([y(t.total), y(t.abroad), y(t.vehicle), y(t.reception)]).toEqual([480000, 0, 120000, 360000]);
    expect(t.change?.items.map((i) => [i.name, i.amount.yuan])).toEqual([['公务用车购置及运行维护费', -5000], ['公务接待费', -30000]]);
    // The title names no genre; 财政预算拨款 only names the source of the money the sentence spent
    // (支出合计48万元): a 决算 (src/extract/kind-sentences.ts), whose total is read all the same.
    expect(d.kind).toBe('finalAccount');
    expect(d.warnings.map((w) => w.code)).toEqual(['KIND_INFERRED']);
  });

  it('"公务车购置经费140万元" is the purchase part (公务车 for 公务用车), never a second statement of the operation part', () => {
    const d = fixture('field/three-public-vehicle-short-name.txt');
    const t = d.threePublic!;
    expect([y(t.total), y(t.abroad), y(t.reception), y(t.vehicle), y(t.vehicleOperation), y(t.vehiclePurchase)]).toEqual([24000000, 600000, 7000000, 16400000, 15000000, 1400000]);
    expect(d.warnings.map((w) => w.code)).toEqual(['UNPLACED_FIGURE']); // 较2021年的2450万元: the figure compared with
  });
});

describe('field3: roughly the same is no change of 0', () => {
  it('"与2023年预算基本持平" · "与上年大致持平" give no change (no figure is stated); "与上年持平" still gives 0', () => {
    const d = fixture('field/three-public-roughly-flat.txt');
    const t = d.threePublic!;
    expect([y(t.total), y(t.abroad), y(t.reception), y(t.vehicle)]).toEqual([28600000, 200000, 2400000, 26000000]);
    expect(t.change?.amount).toBeNull();
    expect(t.change?.items.map((i) => [i.name, i.amount.yuan, i.amount.raw])).toEqual([['因公出国（境）费', 0, '与上年持平']]);
    expect(d.warnings.map((w) => w.code)).toEqual(['KIND_INFERRED']); // no title: a budget by 支出预算为2860万元
  });
});

describe('field3: the department of a title with no year', () => {
  it('"XX学院" ⏎ "政府采购决算公开情况说明": the name before the topic (政府采购 · “三公”经费) is the department when it ends as a body\'s name does', () => {
    const d = fixture('field/title-topic-procurement.txt');
    expect([d.kind, d.title, d.department, d.year]).toEqual(['finalAccount', '青川农业职业学院政府采购决算公开情况说明', '青川农业职业学院', 2023]);
    expect(y(d.procurement?.total)).toBe(12005000);
  });

  it('"XX公路养护中心决算公开说明" (no year, no 部门 / 单位): the name before 决算 is the department', () => {
    const d = parseDocument('首页>政务公开>决算\n某市某区公路养护中心决算公开说明\n某市某区公路养护中心2023年度决算公开说明\n一、单位基本情况\n', { path: 'x.txt' });
    expect(d.department).toBe('某市某区公路养护中心');
    expect(parseDocument('政府预算公开说明\n', { path: 'x.txt' }).department).toBeNull();
  });

  it('a scope after the name ("XX局（汇总）2024年部门预算", "（部门汇总）") is no part of the department', () => {
    for (const scope of ['（汇总）', '(汇总)', '（部门汇总）'])
      expect(parseDocument(`某县农业农村局${scope}2024年部门预算公开说明\n一、部门基本情况\n`, { path: 'x.txt' }).department).toBe('某县农业农村局');
  });

  it('a place before the topic ("2021年市本级“三公”经费预算") names no department', () => {
    const d = parseDocument('2021年市本级“三公”经费预算情况说明\n2021年市本级“三公”经费预算总额为300万元。\n', { path: 'x.txt' });
    expect(d.department).toBeNull();
  });
});

describe('field3: 公务车 for 公务用车 in 三公 tables', () => {
  it('rows "3.公务车购置及运行维护费" · "其中：公务车运行维护费" · "公务车购置费" are the vehicle parts', () => {
    const t = fixture('field/three-public-table-short-vehicle.txt').threePublic!;
    expect(t.form).toBe('table');
    expect([y(t.total), y(t.abroad), y(t.reception), y(t.vehicle), y(t.vehicleOperation), y(t.vehiclePurchase)]).toEqual([300000, 0, 100000, 200000, 150000, 50000]);
  });

  it('a column headed 公务车购置费 is keyed vehiclePurchase (it was an unnamed c3)', () => {
    const d = fixture('field/three-public-columns-short-vehicle.txt');
    expect(d.tables[0]!.columns.map((c) => c.key)).toEqual(['total', 'abroad', 'vehiclePurchase', 'vehicleOperation', 'reception']);
    expect(y(d.threePublic!.vehiclePurchase)).toBe(50000);
  });
});

describe('field3: the names of the parts of a change', () => {
  it('"主要原因是一般公共预算财政拨款收入较上年增加80.00万元" names the part 一般公共预算财政拨款收入 (no reason words, no comparison)', () => {
    const d = parseDocument('某某养护中心2023年度决算公开说明\n（一）收入支出决算总体情况说明。\n2023年度收入总计500.00万元，支出总计500.00万元。收支较上年决算数增加50.00万元，增长11.1%，主要原因是一般公共预算财政拨款收入较上年增加80.00万元，政府性基金减少30.00万元。\n', { path: 'x.txt' });
    expect(d.kind).toBe('finalAccount');
    expect(d.budget!.change?.amount?.yuan).toBe(500000);
    expect(d.budget!.change?.items.map((i) => [i.name, i.amount.yuan])).toEqual([['一般公共预算财政拨款收入', 800000], ['政府性基金', -300000]]);
  });
});

describe('review: only the clause just before a bare comparison names its part', () => {
  const H = '示范县档案馆2023年部门决算\n三、“三公”经费支出决算情况说明\n';
  it('a reason clause between the total and 比上年 names no part: the change stays the total\'s', () => {
    for (const t of ['2023年度“三公”经费支出决算数比预算数减少，主要原因是严格控制公务接待，比上年增加2.00万元。', '“三公”经费支出决算比预算减少，主要原因是压减公务用车运行，比上年减少3.00万元。']) {
      const d = parseDocument(`${H}${t}\n`, { path: 'x.txt' });
      expect(d.threePublic?.change?.items ?? [], t).toEqual([]);
      expect(d.threePublic?.change?.amount, t).not.toBeNull();
    }
  });
  it('the clause just before that names one part still gives that part\'s change', () => {
    const d = parseDocument(`${H}“三公”经费支出决算10.00万元；公务用车运行维护费支出决算比预算无增减变化，比去年增加1.05万元。\n`, { path: 'x.txt' });
    expect(d.threePublic?.change?.items.map((i) => [i.name, y(i.amount)])).toEqual([['公务用车运行维护费', 10500]]);
  });
});

describe('review: the department from a label keeps short names; a government\'s own budget names no department', () => {
  it('部门：民政局 · 单位名称：档案馆 give the name; 某市人民政府预算公开说明 gives none', async () => {
    const { departmentFromLabel, departmentFromTitle } = await import('../src/extract/title.js');
    expect(departmentFromLabel('部门：民政局')).toBe('民政局');
    expect(departmentFromLabel('单位名称：档案馆')).toBe('档案馆');
    expect(departmentFromTitle('某市人民政府预算公开说明')).toBeNull();
    expect(departmentFromTitle('某区公路事务中心决算公开说明')).toBe('某区公路事务中心');
  });
});

describe('review: roughly the same is no exact 0, whichever word says it', () => {
  it('与上年基本相同 · 比上年略有持平 give no change; 与上年相同 still does', async () => {
    const { scanAmounts } = await import('../src/extract/amounts.js');
    const raws = (text: string) => scanAmounts({ kind: 'paragraph', text, line: 1 }).map((m) => m.money.raw);
    expect(raws('收入总计100万元，与上年基本相同。')).toEqual(['100万元']);
    expect(raws('收入总计100万元，比上年略有持平。')).toEqual(['100万元']);
    expect(raws('收入总计100万元，与上年相同。')).toEqual(['100万元', '与上年相同']);
    // a run of digits after a point is no amount, and a 持平 wording right after a digit still is one
    expect(raws(`收入总计.${'1'.repeat(2000)}元。`)).toEqual([]);
    expect(raws('5与上年持平')).toEqual(['与上年持平']);
  });
});

describe('nothing dropped: figures alone on their lines outside any table', () => {
  it('a table printed one cell per line that the layout cannot read: its figures are reported once per run (UNREAD_NUMBERS)', () => {
    // (a table cut off after its first cells, as a saved page that ends mid-table: no layout reads it)
    const d = parseDocument(['示范县某中心2019年部门决算', '', '一、收入支出决算总表', '', '金额单位：万元', '', '收入', '', '支出', '', '项目', '', '行次', '', '金额', '', '项目', '', '行次', '', '金额', '', '一、一般公共预算财政拨款收入', '', '1', '', '128.40', '', '一、一般公共服务支出', '', '29', '', '0.00', '', '二、上级补助收入', '', '2', '', '128.40', '', '', '二、部门决算情况说明', '', '本部门2019年度收入合计128.40万元，比上年增加1.00万元。'].join('\n'), { path: 'x.txt' });
    const w = d.warnings.filter((x) => x.code === 'UNREAD_NUMBERS');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('3 figures');
    expect(w[0]!.message).toContain('128.40, 0.00, 128.40');
    // integers (行次 1 2 3, page numbers) are none of them, and a figure with words is no bare figure
    expect(w[0]!.message).not.toMatch(/\b1, 2\b/);
  });
});
