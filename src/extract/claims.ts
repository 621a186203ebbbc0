import { lineAt, type Block, type Paragraph, type Table } from '../blocks/index.js';
import { tableText } from '../blocks/table-text.js';
import type { SectionNode } from '../sections/index.js';
import type { Diagnostics } from '../diagnostics.js';
import { scanAmounts, warnUnplaced } from './amounts.js';
import { COMPARING_BI, FLAT_OBJECT, FLAT_WORDS } from './reasons.js';
import { NOBODY, READER_KINDS, SENTENCE_CUES, TABLE_CUES, UNROUTED_SECTIONS, type CueKind, type ReaderKind } from './claim-patterns.js';

/**
 * The claim registry: every sentence and table of the document goes to the reader it concerns,
 * by its own words; the section heading is only a hint. Each figure is claimed by one reader at
 * most, so a figure is reported once, where it belongs.
 */
export interface Claims {
  /** The blocks each reader reads, in document order (paragraphs may be parts of a paragraph). */
  blocks: Map<ReaderKind, Block[]>;
  /** Readers that some sentence or table claimed by its own words (not only by its section). */
  claimed: Set<ReaderKind>;
  /** Sentences that may hold a figure but that no reader takes (reported by parse.ts, never dropped). */
  unclaimed: Paragraph[];
}

const READERS = new Set<string>(READER_KINDS);
// A sentence that may hold a figure: an amount (元 / 万) or a change of 0 (持平).
const MAY_HOLD_FIGURE = new RegExp(`[元万]|相同|${FLAT_WORDS}`);

/** The characters that end a paragraph whose list follows (：or ，), tested on its last character that is not white space. */
const LIST_OPENERS = new Set([...':：,，'].map((c) => c.charCodeAt(0)));
function opensList(text: string): boolean {
  const t = text.trimEnd();
  return t.length > 0 && LIST_OPENERS.has(t.charCodeAt(t.length - 1));
}

// A paragraph that continues the list of the one before: 其中 / 包括 / a list number.
const CONTINUES = /^\s*(其中|包括|另|分别|[（(]?[\d一二三四五六七八九十]{1,2}[）)、.．](?!\d))/;

// A sentence with no figure that lists what the figure before it covers ("主要用于…。包括办公费、…公务接待费…。"):
// the words it lists are no cue (a 公务接待费 in that list names no “三公” figure).
const LISTS_CONTENTS = /^\s*(?:主要|具体)?(?:包括|用于)/;

// Where the first figure of a sentence stands: a cue after it names no figure of the sentence
// ("公用经费834.69万元，主要包括：…因公出国（境）费用…" is no 三公 sentence).
// (a flat word other than 持平 only after a comparison, as in the amount grammar: 本单位内设机构无变化 is no figure)
const FIRST_FIGURE = new RegExp(`\\d\\s*(?:万|亿|元)|持平|(?:与|同|较|${COMPARING_BI})${FLAT_OBJECT}(?:${FLAT_WORDS})|(?:上年|去年|\\d{4}年)[^，,。；;\\d]{0,8}?相同`);

/**
 * All sentence cues in one pattern, each alternative a group: one scan of the text finds the cue
 * that stands first (the leftmost match; at the same place, the cue listed first), which is what
 * testing the cues one by one and keeping the earliest gave.
 */
const groupsIn = (re: RegExp): number => new RegExp(`${re.source}|`).exec('')!.length - 1;
const CUE_GROUP: (CueKind | null)[] = [null];
const ANY_CUE = new RegExp(
  SENTENCE_CUES.map((c) => {
    CUE_GROUP.push(c.kind);
    for (let i = groupsIn(c.re); i > 0; i--) CUE_GROUP.push(null);
    return `(${c.re.source})`;
  }).join('|'),
);

/** The reader whose cue stands first in the text, before its first figure (`nobody`: no reader's); or null. */
export function cueOf(text: string): CueKind | null {
  const m = ANY_CUE.exec(text);
  if (!m) return null;
  const f = FIRST_FIGURE.exec(text);
  if (f && m.index >= f.index + 1) return null;
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined && CUE_GROUP[g]) return CUE_GROUP[g]!;
  return null;
}

/** How many rows of a table its cues are looked for in. */
const CUE_ROWS = 40;

