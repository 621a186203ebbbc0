import type { BudgetDocument, BudgetTable, Indicator, Money, Project, TableRow } from '../schema/index.js';

/**
 * The flat tables of `--format csv`. Each column is declared once here: the CSV header,
 * the row values and the Frictionless datapackage.json all come from these lists.
 */
type Value = string | number | boolean | null;
export interface Column<R> {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
  unit?: string;
  get: (r: R) => Value;
}

export interface FigureRow {
  id: string;
  section: string;
  key: string;
  money: Money;
  /** The list item that holds the figure (its parent and role), when it is one. */
  item?: { parent?: string | null; role?: string };
}
export interface ProjectRow {
  id: string;
  doc: BudgetDocument;
  index: number;
  project: Project;
}
export interface IndicatorRow {
  id: string;
  scope: 'department' | 'project';
  projectIndex: number | null;
  indicator: Indicator;
}
export interface BudgetLineRow {
  id: string;
  /** Position of the table in `tables`, from 1. */
  index: number;
  table: BudgetTable;
  row: TableRow;
  key: string;
  money: Money;
}
export interface DocumentRow {
  id: string;
  doc: BudgetDocument;
}

const yuan = (m: Money | null | undefined): number | null => (m ? m.yuan : null);
const sched = (p: ProjectRow['project'], month: number) => p.schedule.find((s) => s.month === month)?.percent ?? null;

export const DOCUMENT_COLUMNS: Column<DocumentRow>[] = [
  { name: 'document_id', type: 'string', description: 'Document id: the output file name of the input', get: (r) => r.id },
  { name: 'path', type: 'string', description: 'Input path as given', get: (r) => r.doc.source.path },
  { name: 'sha256', type: 'string', description: 'SHA-256 of the input bytes', get: (r) => r.doc.source.sha256 },
  { name: 'encoding', type: 'string', description: 'Encoding found', get: (r) => r.doc.source.encoding },
  { name: 'lines', type: 'integer', description: 'Number of lines', get: (r) => r.doc.source.lines },
  { name: 'kind', type: 'string', description: 'budget (部门预算), finalAccount (部门决算: actual figures), performance (a 绩效 text only) or unknown', get: (r) => r.doc.kind },
  { name: 'title', type: 'string', description: 'Document title', get: (r) => r.doc.title },
  { name: 'department', type: 'string', description: 'Department (预算单位)', get: (r) => r.doc.department },
  { name: 'year', type: 'integer', description: 'Fiscal year', get: (r) => r.doc.year },
  { name: 'sections', type: 'integer', description: 'Number of sections', get: (r) => r.doc.sections.length },
  { name: 'revenue_total_yuan', type: 'number', unit: 'CNY', description: 'Total revenue (预算收入)', get: (r) => yuan(r.doc.budget?.revenue?.total) },
  { name: 'expenditure_total_yuan', type: 'number', unit: 'CNY', description: 'Total expenditure (预算支出)', get: (r) => yuan(r.doc.budget?.expenditure?.total) },
  { name: 'three_public_total_yuan', type: 'number', unit: 'CNY', description: '“三公”经费 total (in a final account: the actual 决算数)', get: (r) => yuan(r.doc.threePublic?.total) },
  { name: 'three_public_budgeted_yuan', type: 'number', unit: 'CNY', description: 'Final account only: the “三公”经费 budget it states beside the actual (预算数)', get: (r) => yuan(r.doc.threePublic?.budgeted?.total) },
  { name: 'operating_expenses_yuan', type: 'number', unit: 'CNY', description: '机关运行经费 total', get: (r) => yuan(r.doc.operatingExpenses?.total) },
  { name: 'projects', type: 'integer', description: 'Number of project tables', get: (r) => r.doc.performance?.projects.length ?? 0 },
  { name: 'indicators', type: 'integer', description: 'Number of indicators (projects and department-wide)', get: (r) => countIndicators(r.doc) },
  { name: 'warnings', type: 'integer', description: 'Number of warnings', get: (r) => r.doc.warnings.length },
  { name: 'error_code', type: 'string', description: 'Error code when the file could not be parsed', get: (r) => r.doc.error?.code ?? null },
  { name: 'error_message', type: 'string', description: 'Error message', get: (r) => r.doc.error?.message ?? null },
];

