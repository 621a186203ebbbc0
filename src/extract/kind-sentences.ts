import { lineAt, type Block, type Paragraph } from '../blocks/index.js';
import { compact } from '../normalize/text.js';
import { tableText } from '../blocks/table-text.js';
import type { Table } from '../blocks/index.js';
import { KIND_ANNOUNCES, KIND_COLUMNS, KIND_COMPARED_WITH_BUDGET, KIND_COMPARES, KIND_OTHER_YEAR, KIND_SUBJECTS, KIND_WORDINGS, type KindSide } from './kind-wording.js';

/**
 * The genre of a text whose title and headings name neither 预算 nor 决算, told by the words that
 * govern its own year's figures (the wordings are data in kind-wording.ts):
 * `2024年“三公”经费预算安排2.05万元` states a plan; `2023年度…财政拨款安排的“三公”经费支出2.05万元`
 * states money spent (安排的 only names where the money came from).
 */

/** One figure of the document's own year and the word that governs it. */
export interface KindEvidence {
  side: KindSide;
  /** Strong words name the genre by themselves; 支出 alone is weak. */
  strong: boolean;
  line: number;
  /** The governing words and the figure, as written (white space removed): `“三公”经费支出2.05万元`. */
  words: string;
}

export interface KindInference {
  /** The side with the greater weight (a tie is a budget), or null when no sentence tells. */
  kind: 'budget' | 'finalAccount' | null;
  planned: KindEvidence[];
  spent: KindEvidence[];
  /** Each strong figure weighs 2, a weak one 1. */
  weight: { planned: number; spent: number };
  /**
   * The losing side states a figure in strong words, or weighs as much as the winning side: the
   * sentences disagree (KIND_UNCERTAIN). A few weak 支出 beside a plan's strong words do not.
   */
  uncertain: boolean;
}

/** An amount of money or a percentage, as a sentence writes it. */
const FIGURE = /[\d０-９][\d０-９,，]*(?:[.．][\d０-９]+)?\s*(?:亿元|万元|元|万(?![人户个件次辆])|%|％)/g;
/** Where a clause starts: the governing word stands between this and the figure. */
const CLAUSE_BREAK = '。；;，,：:！!？?、\n';
const SENTENCE_BREAK = '。！!？?\n';
const YEAR = /((?:19|20)\d{2})年/g;
/** How much of the clause before a figure is shown in a warning. */
const SHOWN = 18;
const shownTail = (t: string): string => (t.length > SHOWN ? `…${t.slice(-SHOWN)}` : t);

interface Found extends KindEvidence {
  year: number | null;
  /** The sentence it stands in (paragraph and offset): a sentence with an actual's words quotes its plan. */
  sentence: string;
  /** For a comparison with a budget: the year compared with ('before': 上年 · 去年). */
  earlier?: number | 'before';
}

function lastYear(t: string): number | null {
  let y: number | null = null;
  for (const m of t.matchAll(YEAR)) y = Number(m[1]);
  return y;
}

function figuresOf(p: Paragraph, out: Found[]): void {
  const text = p.text;
  let sentenceStart = 0;
  let prevEnd = 0;
  for (const m of text.matchAll(FIGURE)) {
    const at = m.index;
    let from = prevEnd;
    for (let i = at - 1; i >= prevEnd; i--) {
      if (CLAUSE_BREAK.includes(text[i]!)) {
        from = i + 1;
        break;
      }
    }
    for (let i = prevEnd; i < at; i++) if (SENTENCE_BREAK.includes(text[i]!)) sentenceStart = i + 1;
    prevEnd = at + m[0].length;
    const lead = compact(text.slice(from, at));
    if (!lead) continue;
    const rate = /[%％]$/.test(m[0]);
    // (at most the 200 characters before the figure: linear on one huge line without a 。)
    const sentence = compact(text.slice(Math.max(sentenceStart, at - 200), at));
    const opening = sentence.split(/[，,；;：:]/, 1)[0] ?? '';
    if (!KIND_SUBJECTS.test(lead) && !KIND_SUBJECTS.test(opening)) continue;
    // The year the clause names, else the sentence's first (its topic: `2024年…预算2万元，其中…`).
    const first = /((?:19|20)\d{2})年/.exec(sentence);
    const topic = first ? Number(first[1]) : null;
    const at1 = { line: lineAt(p, at), words: `${shownTail(lead)}${compact(m[0])}`, sentence: `${p.line}:${sentenceStart}` };
    if (KIND_COMPARES.test(lead)) {
      // Compared with an earlier year's budget: the figure before it is planned (weak).
      const c = rate ? null : KIND_COMPARED_WITH_BUDGET.exec(lead);
      if (c) out.push({ side: 'planned', strong: false, ...at1, year: topic, earlier: c[2] ? Number(c[2]) : 'before' });
      continue;
    }
    const w = KIND_WORDINGS.find((k) => !!k.rate === rate && k.re.test(lead));
    if (!w || KIND_OTHER_YEAR.test(lead)) continue;
    out.push({ side: w.side, strong: w.strong, ...at1, year: lastYear(lead) ?? topic });
  }
}

