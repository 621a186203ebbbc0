/** Width and form normalization for numbers, operators and units. */

/** Full-width ASCII (！ to ～) → ASCII; ideographic space → space. */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

export function toHalfWidth(s: string): string {
  if (!FULL_WIDTH.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}

/**
 * Normalize the digits of a number as written: full width, thousands separators
 * (1,286.45 and 1，286.45), spaces around or inside the decimal point (787. 50).
 */
export function normalizeDigits(s: string): string {
  let t = toHalfWidth(s);
  if (!/\d/.test(t)) return t;
  if (t.includes('。')) t = t.replace(/。(?=\d)/g, '.');
  if (/\s/.test(t)) {
    t = t.replace(/(\d)\s*\.\s*(\d)/g, '$1.$2');
    t = t.replace(/(\d)\s+(?=\d)/g, '$1');
  }
  // Thousands separators: groups of exactly three digits after the first group.
  if (/[,，]/.test(t)) t = t.replace(/\d{1,3}(?:[,，]\d{3})+(?!\d)/g, (m) => m.replace(/[,，]/g, ''));
  return t;
}

/** Whether a char code is an ASCII digit 0–9 (the one test the hand-written scanners share). */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** Text of a cell with line breaks and white space removed: for labels and headers. */
export function compact(text: string): string {
  return hasSpace(text) ? text.replace(/\s+/g, '') : text;
}

/**
 * String.prototype.charCodeAt, called by reference. hasSpace sees strings of every representation
 * (flat, sliced, cons; one- or two-byte), so `t.length` and `t.charCodeAt` would be looked up
 * megamorphically on each character; the method called by reference is inlined by the optimizer
 * and the length is read once.
 */
const charCodeAt = String.prototype.charCodeAt;

/**
 * Whether the text holds a character of `\s` (the same set: tests/dispatch.test.ts compares every
 * BMP character). A loop over the short labels it is called on costs half the regular expression.
 */
export function hasSpace(t: string): boolean {
  for (let i = 0, n = t.length; i < n; i++) {
    const c = charCodeAt.call(t, i);
    if (c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) return true;
  }
  return false;
}

/** Where the last bracket of a text that is still open at its end opens (（ or ( at depth 0), or -1 when every bracket is closed. */
export function openBracket(text: string): number {
  let open = -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth > 0 ? open : -1;
}

/** The words after the last clause break (，,；;) of a text: the clause a figure right after them belongs to. */
export function lastClause(text: string): string {
  return text.slice(Math.max(text.lastIndexOf('，'), text.lastIndexOf(','), text.lastIndexOf('；'), text.lastIndexOf(';')) + 1);
}