export const PROJECT_COLUMNS: Column<ProjectRow>[] = [
  { name: 'document_id', type: 'string', description: 'Document id (documents.csv)', get: (r) => r.id },
  { name: 'project_index', type: 'integer', description: 'Position of the project table in the document, from 1', get: (r) => r.index },
  { name: 'line', type: 'integer', description: 'Source line of the project table', get: (r) => r.project.line },
  { name: 'title', type: 'string', description: 'Heading of the project table', get: (r) => r.project.title },
  { name: 'name', type: 'string', description: 'Project name (项目名称)', get: (r) => r.project.name },
  { name: 'code', type: 'string', description: 'Project code (项目编码)', get: (r) => r.project.code },
  { name: 'unit_name', type: 'string', description: 'Budget unit of the table', get: (r) => r.project.unitName },
  { name: 'amount_unit', type: 'string', description: 'Amount unit of the table as written (元, 万元)', get: (r) => r.project.amountUnit },
  { name: 'budget_total_yuan', type: 'number', unit: 'CNY', description: '预算数', get: (r) => yuan(r.project.budget.total) },
  { name: 'budget_fiscal_yuan', type: 'number', unit: 'CNY', description: '其中：财政资金', get: (r) => yuan(r.project.budget.fiscal) },
  { name: 'budget_other_yuan', type: 'number', unit: 'CNY', description: '其他资金', get: (r) => yuan(r.project.budget.other) },
  { name: 'schedule_mar_pct', type: 'number', unit: '%', description: 'Cumulative spending planned by end of March', get: (r) => sched(r.project, 3) },
  { name: 'schedule_jun_pct', type: 'number', unit: '%', description: 'Cumulative spending planned by end of June', get: (r) => sched(r.project, 6) },
  { name: 'schedule_oct_pct', type: 'number', unit: '%', description: 'Cumulative spending planned by end of October', get: (r) => sched(r.project, 10) },
  { name: 'schedule_dec_pct', type: 'number', unit: '%', description: 'Cumulative spending planned by end of December', get: (r) => sched(r.project, 12) },
  { name: 'purpose', type: 'string', description: 'Use of the funds', get: (r) => r.project.purpose },
  { name: 'goals', type: 'string', description: 'Goals, joined by " | "', get: (r) => r.project.goals.join(' | ') },
  { name: 'indicators', type: 'integer', description: 'Number of indicators', get: (r) => r.project.indicators.length },
  { name: 'truncated', type: 'boolean', description: 'The table was cut off by the end of the file', get: (r) => r.project.truncated },
  { name: 'self_evaluation', type: 'boolean', description: 'The table is a 绩效自评表 (the columns below are filled)', get: (r) => r.project.selfEvaluation !== undefined },
  { name: 'initial_budget_yuan', type: 'number', unit: 'CNY', description: '绩效自评表: 年初预算数', get: (r) => yuan(r.project.selfEvaluation?.initialBudget) },
  { name: 'adjusted_budget_yuan', type: 'number', unit: 'CNY', description: '绩效自评表: 全年预算数 (调整后)', get: (r) => yuan(r.project.selfEvaluation?.adjustedBudget) },
  { name: 'executed_yuan', type: 'number', unit: 'CNY', description: '绩效自评表: 全年执行数', get: (r) => yuan(r.project.selfEvaluation?.executed) },
  { name: 'execution_rate_pct', type: 'number', unit: '%', description: '绩效自评表: 执行率 as printed', get: (r) => r.project.selfEvaluation?.executionRate?.percent ?? null },
  { name: 'budget_score', type: 'number', description: '绩效自评表: 得分 of the execution rate (of its 分值 budget_weight)', get: (r) => r.project.selfEvaluation?.budgetScore ?? null },
  { name: 'budget_weight', type: 'number', description: '绩效自评表: 分值 of the execution rate', get: (r) => r.project.selfEvaluation?.budgetWeight ?? null },
  { name: 'total_score', type: 'number', description: '绩效自评表: 总分 (the score)', get: (r) => r.project.selfEvaluation?.totalScore ?? null },
  { name: 'total_weight', type: 'number', description: '绩效自评表: the 分值 of the 总分 row (100)', get: (r) => r.project.selfEvaluation?.totalWeight ?? null },
  { name: 'grade', type: 'string', description: '绩效自评表: 自评等级 as written', get: (r) => r.project.selfEvaluation?.grade ?? null },
];

