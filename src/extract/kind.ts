import type { Block } from '../blocks/index.js';
import { tableText } from '../blocks/table-text.js';
import type { SectionNode } from '../sections/index.js';
import { compact } from './context.js';
import { parseNumbering } from '../sections/numbering.js';

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

/**
 * Sentences that state a 决算's own figures, for a text with no title or heading that names
 * either kind (a notice of the “三公” figures only): "公务接待费决算1033万元" · "公务接待费支出决算1.5万元" ·
 * "“三公”经费)决算总额2771万元" · "完成预算的163.45%" · "年初预算为2.95万元" (the year's own
 * budget, which only a 决算 compares with; "比上年年初预算减少" is a budget's wording).
 */
export const FINAL_ACCOUNT_SENTENCES: readonly RegExp[] = [
  /(?<![年度])(经费|费)[)）”"]?(支出)?决算(总额|数)?[为是]?\s*\d/, // …费支出决算0万元 · “三公经费”决算为22.62万元
  /完成(年初)?预算(数)?的\s*\d/,
  /(?<!上一?年度?)年初预算(数)?为\s*\d/,
];

/** A short title, heading or table title that names a 预算 (部门预算 · 单位预算 · 预算表 · 预算公开). */
const BUDGET_TITLE = /(部门|单位)预算|预算(公开|情况说明|信息)|预算(总)?表$/;

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

/** True when the title, a heading, a short paragraph or the title cells of a table name a 决算. */
export function namesFinalAccount(title: string | null, blocks: readonly Block[]): boolean {
  if (title) {
    // The title decides when it names either: "XX2023年度部门决算" · "XX2024年部门预算公开说明".
    if (/(?<!预)决算/.test(title) && !/预算(说明|公开|信息)/.test(title)) return true;
    if (/预算/.test(title) && !/决算/.test(title)) return false;
  }
  let namesBudget = false;
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      if (b.text.includes('决算') && isFinalTitle(b.text)) return true;
      if (!namesBudget && b.text.includes('预算')) {
        const t = shortText(b.text);
        if (t !== null && BUDGET_TITLE.test(t)) namesBudget = true;
      }
    } else if (tableText(b).includes('决算')) {
      // Only a table whose top rows mention 决算 has its title cells read (most tables of a budget say
      // it nowhere: one search of the table's joined text, shared with the other stages, passes them over).
      let mentions = false;
      for (let i = 0; i < CAPTION_ROWS && i < b.rows.length && !mentions; i++) mentions = rowNamesFinal(b.rows[i]!);
      if (mentions) for (const c of titleCells(b)) if (c.includes('决算') && isFinalTitle(c)) return true;
    }
  }
  // Neither named: the sentences tell (a web notice of the “三公” 决算 figures only).
  if (namesBudget || title) return false;
  for (const b of blocks) if (b.kind === 'paragraph' && (b.text.includes('决算') || b.text.includes('预算')) && statesOwnFinalAccount(compact(b.text))) return true;
  return false;
}

/**
 * A sentence states the 决算 of its own year: not of the year before ("2024年…预算数为80万元，2023年
 * “三公”经费决算数为75万元" is a budget's comparison), nor of 上年.
 */
function statesOwnFinalAccount(t: string): boolean {
  // The latest year the text names, found only once a sentence matches (most texts match none).
  let latest: number | null | undefined;
  for (const re of FINAL_ACCOUNT_SENTENCES) {
    const m = re.exec(t);
    if (!m) continue;
    if (latest === undefined) {
      const years = [...t.matchAll(/((?:19|20)\d{2})年/g)].map((y) => Number(y[1]));
      latest = years.length ? Math.max(...years) : null;
    }
    const clause = t.slice(0, m.index + m[0].length).split(/[，,。；;]/).pop() ?? '';
    const y = /((?:19|20)\d{2})年/.exec(clause);
    if (/上一?年|去年|以前年度/.test(clause) || (y && latest !== null && Number(y[1]) < latest)) continue;
    return true;
  }
  return false;
}

/**
 * A title that names a department's or unit's budget or final account (部门预算 · 单位决算 · 部门预算公开报表 ·
 * XX局（本级）2024年度决算公开说明).
 */
const TABLES_ONLY_TITLE = /(部门|单位)(预算|决算)|\d{4}年度?(预算|决算)(公开|说明|情况说明)/;

const BUDGET_KINDS = ['budgetOverview', 'operatingExpenses', 'threePublic', 'procurement', 'assets'] as const;

/**
 * The kind from the sections found, the readers some sentence claimed, and the words of the
 * title and headings.
 */
export function documentKind(title: string | null, blocks: readonly Block[], sections: readonly SectionNode[], claimed: ReadonlySet<string>): DocumentKind {
  const kinds = new Set<string>(claimed);
  for (const s of sections) kinds.add(s.kind);
  const hasBudget = BUDGET_KINDS.some((k) => kinds.has(k));
  const performance = kinds.has('performance');
  // No section, but a title that names the disclosure (XX局2026年部门预算): the published tables alone.
  if (!hasBudget && !performance) return title && TABLES_ONLY_TITLE.test(compact(title)) ? (namesFinalAccount(title, blocks) ? 'finalAccount' : 'budget') : 'unknown';
  // A 决算 holding only its 绩效自评 is still a 决算; a 绩效 text that names none is `performance`.
  if (namesFinalAccount(title, blocks)) return 'finalAccount';
  if (hasBudget && spentOnly(title, blocks)) return 'finalAccount';
  return hasBudget ? 'budget' : 'performance';
}

/** Money spent, as a sentence states it: 支出12.00万元 · 实际支出为12万元 · 共支出… */
const SPENT = /支出(了|共计|合计|总计|总额|为)?\s*[\d０-９]/;
/** Words of a plan: a text that says them states a budget, whatever it calls it. */
const PLANNED = /预算|决算|安排|计划|拟/;

/**
 * A text that names neither 预算 nor 决算 anywhere (title, sentences, tables) and no plan (安排 · 计划),
 * but states money spent (2023年，我局“三公”经费支出12.00万元): actual figures, a 决算 in all but
 * name (a web notice of last year's “三公” spending). Budgets say 预算 or 安排.
 */
function spentOnly(title: string | null, blocks: readonly Block[]): boolean {
  if (title && PLANNED.test(title)) return false;
  let spent = false;
  for (const b of blocks) {
    const text = b.kind === 'paragraph' ? b.text : tableText(b);
    if (PLANNED.test(text)) return false;
    if (!spent && b.kind === 'paragraph' && text.includes('支出')) spent = SPENT.test(text);
  }
  return spent;
}
