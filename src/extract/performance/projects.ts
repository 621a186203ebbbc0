import type { Row, Table } from '../../blocks/index.js';
import { rowLabels } from '../../blocks/row-labels.js';
import type { Diagnostics } from '../../diagnostics.js';
import { firstUnit, toMoney, unitFromHeader } from '../../normalize/money.js';
import { normalizeDigits } from '../../normalize/text.js';
import type { Money, MoneyUnit, Project } from '../../schema/index.js';
import { parseNumbering } from '../../sections/numbering.js';
import { compact } from '../context.js';
import { indicatorColumns, isIndicatorHeaderOf, readIndicators } from './indicators.js';
import { FUNDS_LEAD, isFundsHeader } from './self-evaluation.js';

/** A project table under construction: its heading and the tables that follow it. */
export interface ProjectDraft {
  title: string | null;
  line: number;
  tables: Table[];
  /** The short line right over a table of the project (长期绩效指标 · 年度绩效指标), where there is one. */
  captions?: Map<Table, string>;
  /** The unit of the last unit line over the projects when the project's first table was met (单位：万元 above project 1). */
  unit?: MoneyUnit | null;
}

/**
 * An indicator table of the long term (长期绩效指标, beside the 年度绩效指标 of 湖南's 项目绩效目标表): its targets are
 * no targets of the year. Told by the line over its table, a one-cell row above its header, or its header's first cell.
 */
// (a caption is a label: "长期目标：到2027年实现…", a goal's text in a one-cell row, captions nothing)
const LONG_TERM = /^长期(?:绩效)?(?:目标|指标)[^:：，,。；;\d]{0,6}$/;

/** A 项目名称 cell that starts with the project's code (四川: 51000021R000000019951-工资性支出). */
const CODE_BEFORE_NAME = /^(\d{6,}[A-Z]\d{6,})\s*[-－—–]\s*(\S.{0,200})$/;
const NONE_CODE = /^[-—–―－]+$|^无$/;
/** A 其他资金 cell that states none (a dash, a slash, 无): 0, where an empty cell is unknown. */
const NONE_FIGURE = /^(?:[-—–―－]+|[/／]|无)$/;
/** The projects whose 其他资金 cell is a dash: their other funds are 0 (SUM_PROJECT_FUNDS compares 财政资金 with the 预算数). */
const noOtherFunds = new WeakSet<Project>();
/** Whether the project's 其他资金 cell states none (a dash, / or 无; the field stays null: no figure is printed). */
export function statesNoOtherFunds(p: Project): boolean {
  return noOtherFunds.has(p);
}
/** The 其他资金 figure of a cell, and whether a dash, / or 无 there states none. */
function otherFunds(p: Project, row: Row, i: number, unit: MoneyUnit): Money | null {
  const m = money(row, i, unit);
  if (!m && NONE_FIGURE.test((row.cells[i]?.text ?? '').trim())) noOtherFunds.add(p);
  return m;
}
/** The labels of the cells before a project's code and name. */
const CODE_LABEL = '项目编码';
const NAME_LABEL = '项目名称';
/** The label of a funds row's total in its second cell: 项目资金 | 年度资金总额 | 733.79. */
const FUNDS_TOTAL_LABEL = /^(年度)?资金总额$/;

/** The words that end a project table's heading after its name. */
const TITLE_ENDS: readonly string[] = ['绩效目标表', '绩效自评表'];

/** The name a heading gives: "1、妇联工作经费绩效目标表" → "妇联工作经费". */
export function nameFromTitle(title: string | null): string | null {
  if (!title) return null;
  const body = compact(parseNumbering(title)?.rest ?? title);
  // (TITLE_ENDS are the words /绩效(目标|自评)表$/ cut off: a comparison of the end, no expression)
  for (const end of TITLE_ENDS) if (body.endsWith(end)) return generic(body.slice(0, -end.length));
  return body || null;
}

/**
 * A heading that names the form, not a project: 项目支出绩效自评表 · 示例县水务局2024年项目支出绩效目标表 (what is left
 * is 项目支出, after at most the department and its year). (A 部门整体支出绩效自评表 keeps the name 部门整体支出: what it evaluates.)
 */
const FORM_ONLY = /^(?:.{0,30}?\d{4}年度?)?项目支出$/;
const generic = (name: string): string | null => (name && !FORM_ONLY.test(name) ? name : null);

