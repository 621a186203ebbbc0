import { createRequire } from 'node:module';
import type { Line } from '../lines/index.js';

/**
 * Mirror-site noise, removed before any layout is read:
 * - traditional characters (經費預算 → 经费预算), converted with OpenCC (`opencc-js`, t → cn),
 *   line by line, so that every line keeps its number; the converted text is what the readers
 *   see, so `raw` of a figure is written in simplified characters (the digits are untouched);
 * - pinyin inserted after characters by "reading aid" mirrors: `經(jīng)費` → `经费`;
 * - page chrome of a web page: breadcrumbs (`首页 > 信息公开`), `【打印本页】【关闭窗口】`,
 *   `发布时间：… 浏览次数：…`, `分享到：` … — these lines are dropped, never a heading.
 */

// Characters that exist only in traditional writing and are common in disclosures.
const TRADITIONAL = /[經費預說財撥會門這國與項資產機關購車輛務際總報數單發開書標準計劃減費額實體編據歲決]/;
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
// A syllable in parentheses right after a Chinese character: 經(jīng) / 费（fèi）.
const PINYIN = /([\u3400-\u9fff])[（(]([bpmfdtnlgkhjqxrzcsyw]?h?[aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,4}(?:ng|n|r)?[1-5]?)[)）]/g;
const CHROME = [
  /^(您的位置|当前位置|你的位置|所在位置)[:：]/,
  /^首页\s*[>＞»›/]/,
  /【\s*(打印本页|关闭窗口|打印|关闭|收藏|字体|字号|大|中|小)\s*[】：:]/,
  /^(发布时间|发布日期|来源|信息来源|浏览次数|点击数|访问次数|阅读次数|作者|字号)[:：].{0,60}$/,
  /(浏览次数|点击数|访问次数|阅读次数)[:：]\s*\d*\s*$/,
  /^分享到[:：]?/,
  /^(扫一扫|打印本页|关闭窗口|返回顶部|上一篇|下一篇)/,
];

let converter: ((s: string) => string) | null = null;
function toSimplified(s: string): string {
  if (!converter) {
    // Loaded on first use only: the dictionaries cost ~50 ms, and most files never need them.
    const require = createRequire(import.meta.url);
    const opencc = require('opencc-js/t2cn') as { Converter: (o: { from: string; to: string }) => (s: string) => string };
    converter = opencc.Converter({ from: 't', to: 'cn' });
  }
  return converter(s);
}

/** The CHROME patterns as one alternation (no flags, no back-references): one test per line instead of one per pattern. */
const ANY_CHROME = new RegExp(CHROME.map((re) => `(?:${re.source})`).join('|'));

export function isChrome(text: string): boolean {
  if (text.length > 120) return false;
  return ANY_CHROME.test(text);
}

export interface NoiseResult {
  lines: Line[];
  /** Indexes of page-chrome lines. */
  chrome: Set<number>;
  traditional: boolean;
  pinyin: boolean;
}

// One lookup table over the BMP instead of regular expressions over the whole text: one pass, no backtracking.
const FLAGS = new Uint8Array(65536);
for (const c of TRADITIONAL.source.slice(1, -1)) FLAGS[c.charCodeAt(0)] = 1;
for (const c of TONE.source.slice(1, -1)) FLAGS[c.charCodeAt(0)] = 2;

/**
 * How far the scan looks: a mirror converts or annotates the whole page, title and table of
 * contents included, so its first part tells (8192 code units: three or four pages of text; the
 * median bench document has 21 000, and scanning 40 000 cost 4 % of a `--jobs 1` run).
 */
export const NOISE_SCAN = 8192;
const SCAN = NOISE_SCAN;

/**
 * The first SCAN code units of the text, copied by Buffer.write (native) into one scratch buffer
 * kept for the process: the loop below then reads typed arrays, which costs half of charCodeAt
 * on the string (measured: 40 against 88 µs for 40000 characters). It reads two code units at a
 * time (`pairs`) and four per round: most rounds find no flagged character in any of the four and
 * cost one test (valgrind: 45 against 99 M instructions for the first 40000 units of 100 bench texts).
 */
const scratch = Buffer.allocUnsafeSlow(SCAN * 2);
const units = new Uint16Array(scratch.buffer, scratch.byteOffset, SCAN);
const pairs = new Uint32Array(scratch.buffer, scratch.byteOffset, SCAN / 2);

/** Scan once: does the text look traditional (at least 5 traditional-only characters: a stray one in a name is not enough), has it pinyin tone marks? */
function scan(text: string): { traditional: boolean; pinyin: boolean } {
  let trad = 0;
  let tone = false;
  const n = scratch.write(text, 0, SCAN * 2, 'utf16le') >> 1;
  const m = n >> 1;
  let i = 0;
  for (; i + 1 < m; i += 2) {
    const w = pairs[i]!;
    const v = pairs[i + 1]!;
    if ((FLAGS[w & 0xffff]! | FLAGS[w >>> 16]! | FLAGS[v & 0xffff]! | FLAGS[v >>> 16]!) === 0) continue;
    // (the order of the units within the round does not matter: only counts are kept)
    for (let k = 2 * i; k < 2 * i + 4; k++) {
      const f = FLAGS[units[k]!]!;
      if (f === 1) trad++;
      else if (f === 2) tone = true;
    }
    if (trad >= 5 && tone) break;
  }
  // The last units (fewer than four). (No early exit: a test of the answer there had no type feedback
  // when the scan was optimized, and V8 left the optimized code once per text that reached it, 48 times a bench run.)
  for (let k = 2 * i; k < n; k++) {
    const f = FLAGS[units[k]!]!;
    if (f === 1) trad++;
    else if (f === 2) tone = true;
  }
  return { traditional: trad >= 5, pinyin: tone };
}

/** Page chrome stands at the top and the bottom of a saved page: only so many lines there are looked at. */
const EDGE = 20;

export function removeNoise(lines: readonly Line[], text: string): NoiseResult {
  const { traditional, pinyin } = scan(text);
  const chrome = new Set<number>();
  let out = lines as Line[];
  if (traditional || pinyin) {
    out = new Array(lines.length);
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      let t = l.text;
      if (pinyin && (t.includes('(') || t.includes('（'))) t = t.replace(PINYIN, '$1');
      if (traditional && t) t = toSimplified(t);
      out[i] = t === l.text ? l : { ...l, text: t };
    }
  }
  const edge = (i: number) => {
    const t = out[i]!.text;
    if (t && isChrome(t)) chrome.add(i);
  };
  let seen = 0;
  for (let i = 0; i < out.length && seen < EDGE; i++) if (!out[i]!.blank) (seen++, edge(i));
  seen = 0;
  for (let i = out.length - 1; i >= 0 && seen < EDGE; i--) if (!out[i]!.blank) (seen++, edge(i));
  return { lines: out, chrome, traditional, pinyin };
}

/** The same conversions on a raw line (leading spaces kept), for the column reader. */
export function denoiseRaw(raw: string, r: NoiseResult): string {
  let t = raw;
  if (r.pinyin) t = t.replace(PINYIN, '$1');
  if (r.traditional && t.trim()) t = toSimplified(t);
  return t;
}
