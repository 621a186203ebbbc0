import { z } from 'zod';
import { LineNo, Money, MoneyUnit } from './common.js';

/** The standard tables of a 部门预算 / 部门决算 (the Ministry of Finance template), by what their title or header says. */
export const TableKind = z.enum([
  'summary', 'revenue', 'expenditure', 'fiscalSummary', 'generalExpenditure', 'basicExpenditure',
  'threePublic', 'governmentFund', 'stateCapital', 'projectExpenditure', 'procurement', 'other',
]);
export type TableKind = z.infer<typeof TableKind>;

export const TableColumn = z.strictObject({
  /** The key of the column in every row's `values` (total, basic, project, generalBudget …; c3 when the header names nothing known). */
  key: z.string(),
  /** The header text as written (the cells of a multi-row header joined with " / "). */
  header: z.string(),
  /** false for columns that hold no money (增减率 %, 数量): their cells are not read into `values`. */
  money: z.boolean(),
});
export type TableColumn = z.infer<typeof TableColumn>;

export const TableRow = z.strictObject({
  /** 功能分类 / 经济分类 code as text (leading zeros kept): 201, 20103, 2010301; null when the row has none. */
  code: z.string().nullable(),
  name: z.string(),
  /** 1 类, 2 款, 3 项 (from the code length, or the numbering 一、/（一）/1、 where there is no code); 0 for 合计/总计; null when unknown. */
  level: z.number().int().min(0).max(4).nullable(),
  /**
   * The row's other text columns, in order: the 经济分类 of a 功能 × 经济 table (`30101-基本工资`),
   * the 采购品目 of a procurement table … with the code split off where one is written.
   */
  labels: z.array(z.strictObject({ header: z.string(), code: z.string().nullable(), name: z.string() })),
  /** Money per column key, in the table's unit; a blank or dash cell has no entry, a written 0.00 is 0. */
  values: z.record(z.string(), Money),
  line: LineNo,
});
export type TableRow = z.infer<typeof TableRow>;

export const BudgetTable = z.strictObject({
  kind: TableKind,
  /** For a table with two halves side by side (收入 | 支出): which half these rows are; null otherwise. */
  side: z.enum(['revenue', 'expenditure']).nullable(),
  /** The title as written (公开01表 … / 预算01表 收支总表), null when the table was recognized by its header. */
  title: z.string().nullable(),
  /** The table's amount unit (单位：万元 / 元), null when neither the table nor the document gives one (then no value is read). */
  unit: MoneyUnit.nullable(),
  /** First line of the table (the title line when there is one), last line (continuations after a page break included). */
  line: LineNo,
  endLine: LineNo,
  /**
   * false when the table goes on after a page break in a piece whose columns could not be matched
   * (that piece is kept as a table of its own): the rules over the whole table (合计 = Σ类) are not run.
   */
  complete: z.boolean(),
  columns: z.array(TableColumn),
  rows: z.array(TableRow),
});
export type BudgetTable = z.infer<typeof BudgetTable>;
