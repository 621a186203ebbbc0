import type { Block } from '../blocks/index.js';
import { tableText } from '../blocks/table-text.js';
import type { SectionNode } from '../sections/index.js';
import { compact } from './context.js';
import { parseNumbering } from '../sections/numbering.js';
import type { Diagnostics } from '../diagnostics.js';
import { inferKind, type KindEvidence, type KindInference } from './kind-sentences.js';
import { SPENT_STRONG_HINTS } from './kind-wording.js';

/**
 * What kind of document this is, as data:
 * - `finalAccount` (部门决算 / 单位决算): its figures are the actual ones (决算数); it may repeat the
 *   year's budget beside them (预算数), which then goes under `budgeted`;
 * - `budget` (部门预算 / 单位预算): planned figures;
 * - `performance`: a 绩效 text only (绩效目标表, 绩效自评表 with no budget figures);
 * - `unknown`: no section of a disclosure.
 * A document that names itself a 决算 anywhere in its title, a heading or a table title is a
 * `finalAccount`, even when it also states the budget.
 */
export type DocumentKind = 'budget' | 'finalAccount' | 'performance' | 'unknown';

/** Words of a 决算 in a title, a heading or a table title (not 预决算公开, a law's name). */
export const FINAL_ACCOUNT_PATTERNS: readonly RegExp[] = [
  /(?<!预)(部门|单位)决算/, // XX局2023年度部门决算 · 单位决算公开
  /(?<![预、])决算(公开|情况说明|说明|报告)/, // 决算公开 · 2023年度决算情况说明
  /(?<![预、])决算(总)?表$/, // 收入支出决算总表 · “三公”经费支出决算表
  /^(收入|支出|收入支出|财政拨款收入支出)决算/, // 收入决算情况 · 收入支出决算总体情况说明
  /\d{4}年度?(收入|支出|“?三公”?经费).{0,10}决算/,
];

/** Only short lines can be a title, a heading or a table title (a sentence that cites a 决算 is none). */
const MAX_TITLE = 60;

/**
 * A paragraph's text without white space when it is short enough to be a title (at most MAX_TITLE
 * characters that are not white space), else null. Counted with an early stop: a long paragraph is
 * not compacted whole only to be found too long.
 */
function shortText(text: string): string | null {
  if (text.length > MAX_TITLE) {
    const solid = /\S/g;
    let n = 0;
    while (solid.test(text)) if (++n > MAX_TITLE) return null;
  }
  return compact(text);
}

const isFinalTitle = (text: string): boolean => {
  const short = shortText(text);
  if (short === null || /[。；;]$/.test(short) || !short.includes('决算')) return false;
  // A heading's numbering is no part of its words: "一、收入支出决算总体情况说明".
  const t = parseNumbering(short)?.rest ?? short;
  return FINAL_ACCOUNT_PATTERNS.some((re) => re.test(t));
};

/** A short title, heading or table title that names a 预算 (部门预算 · 单位预算 · 预算表 · 预算公开 · 预算01表 收支总表 · 预算表12). */
const BUDGET_TITLE = /(部门|单位)预算|预算(公开|情况说明|信息)|预算(总)?表$|^预算\d{1,2}表|^预算表\d{1,2}/;

/** Rows of a table read for its title: the first two, and any one-cell row near the top (a caption row of a pasted web table). */
const CAPTION_ROWS = 8;

function titleCells(b: Exclude<Block, { kind: 'paragraph' }>): string[] {
  const out: string[] = [];
  b.rows.slice(0, CAPTION_ROWS).forEach((row, i) => {
    const filled = row.cells.filter((c) => c.text.trim());
    if (i < 2 || filled.length === 1) for (const c of filled) out.push(c.text);
  });
  return out;
}

/** Whether a row holds a cell that mentions 决算: only such a row's title cells can name one. */
const rowNamesFinal = (row: Exclude<Block, { kind: 'paragraph' }>['rows'][number]): boolean => row.cells.some((c) => c.text.includes('决算'));

/**
 * The genre the title, a heading, a short paragraph or the title cells of a table name, or null
 * when none names either (a web notice titled `XX局2023年“三公”经费支出情况说明`).
 */
export function namedKind(title: string | null, blocks: readonly Block[]): 'budget' | 'finalAccount' | null {
  if (title) {
    // The title decides when it names either: "XX2023年度部门决算" · "XX2024年部门预算公开说明".
    if (/(?<!预)决算/.test(title) && !/预算(说明|公开|信息)/.test(title)) return 'finalAccount';
    if (/预算/.test(title) && !/决算/.test(title)) return 'budget';
  }
  let namesBudget = false;
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      if (b.text.includes('决算') && isFinalTitle(b.text)) return 'finalAccount';
      if (!namesBudget && b.text.includes('预算')) {
        const t = shortText(b.text);
        if (t !== null && BUDGET_TITLE.test(t)) namesBudget = true;
      }
    } else if (tableText(b).includes('决算')) {
      // Only a table whose top rows mention 决算 has its title cells read (most tables of a budget say
      // it nowhere: one search of the table's joined text, shared with the other stages, passes them over).
      let mentions = false;
      for (let i = 0; i < CAPTION_ROWS && i < b.rows.length && !mentions; i++) mentions = rowNamesFinal(b.rows[i]!);
      if (mentions) for (const c of titleCells(b)) if (c.includes('决算') && isFinalTitle(c)) return 'finalAccount';
    }
  }
  return namesBudget ? 'budget' : null;
}