export const INDICATOR_COLUMNS: Column<IndicatorRow>[] = [
  { name: 'document_id', type: 'string', description: 'Document id (documents.csv)', get: (r) => r.id },
  { name: 'scope', type: 'string', description: 'department (部门整体) or project', get: (r) => r.scope },
  { name: 'project_index', type: 'integer', description: 'project_index in projects.csv; empty for department-wide', get: (r) => r.projectIndex },
  { name: 'line', type: 'integer', description: 'Source line of the indicator row', get: (r) => r.indicator.line },
  { name: 'level1', type: 'string', description: '一级指标 as written', get: (r) => r.indicator.level1 },
  { name: 'level2', type: 'string', description: '二级指标 as written', get: (r) => r.indicator.level2 },
  { name: 'category1', type: 'string', description: 'output | effect | cost | satisfaction', get: (r) => r.indicator.category1 },
  { name: 'category2', type: 'string', description: 'quantity | quality | timeliness | cost | economic | social | ecological | sustainability | satisfaction', get: (r) => r.indicator.category2 },
  { name: 'name', type: 'string', description: '三级指标', get: (r) => r.indicator.name },
  { name: 'description', type: 'string', description: '绩效指标描述', get: (r) => r.indicator.description },
  { name: 'scoring', type: 'string', description: '评（扣）分标准', get: (r) => r.indicator.scoring },
  { name: 'target_raw', type: 'string', description: '指标值 as written', get: (r) => r.indicator.target.raw },
  { name: 'target_kind', type: 'string', description: 'quantitative | qualitative | date | duration | empty', get: (r) => r.indicator.target.kind },
  { name: 'operator', type: 'string', description: '≥ ≤ = > <', get: (r) => r.indicator.target.operator },
  { name: 'operator_implied', type: 'boolean', description: 'No operator was written; = assumed', get: (r) => r.indicator.target.operatorImplied },
  { name: 'value', type: 'number', description: 'Target value (lower bound of a range)', get: (r) => r.indicator.target.value },
  { name: 'upper', type: 'number', description: 'Upper bound of a range', get: (r) => r.indicator.target.upper },
  { name: 'unit', type: 'string', description: 'Unit, normalized (% for ％/百分比)', get: (r) => r.indicator.target.unit },
  { name: 'yuan', type: 'number', unit: 'CNY', description: 'Target in yuan when its unit is money', get: (r) => r.indicator.target.yuan },
  { name: 'date', type: 'date', description: 'Deadline as an ISO date', get: (r) => r.indicator.target.date },
  { name: 'year_inferred', type: 'boolean', description: 'The deadline’s year was taken from the document, not the text', get: (r) => r.indicator.target.yearInferred ?? null },
  { name: 'basis', type: 'string', description: '指标值确定依据', get: (r) => r.indicator.basis },
  { name: 'actual_raw', type: 'string', description: '绩效自评表: 实际完成值 as written (empty for a 绩效目标表)', get: (r) => r.indicator.actual?.raw ?? null },
  { name: 'actual_kind', type: 'string', description: '绩效自评表: quantitative | qualitative | date | empty', get: (r) => r.indicator.actual?.kind ?? null },
  { name: 'actual_value', type: 'number', description: '绩效自评表: the number of the 实际完成值', get: (r) => r.indicator.actual?.value ?? null },
  { name: 'actual_unit', type: 'string', description: '绩效自评表: the unit of the 实际完成值', get: (r) => r.indicator.actual?.unit ?? null },
  { name: 'actual_date', type: 'date', description: '绩效自评表: the 实际完成值 as an ISO date', get: (r) => r.indicator.actual?.date ?? null },
  { name: 'weight', type: 'number', description: '绩效自评表: 分值 (权重)', get: (r) => r.indicator.weight ?? null },
  { name: 'score', type: 'number', description: '绩效自评表: 得分', get: (r) => r.indicator.score ?? null },
  { name: 'deviation', type: 'string', description: '绩效自评表: 偏差原因分析及改进措施', get: (r) => r.indicator.deviation ?? null },
];

export const FIGURE_COLUMNS: Column<FigureRow>[] = [
  { name: 'document_id', type: 'string', description: 'Document id (documents.csv)', get: (r) => r.id },
  { name: 'section', type: 'string', description: 'Top-level key of the document (budget, threePublic, performance …)', get: (r) => r.section },
  { name: 'key', type: 'string', description: 'JSON path of the figure inside the document', get: (r) => r.key },
  { name: 'yuan', type: 'number', unit: 'CNY', description: 'Amount in yuan, exact to the fen', get: (r) => r.money.yuan },
  { name: 'raw', type: 'string', description: 'The amount as written', get: (r) => r.money.raw },
  { name: 'unit', type: 'string', description: 'Unit the amount was read in (元, 万元, 亿元)', get: (r) => r.money.unit },
  { name: 'line', type: 'integer', description: 'Source line', get: (r) => r.money.line },
  { name: 'per', type: 'string', description: 'A rate: what the amount is per (人/月, 户 …); never sum such rows', get: (r) => r.money.per ?? null },
  { name: 'role', type: 'string', description: 'For a list item: part (sum the parts without parent to get the total), example or note', get: (r) => r.item?.role ?? null },
  { name: 'parent', type: 'string', description: 'For a list item: the item or field it belongs to', get: (r) => r.item?.parent ?? null },
];

