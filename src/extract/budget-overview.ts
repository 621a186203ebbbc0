import type { Block } from '../blocks/index.js';
import type { Budget, Change, Money } from '../schema/index.js';
import { reportMismatch } from '../checks/compare.js';
import { placed, positionOf, scanAmounts, signedMoney, warnUnplaced, type Mention } from './amounts.js';
import { isPreviousYearFigure, ownYear } from './other-year.js';
import { changeBasisOfClause, changeFor, comparisonOf, otherYearThan, type ChangeSlots } from './changes.js';
import { compact, paragraphs, type ExtractContext } from './context.js';
import { extractFinalOverview } from './final-overview.js';
import * as W from './overview-wording.js';
import { changeRightAfter, named, partsOfAnother, revenueLists } from './overview-lists.js';
import { BASIC, BOTH_TOTAL, BY_USE, COMPARED, EXPENDITURE_HEAD, EXPENDITURE_LIST, EXPENDITURE_LIST_INSIDE, FISCAL_SCOPE, PROJECT, REVENUE_HEAD, LISTED_SOURCE, REVENUE_LIST, YEAR_END_CARRY, core } from './overview-wording.js';

/** The total patterns, tried on the label without the department and year before it. */
const REVENUE_TOTAL = { test: (label: string) => W.REVENUE_TOTAL.test(core(label)) };
const EXPENDITURE_TOTAL = { test: (label: string) => W.EXPENDITURE_TOTAL.test(core(label)) };


/**
 * "收入预算7,552.92万元，比上年增加6,816.11万元…；支出预算7,552.92万元，比上年增加…": a total
 * that follows a change in the same sentence starts a statement of its own.
 */
function splitAtTotals(sentence: Mention[]): Mention[][] {
  const out: Mention[][] = [[]];
  let changed = false;
  // The total the current part opened with: "收入预算为350万元，支出预算为350万元，其中基本支出…" is two
  // totals in one sentence, and the 其中 after the second lists its parts, not the first's.
  let opened: 'revenue' | 'expenditure' | null = null;
  for (const m of sentence) {
    const total = m.sign !== null ? null : REVENUE_TOTAL.test(m.label) ? 'revenue' : EXPENDITURE_TOTAL.test(m.label) ? 'expenditure' : null;
    if (total && (changed || (opened !== null && opened !== total))) {
      out.push([]);
      changed = false;
      opened = null;
    }
    if (total && out[out.length - 1]!.length === 0) opened = total;
    if (m.sign !== null) changed = true;
    out[out.length - 1]!.push(m);
  }
  return out;
}

/**
 * The index of the first mention of a sentence that lists the revenue first ("收入包括：…") that stands
 * in its expenditure list ("…；支出包括：…", EXPENDITURE_LIST_INSIDE), or -1. Only the text between the
 * sentence's first and last figures is searched.
 */
function spendingListAt(sentence: Mention[]): number {
  const from = positionOf(sentence[0]!.money);
  const to = positionOf(sentence[sentence.length - 1]!.money);
  if (!from || !to || to.paragraph !== from.paragraph) return -1;
  const at = from.paragraph.text.slice(from.start, to.start).search(EXPENDITURE_LIST_INSIDE);
  if (at < 0) return -1;
  const k = sentence.findIndex((m) => (positionOf(m.money)?.start ?? -1) > from.start + at);
  return k > 0 ? k : -1;
}

/** A figure named 基本支出 / 项目支出 fills the expenditure's basic / project, where still empty: whether it did. */
function takeSpendingPart(e: NonNullable<Budget['expenditure']>, m: Mention): boolean {
  const label = core(m.label);
  if (BASIC.test(label) && !e.basic) e.basic = m.money;
  else if (PROJECT.test(label) && !e.project) e.project = m.money;
  else return false;
  return true;
}

/** Basic, project and the other parts of the expenditure, as a list after its total names them. */
function addSpendingParts(e: NonNullable<Budget['expenditure']>, ms: readonly Mention[]): void {
  for (const m of ms) {
    if (!m.label || m.sign !== null) continue;
    if (!takeSpendingPart(e, m)) e.items.push(named(m));
  }
}

/**
 * The lists of a sentence that follows a statement of the 财政拨款 totals in its paragraph
 * ("…财政拨款收支总预算5973.01万元。收入包括：…；支出包括：…"): the appropriations', not the department's.
 */
