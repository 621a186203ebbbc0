import type { Diagnostics } from '../diagnostics.js';
import { abs, add, cmp, parseDec, sub, toNumber, ZERO, type Dec } from '../normalize/decimal.js';
import { parseAmount } from '../normalize/money.js';
import type { Money } from '../schema/index.js';

/** Exact value and rounding tolerance of a figure, from its text and unit. */
export function exact(m: Money): { value: Dec; ulp: Dec } {
  // The checks ask for the same figure many times (a total, then each sum it is part of).
  let e = exactOf.get(m);
  if (e === undefined) {
    const a = parseAmount(m.raw, m.unit);
    const value = parseDec(String(m.yuan)) ?? a?.yuan ?? ZERO;
    // Signed changes keep their sign in yuan; the text as written carries the digits.
    e = { value, ulp: a?.ulp ?? { m: 1n, s: 2 } };
    exactOf.set(m, e);
  }
  return e;
}
const exactOf = new WeakMap<Money, { value: Dec; ulp: Dec }>();

export function sum(ms: readonly Money[]): Dec {
  return ms.reduce((acc, m) => add(acc, exact(m).value), ZERO);
}

/** Whether the parts add up to the total, within one unit of the last printed digit of any of them (rates are never summed). */
export function sumAgrees(total: Money, all: readonly Money[]): boolean {
  const parts = all.filter((p) => !p.per);
  if (parts.length === 0 || total.per) return true;
  const tol = [total, ...parts].map((m) => exact(m).ulp).reduce((a, b) => (cmp(a, b) >= 0 ? a : b));
  return cmp(abs(sub(exact(total).value, sum(parts))), tol) <= 0;
}

/**
 * Compare a stated figure with the sum of its parts, with a tolerance of one unit of the
 * last printed digit of any figure involved. Returns true when they agree.
 */
export function checkSum(diagnostics: Diagnostics, code: string, what: string, total: Money, all: readonly Money[]): boolean {
  // A rate (每人每月100元) is never summed with amounts, nor taken for a total.
  const parts = all.filter((p) => !p.per);
  if (sumAgrees(total, parts)) return true;
  const expected = exact(total).value;
  const actual = sum(parts);
  const lines = [...new Set([total.line, ...parts.map((p) => p.line)])].sort((a, b) => a - b);
  diagnostics.warn(code, `${what}: stated ${total.raw} (${toNumber(expected)} yuan) but the parts add up to ${toNumber(actual)} yuan`, total.line, {
    lines,
    expected: toNumber(expected),
    actual: toNumber(actual),
  });
  return false;
}

/** Two statements of one figure agree: equal within the rounding of the less precise one. */
export function sameFigure(a: Money, b: Money): boolean {
  const x = exact(a);
  const y = exact(b);
  const tol = cmp(x.ulp, y.ulp) >= 0 ? x.ulp : y.ulp;
  return cmp(abs(sub(x.value, y.value)), tol) <= 0;
}

/** The same figure stated twice must agree (within the rounding of either). */
export function reportMismatch(diagnostics: Diagnostics, what: string, a: Money, b: Money): boolean {
  if (a.per !== b.per) return true; // a rate and an amount are not the same figure
  if (sameFigure(a, b)) return true;
  diagnostics.warn('FIGURE_MISMATCH', `${what} differ: ${a.raw} (line ${a.line}) vs ${b.raw} (line ${b.line})`, a.line, {
    lines: [a.line, b.line],
    expected: toNumber(exact(a).value),
    actual: toNumber(exact(b).value),
  });
  return false;
}