export const BUDGET_LINE_COLUMNS: Column<BudgetLineRow>[] = [
  { name: 'document_id', type: 'string', description: 'Document id (documents.csv)', get: (r) => r.id },
  { name: 'table', type: 'string', description: 'Table kind: summary, revenue, expenditure, fiscalSummary, generalExpenditure, basicExpenditure, threePublic, governmentFund, stateCapital, projectExpenditure, procurement, other', get: (r) => r.table.kind },
  { name: 'table_index', type: 'integer', description: 'Position of the table in the document’s tables, from 1', get: (r) => r.index },
  { name: 'side', type: 'string', description: 'revenue or expenditure for the two halves of a 收支总表; empty otherwise', get: (r) => r.table.side },
  { name: 'title', type: 'string', description: 'Table title as written', get: (r) => r.table.title },
  { name: 'code', type: 'string', description: '功能分类 / 经济分类 code as text (201, 20103, 2010301); leading zeros kept', get: (r) => r.row.code },
  { name: 'name', type: 'string', description: 'Row name (科目名称 / 项目)', get: (r) => r.row.name },
  { name: 'level', type: 'integer', description: '1 类, 2 款, 3 项; 0 for 合计/总计; empty when unknown', get: (r) => r.row.level },
  { name: 'labels', type: 'string', description: 'The row’s other text columns (经济分类 of a 功能 × 经济 table, 采购品目 …) and its figures that are not money (增减幅度 -7.03%, 数量 20), “code name” joined by " | "', get: (r) => r.row.labels.map((l) => (l.code ? `${l.code} ${l.name}` : l.name)).join(' | ') || null },
  { name: 'column', type: 'string', description: 'Column key (total, basic, project, generalBudget, actual …)', get: (r) => r.key },
  { name: 'header', type: 'string', description: 'Column header as written', get: (r) => r.table.columns.find((c) => c.key === r.key)?.header ?? null },
  { name: 'yuan', type: 'number', unit: 'CNY', description: 'Amount in yuan, exact to the fen', get: (r) => r.money.yuan },
  { name: 'raw', type: 'string', description: 'The cell as written', get: (r) => r.money.raw },
  { name: 'unit', type: 'string', description: 'Unit of the table (元, 万元)', get: (r) => r.money.unit },
  { name: 'line', type: 'integer', description: 'Source line of the cell', get: (r) => r.money.line },
];

/** One row per money cell of the standard budget tables. */
export function budgetLines(doc: BudgetDocument, id: string): BudgetLineRow[] {
  const out: BudgetLineRow[] = [];
  doc.tables.forEach((table, i) => {
    for (const row of table.rows) for (const [key, money] of Object.entries(row.values)) out.push({ id, index: i + 1, table, row, key, money });
  });
  return out;
}

export const TABLES = {
  documents: DOCUMENT_COLUMNS,
  projects: PROJECT_COLUMNS,
  indicators: INDICATOR_COLUMNS,
  figures: FIGURE_COLUMNS,
  budget_lines: BUDGET_LINE_COLUMNS,
} as const;
export type TableName = keyof typeof TABLES;

export function countIndicators(doc: BudgetDocument): number {
  const p = doc.performance;
  return p ? p.departmentIndicators.length + p.projects.reduce((n, q) => n + q.indicators.length, 0) : 0;
}

function isMoney(v: unknown): v is Money {
  return typeof v === 'object' && v !== null && 'yuan' in v && 'raw' in v && 'line' in v && 'unit' in v;
}

/** Every Money figure of a document with its JSON path, in document key order. */
export function figures(doc: BudgetDocument, id: string): FigureRow[] {
  const out: FigureRow[] = [];
  const walk = (v: unknown, path: string, section: string, item?: FigureRow['item']) => {
    if (isMoney(v)) {
      out.push(item ? { id, section, key: path, money: v, item } : { id, section, key: path, money: v });
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${path}[${i}]`, section));
    } else if (typeof v === 'object' && v !== null) {
      const holder = 'role' in v ? (v as FigureRow['item']) : undefined;
      for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k, section || k, holder && (k === 'amount' || k === 'value') ? holder : undefined);
    }
  };
  for (const key of ['budget', 'operatingExpenses', 'threePublic', 'procurement', 'assets', 'performance'] as const) {
    walk(doc[key], key, key);
  }
  return out;
}

export function rowsOf(doc: BudgetDocument, id: string) {
  const projects: ProjectRow[] = (doc.performance?.projects ?? []).map((project, i) => ({ id, doc, index: i + 1, project }));
  const indicators: IndicatorRow[] = [
    ...(doc.performance?.departmentIndicators ?? []).map((indicator) => ({ id, scope: 'department' as const, projectIndex: null, indicator })),
    ...projects.flatMap((p) => p.project.indicators.map((indicator) => ({ id, scope: 'project' as const, projectIndex: p.index, indicator }))),
  ];
  return { documents: [{ id, doc }], projects, indicators, figures: figures(doc, id), budget_lines: budgetLines(doc, id) };
}