/**
 * The reader a table's cells name. The cues are looked for in the cells of its first CUE_ROWS rows,
 * each followed by \u0001: a prefix of the table's joined text (tableText, built once per table and
 * shared), ended by one more separator, instead of a string built cell by cell.
 */
export function tableCueOf(t: Table): ReaderKind | null {
  const joined = tableText(t);
  let cells = 0;
  let length = 0;
  if (t.rows.length > CUE_ROWS) {
    for (let r = 0; r < CUE_ROWS; r++) for (const c of t.rows[r]!.cells) {
      cells++;
      length += c.text.length + 1;
    }
  } else for (const r of t.rows) cells += r.cells.length;
  const text = cells === 0 ? '' : `${t.rows.length > CUE_ROWS ? joined.slice(0, length - 1) : joined}\u0001`;
  for (const c of TABLE_CUES) if (c.all.every((re) => re.test(text)) && !c.none?.some((re) => re.test(text))) return c.kind;
  return null;
}

/** Sentences of a paragraph: [start, end) offsets, each ending after its 。. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = text.indexOf('。'); i >= 0; i = text.indexOf('。', i + 1)) {
    out.push([start, i + 1]);
    start = i + 1;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** A part of a paragraph, keeping the source line of every piece. */
function slice(p: Paragraph, start: number, end: number): Paragraph {
  const text = p.text.slice(start, end);
  const line = lineAt(p, start);
  if (!p.pieces) return { kind: 'paragraph', text, line };
  const inner = p.pieces.filter((x) => x.offset > start && x.offset < end).map((x) => ({ offset: x.offset - start, line: x.line }));
  return { kind: 'paragraph', text, line, pieces: [{ offset: 0, line }, ...inner] };
}

/** Each reader's sentence cues as one pattern (for the section's own reader: see routeClaims). */
const CUES_OF = new Map<CueKind, RegExp>();
for (const c of SENTENCE_CUES) {
  const known = CUES_OF.get(c.kind);
  CUES_OF.set(c.kind, known ? new RegExp(`${known.source}|${c.re.source}`) : c.re);
}

/**
 * In a reader's section, a sentence whose first figure's own clause also names the section's topic
 * ("（一）机关运行经费" ⏎ "…基本支出中的公用经费支出（机关运行经费）46.80万元，比上年减少…") is the section reader's,
 * whichever cue stands first in it.
 */
function namesHintAtFirstFigure(text: string, hint: ReaderKind): boolean {
  const re = CUES_OF.get(hint);
  const f = re ? FIRST_FIGURE.exec(text) : null;
  if (!re || !f) return false;
  let start = f.index;
  while (start > 0 && !'，,；;：:。'.includes(text[start - 1]!)) start--;
  return re.test(text.slice(start, f.index));
}

/** Where a clause starts inside a sentence: after ， or ；. */
const CLAUSE_END = /[，,；;]/g;

/**
 * In a reader's section, a sentence that opens with another reader's cue but goes on, in a later clause,
 * with the section's own ("三、“三公”经费预算情况" ⏎ "2025年一般公共预算财政拨款支出预算500万元，其中“三公”经费预算8万元，
 * 比上年减少1万元。"): split at that clause, so that the section's reader gets its figure and the other
 * reader never takes it for one of its own (an expenditure item named “三公”经费).
 */
function atHintClauses(text: string, ranges: [number, number][], hint: ReaderKind): [number, number, CueKind | null | undefined][] {
  const out: [number, number, CueKind | null | undefined][] = [];
  for (const [start, end] of ranges) {
    const sentence = text.slice(start, end);
    const cue = cueOf(sentence);
    let mid = -1;
    const first = cue && cue !== hint && cue !== NOBODY ? FIRST_FIGURE.exec(sentence) : null;
    if (first) {
      // (the clauses after the first figure, each tested on its first 200 characters: linear on a huge sentence)
      CLAUSE_END.lastIndex = first.index;
      for (let m = CLAUSE_END.exec(sentence); m && mid < 0; m = CLAUSE_END.exec(sentence)) {
        if (cueOf(sentence.slice(m.index + 1, m.index + 201)) === hint) mid = start + m.index + 1;
      }
    }
    // (the cue found is handed on with an uncut sentence, so that it is not looked for twice)
    if (mid < 0) out.push([start, end, cue]);
    else out.push([start, mid, undefined], [mid, end, undefined]);
  }
  return out;
}

