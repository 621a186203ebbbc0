import { tableText } from '../blocks/table-text.js';
import { lineAt, type Block, type Paragraph } from '../blocks/index.js';
import type { Diagnostics } from '../diagnostics.js';
import { toMoney } from '../normalize/money.js';
import { rateLabel, rateOf } from '../normalize/rate.js';
import type { Money, MoneyUnit } from '../schema/index.js';
import { compact } from './context.js';
import { isDigitCode } from '../normalize/text.js';
import { COMPARING_BI, FLAT_OBJECT_NO_YEAR, FLAT_WORDS, OTHER_FLAT_WORDS, ROUGHLY_WORDS } from './reasons.js';

/** An amount found in running text, with the words that name it. */
export interface Mention {
  money: Money;
  /** The words before the amount in its clause, cleaned: "一般公共预算收入". */
  label: string;
  /** +1 / -1 when the amount is a change (增加 / 减少 …), else null. */
  sign: 1 | -1 | null;
  /** Index of the sentence (split at 。) within the paragraph. */
  sentence: number;
  /** Index of the clause group (split at 。 and ；) within the paragraph. */
  segment: number;
  /** Which of the paragraphs a reader scanned together the amount stands in (set by that reader). */
  paragraph?: number;
  /** The sentence the amount stands in. */
  sentenceText: string;
  /**
   * The sentence before, when it holds no amount and names what follows
   * ("（一）因公出国（境）费用。2026年预算数45.19万元": the lead of 45.19 is "（一）因公出国（境）费用。").
   */
  lead?: string;
}

// 2447.87万元 · 1,286.45万元 · 787. 50元 · 八万元 (the number may not follow a digit or a point)
// Also "16万" with no 元 before a clause end (kept only where the clause names money, see MONEY_WORDS),
// and a change of 0 written in words: 与上年持平 · 与上年预算持平 · 较上年持平 · 与上年预算数相同 · 与上年一致 (right after
// the year: 与上年口径一致 says how it was counted, no change)
// (not 与上年基本持平: roughly the same is no change of exactly 0).
// The numerals an amount of running text is written in: a deliberate subset of CN_NUMERAL_CHARS
// (normalize/numerals.ts), without the financial forms, 万 / 亿 (units here) and 点.
const NUMERALS = '零〇一二两三四五六七八九十百千';
/**
 * The amount grammar of running text. "The number may not follow a digit, a point or a numeral
 * (nor a digit and a comma)" is tested by followsNumber on each match, not by lookbehinds here:
 * V8 tried the lookbehinds at every character of the text, which cost half of the scan. A number
 * starts with none of the characters a change of 0 starts with, so a rejected match leaves nothing
 * to try at its place: the scan goes on one character later, as the lookbehinds made it.
 * A 和 joins two names as often as it compares: a 和…持平 wording holds no other comparison word
 * ("购置和运行维护费预算与上年持平" is 与上年持平 of 购置和运行维护费).
 */
