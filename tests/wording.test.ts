import { describe, expect, it } from 'vitest';
import { positionOf, scanAmounts } from '../src/extract/amounts.js';
import { toMoney } from '../src/normalize/money.js';
import { cueOf } from '../src/extract/claims.js';
import { departmentFromLabel, departmentFromTitle, fiscalYear, isTitle } from '../src/extract/title.js';
import { matchHeading } from '../src/sections/headings.js';
import { parseDocument } from '../src/index.js';
import { extractProcurement } from '../src/extract/procurement.js';
import { Diagnostics } from '../src/diagnostics.js';
import { fixture } from './helpers.js';

const para = (text: string) => ({ kind: 'paragraph' as const, text, line: 1 });
const y = (m: { yuan: number } | null | undefined) => m?.yuan ?? null;

describe('heading vocabulary of all provinces', () => {
  it.each([
    ['一、主要职责', 'duties'],
    ['（一）单位主要职责', 'duties'],
    ['一、职能简介', 'duties'],
    ['一、主要职能：', 'duties'],
    ['1.职能职责', 'duties'],
    ['二、部门基本情况。', 'duties'],
    ['二、收入预算情况说明', 'budgetOverview'],
    ['三、支出预算情况说明', 'budgetOverview'],
    ['四、财政拨款收支预算情况说明', 'budgetOverview'],
    ['五、一般公共预算支出预算情况说明', 'budgetOverview'],
    ['六、政府性基金预算支出情况说明', 'budgetOverview'],
    ['七、国有资本经营预算支出情况说明', 'budgetOverview'],
    ['一、收入支出决算总体情况说明', 'budgetOverview'],
    ['二、收入决算情况说明', 'budgetOverview'],
    ['七、财政拨款“三公”经费支出决算情况说明', 'threePublic'],
    ['八、预算绩效管理情况说明', 'performance'],
    ['三、支出预算情况说明……………………6', 'budgetOverview'],
    ['三、支出预算情况说明 6', 'budgetOverview'],
    ['第三部分 名词解释', 'glossary'],
    ['（一）政府采购预算说明', 'procurement'],
    ['（三）国有资产占用情况说明', 'assets'],
    ['(二)政府采购预算安排情况说明。', 'procurement'],
    ['(三)国有资产的总体情况说明。', 'assets'],
  ])('%s → %s', (text, kind) => {
    expect(matchHeading(text)?.kind).toBe(kind);
  });

  it.each([
    '（十一）承办上级党委、人大、政府交办的其他事项。',
    '（五）负责全市政府采购监督管理。',
    '（一）基本支出。基本支出预算32780.46万元',
  ])('%s is no heading', (text) => {
    expect(matchHeading(text)).toBeNull();
  });

  it('splits a document with every wording into sections; a part and an unknown sibling end a section', () => {
    const d = fixture('wording/headings-vocabulary.txt');
    expect(d.sections.map((s) => [s.kind, s.startLine, s.endLine])).toEqual([
      ['other', 1, 2], ['duties', 3, 4], ['organization', 5, 6], ['other', 7, 7], ['budgetOverview', 8, 11],
      ['threePublic', 12, 13], ['performance', 14, 15], ['operatingExpenses', 16, 17], ['other', 18, 19], ['glossary', 20, 21],
    ]);
    expect([y(d.budget?.revenue?.total), y(d.budget?.expenditure?.total), y(d.budget?.expenditure?.basic), y(d.budget?.expenditure?.project)]).toEqual([7922200, 7922200, 6000000, 1922200]);
    expect(d.budget?.revenue?.total).toMatchObject({ raw: '792.22万元', line: 9 });
    expect([y(d.threePublic?.total), y(d.threePublic?.reception), y(d.operatingExpenses?.total)]).toEqual([25000, 25000, 600000]);
    // 六、重点项目情况说明 is its own section: its 80万元 is no 机关运行经费 figure, and no reader claims it:
    // it is reported, never dropped.
    expect(d.operatingExpenses?.items).toEqual([]);
    expect(d.warnings.map((w) => [w.code, w.line])).toEqual([['UNPLACED_FIGURE', 19]]);
    expect(d.warnings[0]!.message).toContain('80万元');
  });
});

