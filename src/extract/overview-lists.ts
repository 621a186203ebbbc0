import type { Budget, Money, NamedAmount } from '../schema/index.js';
import { positionOf, type Mention } from './amounts.js';
import * as W from './overview-wording.js';
import { BOTH_TOTAL, EXPENDITURE_HEAD, LISTED_SOURCE, REVENUE_HEAD, REVENUE_LIST, REVENUE_SOURCE, core } from './overview-wording.js';

/**
 * What a list in the budget overview belongs to: the revenue sources stated under the revenue
 * total (in a list, or one to a sentence), and the 其中 that lists the parts of another figure.
 */

export const named = (m: Mention): NamedAmount => ({ name: m.label, amount: m.money });

/**
 * "一般公共预算财政拨款支出12,672.73万元，比2025年增加…。其中：基本支出5,445.39万元…": a 其中 sentence
 * lists the parts of the figure just before it (in its paragraph, or ending the paragraph before); when
 * that figure is not a total of the department, they are its parts, not the department's 基本支出.
 */
export function partsOfAnother(first: Mention, mentions: readonly Mention[], previous: readonly Mention[]): boolean {
  if (!/^\s*其中/.test(first.sentenceText)) return false;
  const i = mentions.indexOf(first);
  const earlier = i > 0 ? mentions.slice(0, i) : previous;
  let owner: Mention | undefined;
  for (let k = earlier.length - 1; k >= 0 && !owner; k--) if (earlier[k]!.sign === null && earlier[k]!.label) owner = earlier[k];
  if (!owner || owner.sentenceText === first.sentenceText) return false;
  const c = core(owner.label);
  return !(W.EXPENDITURE_TOTAL.test(c) || W.REVENUE_TOTAL.test(c) || BOTH_TOTAL.test(c) || EXPENDITURE_HEAD.test(owner.sentenceText) || REVENUE_HEAD.test(owner.sentenceText));
}

/** One name for the wordings of a revenue source: 本年一般公共预算收入 = 一般公共预算拨款收入. */
const sourceKey = (name: string): string => name.replace(/^本年/, '').replace(/拨款|预算|财政(?!专户)|收入$/g, '');

/** The revenue sources of the overview being read: items of `budget.revenue`, restatements into `restated`. */
export function revenueLists(budget: Budget, restated: Money[]) {
  /**
   * The sources listed after the revenue total, in its sentence or in the 其中 sentence right after
   * it: "收入预算47,145万元，其中：财政拨款收入47,145万元，比2025年预算增加…；事业收入0万元；…" ·
   * "…收入预算为15184.81万元，比上年增加…。其中：一般公共预算拨款收入10984.81万元、…". The list is
   * the unsigned figures named as sources, in order, up to the first figure that names none.
   */
  const listedSources = (ms: readonly Mention[]): NamedAmount[] => {
    const out: NamedAmount[] = [];
    for (const m of ms) {
      if (m.sign !== null) continue;
      if (!LISTED_SOURCE.test(core(m.label))) break;
      out.push(named(m));
    }
    return out;
  };
  /**
   * A sentence that opens with one source of revenue, once the revenue total is known: an item of
   * it ("（1）一般公共预算拨款收入 48,592.98 万元，与上年相比增加…"). Its change stays reported.
   * A source already listed is not listed again.
   */
  const revenueSource = (sentence: readonly Mention[]): boolean => {
    const first = sentence[0]!;
    const name = core(first.label);
    if (first.sign !== null || !budget.revenue?.total || !REVENUE_SOURCE.test(name)) return false;
    // A list ("收入包括：一般公共预算拨款收入6800万元、上年结转127.14万元") is read as a list.
    if (REVENUE_LIST.test(first.sentenceText) || REVENUE_HEAD.test(first.sentenceText) || sentence.some((m) => m !== first && m.sign === null)) return false;
    // "本年一般公共预算收入 48,592.98" in a later section names the "一般公共预算拨款收入" listed above.
    const key = sourceKey(name);
    const known = budget.revenue.items.find((i) => sourceKey(core(i.name)) === key);
    if (known) {
      if (known.amount.yuan !== first.money.yuan) return false; // said otherwise: reported, not placed
      restated.push(first.money);
      return true;
    }
    budget.revenue.items.push(named(first));
    return true;
  };
  return { listedSources, revenueSource };
}

/**
 * Whether a change's clause comes right after a figure ("其中财政拨款1150万元，比上年增加50万元": only a comma
 * between), so that it is that figure's change; "…差旅费24万元等日常运行支出，比上年减少3.5万元" closes the list first.
 */
export function changeRightAfter(figure: Mention, change: Mention): boolean {
  const a = positionOf(figure.money);
  const b = positionOf(change.money);
  if (!a || !b || a.paragraph !== b.paragraph || b.start < a.end) return false;
  return /^\s*[，,]/.test(a.paragraph.text.slice(a.end, Math.min(b.start, a.end + 4)));
}