const AMOUNT = new RegExp(
  `([-−]?[\\d０-９][\\d０-９,，]*(?:\\s*[.．]\\s*[\\d０-９]+)?|[${NUMERALS}]+(?:点[零〇一二三四五六七八九]+)?)\\s*(?:(亿|万)?\\s*[元圆](?![宵旦])|(万)(?=[，,。；;、）)\\s]|$))` +
    `|(?:与|同|较|${COMPARING_BI})[^，,。；;\\d]{0,12}?(?<!${ROUGHLY_WORDS})持平|(?:与|同|较|${COMPARING_BI})${FLAT_OBJECT_NO_YEAR}(?:${OTHER_FLAT_WORDS})|和[^，,。；;\\d与同较比]{0,12}?(?<!${ROUGHLY_WORDS})持平|(?:与|和|同|较|比)(?:上年|上一年|去年|\\d{4}年)[^，,。；;\\d]{0,8}?(?<!${ROUGHLY_WORDS})相同|(?:与|同)(?:上年|上一年|去年|\\d{4}年)度?(?:预算数?)?一致(?=[，,。；;）)]|$)`,
  'g',
);
/** Every match of AMOUNT holds one of these: a text without any holds no amount. */
const MAY_HOLD_AMOUNT = new RegExp(`[元圆万]|相同|一致|${FLAT_WORDS}`);
/** The first characters of a 持平 / 相同 wording (与上年持平): the only amounts that may follow a digit. */
const FLAT_STARTS = '与和同较比';
/** A count (保有车辆2辆 · 编制5人) between a money figure and a 与上年持平 / 一致 after it: the flat wording is the count's, not the money's change. */
export const COUNT_BEFORE_FLAT = /\d\s*(?:辆|台|套|人|名|个|处|次|项|件|座|间|户|家|所|艘|架|张|批)/;
/** What may stand right before a 与上年一致 that is a clause of its own. */
const CLAUSE_STARTS = '，,；;。（(';
/** ０-９: figures typed with a full-width input method (１２．５０万元), read as their digits. */
const isFullWidthDigit = (c: number): boolean => c >= 0xff10 && c <= 0xff19;
/** Whether the text just before `i` is part of a number (a digit, a point, a numeral; a digit and a comma): no amount starts at `i`. */
function followsNumber(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (isDigitCode(c) || isFullWidthDigit(c) || c === 0x2e || c === 0xff0e || (c > 0x3000 && NUMERALS.includes(text[i - 1]!))) return true;
  const d = i >= 2 ? text.charCodeAt(i - 2) : 0;
  return (c === 0x2c || c === 0xff0c) && (isDigitCode(d) || isFullWidthDigit(d));
}
/** After an amount: it is a threshold (单位价值100万元以上的设备), not a figure. */
const THRESHOLD = /^\s*(?:[（(]含[)）])?\s*(及?以上|以下|以内)/;
/** Words that make a bare "16万" a sum of money. */
const MONEY_WORDS = /费|经费|预算|决算|支出|收入|资金|拨款|结转|结余|总额|合计|共计|金额|安排/;
/** Where a label starts: after one of these (by char code: the backward search reads one character at a time). */
const BOUNDARY = new Set([...'，,。；;：:、\n'].map((c) => c.charCodeAt(0)));
const COLON = new Set([...'：:'].map((c) => c.charCodeAt(0)));
const COMMA = new Set([...'，,'].map((c) => c.charCodeAt(0)));
const CHANGE_WORD = /(增加|减少|下降|降低|节约|增长|上升|压减|缩减|增|减)了?$/;
/** 多 / 多出 / 少 after a comparison in its clause ("决算数比预算数少2.50万元" · "较上年多出1.00万元"): a change too. */
const MORE_LESS = /(?<=(?:比|较)[^，,。；;：:]{0,16})(多出?|少)了?$/;
// Where a number belongs: XX / ×× / 待定 before a unit; 待填写 / 待补充 anywhere (template leftovers).
const PLACEHOLDER = /(?:[Xx×＊*]{2,}|待定)\s*(?:亿|万)?(?:元|%|％)|待填写|待补充/;
// A table cell holding nothing but a placeholder.
const PLACEHOLDER_CELL = /^(?:[Xx×＊*]{2,}|待填写|待补充|待定)(?:亿|万)?(?:元|%|％)?$/;
/**
 * What a table must hold for one of its cells to be PLACEHOLDER_CELL once its white space is
 * removed (X X万元 · 待 定): tested on the table's joined text, so that a table is walked cell by
 * cell only when it may hold one. Tighter than any of the characters (接待 is in most 三公 tables),
 * and scanned faster.
 */
const PLACEHOLDER_TABLE = /[Xx×＊*]\s*[Xx×＊*]|待\s*[定填补]/;

const NEGATIVE = /减|下降|降低|节约|缩|少/;
/** A label that compares (比2023年度预算数 · 较上年 · 与上年决算数): the figure after it is what a change is compared with. */
const COMPARISON_LABEL = /(?<!占)比(?!例|重)|较|与.*(?:决算|预算|上年|去年|\d{4}年)|同比/;
/** A figure compared with: 与2022年度决算数 … 相比 · 同上年 … 相比. */
const COMPARED_WITH = /^\s*[与同](?:上一?年|去年|\d{4}年)/;
const AFTER_COMPARED = /^\s*(?:相比|相较|比较)/;
/**
 * A change whose own words are its comparison (与2023年预算数相比减少0.15万元 · 与2022年决算数相比减少…): it keeps its 与 and
 * year, which say its basis and year (cleanLabel took 与 for a list's joint and then the year: 预算数相比, whose year and
 * basis the sentence's first comparison then lent it).
 */
