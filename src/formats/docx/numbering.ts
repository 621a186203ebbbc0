import { child, descendants, elements, parseTree, type El } from '../xml.js';

interface Level {
  start: number;
  fmt: string;
  text: string;
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 25 → 二十五 (up to 99). */
function chinese(n: number): string {
  if (n <= 10) return CN[n] ?? String(n);
  if (n < 20) return `十${CN[n - 10]}`;
  if (n < 100) return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;
  return String(n);
}

function format(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographTraditional':
    case 'taiwaneseCounting':
      return chinese(n);
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function roman(n: number): string {
  const t: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  for (const [v, r] of t) while (n >= v) { s += r; n -= v; }
  return s;
}

/**
 * List numbers of Word paragraphs (numbering.xml): the label (`一、`, `（二）`, `3.`) that Word
 * shows in front of a numbered paragraph, counted per list the way Word does.
 */
export class Numbering {
  private abstractOf = new Map<string, string>();
  private levels = new Map<string, Level[]>();
  private styleNum = new Map<string, { numId: string; ilvl: number }>();
  private counters = new Map<string, number[]>();

  constructor(numberingXml?: string, stylesXml?: string) {
    if (numberingXml) {
      const root = parseTree(numberingXml);
      for (const a of descendants(root, 'w:abstractNum')) {
        const lv: Level[] = [];
        for (const l of elements(a, 'w:lvl')) {
          const i = Number(l.attrs['w:ilvl'] ?? 0);
          lv[i] = {
            start: Number(child(l, 'w:start')?.attrs['w:val'] ?? 1),
            fmt: child(l, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
            text: child(l, 'w:lvlText')?.attrs['w:val'] ?? '',
          };
        }
        this.levels.set(a.attrs['w:abstractNumId'] ?? '', lv);
      }
      for (const n of descendants(root, 'w:num')) {
        this.abstractOf.set(n.attrs['w:numId'] ?? '', child(n, 'w:abstractNumId')?.attrs['w:val'] ?? '');
      }
    }
    if (stylesXml) {
      for (const s of descendants(parseTree(stylesXml), 'w:style')) {
        const numPr = child(child(s, 'w:pPr') ?? s, 'w:numPr');
        const numId = numPr ? child(numPr, 'w:numId')?.attrs['w:val'] : undefined;
        if (numPr && numId) this.styleNum.set(s.attrs['w:styleId'] ?? '', { numId, ilvl: Number(child(numPr, 'w:ilvl')?.attrs['w:val'] ?? 0) });
      }
    }
  }

  /** The label of paragraph `p` ('' when it is not numbered); counts it. */
  label(p: El): string {
    if (this.levels.size === 0) return '';
    const pPr = child(p, 'w:pPr');
    if (!pPr) return '';
    const numPr = child(pPr, 'w:numPr');
    let numId = numPr ? child(numPr, 'w:numId')?.attrs['w:val'] : undefined;
    let ilvl = numPr ? Number(child(numPr, 'w:ilvl')?.attrs['w:val'] ?? 0) : 0;
    if (!numId) {
      const style = child(pPr, 'w:pStyle')?.attrs['w:val'];
      const s = style ? this.styleNum.get(style) : undefined;
      if (!s) return '';
      numId = s.numId;
      ilvl = s.ilvl;
    }
    if (numId === '0') return '';
    const levels = this.levels.get(this.abstractOf.get(numId) ?? '');
    const level = levels?.[ilvl];
    if (!levels || !level) return '';
    let count = this.counters.get(numId);
    if (!count) this.counters.set(numId, (count = []));
    count[ilvl] = (count[ilvl] ?? (level.start - 1)) + 1;
    count.length = ilvl + 1;
    const text = level.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      const lv = levels[i];
      return lv ? format(count![i] ?? lv.start, lv.fmt) : '';
    });
    return level.fmt === 'bullet' ? '' : text;
  }
}