describe('claims: sentences name their reader', () => {
  it.each([
    ['2026年财政拨款“三公”经费预算73.79万元', 'threePublic'],
    ['公车购置及运行维护费12万元', 'threePublic'],
    ['机关运行经费预算85万元，主要是压减三公经费', 'operatingExpenses'],
    ['本部门2024年政府采购预算总额40万元', 'procurement'],
    ['截至2023年底，本部门共有车辆3辆，固定资产总额560万元', 'assets'],
    ['2025年收支总预算6927.14万元', 'budgetOverview'],
    ['1、收入：792.22万元', 'budgetOverview'],
    ['基本支出预算32780.46万元', 'budgetOverview'],
    ['“三公”经费财政拨款支出预算为44.52万元', 'threePublic'],
    ['森林防火项目预算安排：80万元', null],
    ['现有车辆2辆，公务用车运行维护费3万元', 'threePublic'],
    // A count of cars is a 国有资产 figure, no 三公 cue.
    ['截至2023年12月31日，本部门共有车辆3辆，其中：一般公务用车1辆、执法执勤用车2辆', null],
    ['一般公务用车 2 辆，公务用车运行维护费3万元', 'threePublic'],
  ])('%s → %s', (text, kind) => {
    expect(cueOf(text)).toBe(kind);
  });

  it('an 机关运行经费 sentence in the 三公 section is read once, as operating expenses', () => {
    const d = fixture('wording/operating-in-three-public.txt');
    expect(d.threePublic).toMatchObject({ total: { yuan: 120000, line: 3 }, abroad: { yuan: 0 }, vehicle: { yuan: 90000 }, reception: { yuan: 30000 } });
    expect(d.operatingExpenses?.total).toEqual({ yuan: 850000, raw: '85万元', unit: '万元', line: 3, purpose: { text: '主要用于办公费、水电费等', line: 3 } });
    // 政府采购 and 固定资产 in 其他需要说明的事项: read by their readers, with no heading of theirs.
    expect(d.procurement?.total).toMatchObject({ yuan: 400000, line: 5 });
    expect(d.procurement?.items.map((i) => [i.name, i.amount.yuan])).toEqual([['货物类', 300000], ['服务类', 100000]]);
    expect(d.assets).toMatchObject({ total: null, fixedAssets: { yuan: 5600000, line: 6 } });
    expect(d.warnings).toEqual([]);
  });
});

describe('a short web notice with page chrome and no heading', () => {
  const d = fixture('wording/web-notice.txt');
  it('is a budget document with department, year and every 三公 figure', () => {
    expect([d.kind, d.department, d.year]).toEqual(['budget', '青石镇人民政府', 2025]);
    expect(d.title).toBe('关于公布青石镇人民政府2025年度“三公”经费预算的说明');
    expect(d.threePublic).toMatchObject({
      form: 'sentence',
      total: { yuan: 265000, raw: '26.5万元', line: 7 },
      abroad: { yuan: 0, line: 7 },
      vehicle: { yuan: 180000 },
      vehiclePurchase: { yuan: 0 },
      vehicleOperation: { yuan: 180000 },
      reception: { yuan: 85000 },
      change: { comparedYear: 2024, basis: 'budget', amount: { yuan: 0, raw: '与上年预算持平', line: 7 }, items: [] },
    });
    expect(d.warnings).toEqual([]);
  });
});

describe('sentence wordings', () => {
  it('16万 with no 元 is an amount where the clause names money, not elsewhere', () => {
    expect(scanAmounts(para('公务接待费16万，服务人口3万，')).map((m) => [m.label, m.money.yuan, m.money.unit])).toEqual([['公务接待费', 160000, '万元']]);
  });
  it('与上年持平 is a change of 0; a percent is no amount', () => {
    const ms = scanAmounts(para('公务接待费4万元，与上年持平，比上年增长2%。'));
    expect(ms.map((m) => [m.money.raw, m.money.yuan, m.sign])).toEqual([['4万元', 40000, null], ['与上年持平', 0, 1]]);
  });
  it('the label before a colon: 1、收入：792.22万元', () => {
    expect(scanAmounts(para('1、收入：792.22万元。')).map((m) => m.label)).toEqual(['收入']);
  });

  it('三公: 16万, 费用, 公车购置及运行维护费, 与上年（预算）持平, 较2024年预算减少', () => {
    const d = fixture('wording/three-public-wordings.txt');
    expect(d.threePublic).toMatchObject({
      total: { yuan: 160000, raw: '16万', unit: '万元', line: 5 },
      abroad: { yuan: 0 },
      vehicle: { yuan: 120000 },
      reception: { yuan: 40000 },
      change: { comparedYear: 2024, basis: 'budget', amount: { yuan: -20000 } },
    });
    expect(d.threePublic?.items.map((i) => i.name)).toEqual(['因公出国（境）费用', '公车购置及运行维护费', '公务接待费']);
    expect(d.threePublic?.change?.items.map((i) => [i.name, i.amount.yuan, i.amount.raw])).toEqual([
      ['因公出国（境）费', 0, '与上年持平'], ['公务用车购置及运行维护费', -20000, '2万元'], ['公务接待费', 0, '与上年预算持平'],
    ]);
    expect(d.operatingExpenses?.total?.yuan).toBe(300000);
    expect(d.warnings).toEqual([]);
  });

  it('三公: 车辆购置及运维费; 比上年增长4% is no change amount', () => {
    const d = fixture('wording/vehicle-operation-wording.txt');
    expect([y(d.threePublic?.total), y(d.threePublic?.vehicle), y(d.threePublic?.reception), y(d.threePublic?.abroad)]).toEqual([76000, 60000, 16000, 0]);
    // 机关运行经费 under 其他说明: claimed by its own words.
    expect(d.operatingExpenses).toMatchObject({ total: { yuan: 523000, line: 5 }, change: null });
    expect(d.warnings).toEqual([]);
  });

  it('overview: 收支总预算, 1、收入：, 收入包括：/支出包括：, 支出预算为, 较2024年预算减少 apart from 比2019年决算数减少', () => {
    const d = fixture('wording/overview-wordings.txt');
    const b = d.budget!;
    expect(b.revenue?.total).toEqual({ yuan: 69271400, raw: '6927.14万元', unit: '万元', line: 9 });
    expect(b.revenue?.items.map((i) => [i.name, i.amount.yuan])).toEqual([['一般公共预算拨款收入', 68000000], ['上年结转', 1271400]]);
    expect([y(b.expenditure?.total), y(b.expenditure?.basic), y(b.expenditure?.project)]).toEqual([69271400, 41000000, 28271400]);
    expect(b.change).toMatchObject({ comparedYear: 2024, basis: 'budget', amount: { yuan: -3000000, line: 15 }, items: [] });
    expect(b.changeOnFinalAccount).toMatchObject({ comparedYear: 2019, basis: 'finalAccount', amount: { yuan: -1500000, line: 15 }, items: [] });
    expect(d.threePublic).toMatchObject({ total: { yuan: 50000 }, change: { comparedYear: 2024, basis: 'budget', amount: { yuan: 0 } } });
    expect(d.duties.length).toBeGreaterThan(0);
    expect(d.warnings).toEqual([]);
  });

  it('决算: the budget figure of a 决算 is never its 三公 total', () => {
    const d = fixture('wording/final-account-three-public.txt');
    expect([d.kind, d.department, d.year]).toEqual(['finalAccount', '石桥县水文站', 2023]);
    expect(d.threePublic?.total).toEqual({ yuan: 226200, raw: '22.62万元', unit: '万元', line: 10 });
    // Issue 11: the budget figure of a 决算 is its `budgeted` total, no longer unplaced.
    expect(d.threePublic?.budgeted?.total).toEqual({ yuan: 445200, raw: '44.52万元', unit: '万元', line: 10 });
    expect(d.warnings.map((w) => [w.code, w.line])).toEqual([]);
    expect([y(d.budget?.revenue?.total), y(d.budget?.expenditure?.total), d.budget?.revenue?.items.length]).toEqual([3562000, 3562000, 0]);
  });

  it('决算 sentence in a document not known as a 决算: neither figure becomes the 三公 total', () => {
    // The title names a budget: the 决算 of the sentence cannot make it one.
    const d = parseDocument('某某局2024年部门预算\n“三公”经费财政拨款支出预算为44.52万元，支出决算为22.62万元。\n');
    expect(d.kind).toBe('budget');
    expect(d.threePublic?.total ?? null).toBeNull();
    expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE')).toHaveLength(2);
  });

  it('the same sentence with nothing that names the genre states a 决算: its actual is the total, its 预算 the budgeted one', () => {
    const d = parseDocument('“三公”经费财政拨款支出预算为44.52万元，支出决算为22.62万元。\n');
    expect(d.kind).toBe('finalAccount');
    expect([d.threePublic?.total?.yuan, d.threePublic?.budgeted?.total?.yuan]).toEqual([226200, 445200]);
    expect(d.warnings.map((w) => w.code)).toEqual(['KIND_INFERRED']);
  });
});

