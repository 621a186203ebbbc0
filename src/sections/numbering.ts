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

// Every numbering starts with one of these characters: a cheap test before the patterns.
const STARTS = /^[第一二三四五六七八九十（(\d]/;

export function parseNumbering(text: string): Numbering | null {
  if (!STARTS.test(text)) return null;
  for (const [style, re] of PATTERNS) {
    const m = re.exec(text);
    if (m) return { style, label: m[1]!, rest: text.slice(m[0].length) };
  }
  return null;
}