export function routeClaims(sections: readonly SectionNode[]): Claims {
  const blocks = new Map<ReaderKind, Block[]>();
  const claimed = new Set<ReaderKind>();
  const unclaimed: Paragraph[] = [];
  const give = (k: ReaderKind, b: Block) => {
    const list = blocks.get(k);
    if (list) list.push(b);
    else blocks.set(k, [b]);
  };
  for (const s of sections) {
    if (UNROUTED_SECTIONS.has(s.kind)) continue;
    const hint = READERS.has(s.kind) ? (s.kind as ReaderKind) : null;
    if (hint && !blocks.has(hint)) blocks.set(hint, []);
    // Outside the readers' sections a paragraph without a cue of its own continues the claim of
    // the paragraph just before it ("“三公”经费预算…，其中：" ⏎ "1.…").
    let carry: CueKind | null = null;
    let open = false; // the paragraph before ends in ： or ， (its list follows)
    // The reader of the last sentence with a figure (null: nobody's), for a 其中 sentence that lists its parts.
    let lastFigure: CueKind | null | undefined;
    for (const b of s.blocks) {
      if (carry && !open && b.kind === 'paragraph' && !CONTINUES.test(b.text)) carry = null;
      open = b.kind === 'paragraph' && opensList(b.text);
      if (b.kind === 'table') {
        const k = tableCueOf(b) ?? hint;
        if (k) give(k, b);
        if (k && k !== hint) claimed.add(k);
        carry = null;
        lastFigure = undefined;
        continue;
      }
      if (!MAY_HOLD_FIGURE.test(b.text)) {
        if (hint) give(hint, b);
        else carry = cueOf(b.text) ?? (open ? carry : null);
        continue;
      }
      const parts: { kind: ReaderKind; start: number; end: number }[] = [];
      let prev: CueKind | null = hint ? null : carry;
      let own = false;
      for (const [start, end, known] of hint ? atHintClauses(b.text, sentences(b.text), hint) : sentences(b.text)) {
        const text = b.text.slice(start, end);
        // "一般公共预算财政拨款支出…。其中：基本支出…": the 其中 lists the parts of the figure before it;
        // when no reader took that figure, its parts are nobody's either (reported, never the department's).
        const figure = MAY_HOLD_FIGURE.test(text);
        const partsOfUnread = figure && lastFigure === null && /^\s*其中/.test(text);
        let cue = partsOfUnread || (!figure && LISTS_CONTENTS.test(text)) ? null : known !== undefined ? known : cueOf(text);
        if (cue && hint && cue !== hint && cue !== NOBODY && figure && namesHintAtFirstFigure(text, hint)) cue = hint;
        if (cue) own = true;
        const k = partsOfUnread ? null : cue ?? prev ?? hint;
        prev = k;
        if (figure) lastFigure = k === NOBODY ? null : k;
        if (!k || k === NOBODY) {
          if (figure) unclaimed.push(slice(b, start, end));
          continue;
        }
        if (cue && cue !== hint && cue !== NOBODY) claimed.add(cue);
        const last = parts[parts.length - 1];
        if (last && last.kind === k && last.end === start) last.end = end;
        else parts.push({ kind: k, start, end });
      }
      carry = own || carry ? prev : null;
      if (parts.length === 1 && parts[0]!.start === 0 && parts[0]!.end === b.text.length) give(parts[0]!.kind, b);
      else for (const x of parts) give(x.kind, slice(b, x.start, x.end));
    }
  }
  return { blocks, claimed, unclaimed };
}

/**
 * Nothing is dropped silently: an amount in a sentence that no reader takes (a section no reader
 * reads, and no cue of its own) is reported as UNPLACED_FIGURE, with its text and line.
 */
export function warnUnclaimed(paragraphs: readonly Paragraph[], diagnostics: Diagnostics): void {
  for (const p of paragraphs) warnUnplaced(diagnostics, 'no reader', scanAmounts(p), EMPTY);
}
const EMPTY: ReadonlySet<never> = new Set();
