import type { Block } from '../blocks/index.js';
import type { OperatingExpenses } from '../schema/index.js';
import { placed, scanAmounts, warnUnplaced } from './amounts.js';
import { ownYear } from './other-year.js';
import { changesOf } from './budget-overview.js';
import { paragraphs, type ExtractContext } from './context.js';
import { budgetChange, finalOperating, settleBasis, splitBudgeted } from './final-account.js';
import { rateOwner } from './final-overview.js';

/**
 * 机关运行经费: the total ("机关运行经费共计安排96.96万元"), the listed items
 * ("主要用于办公及印刷费12290元、邮电费8760元…") and a change on the year before.
 */
export function extractOperatingExpenses(blocks: readonly Block[], ctx: ExtractContext): OperatingExpenses {
  const paras = paragraphs(blocks);
  const scanned = paras.flatMap((p) => scanAmounts(p));
  // A 决算 states actual figures and the year's budget beside them (final-account.ts).
  const split = ctx.kind === 'finalAccount' ? splitBudgeted(scanned) : null;
  const final = split ? finalOperating(split.budgeted, paras, ctx.diagnostics, rateOwner) : null;
  const mentions = ownYear(split ? split.actual : scanned, ctx.year);
  const stock = mentions.filter((m) => m.sign === null);
  const amounts = stock.filter((m) => !m.money.per); // a rate is never the total
  const totalAt = amounts.findIndex((m) => /机关运行经?费/.test(m.label));
  const total = totalAt >= 0 ? amounts[totalAt]! : amounts[0] ?? null;
  if (!total) ctx.diagnostics.warn('NO_OPERATING_TOTAL', 'no total of 机关运行经费 was found', blocks[0]?.kind === 'paragraph' ? blocks[0].line : null);
  const out: OperatingExpenses = {
    total: total?.money ?? null,
    ...changesOf(mentions, ctx.year, ctx.kind === 'finalAccount'),
    items: stock.filter((m) => m !== total && m.label).map((m) => ({ name: m.label, amount: m.money })),
    changeOnBudget: split ? budgetChange(split.againstBudget, mentions, ctx.year, (l) => (/机关运行经?费/.test(l) ? 'total' : null)) : null,
    budgeted: final?.budgeted ?? null,
    executionRates: final?.rates ?? [],
  };
  if (final) settleBasis(out.change);
  warnUnplaced(ctx.diagnostics, '机关运行经费', scanned, placed(out));
  return out;
}
