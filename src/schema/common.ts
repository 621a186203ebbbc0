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

export const Money = z.strictObject({
  yuan: z.number(),
  raw: z.string(),
  /** The unit the number was read in: written next to it, or given by a table header. */
  unit: MoneyUnit,
  line: LineNo,
  /** A rate, not an amount: what it is per (人/月 for 每人每月100元, 户, 公里). Never summed or compared with totals. */
  per: z.string().optional(),
});
export type Money = z.infer<typeof Money>;

export const NamedAmount = z.strictObject({
  name: z.string(),
  amount: Money,
});
export type NamedAmount = z.infer<typeof NamedAmount>;
