import { z } from 'zod';

/** A 1-based line number in the decoded source text. */
export const LineNo = z.number().int().min(1);

/** A problem found in a document: never thrown, always collected. */
export const Diagnostic = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  /** error: a figure is wrong or contradicts another; warning: a reader of the data must know; info: a note (src/severity.ts). */
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  line: LineNo.nullable(),
  /** Every line involved, for checks over several figures. */
  lines: z.array(LineNo).optional(),
  /** For consistency checks: the figure as stated and what the parts give. */
  expected: z.number().optional(),
  actual: z.number().optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

/**
 * An amount of money, exact to the fen. `yuan` is computed from the digits with
 * decimal arithmetic; `raw` is the text as written; `unit` the unit it was read in
 * (from the text or a table header such as 单位：万元); `line` is where it was written.
 */
export const MoneyUnit = z.enum(['元', '万元', '亿元']);
export type MoneyUnit = z.infer<typeof MoneyUnit>;

/** A piece of text with the line where it starts: a reason (主要原因是…), a purpose (主要用于…), a measure. */
export const Statement = z.strictObject({ text: z.string(), line: LineNo });
export type Statement = z.infer<typeof Statement>;

/** How an item stands in its list: a part of the total, an example of what a figure holds (例如, 主要为), or a note (a rate). */
export const ItemRole = z.enum(['part', 'example', 'note']);
export type ItemRole = z.infer<typeof ItemRole>;

export const Money = z.strictObject({
  yuan: z.number(),
  raw: z.string(),
  /** The unit the number was read in: written next to it, or given by a table header. */
  unit: MoneyUnit,
  line: LineNo,
  /** A rate, not an amount: what it is per (人/月 for 每人每月100元, 户, 公里). Never summed or compared with totals. */
  per: z.string().optional(),
  /** What the figure is used for, where the text says it (主要用于… · 包括… · 主要为…). */
  purpose: Statement.optional(),
  /** PDF only: the 1-based page the figure stands on. */
  page: z.number().int().min(1).optional(),
  /** PDF only: the box of the figure on its page, [x0, y0, x1, y1] in PDF points (origin bottom left). */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  /** Spreadsheets only: the sheet the figure stands in. */
  sheet: z.string().optional(),
  /** Spreadsheets only: the cell of the figure, A1 style (`C12`). */
  cell: z.string().regex(/^[A-Z]{1,3}[1-9][0-9]*$/).optional(),
});
export type Money = z.infer<typeof Money>;

export const NamedAmount = z.strictObject({
  name: z.string(),
  amount: Money,
  /** The item (by name) or field (基本支出, 项目支出) this one is part or example of; null at the top level. */
  parent: z.string().nullable().optional(),
  /** part: summing the top-level parts gives the list's total; example / note: never summed. */
  role: ItemRole.optional(),
  /** On a part of a change: why it changed, as written (主要原因是…); null when unstated. */
  reason: Statement.nullable().optional(),
});
export type NamedAmount = z.infer<typeof NamedAmount>;

/**
 * A rate as printed (完成预算的82.9% · 执行率95.00%): a percentage, never a Money. `of` names the
 * figure it rates in the same object: a key (`total`, `reception`, `expenditure`) or an item's name.
 */
export const Rate = z.strictObject({
  of: z.string(),
  percent: z.number(),
  raw: z.string(),
  line: LineNo,
});
export type Rate = z.infer<typeof Rate>;