describe('metadata from any title', () => {
  it.each([
    ['titles/dept-year-budget.txt', 'budget', '梨花镇人民政府', 2024],
    ['titles/dept-bumen-year.txt', 'budget', '东篱县文化馆', 2024],
    ['titles/dept-final-account.txt', 'finalAccount', '南浦区气象站', 2023],
    ['titles/unit-budget.txt', 'budget', '北岸市水务监测中心', null],
    ['titles/label-bumen.txt', 'budget', '西山区审计局', null],
    ['titles/label-danwei.txt', 'budget', '翠屏社区卫生服务中心', null],
    ['titles/label-bianzhi.txt', 'budget', '红枫区科学技术协会', 2024],
    ['titles/label-zhuguan.txt', 'budget', '东湖市西岭区司法局', 2024],
    ['titles/no-heading-word.txt', 'budget', null, 2024],
    ['titles/label-in-table.txt', 'budget', '杏林街道社区卫生服务中心', null], // a 三公 table with no heading: claimed by its cells
    ['titles/cover-three-lines.txt', 'budget', '松涛县园林绿化服务中心', 2025], // a cover title broken over three short lines
    ['titles/no-title-project-year.txt', 'budget', null, null], // 2024年度 in a project's text is no fiscal year
    ['web-notice.txt', 'budget', '青石镇人民政府', 2025],
    ['final-account-three-public.txt', 'finalAccount', '石桥县水文站', 2023],
  ])('%s → %s, %s, %s', (file, kind, department, year) => {
    const d = fixture(`wording/${file}`);
    expect([d.kind, d.department, d.year]).toEqual([kind, department, year]);
    expect(d.threePublic?.total).not.toBeNull();
  });

  it.each([
    ['关于公布青石镇人民政府2025年度“三公”经费预算的说明', '青石镇人民政府'],
    ['2023年度泸水县人民医院单位决算', '泸水县人民医院'],
    ['标题：溪口镇卫生院2019年度部门决算公开', '溪口镇卫生院'],
    ['北京市示例局部门 2026 年度部门预算信息公开', '北京市示例局'],
    ['第一部分 2026年度部门预算情况说明', null],
    ['青石县文化和旅游局关于2023年度部门决算的公开说明', '青石县文化和旅游局'],
    ['青石县农业农村局2023年“三公”经费支出情况说明', '青石县农业农村局'],
    ['青石县农业农村局“三公”经费增减情况说明', '青石县农业农村局'],
  ])('title %s → %s', (title, department) => {
    expect(departmentFromTitle(title)).toBe(department);
  });

  it('labels give the department without the label, never a heading word or a figure label', () => {
    expect(departmentFromLabel('预算主管部门：东湖市西岭区司法局')).toBe('东湖市西岭区司法局');
    expect(departmentFromLabel('来源：青石镇人民政府    发布时间：2025-03-18')).toBe('青石镇人民政府');
    expect(departmentFromLabel('编制单位：第一部分')).toBeNull();
    expect(departmentFromLabel('支出预算：6927.14万元')).toBeNull();
  });

  it('a title that ends with a note in brackets: 部门预算（草案） · 单位预算（公开版）', () => {
    expect(isTitle('青石县卫生健康局2024年部门预算（草案）')).toBe(true);
    expect(isTitle('青石县气象站2024年单位预算(公开版)')).toBe(true);
    const d = parseDocument(Buffer.from('青石县卫生健康局2024年部门预算（草案）\n一、部门收支预算情况\n2024年收入预算100.00万元，支出预算100.00万元。\n'), { path: 'draft.txt' });
    expect([d.department, d.year, d.title]).toEqual(['青石县卫生健康局', 2024, '青石县卫生健康局2024年部门预算（草案）']);
  });

  it('a numbered heading that names a 决算 makes a 决算, also under a title that names both (预决算公开)', () => {
    const d = parseDocument(Buffer.from('青石镇人民政府2023年度财政预决算公开\n一、收入支出决算总体情况说明\n2023年度收入总计100.00万元，支出总计100.00万元。\n'), { path: 'both.txt' });
    expect(d.kind).toBe('finalAccount');
  });

  it('a text that names neither 预算 nor 决算 and states money spent is a 决算; one that says 安排 a budget', () => {
    const spent = fixture('field/spent-only.txt');
    expect(spent.kind).toBe('finalAccount');
    expect(spent.threePublic?.total?.yuan).toBe(120000);
    expect(fixture('field/arranged-only.txt').kind).toBe('budget');
  });

  it('page chrome and figure sentences are no title; the fiscal year is no publication date', () => {
    expect(isTitle('首页 > 政务公开 > 预决算公开')).toBe(false);
    expect(isTitle('2024年“三公”经费预算3万元。')).toBe(false);
    expect(fiscalYear(['发布时间：2024年09月12日', '石桥县水文站2023年度部门决算'])).toBe(2023);
    expect(fiscalYear(['发布时间：2024-09-12', '本单位2023年支出决算如下'])).toBe(2023);
    // The year compared with is no fiscal year.
    expect(fiscalYear(['本单位2024年机关运行经费支出预算为35.6万元，比2023年预算减少1.2万元。'])).toBe(2024);
  });
});

