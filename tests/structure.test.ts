import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { parseTarget } from '../src/normalize/target.js';
import { durationOf, monthSpan } from '../src/normalize/duration.js';
import { SEVERITY } from '../src/severity.js';
import { rateOf } from '../src/normalize/rate.js';
import { RECONCILE_RULES } from '../src/checks/reconcile.js';
import { FIXTURES, ROOT, fixture } from './helpers.js';

const codes = (d: { warnings: { code: string }[] }) => d.warnings.map((w) => w.code);

describe('durations and deadlines (issue 13)', () => {
  it('a span of months and a count of months or days are durations, not dates', () => {
    expect(parseTarget('1-12月', 2024)).toMatchObject({ kind: 'duration', value: 1, upper: 12, unit: '月', date: null });
    expect(parseTarget('2024年1-12月', 2024)).toMatchObject({ kind: 'duration', value: 1, upper: 12, date: null });
    expect(parseTarget('12个月', 2024)).toMatchObject({ kind: 'duration', value: 12, unit: '个月', operator: '=' });
    expect(parseTarget('≤30个工作日', 2024)).toMatchObject({ kind: 'duration', value: 30, unit: '个工作日', operator: '≤' });
    expect(monthSpan('12-1月')).toBeNull();
    expect(monthSpan('1-13月')).toBeNull();
  });
  it('a bare month is a duration only when the indicator name says so', () => {
    const t = parseTarget('12月', 2024);
    expect(t).toMatchObject({ kind: 'date', date: '2024-12-31', yearInferred: true });
    expect(durationOf(t, '维护时长')).toMatchObject({ kind: 'duration', value: 12, unit: '月', date: null, operator: '=', operatorImplied: true });
    expect(durationOf(t, '完成时间')).toBe(t);
    // A deadline word keeps it a deadline whatever the name.
    const due = parseTarget('12月底前', 2024);
    expect(durationOf(due, '建设周期')).toBe(due);
  });
  it('yearInferred says where the year of a deadline comes from', () => {
    expect(parseTarget('≤9月份', 2022)).toMatchObject({ kind: 'date', date: '2022-09-30', yearInferred: true });
    expect(parseTarget('2023年12月底前', 2022)).toMatchObject({ kind: 'date', date: '2023-12-31', yearInferred: false });
    expect(parseTarget('≤9月份', null)).toMatchObject({ kind: 'date', date: null, yearInferred: false });
    expect(parseTarget('≥90%', 2022)).not.toHaveProperty('yearInferred');
  });
});

