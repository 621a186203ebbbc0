import { describe, expect, it } from 'vitest';
import { figures } from '../src/emit/tables.js';
import { hasSeeds, seed, seedLine } from './helpers.js';

const compact = (s: string) => s.replace(/\s+/g, '');
const amounts = (xs: { name: string; amount: { yuan: number } }[] | undefined) => xs?.map((x) => [x.name, x.amount.yuan]);

// Golden tests over the four real disclosures in ../shared/seeds (skipped with a notice when absent).
// Every expected value below was read off the seed text by hand.
describe.skipIf(!hasSeeds)('seed 000: 大厂回族自治县北辰街道办事处 2022 (budget, compact project tables)', () => {
  const d = seed('000');
  it('metadata and sections with their line spans', () => {
    expect([d.kind, d.department, d.year, d.title]).toEqual(['budget', '大厂回族自治县北辰街道办事处', 2022, '大厂回族自治县北辰街道办事处2022年部门预算信息公开情况说明']);
    expect(d.sections.map((s) => [s.kind, s.startLine, s.endLine])).toEqual([
      ['other', 3, 5], ['duties', 6, 19], ['organization', 23, 33], ['budgetOverview', 45, 52], ['operatingExpenses', 54, 55],
      ['threePublic', 56, 57], ['performance', 58, 1924], ['procurement', 1928, 2070], ['assets', 2071, 2105], ['glossary', 2110, 2120], ['other', 2121, 2122],
    ]);
  });
  it('duties, organization, glossary', () => {
    expect(d.duties).toHaveLength(11);
    expect(d.duties.map((x) => x.line)).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(d.organization?.units).toEqual([{ name: '大厂回族自治县北辰街道办事处', nature: '行政', rank: '正科级', funding: '财政拨款', line: 30 }]);
    expect(d.glossary).toHaveLength(10);
    expect(d.glossary[0]).toMatchObject({ term: '一般公共预算拨款收入', line: 2111 });
  });
  it('budget figures', () => {
    expect(d.budget?.revenue?.total).toEqual({ yuan: 24478700, raw: '2447.87万元', unit: '万元', line: 48 });
    expect(amounts(d.budget?.revenue?.items)).toEqual([['一般公共预算收入', 24467900], ['基金预算收入', 0], ['财政专户核拨收入', 0], ['其他来源收入', 0], ['上年结转', 10700]]);
    expect(d.budget?.expenditure).toMatchObject({ total: { yuan: 24478700, line: 50 }, basic: { yuan: 6749700 }, project: { yuan: 17729000 } });
    expect(amounts(d.budget?.expenditure?.items)).toEqual([['人员类项目经费', 5780100], ['运转类公用项目经费', 969600]]);
    expect(d.budget?.change).toMatchObject({ comparedYear: 2021, base: { yuan: 24467900, raw: '2446.79万元', line: 52 }, amount: { yuan: -9162200, line: 52 } });
    expect(amounts(d.budget?.change?.items)).toEqual([['基本支出', -39300], ['项目支出', -9122900]]);
  });
  it('operating expenses, 三公, procurement, assets', () => {
    expect(d.operatingExpenses).toMatchObject({ total: { yuan: 969600, line: 55 }, items: [], change: null });
    expect(d.threePublic).toMatchObject({
      form: 'sentence', total: { yuan: 85400, line: 57 }, abroad: { yuan: 0 }, vehicle: { yuan: 81000 },
      vehiclePurchase: { yuan: 0 }, vehicleOperation: { yuan: 81000 }, reception: { yuan: 4400 },
      change: { comparedYear: 2021, amount: { yuan: -2000 }, items: [{ name: '公务接待费', amount: { yuan: -2000 } }] },
    });
    expect(d.procurement).toMatchObject({ total: { yuan: 0, raw: '0万元', line: 1929 }, items: [], note: '注:空表列示' });
    // 上年末固定资产金额为2663.29万元: the fixed assets (the table's 资产总额 row of its 固定资产占用情况表 is the same figure).
    expect(d.assets).toMatchObject({ asOf: '2021-12-31', total: null, fixedAssets: { yuan: 26632900, line: 2072 }, basis: { total: null, fixedAssets: null }, plannedPurchase: { yuan: 50000, line: 2072 } });
    expect(d.assets?.items.map((i) => [i.name, i.quantity, i.quantityUnit, i.value?.yuan ?? null])).toEqual([
      ['房屋', 3779.89, '平方米', 17814600], ['办公用房', 3779.89, '平方米', 17814600], ['车辆', 4, '台、辆', 565500],
      ['单价在20万元以上的设备', null, null, null], ['其他固定资产', null, null, 8252800],
    ]);
  });
  it('performance: 7 goals, the 9-column department table, 25 compact project tables', () => {
    const p = d.performance!;
    expect(p.overallGoal).toMatch(/^全面落实《关于全域推进整体提升全省城市基层党建工作的实施方案》/);
    expect(p.goals.map((g) => g.line)).toEqual([64, 67, 70, 73, 76, 79, 82]);
    expect(p.goals[0]).toMatchObject({ title: '加强社区基层党组织建设', indicators: '完善13个社区服务设施建设，提高居民满意度不低于90%。' });
    expect(p.departmentIndicators).toHaveLength(26);
    expect(p.departmentIndicators[0]).toMatchObject({
      level1: '部门产出', level2: '数量', category1: 'output', category2: 'quantity', name: '社区数量',
      scoring: '全部完成得满分；每减少1个，扣权重分的10%，低于60%不得分', basis: '工作计划、需求分析', line: 129,
      target: { raw: '＝13个', operator: '=', value: 13, unit: '个', operatorImplied: false },
    });
    expect(p.departmentIndicators[19]).toMatchObject({ level1: '部门效果', level2: '社会效益', category1: 'effect', category2: 'social', name: '群众问题处理率', line: 320 });
    expect(p.departmentIndicators[25]).toMatchObject({ level2: '满意度', category2: 'satisfaction', name: '公众安全感指数', line: 382 });
    expect(p.projects).toHaveLength(25);
    expect(p.projects.map((q) => q.indicators.length).reduce((a, b) => a + b)).toBe(159);
    const [first] = p.projects;
    expect(first).toMatchObject({ title: '1、妇联工作经费绩效目标表', name: '妇联工作经费', code: null, line: 407, truncated: false });
    expect(first!.goals).toHaveLength(2);
    expect(first!.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.basis, i.line])).toEqual([
      ['产出指标', '数量指标', '物品数量', '≥100件', '支出计划', 421],
      ['产出指标', '质量指标', '物品合格率', '≥90%', '验收单', 428],
      ['产出指标', '时效指标', '完成时间', '≤12月份', '支出计划', 435],
      ['产出指标', '成本指标', '资金预算控制', '≤0.58万元', '支出计划', 442],
      ['效益指标', '社会效益指标', '覆盖率', '≥90%', '问卷调查', 449],
      ['满意度指标', '服务对象满意度指标', '群众满意率', '≥95%', '问卷调查', 456],
    ]);
    expect(p.projects[24]!.name).toBe('中省市直包联楼房小区公共区域环境卫生保洁、公共设施检修项目');
  });
  it('warnings: the count and operator in the goals, the two deadlines contradicted by their rows (issue 13)', () => {
    expect(d.warnings.map((w) => [w.code, w.severity, w.line, w.expected, w.actual])).toEqual([
      ['COUNT_MISMATCH', 'warning', 769, 11, 13], // 社区工作经费: goal 11个社区 (line 757), indicator 社区数量 13个
      ['SUSPECT_OPERATOR', 'info', 1006, undefined, undefined], // 宣传覆盖率 ≤90%
      ['DATE_CONTRADICTION', 'warning', 1543, 2022, 2021], // ≤9月份 next to 2021年8月底已竣工 (lines 1546-1547)
      ['DATE_CONTRADICTION', 'warning', 1838, 2022, 2021], // ≤12月份 next to （2021年已竣工） (lines 1841-1842)
    ]);
  });
  it('hierarchy: the top-level parts of the assets and 三公 lists add up to their totals (issue 13)', () => {
    const top = <T extends { parent?: string | null; role?: string }>(xs: T[]) => xs.filter((x) => !x.parent && x.role === 'part');
    // 其中：办公用房 (line 2091) is part of 房屋 (line 2087); 1781.46 + 56.55 + 825.28 = 2663.29万元.
    expect(d.assets!.items.map((i) => [i.name, i.parent, i.role])).toEqual([
      ['房屋', null, 'part'], ['办公用房', '房屋', 'part'], ['车辆', null, 'part'], ['单价在20万元以上的设备', null, 'part'], ['其他固定资产', null, 'part'],
    ]);
    expect(top(d.assets!.items).reduce((n, i) => n + (i.value?.yuan ?? 0), 0)).toBe(d.assets!.fixedAssets!.yuan);
    // 公务用车购置及运维费8.1万元（其中：购置费0万元，运维费8.1万元）: 0 + 8.1 + 0.44 = 8.54万元.
    expect(d.threePublic!.items.map((i) => [i.name, i.parent, i.role])).toEqual([
      ['因公出国（境）费', null, 'part'], ['公务用车购置及运维费', null, 'part'],
      ['公务用车购置费', '公务用车购置及运维费', 'part'], ['公务用车运维费', '公务用车购置及运维费', 'part'], ['公务接待费', null, 'part'],
    ]);
    expect(top(d.threePublic!.items).reduce((n, i) => n + i.amount.yuan, 0)).toBe(d.threePublic!.total!.yuan);
    // 基本支出674.97万元，包括人员类项目经费578.01万元和运转类公用项目经费96.96万元 (line 50).
    expect(d.budget!.expenditure!.items.map((i) => [i.name, i.parent, i.role])).toEqual([['人员类项目经费', '基本支出', 'part'], ['运转类公用项目经费', '基本支出', 'part']]);
  });
  it('reasons of every change, purposes, 工作保障措施 (issue 13)', () => {
    // Line 52: 基本支出减少3.93万元，主要为日常公用经费支出；项目支出减少912.29万元，主要为…等项目支出。
    expect(d.budget!.change!.items.map((i) => [i.name, i.reason])).toEqual([
      ['基本支出', { text: '主要为日常公用经费支出', line: 52 }],
      ['项目支出', { text: '主要为政府购买服务专项经费、老旧小区改造二期工程（尾款）、城区无物业、无产权单位小区改造提升工程（尾款）等项目支出', line: 52 }],
    ]);
    expect(d.budget!.change!.reason).toBeNull();
    // Line 57: the one part of the 三公 decrease carries the reason, and so does the decrease.
    const why = { text: '主要原因是我部门切实落实勤俭节约各项规定，严格控制公务接待费支出', line: 57 };
    expect(d.threePublic!.change!.items[0]!.reason).toEqual(why);
    expect(d.threePublic!.change!.reason).toEqual(why);
    expect(d.budget!.expenditure!.project!.purpose).toEqual({ text: '包括本级支出，主要为社区服务党组织专项经费、新文明实践所经费、社区工作经费等', line: 50 });
    expect(d.operatingExpenses!.total!.purpose).toEqual({ text: '主要用于办公区的日常维修、办公用房水电费、办公用房取暖费、办公用房物业管理费等日常运行支出', line: 55 });
    // （三）工作保障措施 (line 85): five numbered measures; 1. and 2. under （二） belong to it.
    expect(d.performance!.measures!.map((m) => [m.line, m.text.split('\n')[0]])).toEqual([
      [86, '（一）加强社区基层党组织建设'], [88, '（二）巩固全国文明城市创建结果，做好全国卫生县城复检工作'], [91, '（三）维护稳定'], [93, '（四）抓好社区活动'], [95, '（五）做好绩效自评'],
    ]);
  });
  it('维稳工作时长 12月 is a duration, not 2022-12-31; ≤10个月 and ≤30日 are durations', () => {
    const all = d.performance!.projects.flatMap((p) => p.indicators);
    const by = (name: string) => all.find((i) => i.name === name)!.target;
    expect(by('维稳工作时长')).toMatchObject({ raw: '12月', kind: 'duration', value: 12, unit: '月', date: null });
    expect(all.find((i) => i.line === 1309)!.target).toMatchObject({ raw: '≤10个月', kind: 'duration', operator: '≤', value: 10, unit: '个月' });
    expect(all.find((i) => i.line === 1425)!.target).toMatchObject({ raw: '≤30日', kind: 'duration', operator: '≤', value: 30, unit: '日' });
    expect(all.find((i) => i.line === 1543)!.target).toMatchObject({ raw: '≤9月份', kind: 'date', date: '2022-09-30', yearInferred: true });
  });
});

