import { z } from 'zod';

/** A 1-based line number in the decoded source text. */
export const LineNo = z.number().int().min(1);

/** A problem found in a document: never thrown, always collected. */
export const Diagnostic = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
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

export const Money = z.strictObject({
  yuan: z.number(),
  raw: z.string(),
  /** The unit the number was read in: written next to it, or given by a table header. */
  unit: MoneyUnit,
  line: LineNo,
});
export type Money = z.infer<typeof Money>;

export const NamedAmount = z.strictObject({
  name: z.string(),
  amount: Money,
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
