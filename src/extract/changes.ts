import type { Change } from '../schema/index.js';
import { changeBasis, comparedYear, isFlat, type Mention } from './amounts.js';

/**
 * Where a stated change goes. A budget compares with the previous year's budget (`change`);
 * a comparison with an earlier year's actuals ("比2019年决算数减少…") is kept apart in
 * `changeOnFinalAccount`. In a 决算 (final account) every change goes to `change`, its basis says which.
 */
export interface ChangeSlots {
  change: Change | null;
  changeOnFinalAccount: Change | null;
}

/** The words that state the comparison: the clause of the amount ("比2019年决算数"), or "与上年预算持平". */
function clause(m: Mention): string {
  return isFlat(m.money.raw) ? m.money.raw : m.label;
}

/** The basis a change's own clause states, or null (then its sentence tells). */
export function changeBasisOfClause(m: Mention): Change['basis'] {
  return changeBasis(clause(m));
}

// A clause that names the year it compares with (比去年 · 较2019年) but no basis.
const NAMES_YEAR = /上一?年|去年|同比|\d{4}年/;
// A comparison with the year's own budget, naming no year (比预算增加0万元): a basis of its own clause only.
const OWN_BUDGET = /(?:较|比|与)(?:年初)?预算/;

/**
 * The year and basis a change is compared with: its own clause first, then its sentence. A clause
 * that names its year (比去年增加1.55万元) takes no basis from another comparison of its sentence
 * with the year's own budget ("决算总额5.48万元，比预算增加0万元，比去年增加1.55万元").
 */
export function comparisonOf(m: Mention, year: number | null): { comparedYear: number | null; basis: Change['basis'] } {
  const c = clause(m);
  const own = changeBasis(c);
  const borrowed = own === null && NAMES_YEAR.test(c) && m.sentenceText.includes('预算') && OWN_BUDGET.test(m.sentenceText) ? null : changeBasis(m.sentenceText);
  return {
    comparedYear: comparedYear(c, year) ?? comparedYear(m.sentenceText, year),
    basis: own ?? borrowed,
  };
}

/** The change a signed mention belongs to, opened on first use. */
export function changeFor(slots: ChangeSlots, m: Mention, year: number | null, finalAccountDocument: boolean): Change {
  const { comparedYear: cy, basis } = comparisonOf(m, year);
  const slot = basis === 'finalAccount' && !finalAccountDocument ? 'changeOnFinalAccount' : 'change';
  return (slots[slot] ??= { comparedYear: cy, basis, base: null, amount: null, items: [] });
}

