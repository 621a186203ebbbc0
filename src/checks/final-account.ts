import type { Diagnostics } from '../diagnostics.js';
import { overviewRole } from '../extract/final-overview.js';
import { toNumber } from '../normalize/decimal.js';
import type { BudgetDocument, Indicator, Money, NamedAmount, Project, Rate, SelfEvaluation, ThreePublicParts } from '../schema/index.js';
import { checkSum, exact } from './compare.js';

/** The rules of a final account (决算) and of a 绩效自评表, with their codes (listed in the README). */
export const FINAL_ACCOUNT_RULES = {
  SUM_FINAL_REVENUE: '本年收入合计 + 年初结转和结余 (+ 使用非财政拨款结余) = 收入总计',
  SUM_FINAL_EXPENDITURE: '本年支出合计 + 年末结转和结余 (+ 结余分配) = 支出总计',
  SUM_FINAL_SPLIT: '基本支出 + 项目支出 (+ 经营支出 …) = 本年支出合计',
  SUM_THREE_PUBLIC_BUDGETED: 'the budgeted “三公” parts add up to the budgeted total',
  EXECUTION_RATE: 'a stated execution rate agrees with actual / budgeted (to the last printed digit)',
  SELF_EVAL_SCORE: 'a self-evaluation score does not exceed its weight (分值)',
  SUM_SELF_EVAL: 'the scores of a self-evaluation add up to its 总分',
} as const;

const present = (ms: (Money | null | undefined)[]): Money[] | null => (ms.every((m) => m) ? (ms as Money[]) : null);

/** The 决算 identities over the overview: items found by their role, named as written. */
function checkOverview(doc: BudgetDocument, d: Diagnostics): void {
  const b = doc.budget;
  const role = (items: readonly NamedAmount[], r: string) => items.filter((i) => overviewRole(i.name)?.role === r).map((i) => i.amount);
  if (b?.revenue) {
    const current = role(b.revenue.items, 'current');
    const carry = role(b.revenue.items, 'carry');
    if (b.revenue.total && current.length === 1 && carry.length > 0) checkSum(d, 'SUM_FINAL_REVENUE', '收入总计', b.revenue.total, [...current, ...carry]);
  }
  const e = b?.expenditure;
  if (e) {
    const current = role(e.items, 'current');
    const carry = role(e.items, 'carry');
    if (e.total && current.length === 1 && carry.length > 0) checkSum(d, 'SUM_FINAL_EXPENDITURE', '支出总计', e.total, [...current, ...carry]);
    const parts = present([e.basic, e.project]);
    const other = e.items.filter((i) => /^(经营支出|对附属单位补助支出|上缴上级支出)$/.test(i.name)).map((i) => i.amount);
    if (current.length === 1 && parts) checkSum(d, 'SUM_FINAL_SPLIT', '本年支出合计', current[0]!, [...parts, ...other]);
  }
}

function threePublicSum(d: Diagnostics, code: string, what: string, t: ThreePublicParts | null | undefined): void {
  if (!t?.total) return;
  const vehicle = t.vehicle ?? (t.vehiclePurchase && t.vehicleOperation ? null : undefined);
  const parts = vehicle === null ? present([t.abroad, t.vehiclePurchase, t.vehicleOperation, t.reception]) : present([t.abroad, vehicle, t.reception]);
  if (parts) checkSum(d, code, what, t.total, parts);
}

/** The decimals printed in a rate: 82.9% → 0.1, 43% → 1. */
function rateUlp(raw: string): number {
  const m = /\.(\d+)/.exec(raw);
  return m ? 10 ** -m[1]!.length : 1;
}

/** A stated rate against actual / budgeted × 100, within one unit of its last printed digit. */
export function checkRate(d: Diagnostics, what: string, rate: Rate, actual: Money | null | undefined, budgeted: Money | null | undefined): void {
  if (!actual || !budgeted) return;
  const budget = toNumber(exact(budgeted).value);
  if (budget === 0) return;
  const computed = (toNumber(exact(actual).value) / budget) * 100;
  const tol = rateUlp(rate.raw);
  if (Math.abs(computed - rate.percent) <= tol + 1e-9) return;
  const shown = Math.round(computed * 100) / 100;
  d.warn('EXECUTION_RATE', `${what}: the rate ${rate.raw} differs from ${actual.raw} / ${budgeted.raw} = ${shown}%`, rate.line, {
    lines: [...new Set([rate.line, actual.line, budgeted.line])].sort((a, b) => a - b),
    expected: rate.percent,
    actual: shown,
  });
}