const CHANGE_COMPARED = /^[与同](?:上一?年|去年|\d{4}年)[^，,。；;]{0,16}?(?:预算|决算)[^，,。；;]{0,6}?(?:相比|相较|比较)$/;
/** Between that figure and its change: nothing but 相比 and a comma before the change word. */
const COMPARED_BASE_GAP = /^\s*(?:相比|相较)?\s*[，,]?\s*(?:增加|减少|下降|降低|节约|增长|上升|压减|缩减|增|减)了?\s*$/;

const FLAT_END = new RegExp(`(?:${FLAT_WORDS}|相同)$`);
/** A change of 0 stated in words (与上年持平 · 与上年相比无变动 · 与上年预算数相同). */
export function isFlat(raw: string): boolean {
  return FLAT_END.test(raw) || raw.endsWith('一致');
}

export function cleanLabel(label: string): string {
  let s = compact(label);
  let prev = '';
  while (prev !== s) {
    prev = s;
    s = s
      .replace(/^([（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．)）](?!\d))/, '')
      .replace(/^(其中|包括|主要(用于|为|是|包括)?|分别(为|是)?|共计|合计|安排|即|和|及|与|另|例如|如|我(单位|部门)|本(单位|部门)|[\d]{4}年(度)?|，|,|[（(）)])/, '')
      .replace(/(为|是|共计|合计|安排|约|达到?|总额为?|总计|[（(])$/, '');
  }
  return s;
}

/**
 * Find every amount in a paragraph, with label, sign and sentence. A paragraph without a character
 * an amount holds is passed over at once; the text is read by char codes (one-character strings of
 * Chinese text are new strings each).
 */
