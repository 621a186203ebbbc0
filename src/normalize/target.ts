import { BoundedMemo } from '../memo.js';
import type { Operator, Target } from '../schema/index.js';
import { parseDec, shift, toNumber, type Dec } from './decimal.js';
import { UNIT_POWER } from './money.js';
import { parseChineseNumeral } from './numerals.js';
import { compact, normalizeDigits } from './text.js';
import { isDurationUnit, monthSpan } from './duration.js';

/**
 * The grammar of an indicator's target (指标值): operator, number (or range), unit,
 * a deadline, or a qualitative wording. `raw` is always the input as given.
 */

// Symbols in any width or form, longest first.
const SYMBOLS: [RegExp, Operator][] = [
  [/^(≥|≧|⩾|>=|＞＝|>＝|＞=|大于等于|大于或等于)/, '≥'],
  [/^(≤|≦|⩽|<=|＜＝|<＝|＜=|小于等于|小于或等于)/, '≤'],
  [/^(==|=|＝|等于)/, '='],
  [/^(>|＞)/, '>'],
  [/^(<|＜)/, '<'],
];
// Words before the number.
const PREFIX_WORDS: [RegExp, Operator][] = [
  [/^(不低于|不少于|不小于|至少|最少|达到|达|满足|确保|保持|以上为)/, '≥'],
  [/^(不超过|不高于|不多于|不大于|最多|至多|控制在|小于等于|以内)/, '≤'],
  [/^(低于|少于|小于)/, '<'],
  [/^(高于|多于|大于|超过)/, '>'],
];
/** 30天内 · 两个月内 · 3个工作日内（办结）: a bare 内 only after a unit of time (县内 · 区内 name a place). */
const BARE_WITHIN = /(?<=[天日月周年时钟])内(?:完成|办结|[（(](?:完成|办结)[)）])?$/;
/** Words before the number that name a day of a period, not a length: 次月10日内 · 每月5日内 · 每年3月内. */
const DAY_OF_PERIOD = /(?:每|次|当|本|下)(?:月|年|周|季度?)$/;
/** The words after a deadline that say what is done by then: 完成 · 全部完成 · 按期办结 … (2025年内全部完成). */
const DONE = '(?:全部|全面|按期|按时|如期)?(?:完成|办结|实现|到位)?';
/** "2025年内完成" · "在2025年度内" · "2025年内全部完成": within the year named, a deadline (no duration of 2025 years). */
const WITHIN_YEAR = new RegExp(`^(?:在|于)?(\\d{4})年度?(?:内|以内|之内)${DONE}$`);
/**
 * A range stated by two bounds: ≥95%且≤100% · 不低于90%且不高于100% · ≥95%，≤100%. The joining words, as data; each
 * side is read by the grammar, and a range is given only for a lower bound (≥) and an upper one (≤) of one unit.
 */
/** The characters of BOUNDS_JOIN's joining words (且 · 同时 · the separators): its pre-check. */
const BOUNDS_CHAR = /[且同，,、;；]/;
const BOUNDS_JOIN = /^(.{1,40}?)(?:[，,、;；]?(?:且|并且|同时|而且)|[，,、;；])(.{1,40})$/;
/** A frequency: 每月1次 · 每周≥2次 · 每季度至少1次: the period goes into the unit (次/月), only for a count of events. */
const FREQUENCY = /^每(年度?|季度?|半年|月|周|星期|天|日)/;
const FREQUENCY_UNIT = /^(?:次|场|期|篇|份|批|轮|回|趟|人次|场次)$/;
// Words after the number.
const SUFFIX_WORDS: [RegExp, Operator][] = [
  [/(及以上|以上|或以上)$/, '≥'],
  [/(以内|之内|以下|及以下|或以下)$/, '≤'],
  // 30天内 · 两个月内 · 3个工作日内（完成）: a bare 内 only after a unit of time (县内 · 区内 name a place)
  [BARE_WITHIN, '≤'],
];
const YEAR_END = new RegExp(`^(\\d{4})?年?(?:年底|年末|底|末)(前|之前|以前)?${DONE}$`);
/** The words after a deadline's 前 / 内 (全部完成 · 办结): cut off before the date is read. */
const DONE_AFTER_DEADLINE = /(前|之前|以前|内|以内)(?:全部|全面|按期|按时|如期)?(?:完成|办结|实现|到位)$/;
const DEADLINE_SUFFIX = /(前|之前|以前|底前|末前)$/;