describe('reconciliations on fixtures/structure (issue 13)', () => {
  const pos = fixture('structure/reconcile.txt');
  const neg = fixture('structure/reconcile-negative.txt');
  const ind = (name: string) => pos.performance!.projects.flatMap((p) => p.indicators).find((i) => i.name === name)!;

  it('durations and deadlines read in the indicator table', () => {
    expect(ind('服务时长').target).toMatchObject({ kind: 'duration', value: 12, date: null });
    expect(ind('服务周期').target).toMatchObject({ kind: 'duration', value: 1, upper: 12 });
    expect(ind('完成时间').target).toMatchObject({ kind: 'date', date: '2024-12-31', yearInferred: true });
    expect(ind('验收时间').target).toMatchObject({ kind: 'date', date: '2024-06-30', yearInferred: false });
  });
  it('positive: every rule fires once, with its severity, lines and both numbers', () => {
    expect(pos.warnings.map((w) => [w.code, w.severity, w.line, w.expected, w.actual])).toEqual([
      ['PROJECTS_AGREE', 'info', 5, 1000000, 1000000],
      ['COUNT_MISMATCH', 'warning', 60, 9, 12],
      ['SUSPECT_OPERATOR', 'info', 67, undefined, undefined],
      ['COST_ABOVE_BUDGET', 'warning', 161, 400000, 480000],
      ['DATE_CONTRADICTION', 'warning', 102, 2024, 2023],
    ]);
    expect(pos.warnings.find((w) => w.code === 'COST_ABOVE_BUDGET')!.lines).toEqual([129, 161]); // 预算数 40 (line 129), ≤48万元 (line 161)
  });
  it('negative: counts agree, ≥ on a coverage rate, ≤ on a control rate, a rate 元/人/月 never compared with the budget, a completion without 已', () => {
    expect(neg.warnings.map((w) => [w.code, w.severity, w.expected, w.actual])).toEqual([['PROJECTS_PARTIAL', 'info', 1200000, 1000000]]);
  });
  it('SUM_PROJECTS when the project tables claim more than 项目支出', () => {
    const text = readFileSync(join(FIXTURES, 'structure/reconcile.txt'), 'utf8').replace('支出预算180万元', '支出预算170万元').replace('项目支出100万元', '项目支出90万元');
    const d = parseDocument(text);
    expect(d.warnings.filter((w) => /PROJECTS/.test(w.code)).map((w) => [w.code, w.severity, w.expected, w.actual])).toEqual([['SUM_PROJECTS', 'warning', 900000, 1000000]]);
  });
  it('GOAL_AMOUNT_MISMATCH for a goal whose name matches its project in part', () => {
    const goals = '（二）分项绩效目标\n1、社区服务站运转60万元，项目主要目标为保障服务站运转。\n2、道路保洁经费45万元，项目主要目标为保持道路整洁。\n';
    const text = readFileSync(join(FIXTURES, 'structure/reconcile.txt'), 'utf8').replace('第二部分 预算项目绩效目标\n', `${goals}\n第二部分 预算项目绩效目标\n`);
    const d = parseDocument(text);
    expect(d.performance!.goals.map((g) => [g.title, g.amount?.yuan])).toEqual([['社区服务站运转', 600000], ['道路保洁经费', 450000]]);
    expect(d.warnings.filter((w) => w.code === 'GOAL_AMOUNT_MISMATCH').map((w) => [w.expected, w.actual])).toEqual([[400000, 450000]]);
  });
});

