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
