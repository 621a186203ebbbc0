import type { Block, Cell, Paragraph, Row, Table } from '../../blocks/index.js';
import type { Line } from '../../lines/index.js';
import type { SectionNode } from '../../sections/index.js';
import { compact } from '../../normalize/text.js';
import { LEVEL1_WORD, LEVEL2_WORD, LEVEL_LIKE, TARGET_LIKE } from './categories.js';
import { FUNDS_COLUMNS, FUNDS_LEAD, FUNDS_PART, SELF_EVALUATION_COLUMNS, scoreOf, withoutNote } from './self-evaluation.js';

/**
 * A 绩效自评表 that a web page saved as text one cell per line, its empty cells as blank lines (no layout
 * reads it: its cells stay one-line paragraphs, and its figures were UNREAD_NUMBERS):
 *
 *   项目名称 ⏎ X ⏎ 主管部门 ⏎ … ⏎ 项目资金（万元） ⏎ ⏎ 年初预算数 ⏎ 全年预算数 ⏎ 全年执行数 ⏎ 分值 ⏎ 执行率 ⏎ 得分 ⏎
 *   年度资金总额 ⏎ 120.00 ⏎ 110.00 ⏎ 99.00 ⏎ 10 ⏎ 90.00% ⏎ 9 ⏎ 其中：当年财政拨款 ⏎ … ⏎ 上年结转资金 ⏎ ⏎ ⏎ ⏎ — ⏎ ⏎ — ⏎ …
 *   年度总体目标 ⏎ 预期目标 ⏎ 实际完成情况 ⏎ text ⏎ text ⏎ 绩效指标 ⏎ 一级指标 ⏎ … ⏎ 偏差原因分析及改进措施 ⏎
 *   产出指标 ⏎ 数量指标 ⏎ name ⏎ target ⏎ actual ⏎ 20 ⏎ 20 ⏎ ⏎ (a merged 一级 / 二级 cell stands in its first row only) … 总分 ⏎ 100 ⏎ 97 ⏎ 自评等级 ⏎ 优
 *
 * The cells are set back into rows by the form's grammar: each funds row is its label and as many cells as the header
 * has words; each indicator row 0–2 level cells, the name and one cell per column after 三级指标. Every row is checked (a
 * figure or a blank in each funds cell, a score or a blank under 分值 / 得分); when one does not fit, nothing is changed (the
 * figures stay UNREAD_NUMBERS: a text that dropped its empty cells cannot be set back). The rows make one table, in the
 * shape of a pipe 自评表, which replaces the paragraphs: the project and self-evaluation readers read it as any other.
 */

