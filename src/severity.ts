/**
 * How serious each warning code is: the one place where that is decided (knowledge as data).
 * - error: a figure of the document is wrong or contradicts another (a sum that does not add up);
 * - warning: something a reader of the data must know (a figure not placed, a table cut off);
 * - info: a note, including agreements worth stating (the project tables add up to 项目支出).
 * A code missing here is a `warning` (a test lists every code the sources emit).
 */
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY: Readonly<Record<string, Severity>> = {
  // Reading the file
  TRUNCATED_CHARACTER: 'warning',
  INVALID_BYTES: 'warning',
  NOT_A_DISCLOSURE: 'warning',
  KIND_INFERRED: 'warning',
  KIND_UNCERTAIN: 'warning',
  PDF_PAGE_UNREADABLE: 'warning',
  FORMULA_NO_VALUE: 'warning',
  HIDDEN_SHEET: 'warning',
  HIDDEN_CONTENT: 'warning',
  NUMBER_FORMAT_UNSURE: 'warning',
  // What is missing or cannot be placed
  NO_BUDGET_FIGURES: 'warning',
  NO_OPERATING_TOTAL: 'warning',
  NO_THREE_PUBLIC_TOTAL: 'warning',
  NO_PROCUREMENT_TOTAL: 'warning',
  TRUNCATED_TABLE: 'warning',
  NO_INDICATORS: 'warning',
  UNPLACED_FIGURE: 'warning',
  UNREAD_INDICATOR: 'warning',
  PLACEHOLDER: 'warning',
  // The document's own arithmetic
  SUM_REVENUE: 'error',
  SUM_EXPENDITURE: 'error',
  SUM_BASIC: 'error',
  SUM_OPERATING: 'error',
  SUM_THREE_PUBLIC: 'error',
  SUM_VEHICLE: 'error',
  SUM_CHANGE: 'error',
  SUM_PROJECT_FUNDS: 'error',
  FIGURE_MISMATCH: 'error',
  // Budget tables (src/tables/, src/checks/tables.ts)
  TABLE_SUM_CHILDREN: 'error',
  TABLE_SUM_TOTAL: 'error',
  TABLE_ROW_SUM: 'error',
  TABLE_SIDES_BALANCE: 'error',
  TEXT_TABLE_MISMATCH: 'error',
  TABLE_NO_UNIT: 'warning',
  TABLE_COLUMNS_UNSURE: 'warning',
  TABLE_CUT_DECIMALS: 'warning',
  TABLE_CONTINUATION_APART: 'warning',
  UNREAD_TABLE_CELL: 'warning',
  UNREAD_NUMBERS: 'warning',
  UNREAD_TABLE: 'warning',
  // Final accounts (src/checks/final-account.ts)
  SUM_FINAL_REVENUE: 'error',
  SUM_FINAL_EXPENDITURE: 'error',
  SUM_FINAL_SPLIT: 'error',
  SUM_THREE_PUBLIC_BUDGETED: 'error',
  EXECUTION_RATE: 'error',
  SELF_EVAL_SCORE: 'error',
  SUM_SELF_EVAL: 'error',
  // Reconciliations (src/checks/reconcile.ts) and dates (src/checks/dates.ts)
  SUM_PROJECTS: 'warning',
  PROJECTS_AGREE: 'info',
  PROJECTS_PARTIAL: 'info',
  COST_ABOVE_BUDGET: 'warning',
  GOAL_AMOUNT_MISMATCH: 'warning',
  COUNT_MISMATCH: 'warning',
  SUSPECT_OPERATOR: 'info',
  DATE_CONTRADICTION: 'warning',
};

export function severityOf(code: string): Severity {
  return SEVERITY[code] ?? 'warning';
}