/**
 * The separator of a range after its first number (and unit): 90%-100% · 90~100% · 90%至100%, also the dashes of Word and web
 * text (– en dash · ― · 〜 · ∽, a doubled -- · －－ · ——), whose range was qualitative before.
 */
const RANGE_SEP = /^(%|[^\d\-~～至到—–―〜∽⁓－]{0,4})?\s*(?:[-~～—–―〜∽⁓－]{1,2}|至|到)\s*/;
const CN_NUM = /^[零〇一二两三四五六七八九十百千万亿点]+/;
const NUM = /^\d+(?:\.\d+)?/;

function percentUnit(u: string): string {
  if (/^(%|％|百分比|百分点|个百分点)$/.test(u)) return '%';
  if (/百分比$/.test(u)) return '%';
  return u;
}

function lastDay(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function isoDay(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function empty(raw: string, kind: Target['kind']): Target {
  return { raw, kind, operator: null, value: null, upper: null, unit: null, yuan: null, date: null, operatorImplied: false };
}

/** Read a number at the start: Arabic (any width, thousands separators) or a Chinese numeral. */
function readNumber(s: string): { dec: Dec; rest: string } | null {
  const m = NUM.exec(s);
  if (m) return { dec: parseDec(m[0])!, rest: s.slice(m[0].length) };
  const pct = /^百分之([零〇一二两三四五六七八九十百点]+)/.exec(s);
  if (pct) {
    const dec = parseChineseNumeral(pct[1]!);
    return dec ? { dec, rest: `%${s.slice(pct[0].length)}` } : null;
  }
  const c = CN_NUM.exec(s);
  if (c) {
    // The longest prefix that is a numeral: 十二项 → 十二 + 项.
    for (let len = c[0].length; len > 0; len--) {
      const dec = parseChineseNumeral(c[0].slice(0, len));
      if (dec) return { dec, rest: s.slice(len) };
    }
  }
  return null;
}

function opFrom(table: [RegExp, Operator][], s: string): { op: Operator; len: number } | null {
  for (const [re, op] of table) {
    const m = re.exec(s);
    if (m) return { op, len: m[0].length };
  }
  return null;
}

/** A deadline: 2023年12月底前 · 12月31日前 · ≤12月份 (the year from the document when omitted). */
function readDate(s: string, year: number | null): string | null {
  const full = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})[日号])?/.exec(s);
  if (full) {
    const y = Number(full[1]);
    const mo = Number(full[2]);
    if (mo < 1 || mo > 12) return null;
    return full[3] ? isoDay(y, mo, Number(full[3])) : lastDay(y, mo);
  }
  const md = /^(\d{1,2})月(?:(\d{1,2})[日号])?/.exec(s);
  if (md && year !== null) {
    const mo = Number(md[1]);
    if (mo < 1 || mo > 12) return null;
    return md[2] ? isoDay(year, mo, Number(md[2])) : lastDay(year, mo);
  }
  return null;
}

/**
 * The operator of a deadline (…前 · …内): at the latest, whatever a leading 确保 / 达到 (≥ on a figure) said; only an explicit
 * < stays (确保2025年底前完成 is ≤ 2025-12-31, not ≥).
 */
function byDeadline(op: Operator | null): Operator {
  return op === '<' ? '<' : '≤';
}

/** A 指标值 cell is short; longer text is read as words, never scanned for numbers. */
const MAX_TARGET = 200;

// Targets repeat a lot (≥95%, 100%, 是): parsing is pure, so results are memoized, by year and
// then by the text itself (no key string is built per call). The same reading is shared by every
// indicator with this text (nothing mutates it).
const memo = new Map<number | null, BoundedMemo<string, Target>>();
const MEMO_MAX = 20000;