const byName = (items: readonly NamedAmount[] | undefined, name: string) => items?.find((i) => i.name === name)?.amount ?? null;

function checkRates(doc: BudgetDocument, d: Diagnostics): void {
  const t = doc.threePublic;
  for (const r of t?.executionRates ?? []) {
    const k = r.of as keyof ThreePublicParts;
    if (t && k in (t.budgeted ?? {})) checkRate(d, `“三公”经费 ${r.of}`, r, t[k], t.budgeted?.[k]);
  }
  const o = doc.operatingExpenses;
  for (const r of o?.executionRates ?? []) if (r.of === 'total') checkRate(d, '机关运行经费', r, o?.total, o?.budgeted?.total);
  const b = doc.budget;
  for (const r of b?.executionRates ?? []) {
    const actual = byName(b?.expenditure?.items, r.of) ?? byName(b?.revenue?.items, r.of);
    const budgeted = byName(b?.budgeted?.expenditure?.items, r.of) ?? byName(b?.budgeted?.revenue?.items, r.of);
    checkRate(d, r.of, r, actual, budgeted);
  }
  // The name of a project is written only where a rate is checked (most projects state none).
  const evaluated = (what: () => string, s: SelfEvaluation | null | undefined) => {
    if (s?.executionRate) checkRate(d, what(), s.executionRate, s.executed, s.adjustedBudget ?? s.initialBudget);
  };
  for (const p of doc.performance?.projects ?? []) evaluated(() => projectName(p), p.selfEvaluation);
  evaluated(() => '部门整体支出', doc.performance?.departmentEvaluation);
}

const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

/** How a warning names a project. */
const projectName = (p: Project): string => `project ${p.name ?? p.title ?? ''}`;

function checkSelfEvaluations(doc: BudgetDocument, d: Diagnostics): void {
  const perf = doc.performance;
  for (const p of perf?.projects ?? []) checkSelfEvaluation(d, () => projectName(p), p.indicators, p.selfEvaluation);
  if (perf?.departmentEvaluation) checkSelfEvaluation(d, () => '部门整体支出', perf.departmentIndicators, perf.departmentEvaluation);
}

/**
 * The scores of one self-evaluation table. Its name is written only for a warning, and nothing is
 * copied for a table whose indicators carry no score (most project tables of a budget).
 */
function checkSelfEvaluation(d: Diagnostics, name: () => string, indicators: readonly Indicator[], s: SelfEvaluation | null | undefined): void {
  let scored: Indicator[] | null = null;
  for (const i of indicators) if (i.score !== undefined) (scored ??= []).push(i);
  if (scored === null && !s) return;
  const what = name();
  for (const i of scored ?? []) {
    if (i.score != null && i.weight != null && i.score > i.weight) {
      d.warn('SELF_EVAL_SCORE', `${what}: indicator ${i.name ?? ''} scores ${i.score} of a weight of ${i.weight}`, i.line, { expected: i.weight, actual: i.score });
    }
  }
  if (s?.budgetScore != null && s.budgetWeight != null && s.budgetScore > s.budgetWeight) {
    d.warn('SELF_EVAL_SCORE', `${what}: the execution rate scores ${s.budgetScore} of a weight of ${s.budgetWeight}`, s.line, { expected: s.budgetWeight, actual: s.budgetScore });
  }
  if (!s || s.totalScore === null || scored === null || scored.some((i) => i.score === null)) return;
  const scores = [...scored.map((i) => i.score!), ...(s.budgetScore !== null ? [s.budgetScore] : [])];
  const places = Math.max(decimals(s.totalScore), ...scores.map(decimals));
  const scale = 10 ** places;
  const sum = scores.reduce((a, x) => a + Math.round(x * scale), 0);
  const tol = Math.max(1, 10 ** (places - decimals(s.totalScore)) / 2);
  if (Math.abs(sum - Math.round(s.totalScore * scale)) > tol) {
    d.warn('SUM_SELF_EVAL', `${what}: 总分 ${s.totalScore} but the scores add up to ${sum / scale}`, s.line, { expected: s.totalScore, actual: sum / scale });
  }
}

export function checkFinalAccount(doc: BudgetDocument, d: Diagnostics): void {
  if (doc.kind === 'finalAccount') {
    checkOverview(doc, d);
    threePublicSum(d, 'SUM_THREE_PUBLIC_BUDGETED', '“三公”经费 budgeted', doc.threePublic?.budgeted);
  }
  checkRates(doc, d);
  checkSelfEvaluations(doc, d);
}