/** True when the title, a heading, a short paragraph or the title cells of a table name a 决算. */
export const namesFinalAccount = (title: string | null, blocks: readonly Block[]): boolean => namedKind(title, blocks) === 'finalAccount';

/**
 * A title that names a department's or unit's budget or final account (部门预算 · 单位决算 · 部门预算公开报表 ·
 * XX局（本级）2024年度决算公开说明).
 */
const TABLES_ONLY_TITLE = /(部门|单位)(预算|决算)|\d{4}年度?(预算|决算)(公开|说明|情况说明)/;

const BUDGET_KINDS = ['budgetOverview', 'operatingExpenses', 'threePublic', 'procurement', 'assets'] as const;

/**
 * The kind from the sections found, the readers some sentence claimed, the words of the title and
 * headings, and, when these name neither genre, the words that govern the sentences' own-year
 * figures (inferKind): then a KIND_INFERRED warning says what decided, or KIND_UNCERTAIN when the
 * sentences state the year's figures both as planned and as spent.
 */
export function documentKind(title: string | null, year: number | null, blocks: readonly Block[], sections: readonly SectionNode[], claimed: ReadonlySet<string>, diagnostics: Diagnostics): DocumentKind {
  const kinds = new Set<string>(claimed);
  for (const s of sections) kinds.add(s.kind);
  const hasBudget = BUDGET_KINDS.some((k) => kinds.has(k));
  const performance = kinds.has('performance');
  // No section, but a title that names the disclosure (XX局2026年部门预算): the published tables alone.
  if (!hasBudget && !performance) return title && TABLES_ONLY_TITLE.test(compact(title)) ? (namesFinalAccount(title, blocks) ? 'finalAccount' : 'budget') : 'unknown';
  // A 决算 holding only its 绩效自评 is still a 决算; a 绩效 text that names none is `performance`.
  const named = namedKind(title, blocks);
  if (named === 'finalAccount') return 'finalAccount';
  if (named === 'budget') return hasBudget ? 'budget' : 'performance';
  // (a 绩效 text whose paragraphs hold no word of a 决算's own figures stays `performance`: not analysed)
  if (!hasBudget && !blocks.some((b) => b.kind === 'paragraph' && SPENT_STRONG_HINTS.some((w) => b.text.includes(w)))) return 'performance';
  const inferred = inferKind(blocks, year);
  if (inferred.kind === null) {
    if (hasBudget) diagnostics.warn('KIND_INFERRED', 'no title, heading or sentence names 预算 or 决算, nor states the year’s figures as planned or spent: taken as a budget (the default)', null);
    return hasBudget ? 'budget' : 'performance';
  }
  // A 绩效 text is a 决算 only by an actual's own words (决算 · 实际支出 · 完成预算的), never by a plan or a bare 支出.
  if (!hasBudget && (inferred.kind !== 'finalAccount' || !inferred.spent.some((e) => e.strong))) return 'performance';
  warnInferred(inferred.kind, inferred, diagnostics);
  return inferred.kind;
}

const shown = (es: readonly KindEvidence[]): string =>
  es
    .slice(0, 3)
    .map((e) => `${e.words} (line ${e.line})`)
    .join(', ') + (es.length > 3 ? ` and ${es.length - 3} more` : '');

/** The warning of a kind told by sentences: what decided it, on which lines. */
function warnInferred(kind: DocumentKind, inf: KindInference, diagnostics: Diagnostics): void {
  const deciding = kind === 'finalAccount' ? inf.spent : inf.planned;
  const other = kind === 'finalAccount' ? inf.planned : inf.spent;
  const genre = kind === 'finalAccount' ? 'a 决算 (finalAccount): the year’s figures are stated as spent' : 'a budget: the year’s figures are stated as planned';
  if (!inf.uncertain) {
    const outweighed = other.length ? `; outweighed: ${shown(other)}` : '';
    diagnostics.warn('KIND_INFERRED', `no title or heading names 预算 or 决算; taken as ${genre}: ${shown(deciding)}${outweighed}`, deciding[0]!.line, {
      lines: [...new Set(deciding.map((e) => e.line))],
    });
    return;
  }
  const [w, o] = kind === 'finalAccount' ? [inf.weight.spent, inf.weight.planned] : [inf.weight.planned, inf.weight.spent];
  diagnostics.warn(
    'KIND_UNCERTAIN',
    `no title or heading names 预算 or 决算, and the sentences state the year’s figures both as planned and as spent; taken as ${genre} (weight ${w} against ${o}): ${shown(deciding)}; against it: ${shown(other)}`,
    other[0]!.line,
    { lines: [...new Set([...deciding, ...other].map((e) => e.line))].sort((a, b) => a - b) },
  );
}