export function parseTarget(raw: string, year: number | null = null): Target {
  let byText = memo.get(year);
  if (!byText) memo.set(year, (byText = new BoundedMemo(MEMO_MAX)));
  return byText.get(raw, (r) => readTarget(r, year));
}

function readTarget(raw: string, year: number | null): Target {
  if (raw.length > MAX_TARGET) return empty(raw, 'qualitative');
  let s = compact(normalizeDigits(raw));
  if (!s || /^[-—–/\\无]+$/.test(s)) return empty(raw, 'empty');
  s = s.replace(/^(为|是)/, '');
  // "【≥】95%": an operator in brackets
  const c0 = s.charCodeAt(0);
  if (c0 === 0x3010 || c0 === 0x5b) s = s.replace(/^[【\[]([≥≤=<>＜＞≧≦＝]|>=|<=)[】\]]/, '$1');
  // (two bounds need a joining character and figures: a target without them is not split)
  const bounds = s.length <= 80 && BOUNDS_CHAR.test(s) && /\d/.test(s) ? boundsRange(raw, s, year) : null;
  if (bounds) return bounds;
  const often = c0 === 0x6bcf ? FREQUENCY.exec(s) : null;
  if (often) {
    const t = readTarget(s.slice(often[0].length), year);
    if (t.kind === 'quantitative' && t.unit !== null && FREQUENCY_UNIT.test(t.unit)) return { ...t, raw, unit: `${t.unit}/${often[1]}` };
  }

  let op: Operator | null = null;
  const sym = opFrom(SYMBOLS, s) ?? opFrom(PREFIX_WORDS, s);
  if (sym) {
    op = sym.op;
    s = s.slice(sym.len);
  }

  // A span of months (1-12月 · 2022年1-12月) is a duration, never a deadline.
  const span = monthSpan(s);
  if (span) return { raw, kind: 'duration', operator: op, value: span.from, upper: span.to, unit: '月', yuan: null, date: null, operatorImplied: false };

  // "2025年底前" · "2025年年底前" · "年底前": the end of the year (of the document where the text names none).
  const yearEnd = YEAR_END.exec(s);
  if (yearEnd && (yearEnd[1] || year !== null) && /年/.test(s)) {
    const y = yearEnd[1] ? Number(yearEnd[1]) : year!;
    if (yearEnd[2]) op = byDeadline(op);
    return { raw, kind: 'date', operator: op, value: null, upper: null, unit: null, yuan: null, date: `${y}-12-31`, operatorImplied: false, yearInferred: !yearEnd[1] };
  }
  const withinYear = WITHIN_YEAR.exec(s);
  if (withinYear) {
    op = byDeadline(op);
    return { raw, kind: 'date', operator: op, value: null, upper: null, unit: null, yuan: null, date: `${withinYear[1]}-12-31`, operatorImplied: false, yearInferred: false };
  }
  // "2025-12-31前" · "2025.12.31前" · "2025/6/30之前": a date written in figures.
  const ymd = /^(\d{4})([-./])(\d{1,2})\2(\d{1,2})(前|之前|以前)?$/.exec(s);
  if (ymd) {
    const date = isoDay(Number(ymd[1]), Number(ymd[3]), Number(ymd[4]));
    if (date) {
      if (ymd[5]) op = byDeadline(op);
      return { raw, kind: 'date', operator: op, value: null, upper: null, unit: null, yuan: null, date, operatorImplied: false, yearInferred: false };
    }
  }
  // Deadlines: a date, possibly with 前/之前 (and what is done by then: 2025年12月底前全部完成).
  const last = s.charCodeAt(s.length - 1);
  const done = last === 0x6210 || last === 0x7ed3 || last === 0x73b0 || last === 0x4f4d ? DONE_AFTER_DEADLINE.exec(s) : null;
  if (done) s = s.slice(0, done.index + done[1]!.length);
  if (/^(\d{4}年)?\d{1,2}月(\d{1,2}[日号])?(底|末|份)?(前|之前|以前|内|以内)?$/.test(s)) {
    // Without a year in the text or the document, the deadline stays undated.
    const date = readDate(s, year);
    if (DEADLINE_SUFFIX.test(s) || /(内|以内)$/.test(s)) op = byDeadline(op);
    // "≤12月份": the month is also the number; a full date has no number of its own.
    const monthOnly = /^(\d{1,2})(月份?)$/.exec(s);
    return {
      raw,
      kind: 'date',
      operator: op,
      value: monthOnly ? Number(monthOnly[1]) : null,
      upper: null,
      unit: monthOnly ? monthOnly[2]! : null,
      yuan: null,
      date,
      operatorImplied: false,
      // The year comes from the document, not from the text (≤9月份 · 12月31日前).
      yearInferred: date !== null && !/^\d{4}年/.test(s),
    };
  }

  // "-5%" · "≥-2%" (a rate of decrease): the sign is the value's (it was dropped: 5 %)
  const neg = s.charCodeAt(0);
  const negative = (neg === 0x2d || neg === 0x2212 || neg === 0xff0d) && /^.\d/.test(s);
  if (negative) s = s.slice(1);
  let num = readNumber(s);
  let lead = '';
  if (!num) {
    // A number inside the words: 需使用资金30720元 · 案件处理时限为两天 · 本单位共有社区工作者112人.
    const inner = /(\d+(?:\.\d+)?|百分之[零〇一二两三四五六七八九十百点]+|[零〇一二两三四五六七八九十百千]+)([^\d]{0,12})$/.exec(s);
    if (inner && (/\d/.test(inner[1]!) || /^[天日个项次人名份件户家所场期批台辆套处条本篇年月周小时分钟元万%]/.test(inner[2] ?? ''))) {
      lead = s.slice(0, inner.index);
      if (/\d/.test(lead)) return empty(raw, 'qualitative');
      num = readNumber(s.slice(inner.index));
      const w = opFrom(PREFIX_WORDS, lead.replace(/^.*?(不低于|不少于|不超过|不高于|低于|高于|达到|控制在)/, '$1'));
      if (w) op ??= w.op;
    }
  }
  if (!num) return empty(raw, 'qualitative');

  let rest = num.rest;
  let upper: Dec | null = null;
  // Ranges: 90%-100% · 50-100名 · 90~100% · 90%至100%
  const rangeSep = RANGE_SEP.exec(rest);
  if (rangeSep) {
    const second = readNumber(rest.slice(rangeSep[0].length));
    if (second) {
      upper = second.dec;
      rest = second.rest || rangeSep[1] || '';
    }
  }
  // "100%（含）以上": the bound is in (≥ says so), the note is no part of the unit
  // (so "≤5%（含）": the note at the end; and "85%~95%之间": the range's 之间 is no unit)
  rest = rest.replace(/[（(]含[)）](?=(?:以上|以下|以内)?$)/, '');
  if (upper !== null) rest = rest.replace(/之间$|之内$/, '');
  // (a bare 内 after a day of a period, 次月10日内, or after a year, 2025年内…, is no length of time)
  const sw = SUFFIX_WORDS.find(([re]) => re.test(rest) && (re !== BARE_WITHIN || (!DAY_OF_PERIOD.test(lead) && !(/^年/.test(rest) && num!.dec.s === 0 && toNumber(num!.dec) >= 1000))));
  if (sw) {
    op ??= sw[1];
    rest = rest.replace(sw[0], '');
  }
  const unit = rest ? percentUnit(rest) : null;
  if (/\d/.test(unit ?? '')) return empty(raw, 'qualitative');
  // A year that no date branch above read (2025年 · 截至2025年底 · 力争2025年内) is no count of 2025 years, and a day of a
  // period (次月10日内 · 每年3月内) no length of time: no value is guessed.
  if (/^年/.test(rest) && upper === null && num.dec.s === 0 && toNumber(num.dec) >= 1900 && toNumber(num.dec) <= 2100) return empty(raw, 'qualitative');
  if (DAY_OF_PERIOD.test(lead) && /内$/.test(rest)) return empty(raw, 'qualitative');
  const implied = op === null && upper === null;
  const power = unit === '元' || unit === '万元' || unit === '亿元' ? UNIT_POWER[unit] : null;
  return {
    raw,
    // 两天 · ≤10个月 · 30个工作日: a length of time, not a count.
    kind: unit !== null && isDurationUnit(unit) ? 'duration' : 'quantitative',
    operator: upper !== null && op === null ? null : op ?? '=',
    value: negative ? -toNumber(num.dec) : toNumber(num.dec),
    upper: upper ? toNumber(upper) : null,
    unit,
    yuan: power !== null ? (negative ? -1 : 1) * toNumber(shift(num.dec, power)) : null,
    date: null,
    operatorImplied: implied,
  };
}

