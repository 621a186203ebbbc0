import { add, fromInt, parseDec, shift, neg, type Dec, ZERO } from './decimal.js';

/**
 * Chinese numerals → exact decimals. Covers the forms seen in disclosures and in the
 * cn2an test suite: 一百零一, 两千六 (elided 百), 三万五, 一千零一万…亿, 廿二, financial
 * 壹贰叁, 〇/零, positional 一七二零, 点 decimals, 负, 元角分 and mixed Arabic (10.1万, 1万600).
 * Returns null for anything that is not a well-formed numeral.
 *
 * (chinese-numbers-converter reads 一千零十 as 1000 and decimals in floating point, so
 * amounts are not routed through it: it is a development dependency, the tests use it as a
 * differential oracle.)
 */
const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, '0': 0, 一: 1, 壹: 1, 幺: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL: Record<string, number> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
const BIG: Record<string, number> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };
const TENS: Record<string, number> = { 廿: 20, 卅: 30, 卌: 40 };

export const CN_NUMERAL_CHARS = '零〇一壹幺二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億廿卅卌点';

type Token =
  | { t: 'digit'; v: number; zero: boolean }
  | { t: 'arabic'; v: Dec; decimal: boolean }
  | { t: 'small'; p: number }
  | { t: 'big'; p: number }
  | { t: 'tens'; v: number };

function tokenize(s: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c >= '0' && c <= '9') {
      const m = /^\d+(?:\.\d+)?/.exec(s.slice(i))!;
      const v = parseDec(m[0]);
      if (!v) return null;
      out.push({ t: 'arabic', v, decimal: m[0].includes('.') });
      i += m[0].length;
      continue;
    }
    if (c in DIGIT) out.push({ t: 'digit', v: DIGIT[c]!, zero: DIGIT[c] === 0 });
    else if (c in SMALL) out.push({ t: 'small', p: SMALL[c]! });
    else if (c in BIG) out.push({ t: 'big', p: BIG[c]! });
    else if (c in TENS) out.push({ t: 'tens', v: TENS[c]! });
    else return null;
    i++;
  }
  return out;
}

function digitsOnly(tokens: Token[]): boolean {
  return tokens.every((t) => t.t === 'digit');
}

/** The integer part of a numeral (no 点), possibly with Arabic numbers in it. */
function integerPart(s: string): Dec | null {
  const tokens = tokenize(s);
  if (!tokens || tokens.length === 0) return null;
  if (digitsOnly(tokens)) {
    // Positional: 一七二零 = 1720, 〇 = 0, 一一 = 11.
    return fromInt(BigInt(tokens.map((t) => (t as { v: number }).v).join('')));
  }
  if (tokens.length === 1 && tokens[0]!.t === 'arabic') return tokens[0]!.v;

  let value = ZERO; // complete 亿 groups
  let wan = ZERO; // complete 万 groups below the last 亿
  let part = ZERO; // below 万
  let num: Dec | null = null;
  let numIsCnDigit = false;
  let lastUnit: number | null = null; // power of the unit just before `num`
  let zeroSince = false;
  let lastSmall = 99; // within a 万 group, 十/百/千 must come in falling order
  let prev: Token | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    switch (tok.t) {
      case 'digit':
        if (tok.zero) {
          zeroSince = true;
          if (num !== null) return null;
          break;
        }
        if (num !== null) return null; // 一一百: two digits in a row
        num = fromInt(tok.v);
        numIsCnDigit = true;
        break;
      case 'arabic':
        if (num !== null) return null;
        // A decimal Arabic number takes exactly one unit and ends the numeral (10.1万, not 10.1万零100).
        if (tok.decimal) {
          const next = tokens[k + 1];
          if (!next || (next.t !== 'small' && next.t !== 'big') || k + 2 !== tokens.length) return null;
        }
        num = tok.v;
        numIsCnDigit = false;
        break;
      case 'tens':
        if (num !== null) return null;
        if (lastSmall <= 1) return null;
        part = add(part, fromInt(tok.v));
        lastSmall = 1;
        lastUnit = 1;
        zeroSince = false;
        break;
      case 'small':
        if (tok.p >= lastSmall || prev?.t === 'tens') return null; // 十百, 十一十二
        // 百/千 need a digit before them (一百), except after 零 (一万零百一十一); 十 alone is 10.
        if (num === null && tok.p > 1 && !(prev?.t === 'digit' && prev.zero)) return null;
        lastSmall = tok.p;
        part = add(part, shift(num ?? fromInt(1), tok.p));
        num = null;
        lastUnit = tok.p;
        zeroSince = false;
        break;
      case 'big': {
        if (prev?.t === 'big' && tok.p === 4) return null; // 亿万
        const group = add(part, num ?? ZERO);
        if (prev === null) return null; // a bare 万 is no number
        const hasAny = group.m !== 0n || wan.m !== 0n || value.m !== 0n;
        if (tok.p === 4) {
          wan = shift(add(wan, hasAny ? group : fromInt(1)), 4);
        } else {
          value = shift(add(add(value, wan), hasAny ? group : fromInt(1)), 8);
          wan = ZERO;
        }
        part = ZERO;
        num = null;
        lastUnit = tok.p;
        lastSmall = 99;
        zeroSince = false;
        break;
      }
    }
    prev = tok;
  }
  if (num !== null && numIsCnDigit && lastUnit !== null && !zeroSince && prev?.t === 'digit') {
    // Elided unit: 三万五 = 35000, 两千六 = 2600, 一百二 = 120.
    num = shift(num, lastUnit - 1);
  }
  return add(add(add(value, wan), part), num ?? ZERO);
}

function fractionDigits(s: string): string | null {
  let out = '';
  for (const c of s) {
    if (c >= '0' && c <= '9') out += c;
    else if (c in DIGIT) out += String(DIGIT[c]);
    else return null;
  }
  return out.length > 0 ? out : null;
}

/** Parse a Chinese (or mixed) numeral exactly. */
export function parseChineseNumeral(input: string): Dec | null {
  let s = input.trim();
  if (!s) return null;
  let negative = false;
  if (s[0] === '负' || s[0] === '-') {
    negative = true;
    s = s.slice(1);
  }
  let result: Dec | null;
  const money = /^(.*?)[元圆块](?:(.)角)?(?:(.)分)?[整正]?$/.exec(s);
  if (money) {
    const yuan = integerPart(money[1]!);
    if (!yuan) return null;
    result = yuan;
    for (const [d, p] of [[money[2], 1], [money[3], 2]] as const) {
      if (d === undefined) continue;
      const v = DIGIT[d];
      if (v === undefined) return null;
      result = add(result, shift(fromInt(v), -p));
    }
  } else {
    const parts = s.split('点');
    if (parts.length > 2) return null;
    const int = integerPart(parts[0]!);
    if (!int) return null;
    result = int;
    if (parts.length === 2) {
      const frac = fractionDigits(parts[1]!);
      if (frac === null) return null;
      result = add(result, { m: BigInt(frac), s: frac.length });
    }
  }
  return negative ? neg(result) : result;
}
