import type { Money, MoneyUnit } from '../schema/index.js';
import { shift, toNumber, type Dec } from './decimal.js';
import { parseChineseNumeral } from './numerals.js';
import { compact, normalizeDigits } from './text.js';

/** Powers of ten of the money units. */
export const UNIT_POWER: Record<MoneyUnit, number> = { 元: 0, 万元: 4, 亿元: 8 };

export interface Amount {
  /** Exact value in yuan. */
  yuan: Dec;
  /** The unit the number was read in. */
  unit: MoneyUnit;
  /** One unit of the last printed digit, in yuan (the rounding tolerance). */
  ulp: Dec;
}

const ARABIC = /^([+-]?)(\d+)(?:\.(\d+))?\s*(亿|万|千)?\s*(元|圆)?$/;
/** A plain amount ("2447.87万元", "-0.50", "3566894.19"): nothing for normalizeDigits to change, nothing to trim. */
const PLAIN = /^(-?)(\d+)(?:\.(\d+))?(亿|万|千)?(元|圆)?$/;
const CN_UNIT = /(亿元|万元|元|圆)$/;

/**
 * The amount grammar: "16.4万" · "1,286.45万元" · "787. 50元" · "１２３元" · "负3.5万元" ·
 * "八万元" · "壹拾壹元壹角" · a bare number read in `defaultUnit` (from a header such as
 * 单位：万元). Exact to the fen by decimal arithmetic; null for anything else.
 * Most amounts are plain ASCII (PLAIN): they are read as they stand, without the copies that
 * normalizing full-width digits, separators and spaces makes (the same result: there is nothing to normalize).
 */
export function parseAmount(raw: string, defaultUnit: MoneyUnit = '元'): Amount | null {
  const plain = PLAIN.exec(raw);
  if (plain) return arabic(plain[1] === '-', plain, defaultUnit);
  let t = normalizeDigits(raw).trim().replace(/^约/, '').replace(/[。.，,;；]$/, '').trim();
  if (!t) return null;
  let negative = false;
  if (/^[-−负]/.test(t)) {
    negative = true;
    t = t.slice(1).trim();
  }
  const m = ARABIC.exec(t);
  if (m) return arabic(m[1] === '-' ? !negative : negative, m, defaultUnit);
  const u = CN_UNIT.exec(t);
  const body = u && !/[角分]/.test(t) ? t.slice(0, -u[0].length) : t;
  let unit: MoneyUnit = u ? (u[1] === '亿元' ? '亿元' : u[1] === '万元' ? '万元' : '元') : defaultUnit;
  let power = u ? UNIT_POWER[unit] : UNIT_POWER[defaultUnit];
  if (u && /[角分]/.test(t)) power = 0;
  if (!body || !/[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]/.test(body)) return null;
  const v = parseChineseNumeral(body);
  if (!v) return null;
  // 十六万 written without 元 in a 万元 table would be ambiguous: numerals carry their own 万.
  if (/[万亿]/.test(body)) unit = '元';
  let value = shift(v, power);
  if (negative) value = { m: -value.m, s: value.s };
  return { yuan: value, unit, ulp: unitOf(power - v.s) };
}

/** 10^k as bigints, for the rounding units. */
const POW10N = Array.from({ length: 24 }, (_, i) => 10n ** BigInt(i));

/** One unit of the digit 10^k in yuan (k may be negative): shift(fromInt(1), k), without the arithmetic. */
function unitOf(k: number): Dec {
  return k >= 0 ? { m: POW10N[k] ?? 10n ** BigInt(k), s: 0 } : { m: 1n, s: -k };
}

/**
 * An arabic amount from the groups of ARABIC or PLAIN: sign, integer digits, decimals, 亿/万/千, 元.
 * The point is moved on the digits as written and trailing zeros after it dropped there, so that one
 * BigInt is made: the same normal Dec as shift() of the digits gives (no trailing zero after the point).
 */
function arabic(negative: boolean, m: RegExpExecArray, defaultUnit: MoneyUnit): Amount {
  const frac = m[3] ?? '';
  const big = m[4];
  const unit: MoneyUnit = big === '亿' ? '亿元' : big === '万' ? '万元' : m[5] || big ? '元' : defaultUnit;
  const power = big === '千' ? 3 : UNIT_POWER[unit];
  let digits = m[2]! + frac;
  let s = frac.length - power;
  let end = digits.length;
  while (s > 0 && digits.charCodeAt(end - 1) === 48) {
    end--;
    s--;
  }
  if (end < digits.length) digits = digits.slice(0, end);
  let mantissa = BigInt(digits);
  if (s < 0) {
    mantissa *= POW10N[-s] ?? 10n ** BigInt(-s);
    s = 0;
  }
  return { yuan: { m: negative ? -mantissa : mantissa, s }, unit, ulp: unitOf(power - frac.length) };
}

export function toMoney(raw: string, line: number, defaultUnit: MoneyUnit = '元'): Money | null {
  const a = parseAmount(raw, defaultUnit);
  return a ? { yuan: toNumber(a.yuan), raw: raw.trim(), unit: a.unit, line } : null;
}

/** The first unit that any of these header cells or captions gives. */
export function firstUnit(texts: readonly string[]): MoneyUnit | null {
  for (const t of texts) {
    const u = unitFromHeader(t);
    if (u) return u;
  }
  return null;
}

/** The unit a table header or caption gives: 单位：万元 · 金额单位：元 · （万元）. */
export function unitFromHeader(text: string): MoneyUnit | null {
  // Every unit ends in 元: most cells are passed over without a copy or a regular expression.
  if (!text.includes('元')) return null;
  const m = /(?:金额)?单位[:：]\s*(亿元|万元|元)|[（(]\s*(亿元|万元|元)\s*[）)]/.exec(compact(text));
  const u = m ? m[1] ?? m[2] : null;
  return u === '亿元' || u === '万元' || u === '元' ? u : null;
}
