import type { BudgetDocument } from '../schema/index.js';
import { tableFigures } from './figures.js';

/**
 * The fill step, after the readers: `budget.revenue` / `budget.expenditure` and `threePublic`
 * take the tables' figures where the text does not state them (their `line` then points into
 * the table). What the text states is never replaced: the checks compare the two.
 * Returns the paths filled.
 */
export function fillFromTables(doc: BudgetDocument): string[] {
  if (doc.tables.length === 0) return [];
  const f = tableFigures(doc.tables, doc.kind === 'finalAccount', doc.year);
  const filled: string[] = [];
  const placedNow: { raw: string; line: number }[] = []; // the “三公” figures filled here
  if (f.revenueTotal || f.expenditureTotal || f.basic || f.project) {
    const budget = (doc.budget ??= { revenue: null, expenditure: null, change: null, changeOnFinalAccount: null, changeOnBudget: null, budgeted: null, executionRates: [] });
    if (f.revenueTotal && !budget.revenue?.total) {
      budget.revenue = { total: f.revenueTotal, items: budget.revenue?.items ?? [] };
      filled.push('budget.revenue.total');
    }
    if (f.expenditureTotal || f.basic || f.project) {
      const e = (budget.expenditure ??= { total: null, basic: null, project: null, items: [] });
      for (const [k, v] of [['total', f.expenditureTotal], ['basic', f.basic], ['project', f.project]] as const) {
        if (v && !e[k]) {
          e[k] = v;
          filled.push(`budget.expenditure.${k}`);
        }
      }
    }
  }
  const tp = f.threePublic;
  if (Object.keys(tp).length > 0) {
    const t = (doc.threePublic ??= { form: 'table', total: null, abroad: null, vehicle: null, vehiclePurchase: null, vehicleOperation: null, reception: null, change: null, changeOnFinalAccount: null, changeOnBudget: null, items: [], budgeted: null, executionRates: [] });
    const keys = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;
    // Every figure from the table (the text stated none): the form says where they stand.
    const none = keys.every((k) => t[k] === null);
    if (none && tp.total) t.form = 'table';
    for (const k of keys) {
      const v = tp[k];
      if (v && !t[k]) {
        t[k] = v;
        filled.push(`threePublic.${k}`);
        if (none) placedNow.push(v); // (only where the reader placed none: beside its own figures a same raw may be another column's)
      }
    }
  }
  if (f.operatingExpenses && doc.operatingExpenses === null) {
    doc.operatingExpenses = { total: f.operatingExpenses, change: null, changeOnFinalAccount: null, changeOnBudget: null, items: [], budgeted: null, executionRates: [] };
    filled.push('operatingExpenses.total');
  }
  dropSettled(doc, filled);
  dropPlaced(doc, placedNow);
  return filled;
}

/**
 * A “三公” figure the reader reported (UNPLACED_FIGURE: a 决算 table whose columns it could not tell, 预算数 | 金额) that
 * the fill step then placed from the tables stage's keys: placed, no longer unplaced (it was both).
 */
function dropPlaced(doc: BudgetDocument, placed: readonly { raw: string; line: number }[]): void {
  if (placed.length === 0) return;
  // (one warning per figure placed: 4.00 | 4.00 in a row are two figures, one of them still unplaced)
  const left = placed.slice();
  let kept = 0;
  for (const w of doc.warnings) {
    const at = w.code === 'UNPLACED_FIGURE' && w.message.startsWith('“三公”经费:') ? left.findIndex((m) => m.line === w.line && w.message.includes(` ${m.raw}" was found`)) : -1;
    if (at >= 0) left.splice(at, 1);
    else doc.warnings[kept++] = w;
  }
  doc.warnings.length = kept;
}

/** The warnings a filled figure answers: "no total was found" is no longer true once a table gave it. */
const SETTLED_BY: readonly { code: string; path: RegExp }[] = [
  { code: 'NO_THREE_PUBLIC_TOTAL', path: /^threePublic\.total$/ },
  // (A filled 基本支出 alone leaves the overview without a total: the warning stays.)
  { code: 'NO_BUDGET_FIGURES', path: /^budget\.(revenue|expenditure)\.total$/ },
];

function dropSettled(doc: BudgetDocument, filled: readonly string[]): void {
  const codes = new Set(SETTLED_BY.filter((s) => filled.some((p) => s.path.test(p))).map((s) => s.code));
  if (codes.size === 0) return;
  // In place: the document's warnings are the diagnostics' own list.
  let kept = 0;
  for (const w of doc.warnings) if (!codes.has(w.code)) doc.warnings[kept++] = w;
  doc.warnings.length = kept;
}