function fiscalScope(first: Mention): boolean {
  const pos = positionOf(first.money);
  if (!pos) return false;
  // The last sentence before the list's that states a figure (searched back at most 200 characters from
  // the figure): "…财政拨款收支总预算500万元。收入全部为一般公共预算拨款收入。支出包括：…" lists the appropriations'.
  const from = Math.max(0, pos.start - 200);
  const near = pos.paragraph.text.slice(from, pos.start);
  let end = near.lastIndexOf('。');
  while (end > 0) {
    const start = near.lastIndexOf('。', end - 1) + 1;
    const sentence = near.slice(start, end);
    // "…财政拨款收支总预算120万元。收入包括：一般公共预算拨款120万元。支出包括：…": the revenue list
    // between is of the same total; the statement before it decides.
    if (FIGURE_IN.test(sentence) && !REVENUE_LIST.test(sentence)) return FISCAL_SCOPE.test(sentence);
    end = start - 1;
  }
  return false;
}
/** A sentence that states a figure: an amount with its unit. */
const FIGURE_IN = /\d\s*(?:亿|万)?元/;

/** Group mentions by sentence. */
function bySentence(ms: Mention[]): Mention[][] {
  const groups = new Map<number, Mention[]>();
  for (const m of ms) {
    const g = groups.get(m.sentence) ?? [];
    g.push(m);
    groups.set(m.sentence, g);
  }
  return [...groups.values()];
}

/** A change sentence: "较2021年预算减少916.22万元，其中：基本支出减少3.93万元…". */
export function changeOf(ms: Mention[], year: number | null): Change | null {
  return changesOf(ms, year, true).change;
}

/**
 * The changes a sentence states: the first signed figure is the change, the next ones its parts;
 * a signed figure whose own clause compares with an earlier year's 决算 ("比2019年决算数减少…")
 * opens the change kept apart (`changeOnFinalAccount`), unless the document is a 决算 itself.
 */
export function changesOf(ms: Mention[], year: number | null, finalAccount: boolean): ChangeSlots {
  const slots: ChangeSlots = { change: null, changeOnFinalAccount: null };
  let open: Change | null = null;
  for (const m of ms) {
    if (m.sign === null) continue;
    const own = comparisonOf(m, year);
    const opensApart = !finalAccount && own.basis === 'finalAccount' && changeBasisOfClause(m) !== null && open !== slots.changeOnFinalAccount;
    if (!open || opensApart) {
      const target = changeFor(slots, m, year, finalAccount);
      if (!target) continue; // compared with another year than its change: UNPLACED_FIGURE
      if (target.amount === null) {
        const before = ms.slice(0, ms.indexOf(m)).filter((x) => x.sign === null && x.sentence === m.sentence && !COMPARED.test(x.label));
        target.base = before.length === 1 ? before[0]!.money : null;
        target.amount = signedMoney(m);
        open = target;
        continue;
      }
      open = target;
    }
    // "…；财政部门安排20000万元，比上年实际完成增加5000万元": a later change whose words only compare
    // (比上年实际完成) names no part of the open change; it is left for UNPLACED_FIGURE.
    if (COMPARED.test(m.label) || otherYearThan(m, open, year)) continue;
    // A later change with no words of its own ("办公费12万元，较上年11万元增加1万元") names no part: UNPLACED_FIGURE.
    const name = W.changePartName(m.label);
    if (!name) continue;
    open.items.push({ name, amount: signedMoney(m) });
  }
  return slots;
}

/**
 * 预算安排的总体情况: revenue (收入说明), expenditure (支出说明) and the change on the
 * year before (比上年增减情况), read from the sentences.
 */
