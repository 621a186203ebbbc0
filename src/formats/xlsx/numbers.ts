/**
 * The numbers of a spreadsheet as a person reads them off the sheet. A cell stores a binary
 * float (`<v>2400.0000000000005</v>` for a sum that Excel shows as 2400); Excel shows at most
 * 15 significant digits, so a stored number longer than that is read at 15 digits (exact
 * decimals, no exponent): 2400.0000000000005 → 2400, 68.299999999999997 → 68.3.
 */

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
/** Excel's display precision. */
const DIGITS = 15;

/** A decimal string without exponent: "2.4E7" → "24000000", "1.5E-3" → "0.0015". */
export function plainDecimal(s: string): string {
  const m = /^(-?)(\d*)\.?(\d*)(?:[eE]([-+]?\d+))?$/.exec(s);
  if (!m) return s;
  const sign = m[1]!;
  let int = m[2]!;
  let frac = m[3]!;
  const exp = Number(m[4] ?? 0);
  if (exp > 0) {
    const f = frac.padEnd(exp, '0');
    int += f.slice(0, exp);
    frac = f.slice(exp);
  } else if (exp < 0) {
    const i = int.padStart(-exp + 1, '0');
    frac = i.slice(i.length + exp) + frac;
    int = i.slice(0, i.length + exp);
  }
  int = int.replace(/^0+(?=\d)/, '') || '0';
  frac = frac.replace(/0+$/, '');
  const out = frac ? `${int}.${frac}` : int;
  return sign && /[1-9]/.test(out) ? `-${out}` : out;
}

/** Moves the decimal point `k` places left (k < 0: right), exactly: ("24683000", 4) → "2468.3". */
export function shiftDecimal(s: string, k: number): string {
  const m = /^(-?)(\d*)\.?(\d*)$/.exec(plainDecimal(s));
  if (!m) return s;
  return plainDecimal(`${m[1]}${m[2] || '0'}.${m[3]}e${-k}`);
}

/** The stored `<v>` of a number cell as Excel shows it in the General format (at most 15 significant digits). */
export function storedNumber(v: string): string {
  const t = v.trim();
  if (!NUMBER.test(t)) return v;
  const digits = t.replace(/[eE].*$/, '').replace(/[-.]/g, '').replace(/^0+/, '');
  if (digits.length <= DIGITS && !/[eE]/.test(t)) return t;
  const n = Number(t);
  if (!Number.isFinite(n)) return v;
  return plainDecimal(n.toPrecision(DIGITS));
}
