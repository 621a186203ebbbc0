import type { Diagnostics } from '../diagnostics.js';
import { YEAR_END_CARRY, core } from '../extract/overview-wording.js';
import type { BudgetDocument, Change, Money, NamedAmount } from '../schema/index.js';
import { amountsOf, checkSum, reportMismatch, sumAgrees } from './compare.js';
import { classifyThreePublic } from '../extract/three-public.js';
import { checkDates } from './dates.js';
import { reconcile } from './reconcile.js';
import { checkFinalAccount } from './final-account.js';
import { statesNoOtherFunds } from '../extract/performance/projects.js';

/**
 * The document's own arithmetic, as warnings with stable rule codes (listed in the README).
 * Each rule runs only where the document states every figure it needs.
 */
export const RULES = {
  SUM_REVENUE: 'revenue items add up to the revenue total',
  SUM_EXPENDITURE: 'basic + project expenditure = total expenditure',
  SUM_BASIC: 'personnel + public expenditure = basic expenditure',
  SUM_OPERATING: '机关运行经费 items add up to its total',
  SUM_THREE_PUBLIC: '因公出国 + 公务用车 + 公务接待 = “三公” total',
  SUM_VEHICLE: '公务用车购置 + 运行维护 = 公务用车购置及运行维护',
  SUM_CHANGE: 'the parts of a change add up to the change',
  SUM_PROJECT_FUNDS: 'a project’s 财政资金 + 其他资金 = 预算数',
  FIGURE_MISMATCH: 'the same figure stated twice agrees (text and table; 收入 and 支出 totals; a goal and its project)',
  PLACEHOLDER: 'no placeholder (XX, ××, 待填写) where a number belongs',
} as const;

/** The top-level parts of a list (issue 13): examples (例如, 主要为 …), notes and sub-items are not summed. */
const topParts = (items: readonly NamedAmount[]): Money[] => amountsOf(items.filter((i) => !i.parent && (i.role ?? 'part') === 'part'));

const present = (ms: (Money | null | undefined)[]): Money[] | null => (ms.every((m) => m) ? (ms as Money[]) : null);

function checkChange(d: Diagnostics, what: string, change: Change | null | undefined) {
  if (change?.amount && change.items.length > 0) {
    checkSum(d, 'SUM_CHANGE', `${what}: change parts`, change.amount, amountsOf(change.items));
  }
}

export function checkDocument(doc: BudgetDocument, d: Diagnostics): void {
  const b = doc.budget;
  // A 决算's totals are 总计 with the carry-overs: its own identities are in final-account.ts.
  const final = doc.kind === 'finalAccount';
  checkFinalAccount(doc, d);
  if (!final && b?.revenue?.total && b.revenue.items.length > 0) {
    checkSum(d, 'SUM_REVENUE', 'revenue', b.revenue.total, topParts(b.revenue.items));
  }
  const e = b?.expenditure;
  if (e?.total && !final) {
    const parts = present([e.basic, e.project]);
    // A 支出总计 that holds the 年终结转结余 the text states beside 基本支出 and 项目支出 adds up with it.
    const carry = amountsOf(e.items.filter((i) => YEAR_END_CARRY.test(core(i.name))));
    const withCarry = parts && carry.length > 0 && sumAgrees(e.total, [...parts, ...carry]);
    if (parts && !withCarry) checkSum(d, 'SUM_EXPENDITURE', 'expenditure', e.total, parts);
  }
  if (e?.basic && !final) {
    const personnel = e.items.filter((i) => /人员/.test(i.name));
    const pub = e.items.filter((i) => /公用/.test(i.name));
    if (personnel.length === 1 && pub.length === 1) {
      checkSum(d, 'SUM_BASIC', 'basic expenditure', e.basic, [personnel[0]!.amount, pub[0]!.amount]);
    }
  }
  checkChange(d, 'budget', b?.change);

  const o = doc.operatingExpenses;
  if (o?.total && o.items.length > 1) checkSum(d, 'SUM_OPERATING', '机关运行经费', o.total, topParts(o.items));
  checkChange(d, '机关运行经费', o?.change);

  const t = doc.threePublic;
  if (t?.total) {
    const vehicle = t.vehicle ?? (t.vehiclePurchase && t.vehicleOperation ? null : undefined);
    const parts = vehicle === null ? present([t.abroad, t.vehiclePurchase, t.vehicleOperation, t.reception]) : present([t.abroad, vehicle, t.reception]);
    if (parts) checkSum(d, 'SUM_THREE_PUBLIC', '“三公”经费', t.total, parts);
  }
  if (t?.vehicle) {
    const parts = present([t.vehiclePurchase, t.vehicleOperation]);
    if (parts) checkSum(d, 'SUM_VEHICLE', '公务用车购置及运行维护费', t.vehicle, parts);
  }
  if (t?.change?.amount) {
    // Top-level parts only: a table lists 公务用车 and its 其中 rows, which must not count twice.
    const by = (k: string) => amountsOf(t.change!.items.filter((i) => classifyThreePublic(i.name) === k && !/^其中/.test(i.name)));
    const vehicle = by('vehicle');
    const vehicleParts = vehicle.length ? vehicle : by('vehiclePurchase').length && by('vehicleOperation').length ? [...by('vehiclePurchase'), ...by('vehicleOperation')] : [];
    // Only when the change of every part is stated: a list that names one part ("因公出国（境）费与上年持平")
    // says nothing of the others, and their sum is no check of the total's change.
    if (by('abroad').length && vehicleParts.length && by('reception').length) {
      checkSum(d, 'SUM_CHANGE', '“三公”经费: change parts', t.change.amount, [...by('abroad'), ...vehicleParts, ...by('reception')]);
    }
  }

  // A budget balances: 收入总计 = 支出总计.
  if (b?.revenue?.total && e?.total) reportMismatch(d, 'the revenue total and the expenditure total', b.revenue.total, e.total);
  // A goal with an amount and the project table of the same name state one budget.
  for (const g of doc.performance?.goals ?? []) {
    const p = g.amount ? doc.performance!.projects.find((q) => q.name === g.title && q.budget.total) : undefined;
    if (g.amount && p) reportMismatch(d, `the budget of ${g.title} in the goals and in its project table`, g.amount, p.budget.total!);
  }

  for (const p of doc.performance?.projects ?? []) {
    const { total, fiscal, other } = p.budget;
    if (!total || !fiscal) continue;
    // 财政资金 + 其他资金 = 预算数; the warning (and the project's name in it) only when they differ. Without a 其他资金 figure
    // (a blank cell is no 0) the other funds are unknown: only a 财政资金 above the 预算数 is known to be wrong. A dash there
    // (其他资金 | — |) states none: 财政资金 alone is the 预算数.
    if (!other && statesNoOtherFunds(p)) checkSum(d, 'SUM_PROJECT_FUNDS', () => `project ${p.name ?? p.title ?? ''}`, total, [fiscal]);
    else if (other) checkSum(d, 'SUM_PROJECT_FUNDS', () => `project ${p.name ?? p.title ?? ''}`, total, [fiscal, other]);
    else if (!sumAgrees(total, [fiscal]) && fiscal.yuan > total.yuan) checkSum(d, 'SUM_PROJECT_FUNDS', () => `project ${p.name ?? p.title ?? ''} (no 其他资金 stated)`, total, [fiscal]);
  }

  // Reconciliations across parts (src/checks/reconcile.ts) and deadlines against the rows (src/checks/dates.ts).
  reconcile(doc, d);
  checkDates(doc, d);
}
