/**
 * Exact decimal numbers: an integer mantissa and a count of decimal places.
 * Money is computed with these, never with binary floating point.
 */
export interface Dec {
  readonly m: bigint;
  /** Number of decimal places: value = m / 10^s. */
  readonly s: number;
}

const TEN = 10n;
const POW10 = Array.from({ length: 24 }, (_, i) => TEN ** BigInt(i));
const pow10 = (n: number): bigint => POW10[n] ?? TEN ** BigInt(n);

export const ZERO: Dec = { m: 0n, s: 0 };

/** Parse "123", "-1.50", "0.001" (ASCII digits, optional sign and point). */
export function parseDec(text: string): Dec | null {
  const m = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return null;
  const frac = m[3] ?? '';
  const mant = BigInt(m[2]! + frac);
  return { m: m[1] === '-' ? -mant : mant, s: frac.length };
}

export function fromInt(n: bigint | number): Dec {
  return { m: BigInt(n), s: 0 };
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  if (a.s === b.s) return [a.m, b.m, a.s];
  return a.s > b.s ? [a.m, b.m * pow10(a.s - b.s), a.s] : [a.m * pow10(b.s - a.s), b.m, b.s];
}

export function add(a: Dec, b: Dec): Dec {
  const [x, y, s] = align(a, b);
  return normalize({ m: x + y, s });
}

/** The sum of the values: aligned to one scale and normalized once, not at every addition. */
export function sumOf(values: readonly Dec[]): Dec {
  let s = 0;
  for (const v of values) if (v.s > s) s = v.s;
  let m = 0n;
  for (const v of values) m += v.s === s ? v.m : v.m * pow10(s - v.s);
  return normalize({ m, s });
}

/** The largest of the values (the first of equal ones). */
export function maxOf(values: readonly Dec[]): Dec {
  let best = values[0]!;
  for (let i = 1; i < values.length; i++) if (cmp(best, values[i]!) < 0) best = values[i]!;
  return best;
}

export function sub(a: Dec, b: Dec): Dec {
  return add(a, neg(b));
}

export function neg(a: Dec): Dec {
  return { m: -a.m, s: a.s };
}

export function mul(a: Dec, b: Dec): Dec {
  return normalize({ m: a.m * b.m, s: a.s + b.s });
}

/** Multiply by 10^n (n may be negative). */
export function shift(a: Dec, n: number): Dec {
  return n >= 0 ? normalize({ m: a.m * pow10(n), s: a.s }) : normalize({ m: a.m, s: a.s - n });
}

export function cmp(a: Dec, b: Dec): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function abs(a: Dec): Dec {
  return a.m < 0n ? neg(a) : a;
}

/** Drop trailing zero decimals: 1.50 → 1.5, 100.00 → 100. */
export function normalize(a: Dec): Dec {
  let { m, s } = a;
  while (s > 0 && m % TEN === 0n) {
    m /= TEN;
    s--;
  }
  return { m, s };
}

export function toString(a: Dec): string {
  const n = normalize(a);
  const neg = n.m < 0n;
  let digits = (neg ? -n.m : n.m).toString();
  if (n.s > 0) {
    digits = digits.padStart(n.s + 1, '0');
    digits = `${digits.slice(0, -n.s)}.${digits.slice(-n.s)}`;
  }
  return neg ? `-${digits}` : digits;
}

/** Powers of ten that are exact doubles (10^22 is the last). */
const POW10_NUMBER = Array.from({ length: 23 }, (_, i) => 10 ** i);
const SAFE = 2n ** 53n;

/**
 * The nearest double; exact decimal strings of money print back as written. A mantissa below 2^53
 * and 10^s up to 10^22 are exact doubles, and division rounds correctly: m / 10^s is then the
 * double nearest to the value, which is what Number(toString(a)) gives, without the strings.
 */
export function toNumber(a: Dec): number {
  if (a.m < SAFE && a.m > -SAFE && a.s >= 0 && a.s < POW10_NUMBER.length) return Number(a.m) / POW10_NUMBER[a.s]!;
  return Number(toString(a));
}
