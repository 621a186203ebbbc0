import type { Diagnostics } from '../diagnostics.js';
import { abs, cmp, sub, sumOf, toNumber, type Dec } from '../normalize/decimal.js';
import type { BudgetDocument, Indicator, Money, Project } from '../schema/index.js';
import { exact, maxUlp } from './compare.js';

/**
 * Reconciliations across parts of a document: the project tables against the expenditure
 * text, an indicator against its project, the goal text against its indicators. Each is a
 * rule with a code (severity in src/severity.ts), the lines involved and both numbers.
 */
export const RECONCILE_RULES = {
  SUM_PROJECTS: 'the project tables’ budgets add up to more than the 项目支出 stated in the text',
  PROJECTS_PARTIAL: 'the project tables’ budgets add up to less than 项目支出 (the tables cover part of the projects)',
  PROJECTS_AGREE: 'the project tables’ budgets add up to 项目支出 exactly (a note)',
  COST_ABOVE_BUDGET: 'a cost indicator’s amount is above its project’s budget',
  GOAL_AMOUNT_MISMATCH: 'a goal’s amount differs from the budget of its project table (names that match in part)',
  COUNT_MISMATCH: 'a count in a project’s goal text (11个社区) differs from its indicator of the same thing (13个)',
  SUSPECT_OPERATOR: 'an operator that inverts the sense of a rate (≤90% for a coverage or completion rate)',
} as const;

/** Rates where more is better: a ceiling (≤, <) on them is probably an inverted operator. */
export const RATES_MORE_IS_BETTER = /覆盖率|完成率|合格率|达标率|满意度|满意率|及时率|到位率|知晓率|参与率|普及率|执行率|办结率|解决率|处置率|受理率|回复率|发放率|兑现率|准确率|通过率|使用率|利用率|出勤率|参保率|入学率/;
/** Rates where a ceiling is the point: never suspect. */
const RATES_LESS_IS_BETTER = /控制率|发生率|投诉率|差错率|失误率|事故率|超支率|空置率|流失率|返工率|误差率|偏差率/;

/** Things counted in goal texts: the noun after 个 (11个社区 · 3个村). */
const COUNT_IN_GOAL = /(\d+)个([\u4e00-\u9fa5]{2})/g;


function projectSums(doc: BudgetDocument, d: Diagnostics): void {
  const stated = doc.budget?.expenditure?.project;
  const projects = doc.performance?.projects ?? [];
  if (!stated || projects.length === 0 || projects.some((p) => !p.budget.total)) return;
  const totals = projects.map((p) => p.budget.total!);
  // One reading of each figure for its value and its rounding unit (the tolerance is the largest).
  const s = exact(stated);
  const expected = s.value;
  let tol = s.ulp;
  const values: Dec[] = [];
  for (const t of totals) {
    const e = exact(t);
    values.push(e.value);
    if (cmp(tol, e.ulp) < 0) tol = e.ulp;
  }
  const actual = sumOf(values);
  const diff = sub(actual, expected);
  const lines = [stated.line, ...totals.map((t) => t.line)];
  const detail = { lines: [...new Set(lines)].sort((a, b) => a - b), expected: toNumber(expected), actual: toNumber(actual) };
  const n = `${projects.length} project tables`;
  if (cmp(abs(diff), tol) <= 0) {
    d.warn('PROJECTS_AGREE', `the ${n} add up to ${toNumber(actual)} yuan, the 项目支出 stated (${stated.raw})`, stated.line, detail);
  } else if (cmp(actual, expected) > 0) {
    d.warn('SUM_PROJECTS', `the ${n} add up to ${toNumber(actual)} yuan, more than the 项目支出 stated (${stated.raw}, ${toNumber(expected)} yuan)`, stated.line, detail);
  } else {
    d.warn('PROJECTS_PARTIAL', `the ${n} add up to ${toNumber(actual)} yuan, less than the 项目支出 stated (${stated.raw}, ${toNumber(expected)} yuan): they cover part of the projects`, stated.line, detail);
  }
}

const isCost = (i: Indicator) => i.category1 === 'cost' || i.category2 === 'cost';