describe('wordings found on the dev disclosures (synthetic fixture)', () => {
  const d = fixture('wording/overview-headed.txt');
  it('a title over three lines: year, department, 部门预算公开', () => {
    expect([d.kind, d.department, d.year]).toEqual(['budget', '金沙县自然资源局', 2025]);
  });
  it('(一)收入预算:…年初预算数 is the revenue total with its parts', () => {
    expect(d.budget?.revenue?.total).toEqual({ yuan: 12505000, raw: '1,250.5万元', unit: '万元', line: 6 });
    expect(d.budget?.revenue?.items.map((i) => [i.name, i.amount.yuan])).toEqual([['一般公共预算拨款', 12000000], ['事业收入', 505000]]);
  });
  it('a department and year before 支出预算; a second total after a change; 上年执行数 is an actual', () => {
    expect(d.budget?.expenditure?.total).toMatchObject({ yuan: 12505000, line: 8 });
    expect(d.budget?.change).toBeNull();
    expect(d.budget?.changeOnFinalAccount).toMatchObject({ comparedYear: 2024, basis: 'finalAccount', amount: { yuan: -300000, line: 8 } });
  });
  it('公用经费 listing 因公出国（境）费用 among its uses is no 三公 figure; sub-headings name the figures below them', () => {
    expect(d.threePublic).toMatchObject({ total: null, abroad: { yuan: 0, line: 14 }, reception: { yuan: 24000, line: 16 } });
    expect(d.threePublic?.change?.items.map((i) => [i.name, i.amount.yuan, i.amount.raw])).toEqual([
      ['因公出国（境）费', 0, '与上年预算数相同'], ['公务接待费', 0, '0.00万元'],
    ]);
    expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => w.line)).toEqual([8, 10, 11]);
  });
  it('a threshold (单位价值100万元以上) is no figure', () => {
    expect(d.assets).toMatchObject({ total: null, plannedPurchase: null });
    expect(d.warnings.some((w) => w.line === 18)).toBe(false);
  });
});

describe('预算编制说明 after the glossary', () => {
  const d = fixture('wording/budget-notes-after-glossary.txt');
  it('ends the glossary: its sentences are read; a place in the title yields to 预算单位：', () => {
    expect([d.kind, d.department, d.year]).toEqual(['budget', '东湖市档案局', 2025]);
    expect(d.sections.map((s) => [s.kind, s.startLine])).toEqual([['other', 1], ['glossary', 3], ['other', 5]]);
    // "东湖市档案局收入预算3,210万元": the organization's name before the words of the total.
    expect(d.budget?.revenue?.total).toEqual({ yuan: 32100000, raw: '3,210万元', unit: '万元', line: 6 });
    expect(d.budget?.revenue?.items.map((i) => [i.name, i.amount.yuan])).toEqual([['财政拨款收入', 32100000]]);
    // 单价100万元（含）以上: a threshold, no planned purchase.
    expect(d.assets?.plannedPurchase ?? null).toBeNull();
    expect(d.warnings).toEqual([]);
  });
});

