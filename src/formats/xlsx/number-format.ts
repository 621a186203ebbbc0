import { descendants, parseTree } from '../xml.js';
import { plainDecimal, shiftDecimal } from './numbers.js';

/**
 * What a cell's number format does to the number a person reads off the sheet (knowledge as
 * data: the built-in format ids and the marks of a format code). A cell is read as Excel shows
 * it:
 * - the section is chosen as Excel chooses it: by its condition (`[>=100000]0!.0000"万";0`),
 *   else positive;negative;zero;
 * - its literal text is part of what is shown (`0!.0000"万元"` → `2468.3000万元`: the cell
 *   states its own unit), currency brackets `[$¥-804]` too; colours, `_x` and `*x` are not text;
 * - a format that scales shows another number: a literal point among the digits (`0!.0000`:
 *   yuan stored, 万元 shown, 24683000 → 2468.3) and trailing commas (`#,##0.00,` divides by 1000
 *   per comma); a percentage (`0.0%`, ids 9 and 10) shows 0.925 as 92.5%;
 * - the number is read at the format's own decimals (as shown: `#,##0.00` shows a stored
 *   -1.42E-14 as 0.00), at Excel's 15 significant digits when the format has none to say;
 * - a date (ids 14–22, 27–36, 45–47, 50–58, or a code with y/m/d/h/s) shows a serial day
 *   number 45658 as 2025-01-01: the text is that date, never a figure;
 * - a format that cannot be shown with certainty (fractions, scientific, [DBNum] numerals, a
 *   condition no section meets, literal text among the digits) leaves the stored number, and
 *   the reader says so (`NUMBER_FORMAT_UNSURE`): never a scaled guess.
 */
type Cond = { op: string; value: number };
/** A section that shows a number: literal text around it, its scale (decimal places moved left) and decimals. */
type Section = { cond: Cond | null; prefix: string; suffix: string; shift: number; litShift: number; decimals: number | null; digits: boolean };
export type Shown =
  | { kind: 'number'; code: string; sections: Section[] }
  | { kind: 'percent' }
  | { kind: 'date'; time: boolean }
  | { kind: 'unsure'; code: string; why: string };

const PERCENT_IDS = new Set([9, 10]);
const DATE_IDS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);
const TIME_IDS = new Set([18, 19, 20, 21, 32, 33, 45, 46, 47, 55, 56]);
/** Built-in number formats with decimals: 2 `0.00`, 4 `#,##0.00`, 8 `$#,##0.00;[Red]…`, 40 `#,##0.00;[Red](#,##0.00)`, 44 accounting. */
const BUILTIN_CODES: Record<number, string> = { 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 48: '##0.0E+0' };
/** Bracket words that only colour or localise: not shown as text. */
const COLOUR = /^(?:black|blue|cyan|green|magenta|red|white|yellow|color\s*\d+)$/i;

/** The sections of a code, split at `;` outside quotes, escapes and brackets. */
function sections(code: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const m of code.match(/"[^"]*"?|[\\!_*].|\[[^\]]*\]?|[^]/gsu) ?? []) {
    if (m === ';') {
      out.push(cur);
      cur = '';
    } else cur += m;
  }
  out.push(cur);
  return out;
}

type Token = { t: 'lit'; s: string } | { t: 'digit'; c: string } | { t: 'point' } | { t: 'litpoint' } | { t: 'comma' } | { t: 'percent' };