export function scanAmounts(p: Paragraph, defaultUnit: MoneyUnit = '元'): Mention[] {
  const text = p.text;
  const out: Mention[] = [];
  if (!MAY_HOLD_AMOUNT.test(text)) return out;
  // Where each amount starts, shared by the positions of this scan (a clause ends where the next figure's label starts).
  const starts: number[] = [];
  /** Start and end of each mention's amount, for the 分别 lists (respectively). */
  const spans: number[] = [];
  AMOUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastEnd = 0;
  // Sentence bookkeeping moves forward with the matches: linear even on one huge line.
  let counted = 0;
  let sentence = 0;
  let segment = 0;
  let sentenceStart = 0;
  let sentenceEnd = -1;
  const mayHaveRates = text.includes('每') || text.includes('/') || text.includes('／');
  while ((m = AMOUNT.exec(text)) !== null) {
    if (m[1] !== undefined && followsNumber(text, m.index)) {
      // Every place after it inside the same run of digits is rejected too: skip them at once, so
      // that a long run (…100000 digits…元) is not matched again from each of its places. Only a
      // 持平 / 相同 wording may start there (与 · 和 · 同 · 较 · 比), and it may follow a digit.
      let j = m.index + 1;
      while (j < text.length && followsNumber(text, j) && !FLAT_STARTS.includes(text[j]!)) j++;
      AMOUNT.lastIndex = j;
      continue;
    }
    const flat = isFlat(m[0]);
    const at = p.pieces ? lineAt(p, m.index) : p.line;
    const money: Money | null = flat ? { yuan: 0, raw: m[0], unit: '元', line: at } : toMoney(m[0], at, defaultUnit);
    if (!money) continue;
    // 每人每月100元 · 100元/人/月: a rate keeps what it is per (src/normalize/rate.ts).
    if (mayHaveRates) {
      const per = rateOf(text, m.index, m.index + m[0].length);
      if (per) money.per = per;
    }
    for (; counted < m.index; counted++) {
      const c = text.charCodeAt(counted);
      if (c === 0x3002) {
        // 。
        sentence++;
        segment++;
        sentenceStart = counted + 1;
      } else if (c === 0xff1b || c === 0x3b) segment++; // ；;
    }
    // "主要原因是与上年持平": a 持平 in a stated reason is no figure.
    if (flat && text.slice(sentenceStart, m.index).includes('原因')) continue;
    // "…0万元，与上年一致": 一致 is a change of 0 only as the whole of its clause ("统计口径与上年一致" says how it was counted).
    if (flat && m[0].endsWith('一致') && m.index > 0 && !CLAUSE_STARTS.includes(text[m.index - 1]!)) continue;
    // "公务用车运行维护费3.00万元，保有车辆2辆，与上年一致": the count, not the money, is as last year.
    if (flat && COUNT_BEFORE_FLAT.test(text.slice(Math.max(lastEnd, m.index - 40), m.index))) continue;
    if (sentenceEnd < m.index) {
      sentenceEnd = text.indexOf('。', m.index);
      if (sentenceEnd < 0) sentenceEnd = text.length;
    }
    let start = lastEnd;
    for (let i = m.index - 1; i >= lastEnd; i--) {
      if (BOUNDARY.has(text.charCodeAt(i))) {
        start = i + 1;
        break;
      }
    }
    let rawLabel = text.slice(start, m.index);
    if (m[3] && !MONEY_WORDS.test(rawLabel)) continue; // "3万" with no money word: people, area …
    if (!flat && THRESHOLD.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue; // "单位价值100万元以上的设备": a threshold
    if (!rawLabel.trim() && start > 0 && COLON.has(text.charCodeAt(start - 1))) {
      // "1、收入：792.22万元": the label stands before the colon.
      let from = start - 1;
      while (from > lastEnd && !BOUNDARY.has(text.charCodeAt(from - 1))) from--;
      rawLabel = text.slice(from, start - 1);
    }
    let sign: 1 | -1 | null = flat ? 1 : null;
    const cw = CHANGE_WORD.exec(rawLabel.trimEnd()) ?? (rawLabel.includes('多') || rawLabel.includes('少') ? MORE_LESS.exec(rawLabel.trimEnd()) : null);
    if (cw) {
      sign = NEGATIVE.test(cw[1]!) ? -1 : 1;
      rawLabel = rawLabel.slice(0, cw.index);
    } else if (!rawLabel.trim() && start > 0 && COMMA.has(text.charCodeAt(start - 1))) {
      // "与上年增加，41.5元": the change word ends the clause before.
      const pw = CHANGE_WORD.exec(text.slice(Math.max(0, start - 9), start - 1));
      if (pw) sign = NEGATIVE.test(pw[1]!) ? -1 : 1;
    }
    if (money.per) rawLabel = rateLabel(rawLabel);
    // "比2023年度预算数7.00万元减少1.80万元" · "与上年决算数4.60万元相比，增加0.60万元": the change's comparison
    // stands before the figure it is compared with; the change takes that figure's words as its own.
    const prev = out[out.length - 1];
    // "与2022年度决算数4.60万元相比": the figure compared with keeps its 与 (cleanLabel takes 与 for a list's joint).
    const compared = sign === null && (rawLabel.includes('与') || rawLabel.includes('同')) && COMPARED_WITH.test(rawLabel) && AFTER_COMPARED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
    const baseLabel = sign !== null && !flat && prev && prev.sign === null && !cleanLabel(rawLabel) && COMPARED_BASE_GAP.test(text.slice(lastEnd, m.index)) && COMPARISON_LABEL.test(prev.label) ? prev.label : null;
    starts.push(m.index);
    const mention: Mention = {
      money: new TextMoney(money, { paragraph: p, start: m.index, end: m.index + m[0].length, starts }),
      label: baseLabel ?? (compared || (sign !== null && !flat && CHANGE_COMPARED.test(compact(rawLabel))) ? compact(rawLabel).replace(/^.*?(?=[与同])/, '') : cleanLabel(rawLabel.length > 200 ? rawLabel.slice(-200) : rawLabel)),
      sign,
      sentence,
      segment,
      sentenceText: text.slice(sentenceStart, sentenceEnd),
    };
    if (sentenceStart > 0) {
      const before = text.lastIndexOf('。', sentenceStart - 2);
      if (lastEnd <= before + 1 && sentenceStart - before <= 40) mention.lead = text.slice(before + 1, sentenceStart);
    }
    out.push(mention);
    spans.push(m.index, m.index + m[0].length);
    lastEnd = m.index + m[0].length;
  }
  if (text.includes('分别') || text.includes('依次')) respectively(text, out, spans);
  return out;
}

/** What joins the figures of a "分别为" list: 、 · ， · 和 · 及 · 与 (and nothing else). */
const LIST_JOIN = /^\s*(?:[、，,]|和|及|与|以及)\s*$/;
/** Where the names of a "分别为" list start: after the clause before (、 joins the names). */
const NAMES_BOUNDARY = new Set([...'，,。；;：:\n'].map((c) => c.charCodeAt(0)));

/**
 * "因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为0万元、10.20万元、3.50万元" · "…分别减少0.50万元
 * 和0.80万元": the names before 分别 (依次) go to the figures after it, one each, in order; a figure after the
 * first takes its sign. When the counts differ, no figure of the list keeps a name (a reader would give the
 * first figure to the last name, "公务接待费分别"): they stay unplaced, never guessed.
 * @param spans start and end of each mention's amount in the text, two numbers per mention
 */
function respectively(text: string, out: Mention[], spans: number[]): void {
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (!m.label.endsWith('分别') && !m.label.endsWith('依次')) continue;
    const at = text.lastIndexOf(m.label.endsWith('分别') ? '分别' : '依次', spans[2 * i]!);
    let from = at;
    const floor = Math.max(0, at - 200); // (a label is at most 200 characters: bounded on one huge line)
    while (from > floor && !NAMES_BOUNDARY.has(text.charCodeAt(from - 1))) from--;
    let names = text.slice(from, at).split('、');
    const figures = [m];
    for (let j = i + 1; j < out.length && out[j]!.label === '' && LIST_JOIN.test(text.slice(spans[2 * j - 1]!, spans[2 * j]!)); j++) figures.push(out[j]!);
    if (names.length < figures.length) {
      // "公务接待费和公务用车运行维护费分别…": the last two names joined by 和 / 及 / 与
      const last = names[names.length - 1]!.split(/和|及|与/);
      if (names.length - 1 + last.length === figures.length) names = [...names.slice(0, -1), ...last];
    }
    if (names.length !== figures.length || figures.length < 2) {
      m.label = '';
      continue;
    }
    figures.forEach((f, k) => {
      f.label = cleanLabel(names[k]!);
      if (k > 0 && f.sign === null) f.sign = m.sign;
    });
    i += figures.length - 1;
  }
}