describe.skipIf(!hasSeeds)('seed 001: 山海关区西关街道办事处 2020 (budget in 元, full project tables)', () => {
  const d = seed('001');
  it('metadata, sections, duties', () => {
    expect([d.kind, d.department, d.year]).toEqual(['budget', '山海关区西关街道办事处', 2020]);
    expect(d.sections.map((s) => [s.kind, s.startLine, s.endLine])).toEqual([
      ['other', 1, 3], ['duties', 5, 81], ['organization', 83, 85], ['budgetOverview', 86, 98], ['operatingExpenses', 100, 102],
      ['threePublic', 103, 105], ['performance', 107, 949], ['procurement', 952, 1041], ['assets', 1042, 1077], ['glossary', 1080, 1094], ['other', 1096, 1097],
    ]);
    expect(d.duties).toHaveLength(12);
    expect(d.duties[0]).toMatchObject({ line: 11 });
    expect(d.duties[0]!.text).toMatch(/^1、党建基层组织工作\n主要职责是/);
    expect(d.organization?.units).toEqual([]);
    expect(d.glossary).toHaveLength(7);
  });
  it('budget figures in 元', () => {
    expect(d.budget?.revenue?.total).toEqual({ yuan: 3566894.19, raw: '3566894.19元', unit: '元', line: 91 });
    expect(d.budget?.expenditure).toMatchObject({ total: { yuan: 3566894.19 }, basic: { yuan: 1638414.19 }, project: { yuan: 1928480, raw: '1928480.00元' } });
    expect(amounts(d.budget?.expenditure?.items)?.slice(0, 2)).toEqual([['人员经费', 1491138.28], ['日常公用经费', 147275.91]]);
    expect(d.budget?.change).toMatchObject({ comparedYear: 2019, base: { yuan: 3566894.19, line: 98 }, amount: { yuan: 273225.62, line: 98 } });
    expect(amounts(d.budget?.change?.items)).toEqual([['基本支出', 220615.62], ['项目支出', 52610]]);
  });
  it('机关运行经费 with its 18 items, 787. 50元 read as 787.5', () => {
    expect(d.operatingExpenses?.total).toEqual({ yuan: 147275.91, raw: '147275.91元', unit: '元', line: 102 });
    expect(d.operatingExpenses?.items).toHaveLength(18);
    expect(d.operatingExpenses?.items[7]).toEqual({ name: '党组织活动经费', amount: { yuan: 787.5, raw: '787. 50元', unit: '元', line: 102 }, parent: null, role: 'part' });
    expect(d.operatingExpenses?.items[17]).toMatchObject({ name: '不可预见费', amount: { yuan: 450 } });
  });
  it('三公 from the sentence: 10,493.50 yuan, with signed changes', () => {
    expect(d.threePublic).toMatchObject({
      form: 'sentence', total: { yuan: 10493.5, raw: '10493.50元', line: 105 }, abroad: { yuan: 0 }, vehicle: null,
      vehiclePurchase: { yuan: 0 }, vehicleOperation: { yuan: 10000 }, reception: { yuan: 493.5 },
    });
    expect(d.threePublic?.change?.comparedYear).toBe(2019);
    expect(d.threePublic?.change?.amount?.yuan).toBe(-958.5);
    // Line 105: 因公出国（境）费0元，与上年持平；公务用车购置费0元，与上年持平 — a change of 0 each (issue 10), each with its reason (issue 13).
    expect(d.threePublic?.change?.items.map((i) => [i.name, i.amount.yuan, i.amount.raw, i.reason?.text])).toEqual([
      ['因公出国（境）费', 0, '与上年持平', '主要是无因公出国（境）'],
      ['公务用车购置费', 0, '与上年持平', '主要是无公车购置'],
      ['公务用车运行维护费', -1000, '1000元', '主要是公务用车保险费减少'],
      ['公务接待费', 41.5, '41.5元', '主要是定额增加'],
    ]);
    expect(d.threePublic?.change?.reason).toBeNull(); // the total's decrease is explained part by part
  });
  it('procurement 无此项内容 and assets', () => {
    expect(d.procurement).toEqual({ total: { yuan: 0, raw: '无此项内容，空表列示。', unit: '元', line: 1041 }, items: [], note: '无此项内容，空表列示。' });
    expect(d.assets).toMatchObject({ asOf: '2019-12-31', total: null, fixedAssets: { yuan: 671148.2, line: 1044 }, plannedPurchase: { yuan: 0, raw: '无新增固定资产预算' } });
    expect(d.assets?.items.map((i) => [i.name, i.quantity, i.value?.yuan ?? null])).toEqual([['房屋', null, null], ['车辆', 1, 107462], ['单价在20元以上设备', null, null], ['其他固定资产', null, 563686.2]]);
  });
  it('performance: 12 goals with 绩效目标/指标/标准, 9 full project tables', () => {
    const p = d.performance!;
    expect(p.goals).toHaveLength(12);
    expect(p.goals[0]).toMatchObject({ title: '党建基层组织工作', goal: '建立完善各项规章制度', line: 117 });
    expect(p.goals[0]!.standard).toMatch(/^达到党建基础建设标准90%的为优/);
    expect(p.projects.map((q) => [q.name, q.code, q.budget.total?.yuan])).toEqual([
      ['车辆保险费', '611-1501-YBN-7FFL', 4000], ['街道工作经费', '611-1501-YBN-4XM9', 8000], ['居委会主任退休补贴', '611-1401-JBN-V4DF', 65880],
      ['涉军公益岗经费', '611-1501-JBN-E5X3', 30600], ['社区工作经费', '611-1401-YBN-4WNB', 60000], ['社区工作专项补助', '611-1401-YBN-M9KU', 1040000],
      ['提前下达2020年市级社区干部生活补助资金', '611-1401-JBN-AGFM', 80000], ['综合服务中心专项补助', '611-1501-JBN-GB3R', 540000], ['综合事务经费', '611-1501-YBN-TX5C', 100000],
    ]);
    const [car] = p.projects;
    expect(car).toMatchObject({
      title: '1、车辆保险费绩效目标表', unitName: '611002秦皇岛市山海关区西关街道办事处', amountUnit: '元',
      budget: { fiscal: { yuan: 4000, line: 308 }, other: null }, purpose: '保障准确及时缴纳保险费',
      goals: ['保障准确及时缴纳保险费', '保障公务用车正常使用运行'], line: 295,
    });
    expect(car!.schedule.map((s) => [s.month, s.percent, s.line])).toEqual([[3, 25, 322], [6, 60, 323], [10, 90, 324], [12, 100, 325]]);
    expect(car!.indicators.map((i) => [i.level1, i.level2, i.category1, i.category2, i.name, i.target.operator, i.target.value, i.target.unit])).toEqual([
      ['产出指标', '时效指标', 'output', 'timeliness', '完成率', '≥', 95, '%'],
      ['产出指标', '质量指标', 'output', 'quality', '优良率', '≥', 95, '%'],
      ['效果指标', '可持续影响指标', 'effect', 'sustainability', '长期使用性', '≥', 95, '%'],
      ['满意度指标', '服务对象满意度指标', 'satisfaction', 'satisfaction', '群众满意度', '≥', 95, '%'],
    ]);
  });
  it('hierarchy and reasons (issue 13)', () => {
    // Line 94: 基本支出…，主要是人员经费…和日常公用经费… (they add up to 基本支出: parts);
    // 项目支出…，主要为…，例如综合业务事务管理项目安排682600元 (an example, never a part).
    expect(d.budget!.expenditure!.items.map((i) => [i.name, i.parent, i.role])).toEqual([
      ['人员经费', '基本支出', 'part'], ['日常公用经费', '基本支出', 'part'], ['综合业务事务管理项目', '项目支出', 'example'],
    ]);
    expect(d.budget!.expenditure!.project!.purpose).toEqual({ text: '主要为社区管理工作、综合业务事务管理工作', line: 94 });
    // Line 98: the reason of each part of the increase.
    expect(d.budget!.change!.items.map((i) => i.reason?.text)).toEqual(['主要为人员经费和日常公用经费支出增加', '主要为综合服务中心专项补助项目支出']);
    // 机关运行经费 主要用于 its 18 items, which add up to its total: parts, and no purpose text.
    expect(d.operatingExpenses!.items.every((i) => i.role === 'part' && i.parent === null)).toBe(true);
    expect(d.operatingExpenses!.total!.purpose).toBeUndefined();
    expect(d.performance!.measures!.map((m) => m.line)).toEqual([262, 272, 283]);
  });
  it('warnings: only the note that the project tables add up to 项目支出 (issue 13)', () => {
    expect(d.warnings).toMatchObject([{ code: 'PROJECTS_AGREE', severity: 'info', line: 94, expected: 1928480, actual: 1928480 }]);
    expect(d.warnings[0]!.lines).toHaveLength(10);
  });
});