function money(row: Row, i: number, unit: MoneyUnit): Money | null {
  const c = row.cells[i];
  if (!c) return null;
  return toMoney(c.text, c.startLine, unit);
}

/**
 * 项目资金（万元） | 年度资金总额 | 733.79: a funds row whose first cell names its unit and whose only
 * figure follows 年度资金总额. Not a 绩效自评表's funds block, where 年度资金总额 heads a row of
 * 年初预算数 / 全年预算数 / 全年执行数 (its unit stands in the merged cell above: read by self-evaluation.ts).
 */
function fundsTotalRow(row: Row, labels: readonly string[], unitStated: boolean): boolean {
  if (!FUNDS_TOTAL_LABEL.test(labels[1] ?? '') || nonEmpty(labels) !== 3) return false;
  // (项目资金 | 年度资金总额 | 60.00 with its unit in a 单位 row or on a line above the table: its figure was dropped without a word)
  return unitFromHeader(row.cells[0]?.text ?? '') !== null || (unitStated && FUNDS_LEAD_BARE.test(labels[0] ?? ''));
}

/** The lead of a funds row that states no unit of its own (项目资金 · 资金情况): its unit is the table's. */
const FUNDS_LEAD_BARE = /^(?:项目)?资金(?:情况)?$/;

/** A first cell that opens a bracket it does not close (项目资金（万), and the short piece that closes it (元）). */
const OPEN_BRACKET = /[（(][^）)]*$/;
const CLOSING_PIECE = /^[^（()）]{1,4}[）)]$/;

/**
 * A merged first cell whose label wraps in a PDF grid puts its second line in the row below:
 * 项目资金（万 | 年度资金总额 | 629.73, then 元） | 其中：财政拨款 | 510.57. The piece is joined back to
 * the label (项目资金（万元）) and its own cell left empty, as a merged cell reads. Rows are replaced
 * by changed copies, in the project's own row list; the tables keep theirs. Only the rows above
 * the indicator header are looked at.
 */
function joinWrappedLabels(rows: Row[]): void {
  for (let r = 0; r + 1 < rows.length; r++) {
    const a = rows[r]!.cells[0];
    if (a?.text.includes('一级')) return;
    if (!a || !(a.text.includes('（') || a.text.includes('(')) || !OPEN_BRACKET.test(a.text)) continue;
    const b = rows[r + 1]!.cells[0];
    const piece = b ? compact(b.text) : '';
    if (!b || !CLOSING_PIECE.test(piece)) continue;
    rows[r] = { ...rows[r]!, cells: [{ ...a, text: `${a.text.trimEnd()}${piece}`, endLine: b.endLine }, ...rows[r]!.cells.slice(1)] };
    rows[r + 1] = { ...rows[r + 1]!, cells: [{ ...b, text: '' }, ...rows[r + 1]!.cells.slice(1)] };
  }
}

/** A month label as most tables write it (3月底 · 12月): read without normalizing its digits. */
const PLAIN_MONTH = /^(\d{1,2})月/;
const MONTH = /(\d{1,2})月/;

/**
 * The months a 支出计划 row names after its label (1月 … 12月), in order. A label that starts with its
 * ASCII month is read as it stands (normalizeDigits would leave it so); any other goes through it.
 */
function monthsOf(labels: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < labels.length; i++) {
    const l = labels[i]!;
    const m = Number((PLAIN_MONTH.exec(l) ?? MONTH.exec(normalizeDigits(l)))?.[1] ?? NaN);
    if (m >= 1 && m <= 12) out.push(m);
  }
  return out;
}

/** A percentage of a 支出计划 row in ASCII digits (30% · 12.5): what normalizeDigits leaves as it is. */
const PLAIN_PERCENT = /^\d+(\.\d+)?%?$/;
const PERCENT = /^\d+(\.\d+)?$/;

/** The percentage a 支出计划 cell holds (its % cut off), else null. */
function percentOf(label: string): number | null {
  if (PLAIN_PERCENT.test(label)) return Number(label.endsWith('%') ? label.slice(0, -1) : label);
  const t = normalizeDigits(label).replace(/%$/, '');
  return PERCENT.test(t) ? Number(t) : null;
}

/** How many labels are not empty. */
function nonEmpty(labels: readonly string[]): number {
  let n = 0;
  for (const l of labels) if (l) n++;
  return n;
}

