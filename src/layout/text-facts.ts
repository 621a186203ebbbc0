import { NOISE_SCAN, TONE_CHARS, TRADITIONAL_CHARS, TRADITIONAL_MIN } from './noise-chars.js';
import { TOC_FIELDS, TOC_LEADERS, tocHeadingAt } from './toc.js';

/**
 * What the layout stage asks of the whole text before reading it, found in ONE pass over its code
 * units instead of a dozen searches (a traditional or pinyin mirror, a pipe, a Word TOC field, a
 * dot leader or a 目录 line): each search of a 25 000-character Chinese text cost 4–20 µs, the pass
 * over a Uint16Array copy of it (one native Buffer.write into a scratch buffer kept for the process)
 * costs about one nanosecond a character. The wordings stay where they are read (noise-chars.ts,
 * toc.ts); here, the first character of each only flags a place to look at.
 */
export interface TextFacts {
  /** At least TRADITIONAL_MIN traditional-only characters within the first NOISE_SCAN characters. */
  traditional: boolean;
  /** A pinyin tone mark within the first NOISE_SCAN characters. */
  pinyin: boolean;
  /** A pipe, | or ｜, anywhere. */
  pipe: boolean;
  /** hasTocField(text) (toc.ts). */
  tocField: boolean;
  /** mayHaveToc(text) (toc.ts). */
  mayHaveToc: boolean;
}

const TRAD = 1;
const TONE = 2;
const PIPE = 3;
const FIELD = 4;
const LEADER = 5;
const HEADING = 6;
const FLAGS = new Uint8Array(65536);
/** Flag the characters of `chars`; a character may flag one thing only (the table is checked as it is built). */
function flag(chars: Iterable<string>, f: number): void {
  for (const ch of chars) {
    const c = ch.charCodeAt(0);
    if (FLAGS[c] !== 0 && FLAGS[c] !== f) throw new Error(`text-facts: ${ch} flags two things`);
    FLAGS[c] = f;
  }
}
flag(TRADITIONAL_CHARS, TRAD);
flag(TONE_CHARS, TONE);
flag('|｜', PIPE);
flag(TOC_FIELDS.map((w) => w[0]!), FIELD);
flag(TOC_LEADERS.map((w) => w[0]!), LEADER);
flag('目', HEADING);

/** The scratch buffer is kept up to this many code units (a larger text gets one of its own). */
const KEEP = 1 << 21;
let scratch = Buffer.allocUnsafeSlow(1 << 17);
let kept = new Uint16Array(scratch.buffer, scratch.byteOffset, scratch.length >> 1);

/** Whether one of `words` stands in the code units `u` (n of them) at `at`. */
function wordsAt(u: Uint16Array, n: number, at: number, words: readonly string[]): boolean {
  next: for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (at + word.length > n) continue;
    for (let k = 0; k < word.length; k++) if (u[at + k] !== word.charCodeAt(k)) continue next;
    return true;
  }
  return false;
}

/**
 * What may stand before the 目 of a 目录 line (tocHeadingAt): a line break, a form feed, or the
 * spaces and TABs before it. Any other character before a 目 (项目, 数目) rules it out at once.
 */
const LINE_START = new Uint8Array(65536);
for (const c of [10, 13, 12, 32, 0x3000, 9]) LINE_START[c] = 1;

/** The facts of the whole text, in one pass. */
export function textFacts(text: string): TextFacts {
  const n = text.length;
  let u = kept;
  let buffer = scratch;
  if (n > u.length) {
    buffer = Buffer.allocUnsafeSlow(n * 2);
    u = new Uint16Array(buffer.buffer, buffer.byteOffset, n);
    if (n <= KEEP) [scratch, kept] = [buffer, u];
  }
  buffer.write(text, 0, n * 2, 'utf16le');
  let trad = 0;
  let tone = false;
  let pipe = false;
  let field = false;
  let leader = false;
  let heading = false;
  const scan = Math.min(n, NOISE_SCAN);
  for (let i = 0; i < n; i++) {
    const f = FLAGS[u[i]!]!;
    if (f === 0) continue;
    if (f === TRAD) {
      if (i < scan) trad++;
    } else if (f === TONE) {
      if (i < scan) tone = true;
    } else if (f === PIPE) pipe = true;
    else if (f === FIELD) {
      if (!field) field = wordsAt(u, n, i, TOC_FIELDS);
    } else if (f === LEADER) {
      if (!leader) leader = wordsAt(u, n, i, TOC_LEADERS);
    } else if (!heading && (i === 0 || LINE_START[u[i - 1]!] === 1) && tocHeadingAt(text, i)) heading = true;
  }
  return { traditional: trad >= TRADITIONAL_MIN, pinyin: tone, pipe, tocField: field, mayHaveToc: leader || field || heading };
}