describe('severity (issue 13)', () => {
  it('every warning carries the severity of its code', () => {
    for (const d of [fixture('structure/reconcile.txt'), fixture('docs/sum-mismatch.txt')]) {
      for (const w of d.warnings) expect(w.severity).toBe(SEVERITY[w.code] ?? 'warning');
    }
    expect(fixture('docs/sum-mismatch.txt').warnings.some((w) => w.severity === 'error')).toBe(true);
  });
  it('every code the sources emit, and every reconciliation rule, is in the severity table', () => {
    const src: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith('.ts')) src.push(readFileSync(join(dir, e.name), 'utf8'));
      }
    };
    walk(join(ROOT, 'src'));
    const emitted = new Set<string>();
    for (const s of src) for (const m of s.matchAll(/(?:warn|checkSum)\([^'`]*?'([A-Z][A-Z0-9_]+)'/g)) emitted.add(m[1]!);
    expect(emitted.size).toBeGreaterThan(10);
    for (const c of [...emitted, ...Object.keys(RECONCILE_RULES), 'DATE_CONTRADICTION']) expect(SEVERITY, c).toHaveProperty(c);
  });
});

describe('rates (issue 13)', () => {
  const at = (text: string, amount: string) => {
    const i = text.indexOf(amount);
    return rateOf(text, i, i + amount.length);
  };
  it('reads what an amount is per, before or after it', () => {
    expect(at('补贴按每人每月100元发放', '100元')).toBe('人/月');
    expect(at('误餐补助每人每天30元', '30元')).toBe('人/天');
    expect(at('通讯补助标准为50元/人/月', '50元')).toBe('人/月');
    expect(at('通讯补助50元／人·月', '50元')).toBe('人/月');
    expect(at('慰问困难家庭每户500元', '500元')).toBe('户');
    expect(at('清扫费每公里1200元', '1200元')).toBe('公里');
    expect(at('补贴200元每人每月', '200元')).toBe('人/月');
  });
  it('a plain amount, or 每 in another clause, is no rate', () => {
    expect(at('公务接待费1万元', '1万元')).toBeNull();
    expect(at('每月召开例会，会议费100元', '100元')).toBeNull();
    expect(at('其中人员经费100元、公用经费20元', '20元')).toBeNull();
  });
  it('fixtures/structure/rates.txt: rates keep per, lose their 每 words, and are never summed with the total', () => {
    const d = fixture('structure/rates.txt');
    const items = d.operatingExpenses!.items.map((i) => [i.name, i.amount.yuan, i.amount.per ?? null]);
    expect(items).toEqual([
      ['办公费', 120000, null], ['水电费', 80000, null],
      ['公务交通补贴', 300, '人/月'], ['网格员通讯补助标准', 50, '人/月'], ['困难家庭慰问', 500, '户'], ['道路清扫', 1200, '公里'],
    ]);
    // 12万 + 8万 = 20万: the rates are left out of SUM_OPERATING.
    expect(codes(d)).toEqual([]);
    // Negative: the same document with an amount (not a rate) that breaks the sum is flagged.
    const broken = parseDocument(readFileSync(join(FIXTURES, 'structure/rates.txt'), 'utf8').replace('按每人每月300元标准发放', '安排3万元'));
    expect(codes(broken)).toEqual(['SUM_OPERATING']);
  });
});

describe('hierarchy, reasons, purposes, measures on fixtures/structure (issue 13)', () => {
  const pos = fixture('structure/hierarchy.txt');
  const neg = fixture('structure/hierarchy-negative.txt');
  const roles = (xs: { name: string; parent?: string | null; role?: string }[] | undefined) => xs?.map((x) => [x.name, x.parent, x.role]);
  const topSum = (xs: { parent?: string | null; role?: string; amount: { yuan: number } }[]) =>
    xs.filter((x) => !x.parent && x.role === 'part').reduce((n, x) => n + x.amount.yuan, 0);

  it('positive: 主要是 parts that add up, 例如 an example, 其中 rows and 三公 parts under their item', () => {
    expect(roles(pos.budget!.expenditure!.items)).toEqual([['人员经费', '基本支出', 'part'], ['公用经费', '基本支出', 'part'], ['环境整治项目', '项目支出', 'example']]);
    expect(roles(pos.budget!.revenue!.items)).toEqual([['一般公共预算收入', null, 'part'], ['上年结转', null, 'part']]);
    expect(topSum(pos.budget!.revenue!.items)).toBe(pos.budget!.revenue!.total!.yuan);
    expect(roles(pos.threePublic!.items)).toEqual([
      ['因公出国（境）费', null, 'part'], ['公务用车购置及运行维护费', null, 'part'],
      ['公务用车购置费', '公务用车购置及运行维护费', 'part'], ['公务用车运行维护费', '公务用车购置及运行维护费', 'part'], ['公务接待费', null, 'part'],
    ]);
    expect(topSum(pos.threePublic!.items)).toBe(pos.threePublic!.total!.yuan);
    expect(roles(pos.assets!.items)).toEqual([['房屋', null, 'part'], ['办公用房', '房屋', 'part'], ['车辆', null, 'part']]);
    expect(pos.assets!.items.filter((i) => !i.parent).reduce((n, i) => n + i.value!.yuan, 0)).toBe(pos.assets!.fixedAssets!.yuan);
    expect(pos.warnings).toEqual([]);
  });
  it('negative: 主要是 … 等 items that do not add up are examples; no 其中 row, no parent', () => {
    expect(roles(neg.budget!.expenditure!.items)).toEqual([['工资福利支出', '基本支出', 'example'], ['商品服务支出', '基本支出', 'example']]);
    expect(roles(neg.threePublic!.items)!.every(([, parent, role]) => parent === null && role === 'part')).toBe(true);
    expect(roles(neg.assets!.items)).toEqual([['房屋', null, 'part'], ['车辆', null, 'part']]);
  });
  it('positive: the reason of each part, of a change explained in a sentence of its own, and 持平 as a change of 0', () => {
    expect(pos.budget!.change!.items.map((i) => [i.name, i.reason])).toEqual([
      ['基本支出', { text: '主要原因是新增人员2名', line: 9 }],
      ['项目支出', { text: '主要为一次性项目已完成', line: 9 }],
    ]);
    expect(pos.threePublic!.change!.reason).toEqual({ text: '减少的主要原因是严格执行接待标准', line: 15 });
    expect(pos.threePublic!.change!.items.map((i) => [i.name, i.amount.yuan, i.amount.raw, i.reason?.text ?? null])).toEqual([
      ['因公出国（境）费', 0, '与上年持平', '主要是无出国计划'],
      ['公务接待费', -10000, '1万元', null],
    ]);
    expect(pos.operatingExpenses!.change).toMatchObject({ comparedYear: 2023, amount: { yuan: 0, raw: '与上年持平', line: 12 }, reason: { text: '主要是支出标准未变', line: 12 } });
  });
  it('negative: no reason words, no reason; no 持平, no zero change', () => {
    expect(neg.budget!.change!.items.map((i) => i.reason)).toEqual([null, null]);
    expect(neg.budget!.change!.reason).toBeNull();
    expect(neg.threePublic!.change!.items.map((i) => i.name)).toEqual(['公务接待费']);
    expect(neg.threePublic!.change!.reason).toBeNull();
    expect(neg.operatingExpenses!.change).toBeNull();
  });
  it('purposes: 主要用于 up to the change talk, 主要为 before an example; none without the words', () => {
    expect(pos.operatingExpenses!.total!.purpose).toEqual({ text: '主要用于办公费、水电费等日常运行支出', line: 12 });
    expect(pos.budget!.expenditure!.project!.purpose).toEqual({ text: '主要为社区治理、环境整治等', line: 7 });
    expect(pos.budget!.expenditure!.basic!.purpose).toBeUndefined(); // 主要是 lists figures: they are the items
    expect(neg.operatingExpenses!.total!.purpose).toBeUndefined();
    expect(neg.budget!.expenditure!.project!.purpose).toBeUndefined();
  });
  it('工作保障措施: one measure per （一）, sub-numbered lines joined; none when the document has none', () => {
    expect(pos.performance!.measures!.map((m) => [m.line, m.text])).toEqual([
      [41, '（一）加强组织领导。成立工作专班，明确责任分工。\n1.每月召开一次调度会。\n2.建立工作台账。'],
      [44, '（二）强化监督检查。定期开展绩效运行监控。'],
      [45, '（三）规范资金管理。严格执行财务制度。'],
    ]);
    expect(neg.performance).toBeNull();
  });
});

describe('the sums count top-level parts only (issue 13)', () => {
  const base = readFileSync(join(FIXTURES, 'structure/hierarchy-negative.txt'), 'utf8');
  const variant = (items: string) => parseDocument(base.replace('机关运行经费共计安排50万元。', `机关运行经费共计安排50万元，${items}。`));
  it('主要用于 … 等 figures that fall short of the total are examples: no SUM_OPERATING', () => {
    const d = variant('主要用于办公费10万元、水电费5万元等日常运行支出');
    expect(d.operatingExpenses!.items.map((i) => i.role)).toEqual(['example', 'example']);
    expect(codes(d)).not.toContain('SUM_OPERATING');
  });
  it.each(['其中：办公费10万元、水电费5万元', '主要用于办公费10万元、水电费5万元'])('%s: parts; when they fall short, SUM_OPERATING', (items) => {
    const d = variant(items);
    expect(d.operatingExpenses!.items.map((i) => i.role)).toEqual(['part', 'part']);
    expect(codes(d)).toContain('SUM_OPERATING');
  });
});

describe('决算: the items listed under the year\'s own total are its parts', () => {
  it('其中 after 本年收入合计 (also stated again as 本单位收入为) makes the parts; a sibling in the same list stays a sibling', () => {
    const d = parseDocument(`示范幼儿园2023年度部门决算
一、收入支出决算总体情况说明
2023年度收入总计560.00万元，其中：本年收入合计500.00万元，年初结转和结余60.00万元。
二、收入决算情况说明
2023年度，本单位收入为500.00万元，其中：财政拨款收入450.00万元，占90%；事业收入50.00万元，占10%。
`, { path: 'inline.txt' });
    const parents = (d.budget?.revenue?.items ?? []).map((i) => `${i.name}:${i.parent}`);
    // 本单位收入为 states 本年收入合计 again: one item, and the 其中 after either lists its parts.
    expect(parents).toEqual(['本年收入合计:null', '年初结转和结余:null', '财政拨款收入:本年收入合计', '事业收入:本年收入合计']);
  });
});