describe('资产原值合计 and headings that end in 。', () => {
  it('reads the assets total under a heading closed by 。', () => {
    const d = parseDocument('某县示例协会2023年部门预算\n(三)国有资产的总体情况说明。\n截至 2022 年 12 月 31 日,资产原值合计 2110003.55 元。\n');
    expect(d.sections.map((s) => s.kind)).toEqual(['other', 'assets']);
    expect(d.assets?.total).toEqual({ yuan: 2110003.55, raw: '2110003.55 元', unit: '元', line: 3 });
    expect(d.warnings).toEqual([]);
  });
});

describe('a part is never the total', () => {
  it('政府采购货物预算 is an item: with no total stated, the total stays null', () => {
    const d = parseDocument('示例局2025年部门预算\n（一）政府采购预算说明\n其中：政府采购货物预算320.07万元，政府采购服务预算100万元。\n');
    expect(d.procurement?.total ?? null).toBeNull();
    expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE')).toHaveLength(2);
  });
});

describe('totals stated before their change', () => {
  it('相应安排支出预算…，比上年增加…。其中：基本支出…、项目支出…', () => {
    const d = fixture('wording/overview-change-first.txt');
    const b = d.budget!;
    expect(b.revenue?.total).toMatchObject({ yuan: 8305000, line: 3 });
    expect([y(b.expenditure?.total), y(b.expenditure?.basic), y(b.expenditure?.project)]).toEqual([8305000, 6000000, 2305000]);
    expect(b.change).toMatchObject({ comparedYear: 2025, base: { yuan: 8305000, line: 3 }, amount: { yuan: 305000, line: 3 } });
    // The expenditure's change repeats the revenue's: it stays a warning, not a second change.
    expect(d.warnings.map((w) => [w.code, w.line])).toEqual([['UNPLACED_FIGURE', 4]]);
  });
  it('(二)支出预算:…年初预算数…,其中:… is the expenditure total with its parts, with no heading of its kind', () => {
    const d = fixture('wording/overview-expenditure-head.txt');
    const e = d.budget?.expenditure;
    expect(e?.total).toEqual({ yuan: 8305000, raw: '830.5万元', unit: '万元', line: 3 });
    expect(e?.items.map((i) => [i.name, i.amount.yuan])).toEqual([['一般公共服务支出', 8000000], ['住房保障支出', 305000]]);
    expect(d.budget?.change).toMatchObject({ comparedYear: 2025, amount: { yuan: 305000 } });
    expect(d.warnings).toEqual([]);
  });
});

describe('三公: the section heading names no figure of the sentences under it', () => {
  it('公用经费按人均8820元 in the 三公 section is no second “三公” total: it is left unplaced, not compared with the total', () => {
    const doc = fixture('wording/three-public-standard-rate.txt');
    expect(doc.threePublic?.total?.raw).toBe('42.60万元');
    expect(doc.threePublic?.vehicle?.raw).toBe('30.20万元');
    expect(doc.warnings.filter((w) => w.code === 'FIGURE_MISMATCH')).toEqual([]);
    const unplaced = doc.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => w.message);
    expect(unplaced.some((m) => m.includes('8820元'))).toBe(true);
    expect(unplaced.some((m) => m.includes('15600元'))).toBe(true);
  });

  it('a clause of one paragraph says nothing of the same-numbered clause of another: 办公经费安排80万元 is not a second 公务接待费', () => {
    const doc = fixture('wording/three-public-standard-rate.txt');
    expect(doc.threePublic?.reception?.raw).toBe('12.40万元');
    expect(doc.warnings.filter((w) => w.code === 'FIGURE_MISMATCH')).toEqual([]);
    expect(doc.warnings.some((w) => w.code === 'UNPLACED_FIGURE' && w.message.includes('80万元'))).toBe(true);
  });
});

describe('绩效 project tables wherever they stand', () => {
  it('a project table printed after 名词解释, with no 绩效 heading, is read as a project (it was dropped without a word)', () => {
    const doc = fixture('wording/project-table-after-glossary.txt');
    expect(doc.sections.map((s) => s.kind)).not.toContain('performance');
    const p = doc.performance?.projects ?? [];
    expect(p.map((x) => x.name)).toEqual(['乡村道路养护项目']);
    expect(p[0]!.indicators.map((i) => `${i.level1}/${i.name}/${i.target.raw}`)).toEqual(['产出指标/养护道路里程/≥35公里', '产出指标/养护合格率/≥95%', '满意度指标/沿线群众满意度/≥90%']);
  });

  it('outside the 绩效 section a table with a 项目名称 column but no indicator header is no project (procurement, 收支 tables)', () => {
    const doc = fixture('docs/procurement-table.txt');
    expect(doc.performance?.projects ?? []).toEqual([]);
  });
});