function costCeilings(p: Project, d: Diagnostics): void {
  const budget = p.budget.total;
  if (!budget) return;
  // The budget is read only when an indicator may cap it (most projects have none that does).
  let limit: number | null = null;
  for (const i of p.indicators) {
    const t = i.target;
    // An amount (not a rate such as 元/人/月) that caps or states the cost.
    if (!isCost(i) || t.yuan === null || t.kind !== 'quantitative' || (t.operator !== '≤' && t.operator !== '<' && t.operator !== '=')) continue;
    limit ??= toNumber(exact(budget).value);
    if (t.yuan <= limit) continue;
    d.warn('COST_ABOVE_BUDGET', `project ${p.name ?? p.title ?? ''}: cost indicator ${i.name ?? ''} "${t.raw}" (${t.yuan} yuan) is above the project's budget ${budget.raw} (${limit} yuan)`, i.line, {
      lines: [budget.line, i.line].sort((a, b) => a - b),
      expected: limit,
      actual: t.yuan,
    });
  }
}

function counts(p: Project, d: Diagnostics): void {
  // Most projects count nothing: no joined copy of their texts for them.
  if (!(p.purpose ?? '').includes('个') && !p.goals.some((g) => g.includes('个'))) return;
  // The indicators that count in 个 (13个), with the words they may name the thing by: found once, not per count.
  const counting: { i: Indicator; words: string }[] = [];
  for (const i of p.indicators) {
    if (i.target.kind === 'quantitative' && i.target.value !== null && i.target.upper === null && /^个/.test(i.target.unit ?? '')) counting.push({ i, words: `${i.name ?? ''}${i.description ?? ''}` });
  }
  if (counting.length === 0) return;
  const text = [...p.goals, p.purpose ?? ''].join('\n');
  const seen = new Set<string>();
  for (const m of text.matchAll(COUNT_IN_GOAL)) {
    const n = Number(m[1]);
    const noun = m[2]!;
    if (seen.has(`${n}${noun}`)) continue;
    seen.add(`${n}${noun}`);
    const same = counting.filter((c) => c.words.includes(noun));
    if (same.length === 0 || same.some((c) => c.i.target.value === n)) continue;
    const i = same[0]!.i;
    d.warn('COUNT_MISMATCH', `project ${p.name ?? p.title ?? ''}: the goal text says ${m[0]} but indicator ${i.name ?? ''} says "${i.target.raw}"`, i.line, {
      lines: [p.line, i.line],
      expected: n,
      actual: i.target.value!,
    });
  }
}

function operators(rows: readonly Indicator[], d: Diagnostics): void {
  for (const i of rows) {
    const t = i.target;
    if ((t.operator !== '≤' && t.operator !== '<') || t.unit !== '%' || !i.name) continue;
    if (!RATES_MORE_IS_BETTER.test(i.name) || RATES_LESS_IS_BETTER.test(i.name)) continue;
    d.warn('SUSPECT_OPERATOR', `indicator ${i.name}: "${t.raw}" caps a rate where more is better (≥ was probably meant)`, i.line);
  }
}

const bare = (s: string) => s.replace(/[\s、，,（）()“”"]/g, '').replace(/(项目|资金|经费|专项)+$/, '');

function goalAmounts(doc: BudgetDocument, d: Diagnostics): void {
  const perf = doc.performance;
  if (!perf) return;
  // The projects a goal may be matched with, their names made bare once (not per goal).
  let named: { p: Project; bare: string }[] | null = null;
  for (const g of perf.goals) {
    if (!g.amount || perf.projects.some((q) => q.name === g.title)) continue; // same name: FIGURE_MISMATCH in checks/index.ts
    const t = bare(g.title);
    if (t.length < 4) continue;
    if (named === null) {
      named = [];
      for (const q of perf.projects) if (q.name && q.budget.total) named.push({ p: q, bare: bare(q.name) });
    }
    const p = named.find((q) => q.bare.length >= 4 && (q.bare.includes(t) || t.includes(q.bare)))?.p;
    if (!p) continue;
    const a = exact(g.amount);
    const b = exact(p.budget.total!);
    if (cmp(abs(sub(a.value, b.value)), maxUlp([g.amount, p.budget.total!])) <= 0) continue;
    d.warn('GOAL_AMOUNT_MISMATCH', `goal ${g.title} states ${g.amount.raw} but the project table ${p.name} states ${p.budget.total!.raw}`, g.line, {
      lines: [g.amount.line, p.budget.total!.line].sort((x, y) => x - y),
      expected: toNumber(b.value),
      actual: toNumber(a.value),
    });
  }
}

export function reconcile(doc: BudgetDocument, d: Diagnostics): void {
  projectSums(doc, d);
  goalAmounts(doc, d);
  const perf = doc.performance;
  if (!perf) return;
  operators(perf.departmentIndicators, d);
  for (const p of perf.projects) {
    costCeilings(p, d);
    counts(p, d);
    operators(p.indicators, d);
  }
}
