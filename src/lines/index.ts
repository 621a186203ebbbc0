/**
 * Stage 2: text → lines. Each line keeps its 1-based number; Word noise is stripped
 * (bookmarks, TC/PAGEREF field codes, full-width and no-break spaces) and the Tika
 * table marker (a leading TAB) is recorded as `cell`.
 */
export interface Line {
  /** 1-based line number in the decoded text. */
  no: number;
  /** The line starts with a TAB: it opens a table cell. */
  cell: boolean;
  /** Nothing but white space (a TAB-only line is an empty cell, not blank). */
  blank: boolean;
  /** Cleaned text: without the leading TAB, noise removed, white space trimmed. */
  text: string;
}

const BOOKMARK = /\[bookmark: [^\]]*\]/g;
// Word field codes that Tika leaves in the text: TC entries and PAGEREF/HYPERLINK switches.
const TC_FIELD = /\s*\bTC\s+.{0,300}?\\f\s*[A-Za-z]\s*\\l\s*\d+\s*/g;
// (web pages saved from Word lose the backslash: `PAGEREF _Toc25831 h 3`)
const PAGEREF = /\s*\bPAGEREF\s+_?\w+(\s+\\[a-z]|\s+[a-z](?=\s|\d|$))*\s*/g;
/** Full-width, no-break, en / em / thin and zero-width spaces, and a BOM inside the text: each becomes a space. */
const SPACE_CLASS = '[\\u3000\\u00a0\\u2002\\u2003\\u2009\\u200b\\ufeff]';
const SPACES = new RegExp(SPACE_CLASS, 'g');
const TABS = /\t+/g;
const NEEDS_SPACES = new RegExp(SPACE_CLASS);

/**
 * Anything cleanText removes or replaces: one test per line, instead of one search per kind of noise
 * (most lines hold none; valgrind: the four searches and the space test were a sixth of the floor).
 */
const ANY_NOISE = new RegExp(`\\[bookmark|\\\\l|PAGEREF|\\t|${SPACE_CLASS}`);

export function cleanText(s: string): string {
  if (!ANY_NOISE.test(s)) return s.trim();
  let t = s;
  if (t.includes('[bookmark')) t = t.replace(BOOKMARK, '');
  if (t.includes('\\l')) t = t.replace(TC_FIELD, '');
  if (t.includes('PAGEREF')) t = t.replace(PAGEREF, '');
  if (NEEDS_SPACES.test(t)) t = t.replace(SPACES, ' ');
  if (t.includes('\t')) t = t.replace(TABS, ' ');
  return t.trim();
}

export function splitLines(text: string): Line[] {
  // (a text without CR is split on LF by the string search, several times cheaper than the pattern)
  const raw = text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
  // A final newline does not start another line.
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop();
  const out: Line[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const cell = r.length > 0 && r.charCodeAt(0) === 9;
    const body = cell ? r.slice(1) : r;
    const t = cleanText(body);
    out[i] = { no: i + 1, cell, blank: !cell && t === '', text: t };
  }
  return out;
}
