import { descendants, parseTree } from '../xml.js';
import { shiftDecimal } from './numbers.js';

/**
 * What a cell's number format does to the number a person reads off the sheet (knowledge as
 * data: the built-in format ids and the marks of a format code). A number is still read as
 * stored, at full precision, never rounded to the format's decimals; but
 * - a format that scales it shows another number: `0!.0000` (a literal point four digits in:
 *   yuan stored, 万元 shown, 24683000 → 2468.3000) and trailing commas (`#,##0.00,` divides by
 *   1000 per comma) — the text is the number shown, the point moved exactly;
 * - a percentage (`0.0%`, ids 9 and 10) shows 0.925 as 92.5%: the text is `92.5%`;
 * - a date (ids 14–22, 27–36, 45–47, 50–58, or a code with y/m/d/h/s) shows a serial day
 *   number 45658 as 2025-01-01: the text is that date, never a figure.
 */
export type Shown = { kind: 'scaled'; shift: number } | { kind: 'percent' } | { kind: 'date'; time: boolean };

const PERCENT_IDS = new Set([9, 10]);
const DATE_IDS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);
const TIME_IDS = new Set([18, 19, 20, 21, 32, 33, 45, 46, 47, 55, 56]);

/** The format code with what is only shown stripped: quoted text, escaped and `!` characters, [colour]/[DBNum] brackets, `_x` `*x`. */
function bare(code: string): string {
  return code.replace(/"[^"]*"/g, '').replace(/[\\!]./g, '').replace(/\[[^\]]*\]/g, '').replace(/[_*]./g, '');
}

/** How a format code shows a number, or null when it shows it as stored. */
export function shownBy(code: string): Shown | null {
  // The first section (positive numbers) decides: "0.00;[Red]-0.00".
  const first = (code.match(/^(?:"[^"]*"|\\.|[^;])*/)?.[0] ?? code).trim();
  if (first === '' || /^general$/i.test(first) || first === '@') return null;
  const b = bare(first);
  if (/[ymdhs]/i.test(b) && !/[0#?]/.test(b.replace(/[ymdhs]+/gi, ''))) return { kind: 'date', time: /[hs]/i.test(b) };
  if (b.includes('%')) return { kind: 'percent' };
  let shift = 0;
  // Trailing commas after the last digit placeholder: each divides by 1000.
  const commas = /[0#?](,+)[^0#?]*$/.exec(b);
  if (commas) shift += 3 * commas[1]!.length;
  // A literal point among the digit placeholders and no real one: "0!.0000", "0\.0000", '0"."0000'.
  if (!b.includes('.')) {
    const lit = /(?:!\.|\\\.|"\.")([0#?]+)/.exec(first);
    if (lit) shift += lit[1]!.length;
  }
  return shift > 0 ? { kind: 'scaled', shift } : null;
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
      const code = codes.get(id);
      if (code !== undefined) out.push(shownBy(code));
      else if (PERCENT_IDS.has(id)) out.push({ kind: 'percent' });
      else if (DATE_IDS.has(id)) out.push({ kind: 'date', time: false });
      else if (TIME_IDS.has(id)) out.push({ kind: 'date', time: true });
      else out.push(null);
    }
    break;
  }
  return out;
}

const DAY_MS = 86400000;

/** The text a person reads: the stored number (a plain decimal) as its format shows it. */
export function showNumber(stored: string, shown: Shown | null, date1904: boolean): string {
  if (!shown || !/^-?\d/.test(stored)) return stored;
  if (shown.kind === 'percent') return `${shiftDecimal(stored, -2)}%`;
  if (shown.kind === 'scaled') return shiftDecimal(stored, shown.shift);
  const serial = Number(stored);
  if (!Number.isFinite(serial) || serial < 0 || serial > 2958465) return stored;
  // Day 0 is 1899-12-31 (Excel counts a 1900-02-29 that never was: from day 61 on, 1899-12-30), or 1904-01-01.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : serial >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const iso = new Date(epoch + Math.round(serial * DAY_MS / 60000) * 60000).toISOString();
  return shown.time && serial % 1 !== 0 ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : shown.time && serial < 1 ? iso.slice(11, 16) : iso.slice(0, 10);
}
