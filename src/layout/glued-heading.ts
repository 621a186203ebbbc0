import type { Paragraph } from '../blocks/index.js';

/**
 * A numbered heading run together with the first sentence of its section, as a PDF sets a run-in
 * heading (`一、收入支出决算总体情况说明2025年度收入总计…`, `七、国有资产占用情况说明截至2025年12月31日…`):
 * the paragraph is cut after the heading, so that the section is found and its sentence is read in it.
 * Knowledge as data: the nouns a heading ends with, and the words a section's first sentence opens with.
 */
const HEADING_MARKERS = ['第[一二三四五六七八九十]+部分', '[一二三四五六七八九十]{1,3}、', '[（(][一二三四五六七八九十]{1,3}[)）]'];
/** The heading ends with one of these nouns… */
const HEADING_NOUNS = ['情况说明', '的说明', '情况', '说明', '概况'];
/** …and the text after it opens a sentence: a year, a date, the department speaking of itself. */
const TEXT_OPENERS = ['(?:19|20)\\d{2}\\s*年', '截[至止]', '本(?:部门|单位|局|委|中心|年度)', '全年', '根据', '按照', '我(?:局|委|部门|单位|中心)'];

// (bounded: the heading is at most 40 characters and holds no sentence punctuation and no amount — a year may
// stand in it: `二、2026年收支预算情况说明2026年收支总预算…`)
const GLUED = new RegExp(`^(?:${HEADING_MARKERS.join('|')})\\s*(?:(?![万亿]?元)[^。，；：:,;！？.．]){1,40}?(?:${HEADING_NOUNS.join('|')})\\s*(?=${TEXT_OPENERS.join('|')})`);

/** The heading's length when the paragraph opens with a heading glued to its text, else 0. */
export function gluedHeadingEnd(text: string): number {
  if (text.length < 12) return 0;
  const m = GLUED.exec(text.slice(0, 64));
  return m ? m[0].length : 0;
}

/** Cut a paragraph after a glued heading: the heading, and the text with its pieces (on their lines). */
export function splitGluedHeading(p: Paragraph): Paragraph[] {
  const cut = gluedHeadingEnd(p.text);
  if (cut === 0) return [p];
  const pieces = p.pieces ?? [{ offset: 0, line: p.line }];
  // the piece the cut falls in, and the pieces of each side
  let k = 0;
  while (k + 1 < pieces.length && pieces[k + 1]!.offset <= cut) k++;
  const headPieces = pieces.filter((x) => x.offset < cut);
  const head: Paragraph = { kind: 'paragraph', text: p.text.slice(0, cut).trimEnd(), line: p.line };
  if (headPieces.length > 1) head.pieces = headPieces;
  const restPieces = [{ offset: 0, line: pieces[k]!.line }, ...pieces.slice(k + 1).map((x) => ({ offset: x.offset - cut, line: x.line }))];
  const rest: Paragraph = { kind: 'paragraph', text: p.text.slice(cut), line: pieces[k]!.line };
  if (restPieces.length > 1) rest.pieces = restPieces;
  return [head, rest];
}
