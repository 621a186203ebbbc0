/**
 * Heading and list numbering as found in disclosures:
 * 第一部分 · 一、 · （一） · (一) · 1、 · 1. · 1． · （1） · 目标1
 */
export type NumberingStyle = 'part' | 'cn' | 'paren-cn' | 'arabic' | 'paren-arabic';

export interface Numbering {
  style: NumberingStyle;
  /** The numbering as written, e.g. "（七）". */
  label: string;
  /** The rest of the line after the numbering. */
  rest: string;
}

const CN = '[一二三四五六七八九十]{1,3}';
const PATTERNS: [NumberingStyle, RegExp][] = [
  ['part', new RegExp(`^(第${CN}部分)\\s*`)],
  ['paren-cn', new RegExp(`^([（(]${CN}[）)])\\s*`)],
  ['cn', new RegExp(`^(${CN}[、.．])\\s*`)],
  ['paren-arabic', /^([（(]\d{1,3}[）)])\s*/],
  // "1、" "1." "1．" but not "1.5万元" (a decimal number)
  ['arabic', /^(\d{1,3}(?:、|[.．](?!\d)))\s*/],
];

/**
 * The patterns a first character can open, in the order above: 第 → part; a bracket → (一) or (1);
 * a Chinese digit → 一、; an ASCII digit → 1、. Any other first character opens no numbering.
 */
const BY_FIRST = new Map<string, [NumberingStyle, RegExp][]>();
for (const c of '一二三四五六七八九十') BY_FIRST.set(c, PATTERNS.filter(([s]) => s === 'cn'));
for (const c of '（(') BY_FIRST.set(c, PATTERNS.filter(([s]) => s === 'paren-cn' || s === 'paren-arabic'));
for (const c of '0123456789') BY_FIRST.set(c, PATTERNS.filter(([s]) => s === 'arabic'));
BY_FIRST.set('第', PATTERNS.filter(([s]) => s === 'part'));

export function parseNumbering(text: string): Numbering | null {
  const candidates = BY_FIRST.get(text.charAt(0));
  if (candidates === undefined) return null;
  for (const [style, re] of candidates) {
    const m = re.exec(text);
    if (m) return { style, label: m[1]!, rest: text.slice(m[0].length) };
  }
  return null;
}