/** The labels of the id cells, each followed by its value. */
const ID_LABELS = /^(项目名称|主管部门|实施单位|项目实施单位|项目编码|部门[（(]单位[)）]名称|部门名称|单位名称)[:：]?$/;
/** The header of the row labels' column beside the funds lead (四川: 年度预算数(万元)), where no blank cell stands. */
const FUNDS_LABEL_HEAD = /预算数|资金[（(]|^项目$/;
/** The funds header's column of notes (四川: 原因), printed in the first row only when merged down. */
const FUNDS_NOTE = /^原因$|原因说明|^说明$/;
/** The row of the whole: one is needed. */
const FUNDS_WHOLE = /资金总额|^合计$|^总额$/;
/** A funds cell: a figure, a rate, a dash, or nothing. */
const FUNDS_VALUE = /^(?:[-−]?\d[\d,，]*(?:\.\d+)?[%％]?|[-—–－/／\\]+|无)?$/;
/** The goal header: 年度总体目标 ⏎ 预期目标 ⏎ 实际完成情况. */
const GOAL_LEAD = /^(年度)?总体目标$|^项目基本情况$/;
const GOAL_HEADS = /^(预期目标|实际完成情况|年度目标|目标完成情况|项目年度目标|年度目标完成情况)$/;
/** The tasks of a 部门整体支出绩效自评表: their lead, their header words, and the header words of money. */
const TASKS_LEAD = /^年度主要任务$/;
const TASK_HEAD = /^(任务名称|主要内容|任务内容|年初预算数|全年预算数|预算数|全年执行数|执行数|预算金额|金额|执行率)$/;
const TASK_MONEY = /预算|执行数|金额/;
/** A numbered sub-label of 项目基本情况 (四川): 1.项目年度目标完成情况 · 2.项目实施内容及过程概述. */
const GOAL_SUB = /^\d[.．、]项目/;
/** The indicator header's words, in any order after 一级 / 二级 / 三级. */
const INDICATOR_LEAD = /^绩效指标$/;
const LEVEL_HEADS = [/^一级指标$/, /^二级指标$/, /^三级指标$/] as const;
const TRAILING_HEAD = /年度指标值|^指标值$|^年初(目标|指标)值$|实际完成值|完成值|^指标性质$|^(度量|计量)单位$|^分值$|^权重$|^得分$|偏差原因|未完成原因|原因分析|改进措施|^备注$/;
// The 一级 and 二级 labels of an indicator row (a merged cell is printed in its first row only) are categories.ts's LEVEL1_WORD /
// LEVEL2_WORD, shared with indicators.ts's shifted rows; a later cell may hold no LEVEL_LIKE word, their looser shape.
/** A cell that is a target, not an indicator's name (≥95% · 不低于90%): a row that lost a cell before it. */
// (TARGET_LIKE: categories.ts)
/** Cells that close the form. */
const TOTAL = /^(总分|合计)$/;
const GRADE = /^(自评等级|评价等级)$/;

/** One cell a line: its text ('' for a blank line) and its line number. */
interface LineCell {
  text: string;
  no: number;
}

function cellOf(c: LineCell): Cell {
  return { text: c.text, startLine: c.no, endLine: c.no };
}

function rowOf(cells: readonly LineCell[], pad = 0): Row {
  const out: Cell[] = [];
  const at = cells.find((c) => c.text)?.no ?? cells[0]!.no;
  for (let i = 0; i < pad; i++) out.push({ text: '', startLine: at, endLine: at });
  for (const c of cells) out.push(cellOf(c));
  const lines = out.map((c) => c.startLine);
  return { cells: out, startLine: Math.min(...lines), endLine: Math.max(...lines) };
}

/**
 * The rows of a 自评表 in `cells` from `from`, and the index after its last cell; null when the cells do not fit the form.
 */
export function readCellLineForm(cells: readonly LineCell[], from: number): { rows: Row[]; next: number } | null {
  const rows: Row[] = [];
  const text = (i: number) => (i < cells.length ? withoutNote(compact(cells[i]!.text)) : '');
  let i = from;
  // 项目名称 ⏎ X ⏎ 主管部门 ⏎ X ⏎ 实施单位 ⏎ X: label and value rows.
  while (i + 1 < cells.length && ID_LABELS.test(text(i))) {
    rows.push(rowOf([cells[i]!, cells[i + 1]!]));
    i += 2;
  }
  // The funds block and the goal, in either order (四川 prints the goal first), and a 2.项目实施内容 row passed over.
  let sawFunds = false;
  /** The funds' 分值 (its part of the 总分's points), when printed. */
  let fundsWeight: number | null = null;
  for (;;) {
    if (!sawFunds && FUNDS_LEAD.test(text(i))) {
      const funds = readFunds(cells, i, text);
      if (!funds) return null;
      rows.push(...funds.rows);
      i = funds.next;
      sawFunds = true;
      fundsWeight = funds.weight;
    } else if (GOAL_LEAD.test(text(i))) {
      // 年度总体目标 ⏎ 预期目标 ⏎ 实际完成情况 ⏎ text ⏎ text · 项目基本情况 ⏎ 1.项目年度目标完成情况 ⏎ 项目年度目标 ⏎ 年度目标完成情况 ⏎ text ⏎ text
      // · 年度总体目标 ⏎ text.
      const lead = i++;
      const sub = GOAL_SUB.test(text(i)) ? i++ : -1;
      const heads: number[] = [];
      while (GOAL_HEADS.test(text(i))) heads.push(i++);
      if (heads.length > 0) {
        if (i + heads.length > cells.length) return null;
        rows.push(rowOf([cells[lead]!, ...(sub >= 0 ? [cells[sub]!] : []), ...heads.map((h) => cells[h]!)]));
        rows.push(rowOf(cells.slice(i, i + heads.length), sub >= 0 ? 2 : 1));
        i += heads.length;
      } else if (text(i) && !isNextPart(text(i)) && !FUNDS_LEAD.test(text(i))) {
        rows.push(rowOf([cells[lead]!, cells[i]!]));
        i++;
      }
    } else if (sawFunds && TASKS_LEAD.test(text(i))) {
      // 年度主要任务 ⏎ 任务名称 ⏎ 主要内容 ⏎ 全年预算数 ⏎ 全年执行数 ⏎ then the tasks, as many cells each (a 部门整体支出绩效自评表)
      const lead = i++;
      const heads: number[] = [];
      while (TASK_HEAD.test(text(i))) heads.push(i++);
      const money = heads.map((h, n) => (TASK_MONEY.test(text(h)) ? n : -1)).filter((n) => n >= 0);
      if (heads.length < 2 || money.length === 0) return null;
      rows.push(rowOf([cells[lead]!, ...heads.map((h) => cells[h]!)]));
      while (i < cells.length && text(i) && !isNextPart(text(i)) && !GOAL_SUB.test(text(i))) {
        const task = cells.slice(i, i + heads.length);
        if (task.length < heads.length || !money.every((n) => FUNDS_VALUE.test(compact(task[n]!.text)))) return null;
        rows.push(rowOf(task, 1));
        i += heads.length;
      }
    } else if (GOAL_SUB.test(text(i)) && !isNextPart(text(i + 1)) && !FUNDS_LEAD.test(text(i + 1))) {
      // 2.项目实施内容及过程概述 ⏎ text (or a blank): a row of text
      rows.push(rowOf([cells[i]!, cells[i + 1]!]));
      i += 2;
    } else break;
  }
  if (!sawFunds) return null;
  // The indicators: [绩效指标] 一级指标 ⏎ 二级指标 ⏎ 三级指标 ⏎ the columns after it, then the rows.
  const indicatorLead = INDICATOR_LEAD.test(text(i)) ? i++ : -1;
  if (!LEVEL_HEADS.every((re, n) => re.test(text(i + n)))) return null;
  const header: number[] = [i, i + 1, i + 2];
  i += 3;
  while (TRAILING_HEAD.test(text(i))) header.push(i++);
  const after = header.length - 3;
  const heads = header.map((h) => text(h));
  const weightAt = heads.findIndex((h) => SELF_EVALUATION_COLUMNS.weight.test(h)) - 3;
  const scoreAt = heads.findIndex((h) => SELF_EVALUATION_COLUMNS.score.test(h)) - 3;
  if (after < 2 || scoreAt < 0) return null;
  const pad = indicatorLead >= 0 ? 1 : 0;
  rows.push(rowOf([...(indicatorLead >= 0 ? [cells[indicatorLead]!] : []), ...header.map((h) => cells[h]!)]));
  let indicators = 0;
  /** The sum of the indicators' 分值 (null once one is blank): with the funds', the 总分's points. */
  let weights: number | null = 0;
  while (i < cells.length && !TOTAL.test(text(i)) && !GRADE.test(text(i))) {
    const l1 = LEVEL1_WORD.test(text(i)) ? i++ : -1;
    const l2 = LEVEL2_WORD.test(text(i)) && !LEVEL1_WORD.test(text(i)) ? i++ : -1;
    const name = i;
    const rest = cells.slice(name + 1, name + 1 + after);
    // (a level word or a figure as the name, or a level word in a later cell: the row has lost a cell, nothing is set back)
    if (!text(name) || rest.length < after || FUNDS_VALUE.test(text(name)) || TARGET_LIKE.test(text(name)) || rest.some((c) => isLevel(compact(c.text)))) return null;
    const scoreFits = (n: number) => n < 0 || !compact(rest[n]!.text) || scoreOf(rest[n]!.text) !== null;
    if (!scoreFits(weightAt) || !scoreFits(scoreAt)) return null;
    const w = weightAt >= 0 ? scoreOf(rest[weightAt]!.text) : null;
    weights = weights !== null && w !== null ? weights + w : null;
    const blank = (n: number): LineCell => ({ text: '', no: cells[n < 0 ? name : n]!.no });
    rows.push(rowOf([l1 >= 0 ? cells[l1]! : blank(l1), l2 >= 0 ? cells[l2]! : blank(l2), cells[name]!, ...rest], pad));
    i = name + 1 + after;
    indicators++;
  }
  if (indicators === 0) return null;
  // 总分 ⏎ 100 ⏎ 97 ⏎ 自评等级 ⏎ 优: the 总分 row's numbers, the grade after its label.
  if (TOTAL.test(text(i))) {
    const lead = i++;
    const nums: LineCell[] = [];
    while (i < cells.length && (scoreOf(cells[i]!.text) !== null || (!text(i) && nums.length < 2 && scoreOf(cells[i + 1]?.text) !== null))) {
      if (text(i)) nums.push(cells[i]!);
      i++;
    }
    // (the points of the indicators and the funds add up to the 总分's first figure: else a cell was lost and another one
    // made up for it, the rows read one cell off)
    const points = nums.length >= 2 ? scoreOf(nums[0]!.text) : null;
    if (points !== null && weights !== null && weightAt >= 0 && Math.abs(weights + (fundsWeight ?? 0) - points) > 0.01 && Math.abs(weights - points) > 0.01) return null;
    rows.push(rowOf([cells[lead]!, ...nums]));
  }
  if (GRADE.test(text(i)) && text(i + 1)) {
    rows.push(rowOf([cells[i]!, cells[i + 1]!]));
    i += 2;
  }
  return { rows, next: i };
}

/** The funds block from its lead: the header row and the rows of 年度资金总额 / 其中：… / 其他资金, else null. */
function readFunds(cells: readonly LineCell[], from: number, text: (i: number) => string): { rows: Row[]; next: number; weight: number | null } | null {
  const rows: Row[] = [];
  const lead = from;
  let i = from + 1;
  // (a blank over the row labels, or their header 年度预算数(万元))
  const labelHead: LineCell = text(i) === '' || (FUNDS_LABEL_HEAD.test(text(i)) && !isFundsHead(text(i))) ? cells[i++]! : { text: '', no: cells[lead]!.no };
  const heads: number[] = [];
  while (i < cells.length && isFundsHead(text(i))) heads.push(i++);
  if (heads.length < 3 || !heads.some((h) => FUNDS_COLUMNS.executed.test(text(h)))) return null;
  const note = FUNDS_NOTE.test(text(i)) ? i++ : -1;
  const k = heads.length;
  rows.push(rowOf([cells[lead]!, labelHead, ...heads.map((h) => cells[h]!), ...(note >= 0 ? [cells[note]!] : [])]));
  let whole = false;
  const weightAt = heads.findIndex((h) => FUNDS_COLUMNS.weight.test(text(h)));
  let weight: number | null = null;
  while (isFundsRowLabel(text(i))) {
    if (i + k >= cells.length) return null;
    const values = cells.slice(i + 1, i + 1 + k);
    if (!values.every((c) => FUNDS_VALUE.test(compact(c.text)))) return null;
    if (!whole && FUNDS_WHOLE.test(text(i))) {
      whole = true;
      if (weightAt >= 0) weight = scoreOf(values[weightAt]!.text);
    }
    const label = i;
    i += k + 1;
    // The note's cell, in this row (merged down: in the first row only): any text that is no next row's label.
    const withNote = note >= 0 && i < cells.length && !isFundsRowLabel(text(i)) && !isNextPart(text(i)) && !GOAL_SUB.test(text(i));
    rows.push(rowOf([cells[label]!, ...values, ...(withNote ? [cells[i++]!] : [])], 1));
  }
  return whole ? { rows, next: i, weight } : null;
}

/** The first cell of the part after the funds: the goal, or the indicators. */
function isNextPart(t: string): boolean {
  return GOAL_LEAD.test(t) || INDICATOR_LEAD.test(t) || LEVEL_HEADS[0].test(t);
}

/** A funds row's label: the whole (FUNDS_WHOLE) or a part (FUNDS_PART, self-evaluation.ts's); short (a note that names 其他资金 in its text is none). */
function isFundsRowLabel(t: string): boolean {
  return t.length <= 20 && (FUNDS_WHOLE.test(t) || FUNDS_PART.test(t));
}

function isLevel(t: string): boolean {
  return LEVEL1_WORD.test(t) || LEVEL_LIKE.test(t);
}

function isFundsHead(t: string): boolean {
  return Object.values(FUNDS_COLUMNS).some((re) => re.test(t));
}

/** The first cell of a form (项目名称), and how many cells one form may have (a bound on the cells looked at from a start). */
const FORM_START = /^(项目名称|部门[（(]单位[)）]名称|部门名称|单位名称)[:：]?$/;
const MAX_CELLS = 800;

/** Whether a cell starts with a first character of FORM_START or FUNDS_LEAD: the pre-check of a block's first cell. */
function startsAForm(t: string): boolean {
  const c = t.charCodeAt(0);
  // 项 部 单 预 资 年
  return c === 0x9879 || c === 0x90e8 || c === 0x5355 || c === 0x9884 || c === 0x8d44 || c === 0x5e74;
}
/** How many lines after a form's first cell its funds header's 执行数 may stand (四川 prints the goal before the funds). */
const EXECUTED_WITHIN = 40;

/**
 * Whether a 执行数 header (全年执行数 · 预算执行数 · 实际支出, a one-line cell, a closing pipe aside) stands within
 * EXECUTED_WITHIN lines of `from`: the pre-check of a form's start, which no 绩效目标表 passes (its 项目名称 tables are left
 * at once, no cells gathered).
 */
function executedNear(lines: readonly Line[], from: number): boolean {
  for (let n = from; n < lines.length && n < from + EXECUTED_WITHIN; n++) {
    const t = lines[n]!.text;
    if (t.length > 16 || (!t.includes('执行数') && !t.includes('实际支出'))) continue;
    if (FUNDS_COLUMNS.executed.test(withoutNote(compact(t.replace(/\|/g, ''))))) return true;
  }
  return false;
}

/**
 * In each 绩效 section, a 自评表 printed one cell per line (one-line paragraphs from its 项目名称 or 项目资金 cell on) is
 * replaced by the table its cells make, in the section's blocks and in the document's (so that no later stage reports its
 * figures as UNREAD_NUMBERS). `lines` are the document's lines (index = line number − 1): the blank ones are the empty cells.
 * A block is looked at only when its first cell is a form's first (by its first character, then its words) and a 执行数
 * header stands in the lines below it (executedNear): a plain 绩效目标表 pays a comparison per block.
 */
export function joinCellLineForms(sections: readonly SectionNode[], blocks: Block[], lines: readonly Line[]): void {
  for (const s of sections) {
    if (s.kind !== 'performance') continue;
    for (let b = 0; b < s.blocks.length; b++) {
      const first = firstCell(s.blocks[b]!);
      if (first === null) continue;
      if (!(FORM_START.test(compact(first.text)) || FUNDS_LEAD.test(compact(first.text))) || !executedNear(lines, first.line)) continue;
      // The cells: from here on, each line a cell — a one-line paragraph (a lone pipe's empty one is an empty cell), a
      // one-line cell of a table the layout made of them, or a blank line (an empty cell).
      const byLine = new Map<number, string>();
      let k = b;
      for (; k < s.blocks.length && byLine.size < MAX_CELLS; k++) {
        const q = s.blocks[k]!;
        if (q.kind === 'paragraph') {
          if (q.pieces || q.text.includes('\n')) break;
          byLine.set(q.line, q.text);
        } else {
          // (a table whose row holds two cells of one line, a pipe table, is no table of line cells: the cells end there)
          if (!q.rows.every((r) => r.cells.every((c, i) => c.startLine === c.endLine && !byLine.has(c.startLine) && !c.text.includes('\n') && (i === 0 || c.startLine !== r.cells[i - 1]!.startLine)))) break;
          for (const r of q.rows) for (const c of r.cells) byLine.set(c.startLine, c.text);
        }
      }
      const cells: LineCell[] = [];
      for (let n = first.line; n <= lines.length && cells.length < MAX_CELLS; n++) {
        const t = byLine.get(n);
        if (t !== undefined) cells.push({ text: t, no: n });
        else if (lines[n - 1]!.blank) cells.push({ text: '', no: n });
        else break;
      }
      const form = readCellLineForm(cells, 0);
      if (!form) continue;
      const lastLine = cells[form.next - 1]!.no;
      // The blocks the form covers (a block that runs on past its last cell: nothing is replaced).
      let end = b;
      while (end < s.blocks.length && blockStart(s.blocks[end]!) <= lastLine) end++;
      // (a table the layout made of the cells that runs on past the form's last cell: its later cells are one-line paragraphs again)
      const after: Paragraph[] = [];
      for (const q of s.blocks.slice(b, end)) {
        if (q.kind === 'table' && q.endLine > lastLine) for (const r of q.rows) for (const c of r.cells) if (c.startLine > lastLine && c.text) after.push({ kind: 'paragraph', text: c.text, line: c.startLine });
      }
      const table: Table = { kind: 'table', rows: form.rows, startLine: first.line, endLine: lastLine };
      const replaced = s.blocks.splice(b, end - b, table, ...after);
      const at = blocks.indexOf(replaced[0]!);
      if (at >= 0) {
        const gone = new Set(replaced);
        let n = at;
        while (n < blocks.length && gone.has(blocks[n]!)) n++;
        blocks.splice(at, n - at, table, ...after);
      }
    }
  }
}

function blockStart(b: Block): number {
  return b.kind === 'table' ? b.startLine : b.line;
}

/**
 * The text and line of a block's first cell when it may start a form (≤ 20 characters, startsAForm): a one-line paragraph,
 * or the first cell of a table; else null (tested in that order: a long paragraph is passed over by its length).
 */
function firstCell(b: Block): { text: string; line: number } | null {
  if (b.kind === 'paragraph') return b.text.length > 20 || b.pieces || !startsAForm(b.text.trimStart()) || b.text.includes('\n') ? null : { text: b.text, line: b.line };
  // (a pipe table's first row, its cells on one line, starts no form of line cells: no cells are gathered after it)
  const c = b.rows[0]?.cells[0];
  const next = b.rows[0]?.cells[1];
  return c && c.text.length <= 20 && c.startLine === c.endLine && (!next || next.startLine !== c.startLine) && startsAForm(c.text.trimStart()) ? { text: c.text, line: c.startLine } : null;
}