/** One section as Excel shows a number, or why it cannot be said. */
function section(src: string): Section | { date: boolean; time: boolean } | string {
  const tokens: Token[] = [];
  let cond: Cond | null = null;
  const re = /"([^"]*)"|[\\!](.)|[_*](.)|\[([^\]]*)\]|([0#?])|(\.)|(,)|(%)|([eE][-+])|(\/)|(@)|(.)/gsu;
  let dateMarks = false;
  let elapsed = false;
  for (const m of src.matchAll(re)) {
    if (m[1] !== undefined) tokens.push(m[1] === '.' ? { t: 'litpoint' } : { t: 'lit', s: m[1] });
    else if (m[2] !== undefined) tokens.push(m[2] === '.' ? { t: 'litpoint' } : { t: 'lit', s: m[2] });
    else if (m[3] !== undefined) continue;
    else if (m[4] !== undefined) {
      const b = m[4];
      const c = /^(<>|<=|>=|<|>|=)\s*(-?\d+(?:\.\d+)?)$/.exec(b);
      if (c) cond = { op: c[1]!, value: Number(c[2]) };
      else if (/^\$/.test(b)) tokens.push({ t: 'lit', s: b.slice(1).replace(/-[0-9A-Fa-f]+$/, '') });
      else if (/^[hms]+$/i.test(b)) elapsed = true;
      else if (!COLOUR.test(b)) return `[${b}]`;
    } else if (m[5] !== undefined) tokens.push({ t: 'digit', c: m[5] });
    else if (m[6] !== undefined) tokens.push({ t: 'point' });
    else if (m[7] !== undefined) tokens.push({ t: 'comma' });
    else if (m[8] !== undefined) tokens.push({ t: 'percent' });
    else if (m[9] !== undefined) return 'scientific';
    else if (m[10] !== undefined) tokens.push({ t: 'lit', s: '/' });
    else if (m[11] !== undefined) tokens.push({ t: 'lit', s: '@' });
    else {
      if (/[ymdhs]/i.test(m[12]!)) dateMarks = true;
      tokens.push({ t: 'lit', s: m[12]! });
    }
  }
  const digitAt = tokens.map((x, i) => (x.t === 'digit' ? i : -1)).filter((i) => i >= 0);
  if ((dateMarks || elapsed) && digitAt.length === 0) return { date: true, time: elapsed || /[hs]/i.test(src.replace(/"[^"]*"/g, '')) };
  if (dateMarks && digitAt.length) return 'date';
  if (digitAt.length === 0) {
    // No digit: the section shows only its text (a zero shown as "-").
    const text = tokens.map((x) => (x.t === 'lit' ? x.s : x.t === 'percent' ? '%' : '')).join('');
    return { cond, prefix: text, suffix: '', shift: 0, litShift: 0, decimals: null, digits: false };
  }
  const first = digitAt[0]!;
  const last = digitAt[digitAt.length - 1]!;
  let shift = 0;
  let litShift = 0;
  let decimals = 0;
  let point = false;
  let litPoint = false;
  for (let i = first; i <= last; i++) {
    const x = tokens[i]!;
    if (x.t === 'point') {
      if (point || litPoint) return 'two points';
      point = true;
    } else if (x.t === 'litpoint') {
      if (point || litPoint) return 'two points';
      litPoint = true;
    } else if (x.t === 'digit') {
      if (point) decimals++;
      else if (litPoint) litShift++;
    } else if (x.t === 'lit' && x.s.trim() !== '') return 'text among the digits';
    else if (x.t === 'lit' && x.s !== '') return 'text among the digits';
    else if (x.t === 'percent') return 'text among the digits';
  }
  // Trailing commas right after the last digit (or the point after it): each divides by 1000.
  let j = last + 1;
  if (tokens[j]?.t === 'point') j++;
  while (tokens[j]?.t === 'comma') {
    shift += 3;
    j++;
  }
  const text = (from: number, to: number) => {
    let s = '';
    for (let i = from; i < to; i++) {
      const x = tokens[i]!;
      if (x.t === 'lit') s += x.s;
      else if (x.t === 'percent') s += '%';
      else if (x.t === 'litpoint' || x.t === 'point') s += '.';
    }
    return s;
  };
  const percents = tokens.filter((x) => x.t === 'percent').length;
  shift -= 2 * percents;
  return { cond, prefix: text(0, first), suffix: text(j, tokens.length), shift, litShift, decimals, digits: true };
}

/** How a format code shows a number, or null when it shows it as stored (General, text). */
export function shownBy(code: string): Shown | null {
  const trimmed = code.trim();
  if (trimmed === '' || /^general$/i.test(trimmed) || trimmed === '@') return null;
  const parts = sections(trimmed).slice(0, 3);
  const out: Section[] = [];
  for (const p of parts) {
    if (/^\s*general\s*$/i.test(p)) {
      out.push({ cond: null, prefix: '', suffix: '', shift: 0, litShift: 0, decimals: null, digits: true });
      continue;
    }
    const s = section(p);
    if (typeof s === 'string') return { kind: 'unsure', code, why: s };
    if ('date' in s) {
      if (out.length === 0) return { kind: 'date', time: s.time };
      return { kind: 'unsure', code, why: 'date' };
    }
    out.push(s);
  }
  return { kind: 'number', code, sections: out };
}

/** The number format of each cell style (`s` of a cell → index into cellXfs): null where it shows the number as stored. */
export function styleFormats(stylesXml: string | undefined): (Shown | null)[] {
  if (!stylesXml) return [];
  const root = parseTree(stylesXml);
  const codes = new Map<number, string>();
  for (const f of descendants(root, 'numFmt')) codes.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? '');
  const out: (Shown | null)[] = [];
  for (const xfs of descendants(root, 'cellXfs')) {
    for (const xf of descendants(xfs, 'xf')) {
      const id = Number(xf.attrs.numFmtId ?? 0);
      const code = codes.get(id) ?? BUILTIN_CODES[id];
      if (code !== undefined) out.push(shownBy(code));
      else if (PERCENT_IDS.has(id)) out.push(shownBy(id === 9 ? '0%' : '0.00%'));
      else if (DATE_IDS.has(id)) out.push({ kind: 'date', time: false });
      else if (TIME_IDS.has(id)) out.push({ kind: 'date', time: true });
      else out.push(null);
    }
    break;
  }
  return out;
}