describe.skipIf(!hasSeeds)('seed 002: 玉田县无终街道办事处 2023 (performance only, no title, truncated)', () => {
  const d = seed('002');
  it('is recognized as a performance text; department from its tables', () => {
    expect([d.kind, d.title, d.department, d.year]).toEqual(['performance', null, '玉田县无终街道办事处', 2023]);
    expect(d.sections).toEqual([{ kind: 'performance', heading: '第一部分 部门整体绩效目标', startLine: 1, endLine: 698 }]);
    expect([d.budget, d.threePublic, d.assets]).toEqual([null, null, null]);
  });
  it('numbered summaries carry an amount', () => {
    expect(d.performance!.goals.map((g) => [g.title, g.amount?.yuan, g.line])).toEqual([
      ['社区工作者工资保险', 8955000, 9], ['维稳经费', 100000, 10], ['城镇社区工作经费', 770000, 11],
      ['人民武装经费、共青团经费、人大代表之家联络站经费', 50000, 12], ['营业执照、食品卫生许可证工本费', 26000, 13],
    ]);
    expect(d.performance!.goals[0]!.goal).toBe('保证社区工作者对工作的积极性，更好的服务社区');
  });
  it('7 projects; the last one cut off by the end of the file and kept', () => {
    const ps = d.performance!.projects;
    expect(ps).toHaveLength(7);
    expect(ps.map((q) => q.code)).toEqual(['13022923P00JXC415060P', '13022923P00JXC415602F', '13022923P00JXC4156033', '13022923P00JXC415062Y', '13022923P00JXC4150646', '13022923P00JXC415063J', '13022923P00JXC415065R']);
    expect(ps[1]!.schedule.map((s) => s.percent)).toEqual([null, null, null, 100]);
    expect(ps[6]).toMatchObject({ name: '招聘社区工作者工资保险', truncated: true, budget: { total: { yuan: 8955000 } } });
    expect(ps[6]!.indicators.map((i) => i.name)).toEqual(['总人数', '工资标准', '人均发放水平']);
    expect(ps.slice(0, 6).every((q) => !q.truncated)).toBe(true);
    // 城镇社区工作经费: budget 770000.00 (line 42), cost indicator 资金成本 115万元 (line 100).
    expect(d.warnings.map((w) => [w.code, w.line, w.expected, w.actual])).toEqual([['TRUNCATED_TABLE', 693, undefined, undefined], ['COST_ABOVE_BUDGET', 96, 770000, 1150000]]);
  });
  it('工作保障措施: the four numbered measures after the subtitle (issue 13)', () => {
    expect(d.performance!.measures!.map((m) => m.line)).toEqual([18, 19, 20, 21]);
  });
  it('reads targets written as words', () => {
    const all = d.performance!.projects.flatMap((q) => q.indicators);
    expect(all.find((i) => i.target.raw === '案件处理时限为两天')?.target).toMatchObject({ value: 2, unit: '天', operatorImplied: true });
    expect(all.find((i) => i.target.raw === '需使用资金30720元')?.target).toMatchObject({ value: 30720, yuan: 30720 });
  });
});