/** ≥95%且≤100%: a lower and an upper bound of one unit make a range (value, upper, no operator); else null. */
function boundsRange(raw: string, s: string, year: number | null): Target | null {
  const m = BOUNDS_JOIN.exec(s);
  if (!m) return null;
  const a = readTarget(m[1]!, year);
  const b = readTarget(m[2]!, year);
  if (a.kind !== 'quantitative' || b.kind !== 'quantitative' || a.operatorImplied || b.operatorImplied) return null;
  const [lo, hi] = a.operator === '≥' && b.operator === '≤' ? [a, b] : a.operator === '≤' && b.operator === '≥' ? [b, a] : [null, null];
  if (!lo || !hi || lo.value === null || hi.value === null || lo.upper !== null || hi.upper !== null || lo.value > hi.value) return null;
  if (lo.unit !== null && hi.unit !== null && lo.unit !== hi.unit) return null;
  const unit = lo.unit ?? hi.unit;
  const power = unit === '元' || unit === '万元' || unit === '亿元' ? UNIT_POWER[unit] : null;
  const dec = power !== null ? parseDec(String(lo.value)) : null;
  return { ...lo, raw, operator: null, upper: hi.value, unit, yuan: dec && power !== null ? toNumber(shift(dec, power)) : null, operatorImplied: false };
}

