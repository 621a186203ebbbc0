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
 * Looked up by the first character's code (a switch): `charAt` made a new one-character string of
 * a Chinese first character at each call, and a Map lookup hashed it.
 */
const PART = PATTERNS.filter(([s]) => s === 'part');
const PAREN = PATTERNS.filter(([s]) => s === 'paren-cn' || s === 'paren-arabic');
const CN_DIGIT = PATTERNS.filter(([s]) => s === 'cn');
const ARABIC = PATTERNS.filter(([s]) => s === 'arabic');

function candidatesFor(c: number): [NumberingStyle, RegExp][] | null {
  if (c >= 48 && c <= 57) return ARABIC;
  switch (c) {
    case 0x7b2c: // 第
      return PART;
    case 0xff08: // （
    case 40: // (
      return PAREN;
    case 0x4e00: // 一
    case 0x4e8c: // 二
    case 0x4e09: // 三
    case 0x56db: // 四
    case 0x4e94: // 五
    case 0x516d: // 六
    case 0x4e03: // 七
    case 0x516b: // 八
    case 0x4e5d: // 九
    case 0x5341: // 十
      return CN_DIGIT;
    default:
      return null;
  }
}

export function parseNumbering(text: string): Numbering | null {
  if (text.length === 0) return null;
  const candidates = candidatesFor(text.charCodeAt(0));
  if (candidates === null) return null;
  for (const [style, re] of candidates) {
    const m = re.exec(text);
    if (m) return { style, label: m[1]!, rest: text.slice(m[0].length) };
  }
  return null;
}