export function extractBudgetOverview(blocks: readonly Block[], ctx: ExtractContext): Budget {
  // A 决算: actual figures, the budget beside them, the 决算 overview table (final-overview.ts).
  if (ctx.kind === 'finalAccount') return extractFinalOverview(blocks, ctx);
  const budget: Budget = { revenue: null, expenditure: null, change: null, changeOnFinalAccount: null, changeOnBudget: null, budgeted: null, executionRates: [] };
  const all: Mention[] = [];
  const restated: Money[] = [];
  const expenditure = () => (budget.expenditure ??= { total: null, basic: null, project: null, items: [] });
  const finalAccount = (ctx.kind as string | undefined) === 'finalAccount'; // read by final-overview.ts above
  const { listedSources, revenueSource } = revenueLists(budget, restated);
  /** Where the revenue total was read from a sentence (its paragraph's mentions and its sentence). */
  let revenueAt = null as { mentions: Mention[]; sentence: number } | null;
  // The last unsigned figure of a paragraph cut by a hard wrap (it ends mid-sentence): the subject of a change that opens the next one.
  let carried: Mention | null = null;
  let before: Mention[] = []; // the figures of the paragraph before (that holds figures)
  // A short paragraph without figures just above ("1、一般公共服务支出（类）行政运行（项）"): the lead of
  // the first sentence below it, as the sentence before is within a paragraph (Mention.lead).
  let subhead: string | undefined;
  const paras = paragraphs(blocks);
  const scans = paras.map((p) => scanAmounts(p));
  // Another year's figures (2020年部门收入预算为… in a 2021 budget) are reported, never read (other-year.ts).
  const allScanned = scans.flat();
  const ownFigures = ownYear(allScanned, ctx.year);
  const own = ownFigures === allScanned ? null : new Set(ownFigures);
  for (const [pi, p] of paras.entries()) {
    const scanned = scans[pi]!;
    all.push(...scanned);
    const mentions = own ? scanned.filter((m) => own.has(m)) : scanned;
    if (mentions.length === 0) {
      subhead = scanned.length === 0 && p.text.length <= 40 ? p.text : undefined;
      continue;
    }
    if (subhead) for (const m of mentions) if (m.sentence === 0) m.lead ??= subhead;
    subhead = undefined;
    const previous = before;
    before = mentions;
    const wrapped = carried;
    carried = W.SENTENCE_END.test(p.text) ? null : ([...mentions].reverse().find((m) => m.sign === null && m.label) ?? null);
    for (const [si, sentence] of bySentence(mentions).flatMap(splitAtTotals).entries()) {
      const [first, ...rest] = sentence;
      if (!first) continue;
      // "…收入预算为15184.81万元，比上年增加…。其中：一般公共预算拨款收入10984.81万元、…": the sources.
      // (Also "其中：…" opening the next paragraph, when the total's sentence ended the one before.)
      const next = revenueAt && ((revenueAt.mentions === mentions && first.sentence === revenueAt.sentence + 1) || (revenueAt.mentions === previous && first.sentence === 0 && previous[previous.length - 1]!.sentence === revenueAt.sentence));
      if (next && budget.revenue?.items.length === 0 && /^\s*其中/.test(first.sentenceText)) {
        const items = listedSources(sentence);
        if (items.length > 0) {
          budget.revenue.items.push(...items);
          continue;
        }
      }
      if (sentence.some((m) => m.sign !== null)) {
        // "基本支出预算2476260.58元，…同比减少4966.66元": the change of a part, not of the whole; it is
        // left for the UNPLACED_FIGURE warning (so is one that opens the line after a hard wrap).
        // ("（1）一般公共预算拨款收入…，与上年相比增加…" under the revenue total is an item of it first.)
        if (revenueSource(sentence)) continue;
        const subject = first.sign === null ? first : si === 0 ? wrapped : null;
        if (subject && W.isPartSubject(subject.label)) continue;
        // "与上年相比，财政拨款收支预算增加20万元": the change of the 财政拨款 totals, not the department's.
        if (first.sign !== null && FISCAL_SCOPE.test(compact(first.label))) continue;
        // "（一）人员经费。安排500万元，比上年增加10万元": a figure that names nothing ("安排") is what the
        // sentence or short line before it names; when that is a part, the change is the part's.
        if (subject && !core(subject.label) && subject.lead && W.leadNamesPart(subject.lead)) continue;
        // "2026年收入预算51036.22万元，比2025年…增加5478.54万元": the total, then the change.
        // "(二)支出预算:2026年年初预算数…万元,其中:…；支出比2025年增加…": headed by what the total is.
        const lead = first.sentenceText;
        const firstChange = sentence.findIndex((m) => m.sign !== null);
        const parts = sentence.slice(1, firstChange).filter((m) => m.label && m.sign === null);
        if (first.sign === null && !budget.revenue && (REVENUE_TOTAL.test(first.label) || REVENUE_HEAD.test(lead))) {
          budget.revenue = { total: first.money, items: REVENUE_HEAD.test(lead) ? parts.map(named) : listedSources(sentence.slice(1)) };
          revenueAt = { mentions, sentence: first.sentence };
        } else if (first.sign === null && budget.revenue?.total && REVENUE_TOTAL.test(first.label) && first.money.yuan === budget.revenue.total.yuan) {
          // The revenue total stated again (收支总预算…, then 收入预算…，比上年…): its 其中 lists the sources too.
          revenueAt = { mentions, sentence: first.sentence };
        } else if (first.sign === null && BOTH_TOTAL.test(core(first.label)) && !budget.revenue?.total && !budget.expenditure?.total) {
          // "2025年收支预算总额536.40万元，较上年增加26.40万元": both totals, then their change.
          if (budget.revenue) budget.revenue.total = first.money;
          else budget.revenue = { total: first.money, items: [] };
          expenditure().total = first.money;
        } else if (first.sign === null && !budget.expenditure?.total && (EXPENDITURE_TOTAL.test(first.label) || EXPENDITURE_HEAD.test(lead))) {
          const e = expenditure();
          e.total = first.money;
          // "支出预算15184.81万元，比上年增加…。其中：基本支出5915.38万元、项目支出9269.43万元"
          for (const m of sentence.slice(1)) {
            if (m.sign !== null || !m.label) continue;
            if (!takeSpendingPart(e, m) && EXPENDITURE_HEAD.test(lead) && sentence.indexOf(m) < firstChange) e.items.push(named(m));
          }
        }
        // "收入预算1200万元，其中财政拨款1150万元，比2024年年初预算增加50万元": the change follows a part, and is
        // the part's, not the total's (UNPLACED_FIGURE); unless the part is the whole of it (the same amount).
        const owner = firstChange > 0 ? sentence[firstChange - 1]! : null;
        // (The figure a change is counted from, 比2025年年初预算数45557.68万元增加…, is no part.)
        if (owner && owner !== first && first.sign === null && owner.label && !COMPARED.test(owner.label) && !isPreviousYearFigure(owner) && owner.money.yuan !== first.money.yuan && changeRightAfter(owner, sentence[firstChange]!)) continue;
        const found = changesOf(sentence, ctx.year, finalAccount);
        budget.change ??= found.change;
        budget.changeOnFinalAccount ??= found.changeOnFinalAccount;
        continue;
      }
      if (first.sign !== null) continue;
      if (revenueSource(sentence)) continue;
      const lead = first.sentenceText;
      if (REVENUE_HEAD.test(lead) && !budget.revenue?.total && !W.EXPENDITURE_TOTAL.test(core(first.label))) {
        // "(一)收入预算:2026年年初预算数14,770.62万元,其中:一般公共预算拨款12,672.73万元,…"
        budget.revenue = { total: first.money, items: rest.filter((m) => m.label && m.sign === null).map(named) };
        continue;
      }
      if (EXPENDITURE_HEAD.test(lead) && !budget.expenditure?.total && !W.REVENUE_TOTAL.test(core(first.label))) {
        const e = expenditure();
        e.total = first.money;
        addSpendingParts(e, rest);
        continue;
      }
      if (REVENUE_LIST.test(lead) && first.label && !REVENUE_TOTAL.test(first.label)) {
        // "收入包括：一般公共预算拨款收入700万元、上年结转92.22万元。"
        budget.revenue ??= { total: null, items: [] };
        // Only the sources: "收入包括：…当年拨款收入5973.01万元；支出包括：社会保障和就业支出…" goes on with the expenditure.
        const spending = spendingListAt(sentence);
        const sources = spending < 0 ? sentence : sentence.slice(0, spending);
        const listed = budget.revenue.items.length === 0 && !fiscalScope(first) ? sources.filter((m) => m.label && m.sign === null && LISTED_SOURCE.test(core(m.label))).map(named) : [];
        budget.revenue.items.push(...listed);
        // … and the expenditure list after its own 支出包括： is the expenditure's, when the revenue list
        // before it was the department's (read here); after the department's lists were read elsewhere,
        // the pair lists another total's (财政拨款收支总预算…), and is left for UNPLACED_FIGURE.
        const e = spending < 0 || listed.length === 0 ? null : expenditure();
        if (e && e.items.length === 0 && !e.basic && !e.project) addSpendingParts(e, sentence.slice(spending));
      } else if (EXPENDITURE_LIST.test(lead) && first.label && !EXPENDITURE_TOTAL.test(first.label) && !fiscalScope(first)) {
        const e = expenditure();
        for (const m of sentence) {
          if (!m.label || m.sign !== null) continue;
          if (BASIC.test(m.label) && !e.basic) e.basic = m.money;
          else if (PROJECT.test(m.label) && !e.project) e.project = m.money;
          else e.items.push(named(m));
        }
      } else if (BOTH_TOTAL.test(core(first.label)) && !budget.revenue?.total && !budget.expenditure?.total) {
        // "收支总预算6927.14万元": one figure, the revenue and the expenditure total (also after the lists of both).
        if (budget.revenue) budget.revenue.total = first.money;
        else budget.revenue = { total: first.money, items: [] };
        const e = expenditure();
        e.total = first.money;
        // "收支总预算320万元，其中：基本支出220万元，项目支出100万元": the parts right after it are the spending's
        // (up to the first figure that is neither).
        for (const m of rest) if (m.sign !== null || !takeSpendingPart(e, m)) break;
      } else if (!budget.revenue && REVENUE_TOTAL.test(first.label)) {
        // "收入总计356.2万元，支出总计356.2万元": the expenditure total is no revenue item.
        const exp = rest.find((m) => m.sign === null && EXPENDITURE_TOTAL.test(m.label));
        if (exp && !budget.expenditure?.total) expenditure().total = exp.money;
        budget.revenue = { total: first.money, items: rest.filter((m) => m.label && m.sign === null && m !== exp).map(named) };
      } else if (budget.revenue && budget.revenue.total === null && REVENUE_TOTAL.test(first.label)) {
        budget.revenue.total = first.money;
      } else if (budget.revenue?.total && REVENUE_TOTAL.test(first.label) && first.money.yuan === budget.revenue.total.yuan && budget.revenue.items.length === 0 && rest.length > 0 && listedSources(rest).length > 0) {
        // "收支预算总计860万元。" ⏎ "收入预算860万元，其中：一般公共预算拨款收入820万元，事业收入40万元": the total stated
        // again (the same amount) with its sources after it.
        budget.revenue.items.push(...listedSources(rest));
        restated.push(first.money);
      } else if (budget.expenditure?.total && EXPENDITURE_TOTAL.test(first.label) && first.money.yuan === budget.expenditure.total.yuan && !budget.expenditure.basic && !budget.expenditure.project && rest.some((m) => m.sign === null && (BASIC.test(core(m.label)) || PROJECT.test(core(m.label))))) {
        // "…" ⏎ "支出预算860万元，其中：基本支出560万元，项目支出300万元": the expenditure total stated again, with its parts.
        const e = budget.expenditure;
        for (const m of rest) if (m.sign === null) takeSpendingPart(e, m);
        restated.push(first.money);
      } else if (budget.revenue?.total && REVENUE_TOTAL.test(first.label) && sentence.length === 1) {
        // "1、收入：6927.14万元" after "收支总预算6927.14万元": the same total stated again must agree.
        reportMismatch(ctx.diagnostics, 'revenue total stated twice', budget.revenue.total, first.money);
        restated.push(first.money);
      } else if (budget.expenditure?.total && EXPENDITURE_TOTAL.test(first.label) && sentence.length === 1) {
        reportMismatch(ctx.diagnostics, 'expenditure total stated twice', budget.expenditure.total, first.money);
        restated.push(first.money);
      } else if ((!budget.expenditure || budget.expenditure.total === null) && EXPENDITURE_TOTAL.test(first.label)) {
        const e = expenditure();
        e.total = first.money;
        for (const m of rest) {
          if (!m.label || m.sign !== null) continue;
          if (/基本支出/.test(m.label) && !e.basic) e.basic = m.money;
          else if (/项目支出$/.test(m.label) && !e.project) e.project = m.money;
          else e.items.push(named(m));
        }
      } else if (YEAR_END_CARRY.test(core(first.label)) && budget.expenditure?.total && !finalAccount) {
        // "（三）年终结转结余资金108.27万元" after 基本支出 and 项目支出: a part of the 支出总计.
        expenditure().items.push(named(first));
      } else if (budget.expenditure?.total && BY_USE.test(first.sentenceText) && !partsOfAnother(first, mentions, previous)) {
        // "2.按支出用途分类，包括人员支出1487.48万元，…日常公用支出116.93万元，项目支出4651.90万元，结转下年0万元"
        const e = expenditure();
        for (const m of sentence) if (m.sign === null) takeSpendingPart(e, m);
      } else if ((BASIC.test(core(first.label)) || PROJECT.test(core(first.label))) && !partsOfAnother(first, mentions, previous)) {
        // "其中：基本支出5915.38万元、项目支出9269.43万元" · "基本支出预算32780.46万元"
        const e = expenditure();
        for (const m of sentence) if (m.sign === null) takeSpendingPart(e, m);
      }
    }
  }
  if (!budget.revenue && !budget.expenditure && !budget.change && !budget.changeOnFinalAccount) {
    ctx.diagnostics.warn('NO_BUDGET_FIGURES', 'the 预算总体情况 section holds no revenue, expenditure or change figure', null);
  }
  warnUnplaced(ctx.diagnostics, '预算总体情况', all, new Set([...placed(budget), ...restated]));
  return budget;
}