/** A change as a signed Money: 减少 / 下降 / 节约 give a negative amount; raw keeps the digits as written. */
export function signedMoney(m: Mention): Money {
  if (m.sign !== -1) return m.money;
  const copy = { ...m.money, yuan: -m.money.yuan };
  signedCopies.set(m.money, copy);
  const at = positionOf(m.money);
  if (at) positions.set(copy, at);
  return copy;
}
const signedCopies = new WeakMap<Money, Money>();

/** Where a Money read from running text stands: its paragraph and offsets (for reasons and 其中 in src/extract/hierarchy.ts). */
export interface Position {
  paragraph: Paragraph;
  start: number;
  end: number;
  /** Where every amount of the paragraph starts, in order (the scan that read this one). */
  starts: readonly number[];
}
/**
 * A Money read from running text, which knows where it stands. The position is a private field: it
 * is not serialized, and a copy made by a spread does not carry it (as a WeakMap entry keyed by the
 * figure was not), without a WeakMap entry per figure (~1 µs each, and work for every collection).
 * Its own keys are a Money's, in the same order (yuan, raw, unit, line, then per).
 */
class TextMoney implements Money {
  yuan: number;
  raw: string;
  unit: MoneyUnit;
  line: number;
  declare per?: string;
  readonly #at: Position;
  constructor(m: Money, at: Position) {
    this.yuan = m.yuan;
    this.raw = m.raw;
    this.unit = m.unit;
    this.line = m.line;
    if (m.per !== undefined) this.per = m.per;
    this.#at = at;
  }
  static positionOf(m: Money): Position | undefined {
    return #at in m ? (m as TextMoney).#at : undefined;
  }
}
/** The positions of the signed copies of TextMoney figures (signedMoney). */
const positions = new WeakMap<Money, Position>();
/**
 * The words of a figure's clause group before it: from the last 。；; before `start` (or the paragraph's start),
 * at most `window` characters back, so that a long paragraph's figures are not each searched back to its start.
 */
