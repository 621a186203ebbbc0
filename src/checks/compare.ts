import type { Diagnostics } from '../diagnostics.js';
import { abs, cmp, maxOf, parseDec, sub, sumOf, toNumber, ZERO, type Dec } from '../normalize/decimal.js';
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

/** The largest rounding unit of the figures: the tolerance of a comparison between them. */
export function maxUlp(ms: readonly Money[]): Dec {
  const ulps: Dec[] = [];
  for (const m of ms) ulps.push(exact(m).ulp);
  return maxOf(ulps);
}

/**
 * The amounts of the items, in order. A loop rather than `map`: V8 (Node 20) gives `map`'s array
 * another elements kind once its caller is optimized, and every check it was handed to was then
 * thrown away and compiled again (see cellLabels in extract/context.ts).
 */
export function amountsOf(items: readonly { readonly amount: Money }[]): Money[] {
  const out: Money[] = [];
  for (const i of items) out.push(i.amount);
  return out;
}

export function sum(ms: readonly Money[]): Dec {
  const values: Dec[] = [];
  for (const m of ms) values.push(exact(m).value);
  return sumOf(values);
}

/** Whether the parts add up to the total, within one unit of the last printed digit of any of them (rates are never summed). */
export function sumAgrees(total: Money, all: readonly Money[]): boolean {
  const parts = all.filter((p) => !p.per);
  if (parts.length === 0 || total.per) return true;
  return cmp(abs(sub(exact(total).value, sum(parts))), maxUlp([total, ...parts])) <= 0;
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
  const tol = maxOf([x.ulp, y.ulp]);
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