describe('project funds rows', () => {
  it('a 绩效自评表 funds block (年度资金总额 | 年初预算数 | 全年预算数 | 全年执行数) is no project budget: its unit stands above, read by the self-evaluation reader', () => {
    for (const f of ['final-account/self-evaluation-tika.txt', 'final-account/self-evaluation-pipe.txt']) {
      const p = fixture(f).performance?.projects[0];
      expect(p?.budget.total, f).toBeNull();
      expect(p?.selfEvaluation?.initialBudget?.unit, f).toBe('万元');
    }
  });
});

describe('a disclosure of tables only', () => {
  it('is a budget when its title names a 部门预算, though no section heading stands in it (no NOT_A_DISCLOSURE)', () => {
    const doc = parseDocument('白鹭县水利局2026年部门预算\n\n表1 2026年收入预算总表\n\n单位：万元\n\n\t项目\n\t合计\n\n\t一般公共预算拨款收入\n\t120.00\n\n\n');
    expect(doc.kind).toBe('budget');
    expect(doc.warnings.map((w) => w.code)).not.toContain('NOT_A_DISCLOSURE');
    const final = parseDocument('白鹭县水利局2025年度部门决算\n\n表1 收入决算表\n\n\t项目\n\t合计\n\n');
    expect(final.kind).toBe('finalAccount');
  });

  it('a text whose title names no disclosure stays unknown', () => {
    const doc = parseDocument('白鹭县水利局关于开展春季河道巡查的通知\n\n各乡镇：请于四月底前完成巡查。\n');
    expect(doc.kind).toBe('unknown');
    expect(doc.warnings.map((w) => w.code)).toContain('NOT_A_DISCLOSURE');
  });
});

describe('年终结转结余 as a part of the 支出总计', () => {
  const text = [
    '白鹭县水利局2026年部门预算', '', '三、支出预算情况说明', '',
    '2026年支出预算5,108.27万元，比上年增加12.00万元。', '',
    '（一）基本支出。基本支出预算3,000.00万元。', '',
    '（二）项目支出。项目支出预算2,000.00万元。', '',
    '（三）年终结转结余资金108.27万元。', '',
  ].join('\n');

  it('is an expenditure item, and 基本 + 项目 + 年终结转结余 = 支出总计 raises no SUM_EXPENDITURE', () => {
    const doc = parseDocument(text);
    const e = doc.budget?.expenditure;
    expect([e?.total?.raw, e?.basic?.raw, e?.project?.raw]).toEqual(['5,108.27万元', '3,000.00万元', '2,000.00万元']);
    expect(e?.items.map((i) => `${i.name} ${i.amount.raw}`)).toEqual(['年终结转结余资金 108.27万元']);
    expect(doc.warnings.map((w) => w.code)).not.toContain('SUM_EXPENDITURE');
  });

  it('a total that matches neither 基本 + 项目 nor 基本 + 项目 + 年终结转结余 still raises SUM_EXPENDITURE', () => {
    const doc = parseDocument(text.replace('108.27万元。', '99.00万元。'));
    expect(doc.warnings.map((w) => w.code)).toContain('SUM_EXPENDITURE');
  });
});

describe('revenue sources stated one to a sentence, under the revenue total', () => {
  const doc = `示范水利局2026年度单位预算
一、收支预算总体情况说明
示范水利局2026年度收入、支出预算总计1,500.00万元，与上年相比收、支预算总计各增加100.00万元。其中：
（一）收入预算总计1,500.00万元。包括：
1．本年收入合计1,450.00万元。
（1）一般公共预算拨款收入1,200.00万元，与上年相比增加80.00万元，增长7.14%。主要原因是新增工程项目。
（2）政府性基金预算拨款收入250.00万元，与上年相比增加20.00万元。
（3）事业收入0万元，与上年预算数相同。
2．上年结转结余为50.00万元。与上年预算数相同。
（二）支出预算总计1,500.00万元。
`;

  it('each source is a revenue item, named as written, and they add up to the total', () => {
    const d = parseDocument(doc, { path: 'inline.txt' });
    const items = (d.budget?.revenue?.items ?? []).map((i) => `${i.name} ${i.amount.raw}`);
    expect(items).toEqual(['一般公共预算拨款收入 1,200.00万元', '政府性基金预算拨款收入 250.00万元', '事业收入 0万元', '上年结转结余 50.00万元']);
    expect(d.budget?.revenue?.total?.raw).toBe('1,500.00万元');
    expect(d.warnings.filter((w) => w.code === 'SUM_REVENUE')).toEqual([]);
    // The items' own changes are not revenue: they stay reported.
    expect(d.warnings.some((w) => w.code === 'UNPLACED_FIGURE' && w.message.includes('80.00万元'))).toBe(true);
  });

  it('a group of sources (本年财政拨款收入 over 一般公共预算 …) is no item beside its parts; a source stated again is not listed twice', () => {
    const grouped = `示范统计局2026年部门预算
二、收入预算情况说明
2026年度收入预算1,000.00万元，比2025年年初预算数900.00万元增加100.00万元。
（一）本年财政拨款收入900.00万元
1.一般公共预算拨款收入900.00万元。
2.政府性基金预算拨款收入0万元。
（二）上年结转结余100.00万元
3.上年结转结余100.00万元。
三、财政拨款收支预算情况说明
本年一般公共预算收入900.00万元。
`;
    const d = parseDocument(grouped, { path: 'inline.txt' });
    const items = (d.budget?.revenue?.items ?? []).map((i) => `${i.name} ${i.amount.raw}`);
    expect(items).toEqual(['一般公共预算拨款收入 900.00万元', '政府性基金预算拨款收入 0万元', '上年结转结余 100.00万元']);
    expect(d.warnings.filter((w) => w.code === 'SUM_REVENUE')).toEqual([]);
  });

  it('a source in a sentence with other figures is no item of its own (收入包括：… lists are read as lists)', () => {
    const d = parseDocument(`示范镇2025年部门预算\n一、收支总体情况\n2025年收入预算500.00万元。\n一般公共预算拨款收入400.00万元，项目支出100.00万元。\n`, { path: 'inline.txt' });
    expect((d.budget?.revenue?.items ?? []).map((i) => i.name)).not.toContain('一般公共预算拨款收入');
  });
});