/** Whether some label holds `word` (what a search of the joined labels answers, without joining them). */
function someIncludes(labels: readonly string[], word: string): boolean {
  for (const l of labels) if (l.includes(word)) return true;
  return false;
}

/** Whether a cell after the row's label holds a digit or nothing: the percentages under a 支出计划 header. */
function hasFigureOrBlank(labels: readonly string[]): boolean {
  for (let i = 1; i < labels.length; i++) if (labels[i] === '' || /\d/.test(labels[i]!)) return true;
  return false;
}

/** The index of the cell after the first label `re` matches, else -1 (a loop: no closure per call). */
function afterLabel(labels: readonly string[], re: RegExp): number {
  for (let i = 0; i < labels.length; i++) if (re.test(labels[i]!)) return i + 1;
  return -1;
}

/** Whether a label is 项目编码 or 项目名称. */
function hasIdLabel(labels: readonly string[]): boolean {
  for (const l of labels) if (l === CODE_LABEL || l === NAME_LABEL) return true;
  return false;
}

/** The first label of a funds row (项目资金 · 预算规模及资金用途 · 年度资金总额 …), and a label that opens its 预算数 cell. */
const FUNDS_FIRST = /预算规模|资金总额|预算数/;
const BUDGET_LABEL = '预算数';
/** The sub-label of the whole in a funds row (资金总额及构成 | 总额 | 85.00万元). */
const WHOLE_LABEL = /^(?:总额|合计|小计)[:：]?$/;
/** The label of the other funds: 其他资金 · a bare 其他 (资金总额及构成 | 其他 | 5.00万元). */
const OTHER_FUNDS = /其他资金|^其他[:：]?$/;
/** The first label of a goals row; the label of a numbered goal's cell (| 目标1 | text). */
const GOAL_LABEL = /^(年度)?绩效目标|^(年度)?总体目标/;
const NUMBERED_GOAL = /^目标\d+$/;
/** The 预算金额 columns of the tasks of a 部门整体支出绩效目标表, and the row of their sum. */
const TASKS_WHOLE = '总额';
const TASKS_FISCAL = /^财政(?:拨款|资金)/;
const TASKS_TOTAL = /^(?:金额|资金)?合计$/;
/** The header of the year's goal beside the 长期目标 (a 绩效自评表's: beside its 实际完成情况). */
const YEAR_GOAL = /^(?:年度目标|预期目标)$/;
/**
 * 四川's | 项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况 |: the row below holds the goal and what was done,
 * its merged cells printed or not (| | goal | done | · | goal | done |): the first text is the goal.
 */
const BASIC_INFO = '项目基本情况';
const BASIC_GOAL_HEADER = /^\d[.．、]项目年度目标完成情况$/;
const BASIC_GOAL_WORD = /^(?:项目年度目标|年度目标完成情况)$|^\d[.．、]项目年度目标完成情况$/;
/** The words of a goals header row (项目绩效目标 | 长期目标 | 年度目标 · 年度总体目标 | 预期目标 | 实际完成情况): a row with any other text is none. */
const GOAL_HEADER_WORD = /^(?:长期|中期|年度|预期|总体)?目标$|^实际完成(?:情况)?$/;
/** A goal row's sub-label before the year's goal (| 绩效目标 | 年度目标 | text |): no goal itself. */
const YEAR_GOAL_LABEL = /^(?:年度|预期)目标[:：]?$/;
/** A goal row's sub-label of another goal than the year's (| | 中期目标 | text | · 实际完成情况): the text after it is no goal. */
const OTHER_GOAL_LABEL = /^(?:长期|中期)目标[:：]?$|^实际完成(?:情况)?[:：]?$/;
/** A goal cell that says what was done (实际完成情况：…), and the 预期目标： before the goal in a 绩效自评表's cell. */
const ACTUAL_DONE = /^实际完成(?:情况)?[:：]/;
const EXPECTED_PREFIX = /^预期目标[:：]\s*/;

/**
 * A funds row: its first label names the funds, a label starts with 预算数, or it is a 年度资金总额
 * row (fundsTotalRow). Only a label that starts with 预 is asked whether it starts with 预算数.
 */
function isFundsRow(row: Row, labels: readonly string[], first: string, unitStated = false): boolean {
  if (FUNDS_FIRST.test(first)) return true;
  const lead = BUDGET_LABEL.charCodeAt(0);
  for (const l of labels) if (l.charCodeAt(0) === lead && l.startsWith(BUDGET_LABEL)) return true;
  return fundsTotalRow(row, labels, unitStated);
}