/**
 * A bare 万 / 亿 (≤30万) is a sum of money only for an indicator whose own name ends in an unambiguous money word (…成本 · …资金 ·
 * …经费 · …费用 · …金额), not under a 社会成本 / 生态环境成本 heading (COST_NOT_MONEY), and never for a name that counts
 * (COUNT_NAMES: 补助对象人数 · 资金惠及人口 · 补贴发放户数 · 受影响群众人数 are counts of people, not yuan). …标准 · …投入 and a 成本
 * heading alone are no money (道路养护标准 ≥3万, 志愿服务人力投入 ≥1万, 培训学员 ≤1.2万 under 经济成本指标): no yuan is guessed.
 */
export const MONEY_NAMES = /(?:成本|资金|经费|费用|金额)$/;
export const COUNT_NAMES = /人数|户数|人口|人次|户次|次数|个数|家数|台数|套数|件数|册数|批次|数量|对象|[人户册件台套家名]$/;
export const COST_NOT_MONEY = /社会|生态|环境/;

/**
 * `≤30万` for an indicator named …成本 / …资金 / …经费 / …费用 / …金额: 万 alone is the unit of money there, and `yuan` is set (the
 * unit stays as written). Elsewhere (受益人口 ≥3万) a bare 万 is a count and no yuan is guessed. `cost`: the indicator stands under a
 * 成本 heading (not enough by itself), `level2` its 二级 label. Returns the target unchanged or a copy.
 */
export function moneyOf(target: Target, cost: boolean, level2: string | null, name: string | null): Target {
  if (target.yuan !== null || target.value === null || target.unit === null) return target;
  // (万 · 亿 alone: two comparisons, no keyed look-up per indicator)
  const power = target.unit === '万' ? 4 : target.unit === '亿' ? 8 : 0;
  if (power === 0 || name === null || COUNT_NAMES.test(name) || !MONEY_NAMES.test(name)) return target;
  if (cost && level2 !== null && COST_NOT_MONEY.test(level2)) return target;
  const dec = parseDec(String(target.value));
  return dec ? { ...target, yuan: toNumber(shift(dec, power)) } : target;
}