describe('a figure that no reader takes is reported, not dropped', () => {
  it('an amount in a section no reader reads, with no cue of its own, is UNPLACED_FIGURE at its line', () => {
    const d = parseDocument('示范镇2025年部门预算\n一、收支总体情况\n2025年收支总预算500.00万元。\n二、重点工作情况\n全年完成河道整治投资120.00万元，惠及群众3万人。\n', { path: 'inline.txt' });
    const w = d.warnings.filter((x) => x.code === 'UNPLACED_FIGURE');
    expect(w.map((x) => x.line)).toEqual([5]);
    expect(w[0]!.message).toContain('120.00万元');
  });
});

describe('the sources listed after the revenue total (其中：…)', () => {
  it('in the 其中 sentence right after the total and its change', () => {
    const d = parseDocument(`示范市某某办公室2026年部门预算
一、收支预算总体情况
2026年，示范市某某办公室部门收入预算为1,520.00万元，比上年增加120.00万元，主要原因是新增安保服务。其中：一般公共预算拨款收入1,100.00万元、政府性基金预算财政拨款收入0.00万元、事业收入0.00万元、其他收入420.00万元、上年结转结余0.00万元。
相应安排支出预算1,520.00万元。其中：基本支出600.00万元、项目支出920.00万元。
`, { path: 'inline.txt' });
    expect((d.budget?.revenue?.items ?? []).map((i) => `${i.name} ${i.amount.raw}`)).toEqual([
      '一般公共预算拨款收入 1,100.00万元', '政府性基金预算财政拨款收入 0.00万元', '事业收入 0.00万元', '其他收入 420.00万元', '上年结转结余 0.00万元',
    ]);
    expect(d.warnings.filter((w) => w.code === 'SUM_REVENUE' || w.code === 'UNPLACED_FIGURE')).toEqual([]);
  });

  it('in the total\'s own sentence, with a change between them; the list ends at the first figure that names no source', () => {
    const d = parseDocument(`示范数据局2026年单位预算
一、单位预算编制说明
2026年，示范数据局收入预算800万元，其中：财政拨款收入800万元，比2025年预算增加100万元；事业收入0万元；其他收入0万元。
支出预算800万元，其中：财政拨款支出预算800万元。
`, { path: 'inline.txt' });
    expect((d.budget?.revenue?.items ?? []).map((i) => `${i.name} ${i.amount.raw}`)).toEqual(['财政拨款收入 800万元', '事业收入 0万元', '其他收入 0万元']);
    expect(d.budget?.change?.amount?.raw).toBe('100万元');
  });
});

describe('政府采购: the kinds of the total, also wrapped onto the next line', () => {
  it('reads 货物 / 工程 / 服务 after the total in its sentence, up to a sub-total that names no kind', () => {
    // One paragraph over three lines, as a PDF reader joins a wrapped sentence.
    const lines = ['2026 年度政府采购支出预算总额 1,050.00 万元，其中：拟采', '购货物支出 50.00 万元、拟采购工程支出 0 万元、拟采购服务支出', '1,000.00 万元；其中一般公共预算拨款政府采购 300.00 万元：政府采购货物预算 50.00 万元、政府采购服务预算 250.00 万元。'];
    const pieces = lines.map((_, k) => ({ offset: lines.slice(0, k).join('').length, line: 10 + k }));
    const p = { kind: 'paragraph' as const, text: lines.join(''), line: 10, pieces };
    const diagnostics = new Diagnostics();
    const out = extractProcurement([p], { diagnostics, year: 2026, kind: 'budget' });
    expect(out.total?.raw).toBe('1,050.00 万元');
    expect(out.items.map((i) => `${i.name} ${i.amount.raw} @${i.amount.line}`)).toEqual(['拟采购货物支出 50.00 万元 @11', '拟采购工程支出 0 万元 @11', '拟采购服务支出 1,000.00 万元 @12']);
    // The sub-total and its parts are no parts of the total: reported.
    expect(diagnostics.list.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => w.message).join(' ')).toContain('300.00 万元');
  });
});