export function groupBefore(text: string, start: number, window = 200): string {
  const w = text.slice(Math.max(0, start - window), start);
  return w.slice(Math.max(w.lastIndexOf('。'), w.lastIndexOf('；'), w.lastIndexOf(';')) + 1);
}

export function positionOf(m: Money): Position | undefined {
  return TextMoney.positionOf(m) ?? positions.get(m);
}

/** The Money objects an extracted value holds (by identity), for warnUnplaced. */
export function placed(value: unknown): Set<Money> {
  const out = new Set<Money>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if ('yuan' in v && 'raw' in v && 'line' in v) out.add(v as Money);
      else for (const k in v) walk((v as Record<string, unknown>)[k]); // a Set: the order of the keys does not matter
    }
  };
  walk(value);
  return out;
}

/**
 * Nothing is dropped silently: an amount found in a section that no key of the output holds
 * becomes an UNPLACED_FIGURE warning with its text and line.
 */
export function warnUnplaced(diagnostics: Diagnostics, section: string, figures: readonly { money: Money; label: string }[], used: ReadonlySet<Money>): void {
  for (const f of figures) {
    const copy = signedCopies.get(f.money);
    if (used.has(f.money) || (copy && used.has(copy))) continue;
    const what = f.label ? `${f.label} ${f.money.raw}` : f.money.raw;
    diagnostics.warn('UNPLACED_FIGURE', `${section}: the figure "${what}" was found but fits no field of the output`, f.money.line);
  }
}

/** Warn about placeholder text where a number belongs: XX万元 in a sentence, a cell that says ××. */
export function checkPlaceholders(blocks: readonly Block[], diagnostics: Diagnostics): void {
  const warn = (what: string, line: number) => diagnostics.warn('PLACEHOLDER', `placeholder "${what}" where a number belongs`, line);
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      const m = PLACEHOLDER.exec(b.text);
      if (m) warn(m[0], lineAt(b, m.index));
      continue;
    }
    // Most tables are passed over at once (see PLACEHOLDER_TABLE).
    if (!PLACEHOLDER_TABLE.test(tableText(b))) continue;
    for (const row of b.rows) {
      for (const c of row.cells) {
        const t = compact(c.text);
        if (t && PLACEHOLDER_CELL.test(t)) warn(t, c.startLine);
      }
    }
  }
}

/** The year a change is compared with: 较2021年 · 比2019年 · 与2021年相比; 上年 = year − 1. */
/** A year compared with: 比2025年 · 较2025年 · 与2025年相比. */
export const COMPARED_YEAR = /(?:较|比|与|同)\s*(\d{4})\s*年/;

export function comparedYear(text: string, year: number | null): number | null {
  const m = COMPARED_YEAR.exec(text);
  if (m) return Number(m[1]);
  return /上年|上一年|去年|同比/.test(text) && year ? year - 1 : null;
}

/** What a change is compared with, when the sentence says it: 决算 (actuals) or 预算; null when unstated. */
export function changeBasis(text: string): 'budget' | 'finalAccount' | null {
  // "和年初预算持平": 和 compares only right before the basis, in a 持平 / 相同 wording (elsewhere it joins two
  // names: "购置和运行维护费预算与上年持平" compares with 上年, no basis).
  const m = /(?:较|比|与|同)[^，,。；;]{0,24}?(决算|实际|执行数|预算)/.exec(text) ?? /和(?:上一?年|去年|\d{4}年度?|本年度?|当年)?(?:年初|调整后?的?)?(决算|实际|执行数|预算)数?[^，,。；;]{0,2}?(?:持平|相同)/.exec(text);
  if (!m) return null;
  return m[1] === '预算' ? 'budget' : 'finalAccount';
}

/**
 * A figure of 0 stated in words ("本单位为事业单位，无机关运行经费" · "本单位2025年无“三公”经费预算"): in the first
 * paragraph that holds `cue` and matches `re`, a Money of 0 whose raw text is the words and whose line is the
 * line they stand on; null when no paragraph says so.
 */
export function statedNone(paras: readonly Paragraph[], cue: string, re: RegExp): Money | null {
  for (const p of paras) {
    const m = p.text.includes(cue) ? re.exec(p.text) : null;
    if (m) return { yuan: 0, raw: m[0], unit: '元', line: p.pieces ? lineAt(p, m.index) : p.line };
  }
  return null;
}
