import type { Diagnostics } from '../diagnostics.js';
import { abs, cmp, maxOf, parseDec, sub, sumOf, toNumber, ZERO, type Dec } from '../normalize/decimal.js';
import { parseAmount } from '../normalize/money.js';
import type { Money } from '../schema/index.js';

/**
 * Exact value and rounding tolerance of a figure, from its text and unit; the value is that of
 * `yuan` (signed changes keep their sign in yuan, the text as written carries the digits).
 * Read afresh at each call, never kept: reading a figure (~0.5 µs) costs less than the WeakMap
 * entry that kept it (~1.4 µs each, measured on the bench documents' figures).
 */
export function exact(m: Money): { value: Dec; ulp: Dec } {
  const a = parseAmount(m.raw, m.unit);
  if (a && sameAsNumber(a.yuan, m.yuan)) return { value: a.yuan, ulp: a.ulp };
  const value = parseDec(String(m.yuan)) ?? a?.yuan ?? ZERO;
  return { value, ulp: a?.ulp ?? { m: 1n, s: 2 } };
}

/** Below 10^15 (at most 15 significant digits) a decimal is the one its nearest double prints as. */
const MAX_EXACT = 10n ** 15n;
/** Whether `n` is the double nearest to `d` and prints as `d` (then parseDec(String(n)) is `d`). */
function sameAsNumber(d: Dec, n: number): boolean {
  return d.m < MAX_EXACT && d.m > -MAX_EXACT && toNumber(d) === n;
}

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
  if (total.per) return true;
  // One part that is the total as written (a project's 财政资金 = its 预算数, most projects): equal
  // without reading either, since exact() reads nothing but raw, unit and yuan.
  if (all.length === 1 && sameWriting(total, all[0]!)) return true;
  // One reading of each figure gives both its value and its rounding unit.
  const values: Dec[] = [];
  const t = exact(total);
  let tol = t.ulp;
  for (const p of all) {
    if (p.per) continue;
    const e = exact(p);
    values.push(e.value);
    if (cmp(tol, e.ulp) < 0) tol = e.ulp;
  }
  if (values.length === 0) return true;
  return cmp(abs(sub(t.value, sumOf(values))), tol) <= 0;
}

/** Two figures written alike: exact() gives both the same value. */
const sameWriting = (a: Money, b: Money): boolean => a.raw === b.raw && a.unit === b.unit && a.yuan === b.yuan;

/**
 * Compare a stated figure with the sum of its parts, with a tolerance of one unit of the
 * last printed digit of any figure involved. Returns true when they agree. `what` may be a function:
 * its text (a project's name …) is built only for a warning.
 */
export function checkSum(diagnostics: Diagnostics, code: string, what: string | (() => string), total: Money, all: readonly Money[]): boolean {
  // A rate (每人每月100元) is never summed with amounts, nor taken for a total.
  const parts = all.filter((p) => !p.per);
  if (sumAgrees(total, parts)) return true;
  const expected = exact(total).value;
  const actual = sum(parts);
  const lines = [...new Set([total.line, ...parts.map((p) => p.line)])].sort((a, b) => a - b);
  diagnostics.warn(code, `${typeof what === 'string' ? what : what()}: stated ${total.raw} (${toNumber(expected)} yuan) but the parts add up to ${toNumber(actual)} yuan`, total.line, {
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