describe('the 其中 of a restated revenue total, in the next paragraph; a 收入包括 list keeps only sources', () => {
  it('reads the sources after the restated total, never the expenditure of a 财政拨款 list', () => {
    const d = parseDocument(`示范市某某事务局2026年部门预算
（一）关于示范市某某事务局2026年收支预算情况的总体说明
按照综合预算的原则，所有收入和支出均纳入部门预算管理。示范市某某事务局2026年收支总预算600.00万元。
（二）关于示范市某某事务局2026年收入预算情况说明
示范市某某事务局2026年收入预算600.00万元，比上年执行数减少30.00万元，下降4.8%。
其中：一般公共预算拨款收入570.00万元，占95.0%；其他收入30.00万元，占5.0%。
（四）关于示范市某某事务局2026年财政拨款收支预算情况的总体说明
示范市某某事务局2026年财政拨款收支总预算570.00万元。收入包括：一般公共预算当年拨款收入570.00万元；支出包括：社会保障和就业支出500.00万元、卫生健康支出70.00万元。
`, { path: 'inline.txt' });
    expect((d.budget?.revenue?.items ?? []).map((i) => `${i.name} ${i.amount.raw}`)).toEqual(['一般公共预算拨款收入 570.00万元', '其他收入 30.00万元']);
    expect(d.warnings.filter((w) => w.code === 'SUM_REVENUE')).toEqual([]);
  });
});

describe('a 其中 lists the parts of the figure just before it', () => {
  const overview = '示范气象局2026年部门预算\n一、部门收支总体情况\n2026年支出预算1,000.00万元，比2025年增加100.00万元。\n';
  it('under 一般公共预算财政拨款支出 (in the overview section), 基本支出 is not the department\'s', () => {
    const d = parseDocument(`${overview}2026年一般公共预算财政拨款收入800.00万元，一般公共预算财政拨款支出800.00万元，比2025年增加50.00万元。其中：基本支出300.00万元，项目支出500.00万元。\n`, { path: 'inline.txt' });
    expect(d.budget?.expenditure?.total?.raw).toBe('1,000.00万元');
    expect(d.budget?.expenditure?.basic ?? null).toBeNull();
    expect(d.budget?.expenditure?.project ?? null).toBeNull();
  });
  it('in a section no reader reads, the 其中 after a figure nobody took is nobody\'s either (reported)', () => {
    const d = parseDocument(`${overview}三、财政拨款情况说明\n2026年一般公共预算财政拨款收入800.00万元，一般公共预算财政拨款支出800.00万元。\n其中：基本支出300.00万元，项目支出500.00万元。\n`, { path: 'inline.txt' });
    expect(d.budget?.expenditure?.basic ?? null).toBeNull();
    expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE' && w.message.includes('300.00万元')).length).toBe(1);
  });
  it('under the department\'s own total, they are its 基本支出 and 项目支出', () => {
    const d = parseDocument(`${overview}其中：基本支出400.00万元，项目支出600.00万元。\n`, { path: 'inline.txt' });
    expect([d.budget?.expenditure?.basic?.raw, d.budget?.expenditure?.project?.raw]).toEqual(['400.00万元', '600.00万元']);
  });
});

describe('scanAmounts without lookbehinds (speed, issue 17)', () => {
  // The grammar as it was written with lookbehinds: a number may not follow a digit, a point, a numeral, nor a digit and a comma.
  const REFERENCE = /(?<![\d.．零〇一二两三四五六七八九十百千])(?<!\d[,，])([-−]?\d[\d,，]*(?:\s*[.．]\s*\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)\s*(?:(亿|万)?\s*[元圆](?![宵旦])|(万)(?=[，,。；;、）)\s]|$))|(?:与|和|同|较|比)[^，,。；;\d]{0,12}?持平|(?:与|和|同|较|比)(?:上年|上一年|去年|\d{4}年)[^，,。；;\d]{0,8}?相同/g;
  it.each([
    ['支出1.5.3元，收入5．5.5元。', []], // 5.3元 after a point is no amount
    ['合计12,345万元，其中1,2万元，第1,5元。', ['12,345万元']], // 2万元 after "1," is none
    ['二〇二四年12万元，一万二千元，十二万元与上年持平。', ['12万元', '二千元', '十二万元', '与上年持平']], // 万 is no numeral of the grammar: 一万二千元 gives 二千元, as it always did
    ['经费a12元、x3.5万元，较2023年相同。', ['12元', '3.5万元', '较2023年相同']],
    ['费用1 2元，资金3，4元。', ['2元']],
  ])('finds what the lookbehinds found: %s', (text, raws) => {
    // A match that is no amount (1,2万元: no thousands grouping) is passed over by both.
    const expected = [...text.matchAll(REFERENCE)].filter((m) => /持平|相同/.test(m[0]) || toMoney(m[0], 1)).map((m) => [m.index, m[0]]);
    const p = para(text);
    const mentions = scanAmounts(p);
    const found = mentions.map((m) => [positionOf(m.money)!.start, m.money.raw]);
    expect(found).toEqual(expected);
    expect(found.map(([, raw]) => raw)).toEqual(raws);
    // Every position knows where all the amounts of its paragraph start.
    for (const m of mentions) expect(positionOf(m.money)!.starts).toEqual(expected.map(([at]) => at));
  });
  it('passes over a paragraph that holds no amount character', () => {
    expect(scanAmounts(para('部门职责是负责全市2024年的工作，共3项。'))).toEqual([]);
    const q = para('部门职责是负责全市2024年的工作，共3人，经费2万元。');
    const [m] = scanAmounts(q);
    expect(m!.money.raw).toBe('2万元');
    expect(positionOf(m!.money)!.starts).toEqual([q.text.indexOf('2万元')]);
  });
});
