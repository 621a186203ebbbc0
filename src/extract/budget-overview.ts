import type { Block } from '../blocks/index.js';
import type { Budget, Change, NamedAmount } from '../schema/index.js';
import { changeBasis, comparedYear, placed, scanAmounts, signedMoney, warnUnplaced, type Mention } from './amounts.js';
import { paragraphs, type ExtractContext } from './context.js';
import { extractFinalOverview } from './final-overview.js';

const REVENUE_TOTAL = /^(部门|本年|全年)?(全部|预算|年度)?收入(预算)?(总计|合计|总额)?$/;
const EXPENDITURE_TOTAL = /^(部门|本年|全年)?(全部|预算|年度)?支出(预算)?(总计|合计|总额)?$/;

const named = (m: Mention): NamedAmount => ({ name: m.label, amount: m.money });

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
  const signed = ms.filter((m) => m.sign !== null);
  if (signed.length === 0) return null;
  const [first, ...rest] = signed;
  const before = ms.slice(0, ms.indexOf(first!)).filter((m) => m.sign === null && m.sentence === first!.sentence);
  return {
    comparedYear: comparedYear(first!.sentenceText, year),
    basis: changeBasis(first!.sentenceText),
    base: before.length === 1 ? before[0]!.money : null,
    amount: signedMoney(first!),
    items: rest.map((m) => ({ name: m.label, amount: signedMoney(m) })),
  };
}

/**
 * 预算安排的总体情况: revenue (收入说明), expenditure (支出说明) and the change on the
 * year before (比上年增减情况), read from the sentences.
 */
export function extractBudgetOverview(blocks: readonly Block[], ctx: ExtractContext): Budget {
  if (ctx.kind === 'finalAccount') return extractFinalOverview(blocks, ctx);
  const budget: Budget = { revenue: null, expenditure: null, change: null, budgeted: null, executionRates: [] };
  const all: Mention[] = [];
  for (const p of paragraphs(blocks)) {
    const mentions = scanAmounts(p);
    all.push(...mentions);
    for (const sentence of bySentence(mentions)) {
      const [first, ...rest] = sentence;
      if (!first) continue;
      if (sentence.some((m) => m.sign !== null) && !budget.change) {
        budget.change = changeOf(sentence, ctx.year);
        continue;
      }
      if (first.sign !== null) continue;
      if (!budget.revenue && REVENUE_TOTAL.test(first.label)) {
        budget.revenue = { total: first.money, items: rest.filter((m) => m.label && m.sign === null).map(named) };
      } else if (!budget.expenditure && EXPENDITURE_TOTAL.test(first.label)) {
        const e = { total: first.money, basic: null as Mention['money'] | null, project: null as Mention['money'] | null, items: [] as NamedAmount[] };
        for (const m of rest) {
          if (!m.label || m.sign !== null) continue;
          if (/基本支出/.test(m.label) && !e.basic) e.basic = m.money;
          else if (/项目支出$/.test(m.label) && !e.project) e.project = m.money;
          else e.items.push(named(m));
        }
        budget.expenditure = e;
      }
    }
  }
  if (!budget.revenue && !budget.expenditure && !budget.change) {
    ctx.diagnostics.warn('NO_BUDGET_FIGURES', 'the 预算总体情况 section holds no revenue, expenditure or change figure', null);
  }
  warnUnplaced(ctx.diagnostics, '预算总体情况', all, placed(budget));
  return budget;
}
