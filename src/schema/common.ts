import { z } from 'zod';

/** A 1-based line number in the decoded source text. */
export const LineNo = z.number().int().min(1);

/** A problem found in a document: never thrown, always collected. */
export const Diagnostic = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  message: z.string(),
  line: LineNo.nullable(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

/**
 * An amount of money, exact to the fen. `yuan` is computed from the digits with
 * decimal arithmetic; `raw` is the text as written; `line` is where it was written.
 */
export const Money = z.strictObject({
  yuan: z.number(),
  raw: z.string(),
  line: LineNo,
});
export type Money = z.infer<typeof Money>;

export const NamedAmount = z.strictObject({
  name: z.string(),
  amount: Money,
});
export type NamedAmount = z.infer<typeof NamedAmount>;
