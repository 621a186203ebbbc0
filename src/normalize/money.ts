import type { Money, MoneyUnit } from '../schema/index.js';
import { shift, toNumber, type Dec } from './decimal.js';
import { parseChineseNumeral } from './numerals.js';
import { compact, hasSpace, isDigitCode, normalizeDigits, toHalfWidth } from './text.js';

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
const CN_UNIT = /(亿元|万元|元|圆)$/;

/**
 * The amount grammar: "16.4万" · "1,286.45万元" · "787. 50元" · "１２３元" · "负3.5万元" ·
 * "八万元" · "壹拾壹元壹角" · a bare number read in `defaultUnit` (from a header such as
 * 单位：万元). Exact to the fen by decimal arithmetic; null for anything else.
 * Most amounts are plain ASCII (plainAmount): they are read as they stand, without the copies that
 * normalizing full-width digits, separators and spaces makes (the same result: there is nothing to normalize).
 */
export function parseAmount(raw: string, defaultUnit: MoneyUnit = '元'): Amount | null {
  const plain = plainAmount(raw, defaultUnit);
  if (plain) return plain;
  let t = normalizeDigits(raw).trim().replace(/^约/, '').replace(/[。.，,;；]$/, '').trim();
  if (!t) return null;
  let negative = false;
  if (/^[-−负]/.test(t)) {
    negative = true;
    t = t.slice(1).trim();
  }
  const m = ARABIC.exec(t);
  if (m) return arabic(m[1] === '-' ? !negative : negative, m[2]!, m[3] ?? '', m[4], !!m[5], defaultUnit);
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

const BIG: Record<number, string> = { 0x4ebf: '亿', 0x4e07: '万', 0x5343: '千' };

/**
 * A plain amount, read by its characters: -?digits(.digits)?(亿|万|千)?(元|圆)?, ASCII and nothing
 * else ("2447.87万元", "-0.50", "3566894.19"), which normalizeDigits would leave as it is and trim
 * would not change; undefined for any other text (then the normalizing path reads it). Most figures
 * of the documents are plain: no regular expression, no match array.
 */
function plainAmount(raw: string, defaultUnit: MoneyUnit): Amount | undefined {
  const n = raw.length;
  let i = raw.charCodeAt(0) === 45 ? 1 : 0; // -
  const intStart = i;
  while (i < n && isDigitCode(raw.charCodeAt(i))) i++;
  const intEnd = i;
  if (intEnd === intStart) return undefined;
  let fracStart = i;
  if (i < n && raw.charCodeAt(i) === 46) {
    fracStart = ++i;
    while (i < n && isDigitCode(raw.charCodeAt(i))) i++;
    if (i === fracStart) return undefined;
  }
  const fracEnd = i;
  const big = i < n ? BIG[raw.charCodeAt(i)] : undefined;
  if (big) i++;
  const yuan = i < n && (raw.charCodeAt(i) === 0x5143 || raw.charCodeAt(i) === 0x5706); // 元 圆
  if (yuan) i++;
  if (i !== n) return undefined;
  return arabic(intStart === 1, raw.slice(intStart, intEnd), raw.slice(fracStart, fracEnd), big, yuan, defaultUnit);
}

/** 10^k as bigints, for the rounding units. */
const POW10N = Array.from({ length: 24 }, (_, i) => 10n ** BigInt(i));

/** One unit of the digit 10^k in yuan (k may be negative): shift(fromInt(1), k), without the arithmetic. */
function unitOf(k: number): Dec {
  return k >= 0 ? { m: POW10N[k] ?? 10n ** BigInt(k), s: 0 } : { m: 1n, s: -k };
}

/**
 * An arabic amount: sign, integer digits, decimals, 亿/万/千, whether 元 is written.
 * The point is moved on the digits as written and trailing zeros after it dropped there, so that one
 * BigInt is made: the same normal Dec as shift() of the digits gives (no trailing zero after the point).
 */
function arabic(negative: boolean, int: string, frac: string, big: string | undefined, yuan: boolean, defaultUnit: MoneyUnit): Amount {
  const unit: MoneyUnit = big === '亿' ? '亿元' : big === '万' ? '万元' : yuan || big ? '元' : defaultUnit;
  const power = big === '千' ? 3 : UNIT_POWER[unit];
  let s = frac.length - power;
  let end = frac.length;
  while (s > 0 && frac.charCodeAt(end - 1) === 48) {
    end--;
    s--;
  }
  let mantissa = BigInt(end === 0 ? int : int + (end < frac.length ? frac.slice(0, end) : frac));
  if (s < 0) {
    mantissa *= POW10N[-s] ?? 10n ** BigInt(-s);
    s = 0;
  }
  return { yuan: { m: negative ? -mantissa : mantissa, s }, unit, ulp: unitOf(power - frac.length) };
}

export function toMoney(raw: string, line: number, defaultUnit: MoneyUnit = '元'): Money | null {
  // (every reader turns a table cell into money here: two figures apart by spaces are none, never joined)
  let text = raw;
  if (hasSpace(raw)) {
    if (figuresApart(raw)) return null;
    // (1, 050.00: the space after a thousands comma is inside the grouping, as figuresApart found)
    text = raw.replace(/([,，])\s+(?=\d)/g, '$1');
  }
  const a = parseAmount(text, defaultUnit);
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
  // The currency may be named (金额单位：人民币万元, 单位：（人民币）元, （人民币万元）): the unit is read without it.
  const m = /(?:金额)?单位[:：]\s*(?:[（(]?人民币[)）]?)?(亿元|万元|元)|[（(]\s*(?:人民币)?(亿元|万元|元)\s*[）)]/.exec(compact(text));
  const u = m ? m[1] ?? m[2] : null;
  return u === '亿元' || u === '万元' || u === '元' ? u : null;
}

/** The first piece of a figure cut by a space inside its grouping: 1 to 3 digits, whole groups, no point (1 · 1, · 12 · 1,234). */
const FIRST_GROUPS = /^[^\d\s]{0,2}\d{1,3}(?:[,，]\d{3})*[,，]?$/;
/** A later piece before another space: whole groups of three digits, no point (234 · 234,567,). */
const NEXT_GROUPS = /^\d{3}(?:[,，]\d{3})*[,，]?$/;
/** What follows a space inside the grouping: exactly three digits, then no digit (050.00 · 345 · 050万元). */
const GROUP_AFTER = /^\d{3}(?!\d)/;

/**
 * Whether a text holds two figures apart by white space (a table cell: `4      1,180.00`, a 行次 run into its 金额 by
 * pdftotext -layout; `32 1，050.00` · `34 5.00万元` · `35 36 5.00` · `１２  ３４.００` · `12.00 11.00`), which with the
 * spaces taken out would read as one figure (41,180.00). Decided by the grouping: a space between digits (or after a
 * thousands comma) is kept inside one figure only where it splits a thousands group, that is where the digits after it
 * are exactly three (then a comma, the point, another such space or the end) and the piece before it is 1 to 3 digits or
 * whole groups of three, with no point, and the space is one space: `1 050.00` · `1, 050.00` · `12 345.67` · `1 234 567.00`
 * stay one figure; `6      520.00` (a column's gap: a 行次 and its 金额 set together by pdftotext -layout) is two. A space
 * beside the point (`787. 50`) or before a unit (`60.00 万元`) stands between no two digits and is no gap. Called on
 * texts with a space only; linear (a split and anchored patterns on its pieces).
 */
/**
 * A cell of two amounts apart (figuresApart, and a point or a comma marks an amount): reported where it stands. The
 * numbers of a 栏次 row run together (`1 2`) are refused by toMoney too, but hold no amount to report.
 */
export function amountsApart(raw: string): boolean {
  return hasSpace(raw) && /[.,，．]/.test(raw) && figuresApart(raw);
}

export function figuresApart(raw: string): boolean {
  const t = toHalfWidth(raw).trim().replace(/(\d)\s*\.\s*(?=\d)/g, '$1.');
  const pieces = t.split(/(\s+)/);
  for (let i = 2; i < pieces.length; i += 2) {
    const a = pieces[i - 2]!;
    const b = pieces[i]!;
    // (only a space between a digit or a thousands comma and a digit joins a figure)
    if (!/[\d,，]$/.test(a) || !/^\d/.test(b)) continue;
    // (a gap of two spaces or more, or a tab, is a column's: `6      520.00` is a 行次 and 520.00, never 6,520.00)
    const gap = pieces[i - 1]!;
    if (gap.length > 1 || gap !== ' ') return true;
    if (!(i === 2 ? FIRST_GROUPS : NEXT_GROUPS).test(a) || !GROUP_AFTER.test(b)) return true;
  }
  return false;
}