/** A decimal string rounded half away from zero at `d` decimals (exact, on the digits). */
function roundDecimal(s: string, d: number): string {
  const m = /^(-?)(\d+)\.?(\d*)$/.exec(plainDecimal(s));
  if (!m || m[3]!.length <= d) return plainDecimal(s);
  const digits = (m[2]! + m[3]!.slice(0, d)).split('').map(Number);
  if (Number(m[3]![d]) >= 5) {
    let i = digits.length - 1;
    while (i >= 0 && digits[i] === 9) digits[i--] = 0;
    if (i < 0) digits.unshift(1);
    else digits[i]!++;
  }
  const all = digits.join('');
  const int = all.slice(0, all.length - d) || '0';
  return plainDecimal(`${m[1]}${int}.${all.slice(all.length - d)}`);
}

function meets(c: Cond, n: number): boolean {
  switch (c.op) {
    case '<': return n < c.value;
    case '>': return n > c.value;
    case '<=': return n <= c.value;
    case '>=': return n >= c.value;
    case '=': return n === c.value;
    default: return n !== c.value;
  }
}

const DAY_MS = 86400000;
/** Currency signs a format puts before a figure: not part of the figure. */
const CURRENCY = /[¥￥$]/g;
/** The text a format may set around a figure that the readers take as the figure's own unit (or none). */
const UNIT_TEXT = /^(?:万元|亿元|元|万|亿)?$/;

/**
 * The text a person reads: the stored number (a plain decimal at 15 digits) as its format shows
 * it, and why not when the format cannot be shown with certainty (the stored number is then kept).
 */
export function showNumber(stored: string, shown: Shown | null, date1904: boolean): { text: string; unsure?: string } {
  if (!shown || !/^-?\d/.test(stored)) return { text: stored };
  if (shown.kind === 'unsure') return { text: stored, unsure: shown.why };
  if (shown.kind === 'percent') return { text: `${shiftDecimal(stored, -2)}%` };
  if (shown.kind === 'number') {
    const n = Number(stored);
    // A zero is 0 whatever its section shows (the accounting format's “-”).
    if (n === 0) return { text: '0' };
    const secs = shown.sections;
    let sec: Section | undefined;
    let signed = true;
    if (secs.some((s) => s.cond)) {
      sec = secs.find((s) => s.cond && meets(s.cond, n)) ?? secs.find((s) => !s.cond);
      if (!sec) return { text: stored, unsure: 'no section meets the number' };
    } else if (secs.length === 1 || n > 0 || (n === 0 && secs.length < 3)) sec = secs[0]!;
    else if (n < 0) {
      sec = secs[1]!;
      signed = false;
    } else sec = secs[2]!;
    if (!sec.digits) return { text: stored, unsure: 'no digits' };
    let v = shiftDecimal(stored, sec.shift);
    if (sec.decimals !== null) v = roundDecimal(v, sec.decimals);
    // A literal point among the digits moves the point of the number already rounded ("0!.0000": 24006830 → 2400.683).
    if (sec.litShift) v = shiftDecimal(v, sec.litShift);
    // A negative stays negative, whatever marks the section gives it (a minus, brackets, a colour).
    const negative = !signed || v.startsWith('-');
    const abs = v.replace(/^-/, '');
    const pre = (negative ? sec.prefix.replace(/[-(（]/g, '') : sec.prefix).replace(CURRENCY, '').trim();
    const suf = (negative ? sec.suffix.replace(/[)）]/g, '') : sec.suffix).replace(CURRENCY, '').trim();
    // Text the readers cannot take as the figure's unit (百万, 千元, 人): the figure shown is not one they can read.
    const words = `${pre}${suf.replace(/%$/, '')}`;
    if (!UNIT_TEXT.test(words)) return { text: stored, unsure: `its text “${words}” is no unit of a figure` };
    return { text: `${negative && /[1-9]/.test(abs) ? '-' : ''}${pre}${abs}${suf}` };
  }
  const serial = Number(stored);
  if (!Number.isFinite(serial) || serial < 0 || serial > 2958465) return { text: stored };
  // Day 0 is 1899-12-31 (Excel counts a 1900-02-29 that never was: from day 61 on, 1899-12-30), or 1904-01-01.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : serial >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const iso = new Date(epoch + Math.round(serial * DAY_MS / 60000) * 60000).toISOString();
  return { text: shown.time && serial % 1 !== 0 ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : shown.time && serial < 1 ? iso.slice(11, 16) : iso.slice(0, 10) };
}