/** The clauses that announce what follows (…预算安排情况如下：), read as strong evidence without a figure. */
function announcesOf(p: Paragraph, out: Found[]): void {
  const text = p.text;
  for (let i = text.indexOf('如下'); i >= 0; i = text.indexOf('如下', i + 2)) {
    let from = 0;
    for (let k = i - 1; k >= 0; k--) {
      if (SENTENCE_BREAK.includes(text[k]!)) {
        from = k + 1;
        break;
      }
    }
    const clause = compact(text.slice(from, i + 2));
    const a = KIND_ANNOUNCES.find((x) => x.re.test(clause));
    if (!a || !KIND_SUBJECTS.test(clause) || KIND_OTHER_YEAR.test(clause)) continue;
    out.push({ side: a.side, strong: true, line: lineAt(p, i), words: shownTail(clause), year: lastYear(clause), sentence: `${p.line}:${from}` });
  }
}

/** Rows of a table whose cells are read as column headers. */
const HEADER_ROWS = 3;
/** A header cell is short: a longer cell is a label or a note. */
const MAX_HEADER = 24;

/**
 * The column headers of a table that state the year's figures as spent or planned (KIND_COLUMNS): at
 * most one piece of evidence per side and year for a table (a table is one statement, however many
 * columns it has). A 绩效 table (指标 · 绩效) tells nothing: its 年初预算数 · 执行数 are a project's.
 */
function columnsOf(t: Table, out: Found[]): void {
  const text = tableText(t);
  if (!(text.includes('预算') || text.includes('决算') || text.includes('执行') || text.includes('实际')) || text.includes('指标') || text.includes('绩效')) return;
  const seen = new Set<string>();
  for (let r = 0; r < HEADER_ROWS && r < t.rows.length; r++) {
    for (const c of t.rows[r]!.cells) {
      if (c.text.length > MAX_HEADER * 2) continue;
      const h = compact(c.text);
      if (!h || h.length > MAX_HEADER || KIND_OTHER_YEAR.test(h)) continue;
      for (const k of KIND_COLUMNS) {
        const m = k.re.exec(h);
        if (!m) continue;
        const year = m[1] ? Number(m[1]) : null;
        const key = `${k.side}:${year}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push({ side: k.side, strong: true, line: c.startLine, words: `表头“${h}”`, year, sentence: `table:${t.startLine}` });
        }
        break;
      }
    }
  }
}

/**
 * Reads the sentences of the paragraphs, and the column headers of the tables (columnsOf), for figures of the document's own year
 * (`year`; when unknown, the latest year they name): a clause that names another year or 上年, or
 * compares (比上年减少 …), tells nothing. In a sentence that states an actual in strong words
 * (决算 · 实际支出 · 年初预算为), a plan beside it is the year's budget quoted by a 决算 and is not counted;
 * so is a 预算数 column of a table that has a 决算数 column of the same year.
 */
export function inferKind(blocks: readonly Block[], year: number | null): KindInference {
  const found: Found[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') {
      columnsOf(b, found);
      continue;
    }
    if (!(b.text.includes('元') || b.text.includes('%') || b.text.includes('％') || b.text.includes('万') || b.text.includes('如下'))) continue;
    figuresOf(b, found);
    if (b.text.includes('如下')) announcesOf(b, found);
  }
  let own = year;
  if (own === null) for (const f of found) if (f.year !== null && (own === null || f.year > own)) own = f.year;
  // A comparison tells only when it is with an earlier year's budget (比2024年预算数 in a 2025 text).
  const kept = found.filter((f) => (f.year === null || own === null || f.year === own) && (f.earlier === undefined || f.earlier === 'before' || (own !== null && f.earlier < own)));
  const quoting = new Set(kept.filter((f) => f.side === 'spent' && f.strong).map((f) => f.sentence));
  const planned: KindEvidence[] = [];
  const spent: KindEvidence[] = [];
  for (const { year: _y, sentence, earlier: _e, ...e } of kept) {
    if (e.side === 'spent') spent.push(e);
    else if (!quoting.has(sentence)) planned.push(e);
  }
  const weigh = (xs: readonly KindEvidence[]) => xs.reduce((n, e) => n + (e.strong ? 2 : 1), 0);
  const weight = { planned: weigh(planned), spent: weigh(spent) };
  const kind = weight.planned + weight.spent === 0 ? null : weight.spent > weight.planned ? 'finalAccount' : 'budget';
  const [won, lost] = kind === 'finalAccount' ? [spent, planned] : [planned, spent];
  const uncertain = lost.length > 0 && (lost.some((e) => e.strong) || weigh(lost) >= weigh(won));
  return { kind, planned, spent, weight, uncertain };
}