/**
 * The goals a cell's text lists, one a line, their numbering (1. · 目标1：) cut off, pushed onto `out`.
 * Line by line with indexOf, so that a row's cells need no joined copy to be split.
 */
function pushGoals(out: string[], text: string): void {
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const s = text.slice(start, end).trim();
    start = end + 1;
    if (!s) continue;
    const goal = (parseNumbering(s)?.rest ?? s.replace(/^目标\s*\d+\s*[:：]?/, '')).trim();
    if (goal) out.push(goal);
  }
}

/**
 * One project table, in the compact layout (绩效目标 row, then six indicator columns) or
 * the full layout (unit row, 项目编码 / 项目名称, 预算数 / 财政资金 / 其他资金, purpose,
 * 资金支出计划, 绩效目标 目标1 …, indicators). Rows are told apart by their labels.
 */
export function readProject(
  draft: ProjectDraft,
  year: number | null,
  cutAtEnd: boolean,
  diagnostics: Diagnostics,
  /** The unit a line just above the project's first table states (单位：万元), or null. */
  unitAbove: MoneyUnit | null = null,
): Project {
  const p: Project = {
    title: draft.title,
    name: null,
    code: null,
    unitName: null,
    amountUnit: null,
    budget: { total: null, fiscal: null, other: null },
    purpose: null,
    schedule: [],
    goals: [],
    indicators: [],
    truncated: false,
    line: draft.line,
  };
  const rows: Row[] = [];
  /** The caption of the table that starts at a row (by the row's index). */
  const captionAt = new Map<number, string>();
  for (const t of draft.tables) {
    const caption = draft.captions?.get(t);
    if (caption !== undefined) captionAt.set(rows.length, caption);
    for (const row of t.rows) rows.push(row);
  }
  joinWrappedLabels(rows);
  const fill = { level1: null as string | null, level2: null as string | null };
  // The unit of the funds: a 单位 row of the tables, else the line above them (single: 元, as before, when neither states one).
  let unit: MoneyUnit = unitAbove ?? '元';
  let unitStated = unitAbove !== null;
  let expect: 'purpose' | 'schedule' | 'yearGoal' | null = null;
  /** The column of 年度目标 in a 项目绩效目标 | 长期目标 | 年度目标 row: the year's goal stands under it. */
  let yearGoalAt = -1;
  /** yearGoalAt for 四川's 项目基本情况 row: the goal is the first text of the row below. */
  const FIRST_TEXT = -2;
  /** The columns of a 部门整体支出绩效目标表's 预算金额 (总额 · 财政拨款 · 其他资金) and their unit, while its tasks are read. */
  let tasks: { total: number; fiscal: number; other: number; unit: MoneyUnit | null } | null = null;
  let months: number[] = [];
  let sawHeader = false;
  /** The unit of the funds block just read (its rows below may hold 财政拨款 / 其他资金), else null. */
  let fundsUnit: MoneyUnit | null = null;
  /** Inside a 绩效自评表's funds block (after its 全年执行数 header), whose rows are no budget of the project. */
  let selfEvalFunds = false;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    // The row's labels are built once and shared with the indicator header's reading and the 绩效自评表's.
    // Each row kind is told by a precise test on the labels (a comparison, a first character) that
    // needs no search of the long texts (goals, purpose) a row may hold where the old search was only
    // a pre-check of that test (tests/performance-prechecks.test.ts).
    const labels = rowLabels(row).list;
    const first = labels[0] ?? '';
    if (isIndicatorHeaderOf(row, labels)) {
      sawHeader = true;
      const unread = (name: string, line: number, why?: string) => diagnostics.warn('UNREAD_INDICATOR', `project ${p.name ?? p.title ?? ''}: the indicator row "${name}" ${why ?? "stands after the table's 合计 / 总分 row"} and is not read as an indicator`, line);
      // Each indicator header opens a block, up to the next header (a header repeated over a page break, or the
      // 年度绩效指标 after the 长期绩效指标): the header row is no indicator, and a long-term block gives none.
      for (let at = r; at >= 0; ) {
        const { columns, usedSub } = indicatorColumns(rows[at]!, rows[at + 1]);
        const end = { next: -1 };
        const read = readIndicators(rows, columns, year, fill, unread, at + 1 + (usedSub ? 1 : 0), end);
        const above = at > 0 ? rowLabels(rows[at - 1]!).list.filter((l) => l) : [];
        const caption = captionAt.get(at) ?? (above.length === 1 ? above[0]! : rowLabels(rows[at]!).list[0] ?? '');
        if (LONG_TERM.test(caption)) {
          for (const i of read) diagnostics.warn('UNREAD_INDICATOR', `project ${p.name ?? p.title ?? ''}: the indicator "${i.name ?? ''}" (${i.target.raw}) is a long-term one (${caption}), no target of the year: not read as an indicator`, i.line);
        } else if (p.indicators.length === 0) p.indicators = read;
        else p.indicators.push(...read);
        at = end.next;
        fill.level1 = null;
        fill.level2 = null;
      }
      break;
    }
    if (expect === 'schedule') {
      expect = null;
      if (!first && hasFigureOrBlank(labels)) {
        for (let i = 0; i < months.length; i++) {
          const cell = row.cells[i + 1];
          p.schedule.push({ month: months[i]!, percent: percentOf(labels[i + 1] ?? ''), line: cell?.startLine ?? row.startLine });
        }
        continue;
      }
    }
    if (expect === 'yearGoal') {
      expect = null;
      // (四川: the first text of the row, whatever its column)
      const text = yearGoalAt === FIRST_TEXT ? labels.findIndex((l) => l) : -1;
      if (text >= 0 && nonEmpty(labels) <= 2 && !isFundsRow(row, labels, first, unitStated) && !FUNDS_LEAD.test(first) && !/^\d[.．、]项目/.test(labels[text]!)) {
        pushGoals(p.goals, row.cells[text]!.text);
        continue;
      }
      if (!first && labels[yearGoalAt]) {
        pushGoals(p.goals, row.cells[yearGoalAt]!.text);
        continue;
      }
    }
    if (expect === 'purpose') {
      expect = null;
      if (!first && nonEmpty(labels) === 1) {
        p.purpose = row.cells.find((c) => c.text.trim())!.text.trim();
        continue;
      }
    }
    // 单位 anywhere and a unit in some label (单位：万元 · （万元）): the unit row, unless it names the project or its 预算数.
    const unitHere = someIncludes(labels, '单位') ? firstUnit(labels) : null;
    if (unitHere && !someIncludes(labels, CODE_LABEL) && !someIncludes(labels, NAME_LABEL) && !someIncludes(labels, BUDGET_LABEL)) {
      unit = unitHere;
      unitStated = true;
      p.amountUnit = unitHere;
      const owner = labels.find((l) => l && !unitFromHeader(l));
      if (owner) p.unitName = owner;
      continue;
    }
    if (hasIdLabel(labels)) {
      const ci = labels.indexOf(CODE_LABEL) + 1;
      const ni = labels.indexOf(NAME_LABEL) + 1;
      const code = ci > 0 ? labels[ci] ?? '' : '';
      if (ci > 0 && code && !NONE_CODE.test(code) && code !== NAME_LABEL) p.code = code;
      if (ni > 0 && labels[ni]) p.name = row.cells[ni]!.text.replace(/\s*\n\s*/g, '').trim();
      // 51000024T000001234567-乡村文化活动经费 (四川): the project's code before its name.
      const coded = p.name ? CODE_BEFORE_NAME.exec(p.name) : null;
      if (coded) {
        p.code ??= coded[1]!;
        p.name = coded[2]!;
      }
      continue;
    }
    // A 绩效自评表's funds header (| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | …): its rows (年度资金总额 …) are the
    // self-evaluation's (self-evaluation.ts), never the project's budget (read here, 年初预算数 200.00 was a budget of 200 元).
    if (isFundsHeader(labels)) {
      selfEvalFunds = true;
      continue;
    }
    if (selfEvalFunds && (FUNDS_FIRST.test(first) || !first)) continue;
    selfEvalFunds = false;
    if (isFundsRow(row, labels, first, unitStated)) {
      // 项目资金（万元） | 年度资金总额 | 733.79 · 项目资金 | 预算数（元） | 600000.00: a unit in any label of the row's own
      // wins over the table's (a 单位 row, the line above the table).
      fundsUnit = firstUnit(labels) ?? unit;
      let ti = afterLabel(labels, /^预算数|^资金总额|^年度资金总额/);
      // 资金总额及构成 | 总额 | 85.00万元 · 年度资金总额（万元） | 预算数 | 1000.00: the figure stands after the sub-label of the whole.
      if (ti > 0 && (WHOLE_LABEL.test(labels[ti] ?? '') || labels[ti] === BUDGET_LABEL)) ti++;
      // 项目资金 | 年度资金总额 | | 60.00: a blank cell before the figure (its 60.00 was lost without a word).
      while (ti > 0 && ti < labels.length - 1 && !labels[ti]) ti++;
      const fi = afterLabel(labels, /财政资金|财政拨款/);
      const oi = afterLabel(labels, OTHER_FUNDS);
      if (ti > 0) p.budget.total = money(row, ti, fundsUnit);
      if (fi > 0) p.budget.fiscal = money(row, fi, fundsUnit);
      if (oi > 0) p.budget.other = otherFunds(p, row, oi, fundsUnit);
      expect = 'purpose';
      continue;
    }
    // 项目资金 | 年度资金总额 | 60.00 where neither the row, a 单位 row nor a line above states a unit: not read in 元 by guess,
    // reported (its figure was dropped without a word).
    if (FUNDS_LEAD_BARE.test(first) && FUNDS_TOTAL_LABEL.test(labels[1] ?? '') && nonEmpty(labels) === 3) {
      const at = labels.findIndex((l, i) => i > 1 && /\d/.test(l));
      if (at > 0) {
        diagnostics.warn('TABLE_NO_UNIT', `project ${p.name ?? p.title ?? ''}: the funds row "${first} ${labels[1]} ${labels[at]}" states no unit, nor does the table or a line above it: the figure is kept null`, row.cells[at]!.startLine);
        continue;
      }
    }
    // The rows below it with an empty first cell: | 其中：财政拨款 | 379.13 · | 其他资金 | 354.66.
    if (fundsUnit && !first && (someIncludes(labels, '财政') || someIncludes(labels, '其他'))) {
      const fi = afterLabel(labels, /财政资金|财政拨款/);
      const oi = afterLabel(labels, OTHER_FUNDS);
      const u = firstUnit(labels) ?? fundsUnit;
      if (fi > 0 && !p.budget.fiscal) p.budget.fiscal = money(row, fi, u);
      if (oi > 0 && !p.budget.other) p.budget.other = otherFunds(p, row, oi, u);
      if (fi > 0 || oi > 0) continue;
    }
    if (first) fundsUnit = null;
    if (labels[1] && (first.includes('资金用途') || first.includes('项目概况') || first.includes('项目内容'))) {
      p.purpose = row.cells[1]!.text.trim();
      continue;
    }
    if (first.includes('支出计划') || first.includes('支出进度')) {
      months = monthsOf(labels);
      expect = 'schedule';
      continue;
    }
    // 部门整体支出绩效目标表: | 总额 | 财政拨款 | 其他资金 under 预算金额（万元）, the tasks' rows, then 金额合计: the
    // 合计 is the budget; a task's figures fit no field (UNPLACED_FIGURE, never dropped).
    // (the merged 年度主要任务 label may be printed in any of its rows' first cell: such a row is the tasks' as an empty one)
    const taskRow = !first || /任务/.test(first);
    if (taskRow && labels.includes(TASKS_WHOLE) && labels.some((l) => TASKS_FISCAL.test(l))) {
      tasks = { total: labels.indexOf(TASKS_WHOLE), fiscal: labels.findIndex((l) => TASKS_FISCAL.test(l)), other: labels.findIndex((l) => OTHER_FUNDS.test(l)), unit: firstUnit(labels) ?? (r > 0 ? firstUnit(rowLabels(rows[r - 1]!).list) : null) };
      continue;
    }
    if (tasks) {
      const cols = [tasks.total, tasks.fiscal, tasks.other];
      if (TASKS_TOTAL.test(first)) {
        const u = tasks.unit;
        if (u) {
          // The funds row's figures (年度资金总额 …) stand: the tasks' 合计 is the budget only when the form stated none,
          // else each of its figures is reported (the tasks may not cover the whole budget).
          const keys = ['total', 'fiscal', 'other'] as const;
          const stated = keys.find((k) => p.budget[k]);
          cols.forEach((i, k) => {
            const m = i >= 0 ? money(row, i, u) : null;
            if (!m) return;
            if (!stated) p.budget[keys[k]!] = m;
            else diagnostics.warn('UNPLACED_FIGURE', `绩效: the figure "${first} ${labels[i]}" (the tasks' sum of ${p.name ?? p.title ?? ''}, whose ${stated} ${p.budget[stated]!.raw} stands) was found but fits no field of the output`, row.cells[i]!.startLine);
          });
        }
        else if (cols.some((i) => i >= 0 && /\d/.test(labels[i] ?? ''))) diagnostics.warn('TABLE_NO_UNIT', `project ${p.name ?? p.title ?? ''}: the 预算金额 of the tasks states no unit: the funds figures are kept null`, row.startLine);
        tasks = null;
        continue;
      }
      if (taskRow && cols.some((i) => i >= 0 && /\d/.test(labels[i] ?? ''))) {
        const task = labels.find((l, i) => i > 0 && l && !cols.includes(i)) ?? '';
        for (const i of cols) {
          if (i >= 0 && /\d/.test(labels[i] ?? '')) diagnostics.warn('UNPLACED_FIGURE', `绩效: the figure "${task} ${labels[i]}" (a task of ${p.name ?? p.title ?? ''}) was found but fits no field of the output`, row.cells[i]!.startLine);
        }
        continue;
      }
    }
    // 项目绩效目标 | 长期目标 | 年度目标, the texts in the row below (湖南's 项目绩效目标表): the 年度目标 is the goal.
    // (so 年度总体目标 | 预期目标 | 实际完成情况 of a 绩效自评表: the 预期目标 below is the goal, the header words are none)
    // (a row whose later cells hold text, | 绩效目标 | 年度目标 | 完成河道保洁120公里 |, is no header row: read below)
    if (first === BASIC_INFO && labels.some((l) => BASIC_GOAL_HEADER.test(l)) && labels.every((l, i) => i === 0 || !l || BASIC_GOAL_WORD.test(l))) {
      yearGoalAt = FIRST_TEXT;
      expect = 'yearGoal';
      continue;
    }
    const yearGoal = first.endsWith('目标') ? labels.findIndex((l) => YEAR_GOAL.test(l)) : -1;
    if (yearGoal > 0 && labels.every((l, i) => i === 0 || !l || GOAL_HEADER_WORD.test(l))) {
      yearGoalAt = yearGoal;
      expect = 'yearGoal';
      continue;
    }
    // 绩效目标 | text · 总体目标 | text · | 目标1 | text (the first character of the label picks the candidates).
    const goalNumbered = !first && NUMBERED_GOAL.test(labels[1] ?? '');
    if (goalNumbered || GOAL_LABEL.test(first)) {
      // 目标1 | text: the text cell; else every cell after the label (each split into its lines).
      if (goalNumbered || NUMBERED_GOAL.test(labels[1] ?? '')) pushGoals(p.goals, row.cells[2]?.text ?? '');
      else {
        // A 绩效自评表's 年度总体目标 | 预期 | 实际完成: only the first text is the goal (the later one says what was done).
        const selfEval = p.title !== null && p.title.includes('自评');
        for (let i = 1; i < row.cells.length; i++) {
          const label = labels[i] ?? '';
          if (!label || YEAR_GOAL_LABEL.test(label)) continue;
          if (OTHER_GOAL_LABEL.test(label)) {
            i++; // the text after 中期目标 / 实际完成情况 is no goal of the year
            continue;
          }
          const text = row.cells[i]!.text.trim();
          if (!text || ACTUAL_DONE.test(text)) continue;
          pushGoals(p.goals, text.replace(EXPECTED_PREFIX, ''));
          if (selfEval) break;
        }
      }
      continue;
    }
  }
  if (p.name === null) p.name = nameFromTitle(p.title);
  const lastRow = rows[rows.length - 1];
  // (a 绩效目标表 whose last indicator is a 满意度指标 one, the last 一级指标 of the form, ends there: a pipe table that ends the
  // file is whole; a 自评表 goes on with its 总分)
  const lastIndicator = p.indicators[p.indicators.length - 1];
  const whole = lastIndicator !== undefined && lastIndicator.category1 === 'satisfaction' && !('weight' in lastIndicator);
  if (cutAtEnd && !whole) {
    p.truncated = true;
    diagnostics.warn('TRUNCATED_TABLE', `the table of project ${p.name ?? p.title ?? ''} is cut off by the end of the file; kept with what it has`, lastRow?.startLine ?? p.line);
  } else if (!sawHeader) {
    diagnostics.warn('NO_INDICATORS', `project ${p.name ?? p.title ?? ''} has no indicator table`, p.line);
  }
  return p;
}