describe.skipIf(!hasSeeds)('seed 004: 高新区三女河办事处 2023 (performance only, 万元 in cells)', () => {
  const d = seed('004');
  it('metadata and goals', () => {
    expect([d.kind, d.department, d.year, d.title]).toEqual(['performance', '高新区三女河办事处', 2023, '高新区三女河办事处2023年部门预算绩效文本']);
    expect(d.performance!.goals.map((g) => [g.title, g.line])).toEqual([
      ['保障村级人员工资待遇，促进社会稳定', 17], ['保障各村公益事业建设，加快新农村建设', 23], ['维护辖区内社会治安，保障社会稳定', 29],
    ]);
    expect(d.performance!.overallGoal?.split('\n')).toHaveLength(2);
  });
  it('8 projects with split headings, 项目/编码 cells, 目标1/目标2', () => {
    const ps = d.performance!.projects;
    expect(ps.map((q) => [q.name, q.code, q.budget.total?.yuan, q.line])).toEqual([
      ['村干部工资、保险和聘用人员工资', null, 1619300, 57], ['村干部考核奖和离任村干部补贴', null, 717500, 162], ['征地拆迁补偿款', null, 500000, 267],
      ['京唐智慧港自来水二期用地绿化项目', null, 783200, 374], ['京唐智慧港自来水二期用地土建项目', null, 788300, 481],
      ['唐山西站站前广场物业管理费', null, 1000000, 586], ['敬老院人员经费', null, 949300, 690], ['电代煤工程款及前期费', null, 5000000, 795],
    ]);
    expect(ps[0]!.title).toBe('村干部工资、保险和聘用人员工资项目绩效目标表');
    expect(ps[0]!.goals).toEqual(['发放村级人员工资报酬，保障社会稳定。', '以资金执行、支付、按政策执行等进行绩效。']);
    expect(ps[1]!.schedule.map((s) => s.percent)).toEqual([0, 50, 50, 100]);
    expect(ps[0]!.indicators.map((i) => [i.level1, i.name, i.target.kind, i.target.value, i.target.date])).toEqual([
      ['产出指标', '享受资金人数', 'quantitative', 78, null], ['产出指标', '资金发放完成率', 'quantitative', 100, null],
      ['产出指标', '项目完成时限', 'date', null, '2023-12-31'], ['产出指标', '项目总金额', 'quantitative', 161.93, null],
      ['效果指标', '对农村经济社会发展的贡献', 'qualitative', null, null], ['满意度指标', '村干部对资金发放的满意度', 'quantitative', 90, null],
    ]);
    expect(ps.reduce((n, q) => n + q.indicators.length, 0)).toBe(48);
    // 三、工作保障措施 (line 35): （一）…（十）, up to the title of the first project table (line 55).
    expect(d.performance!.measures!.map((m) => m.line)).toEqual([37, 39, 41, 43, 45, 47, 49, 51, 53, 54]);
    expect(d.performance!.measures!.at(-1)!.text).not.toContain('村干部');
    // 电代煤工程款及前期费: budget 500万元 (line 806), cost ceiling ≤1400万元 (line 880).
    expect(d.warnings.map((w) => [w.code, w.severity, w.line, w.lines, w.expected, w.actual])).toEqual([['COST_ABOVE_BUDGET', 'warning', 876, [806, 876], 5000000, 14000000]]);
  });
});

describe.skipIf(!hasSeeds)('every figure is traceable to its source line', () => {
  it.each(['000', '001', '002', '004'])('seed %s: raw text stands on the line given', (prefix) => {
    const d = seed(prefix);
    const rows = figures(d, prefix);
    expect(rows.length).toBeGreaterThan(prefix === '000' || prefix === '001' ? 20 : 5);
    for (const r of rows) expect(compact(seedLine(prefix, r.money.line))).toContain(compact(r.money.raw));
    for (const i of [...d.performance!.departmentIndicators, ...d.performance!.projects.flatMap((q) => q.indicators)]) {
      expect(seedLine(prefix, i.line).startsWith('\t')).toBe(true);
    }
  });
});
