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
    if (keys.every((k) => t[k] === null) && tp.total) t.form = 'table';
    for (const k of keys) {
      const v = tp[k];
      if (v && !t[k]) {
        t[k] = v;
        filled.push(`threePublic.${k}`);
      }
    }
  }
  if (f.operatingExpenses && doc.operatingExpenses === null) {
    doc.operatingExpenses = { total: f.operatingExpenses, change: null, changeOnFinalAccount: null, changeOnBudget: null, items: [], budgeted: null, executionRates: [] };
    filled.push('operatingExpenses.total');
  }
  dropSettled(doc, filled);
  return filled;
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
