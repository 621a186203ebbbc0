import type { Change } from '../schema/index.js';
import { changeBasis, comparedYear, groupBefore, isFlat, positionOf, type Mention } from './amounts.js';

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
  return isFlat(m.money.raw) ? m.money.raw : `${comparedLead(m)}${m.label}`;
}

/** A clause that only says what is compared with, before the change's own clause: "与上年决算数相比，增加1.00万元". */
const COMPARED_LEAD = /(?:^|[，,])\s*((?:与|同|和|较)[^，,。；;：:]{1,20}?(?:相比|相较|比较))\s*[，,]\s*[^，,。；;：:]*$/;

/** The comparison clause right before a change whose own words name none ("增加"), or ''. */
function comparedLead(m: Mention): string {
  if (m.sign === null || /比|较|与|同/.test(m.label)) return '';
  const pos = positionOf(m.money);
  if (!pos) return '';
  return COMPARED_LEAD.exec(groupBefore(pos.paragraph.text, pos.start, 60))?.[1] ?? '';
}

/** The basis a change's own clause states, or null (then its sentence tells). */
export function changeBasisOfClause(m: Mention): Change['basis'] {
  return changeBasis(clause(m));
}

// A clause that names the year it compares with (比去年 · 较2019年) but no basis.
const NAMES_YEAR = /上一?年|去年|同比|\d{4}年/;
// A comparison with the year's own budget, naming no year (比预算增加0万元): a basis of its own clause only.
// Also one that names the year (比2023年度预算减少1.40万元 in a 2023 决算): a clause that names its own year
// ("决算比2022年度减少0.60万元") takes no basis from it.
const OWN_BUDGET = /(?:较|比|与)(?:\d{4}年度?|本年度?|当年)?(?:年初|调整后?的?)?预算|和(?:年初|调整后?的?)?预算[^，,。；;]{0,6}?(?:持平|相同)/;

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

/**
 * The change a signed mention belongs to, opened on first use; null when its own clause compares with
 * another year than that change's: "比上年决算数增加10.20万元；比2019年（疫情前）决算数减少15.70万元" states
 * two changes, and the second is no part of the first. A change against a year before the previous one
 * opens no `change` either (that slot is the change on the year before); such a figure is left for
 * UNPLACED_FIGURE, never merged into the year-on-year change.
 */
export function changeFor(slots: ChangeSlots, m: Mention, year: number | null, finalAccountDocument: boolean): Change | null {
  const { comparedYear: cy, basis } = comparisonOf(m, year);
  const slot = basis === 'finalAccount' && !finalAccountDocument ? 'changeOnFinalAccount' : 'change';
  const open = slots[slot];
  if (open) return otherYearThan(m, open, year) ? null : open;
  if (slot === 'change' && year !== null && cy !== null && cy < year - 1) return null;
  return (slots[slot] = { comparedYear: cy, basis, base: null, amount: null, items: [] });
}

/** Whether a signed mention's own clause names a compared year other than the open change's (比2019年… after 比上年…). */
export function otherYearThan(m: Mention, change: Change, year: number | null): boolean {
  const own = comparedYear(clause(m), year);
  return own !== null && change.comparedYear !== null && own !== change.comparedYear;
}
