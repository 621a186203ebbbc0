import type { Block, Table } from '../../blocks/index.js';
import { isLabel, mayLeadWith, neverSpace } from '../../blocks/row-labels.js';
import type { Money, MoneyUnit, Performance } from '../../schema/index.js';
import { unitFromHeader } from '../../normalize/money.js';
import { scanAmounts, warnUnplaced } from '../amounts.js';
import { compact, eachLine, paragraphs, type ExtractContext } from '../context.js';
import { OPERATOR_TARGET, UNIT_TARGET } from './categories.js';
import { extractGoals } from './goals.js';
import { indicatorColumns, isIndicatorHeader, readIndicators } from './indicators.js';
import { readProject, type ProjectDraft } from './projects.js';
import { readSelfEvaluation } from './self-evaluation.js';
import { parseNumbering } from '../../sections/numbering.js';

const PROJECT_HEADING = /绩效(目标|自评)表\s*([（(]\d{4}年度?[）)])?\s*$/;
/** The characters PROJECT_HEADING can end with (white space aside), as character codes. */
const PROJECT_HEADING_ENDS = [...'表）)'].map((c) => c.charCodeAt(0));
/** A heading that names no project: its name stands on the line above. */
const BARE_HEADING = '项目绩效目标表';
/** The label of a project table's 项目名称 / 项目编码 cell, and the first character both have. */
const PROJECT_ID_LABEL = /^项目(名称|编码)$/;
const PROJECT_ID_LEAD = '项'.charCodeAt(0);
const PROJECTS_PART = /第[二三]部分|预算项目绩效目标|资金绩效目标|项目支出绩效目标/;

/** A project table's heading: "1、妇联工作经费绩效目标表" · "项目绩效目标表（2026年度）" (short lines only). */
export function isProjectHeading(text: string): boolean {
  if (text.length > 80) return false;
  // Most paragraphs end with another character (。 · a word): the expression is not run on them.
  const last = text.charCodeAt(text.length - 1);
  if (neverSpace(last) && !PROJECT_HEADING_ENDS.includes(last)) return false;
  return PROJECT_HEADING.test(text);
}

/**
 * A project table names 项目名称 / 项目编码 in one of its first rows (never deep in an indicator table).
 * A cell whose first character rules the label out (not 项, never white space) is passed over at
 * once; the substring test on the others is the pre-check (the whole table's text is longer).
 */
export function hasProjectRows(t: Table): boolean {
  for (let i = 0; i < t.rows.length && i < 4; i++) {
    for (const c of t.rows[i]!.cells) if (mayLeadWith(c.text, PROJECT_ID_LEAD) && c.text.includes('项目') && PROJECT_ID_LABEL.test(compact(c.text))) return true;
  }
  return false;
}

/** A paragraph that may hold an amount (every amount holds one of these). */
const MAY_HOLD_MONEY = /[元万]/;
const isLoneTarget = (t: string): boolean => OPERATOR_TARGET.test(t) || UNIT_TARGET.test(t);
const NO_AMOUNTS: ReturnType<typeof scanAmounts> = [];
const NONE_PLACED: ReadonlySet<Money> = new Set();

/**
 * 绩效: the overall goal and itemized goals (text), the department-wide indicator table,
 * and one project per 绩效目标表, in document order.
 * A table that reaches `openEnd` (the last line of a file that ends without closing its
 * last table) was cut off.
 */
export function extractPerformance(blocks: readonly Block[], ctx: ExtractContext, openEnd: number): Performance {
  const { overallGoal, goals, kept } = extractGoals(paragraphs(blocks));
  const drafts: ProjectDraft[] = [];
  const departmentTables: Table[] = [];
  let current: ProjectDraft | null = null;
  let currentHasRows = false;
  let inProjects = false;
  /**
   * The unit of the last unit line (单位：万元) over the projects: it applies to the tables after it, project after project,
   * until another unit line or a heading of another kind (a numbered heading that heads no project, 第二部分 …).
   */
  let unitLine: MoneyUnit | null = null;
  let prevParagraph: string | null = null;
  let amounts: ReturnType<typeof scanAmounts>;
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      const unit = b.text.length <= 40 && b.text.includes('单位') ? unitFromHeader(b.text) : null;
      if (unit) unitLine = unit;
      else if (b.text.length <= 30 && !isProjectHeading(b.text) && (PROJECTS_PART.test(b.text) || parseNumbering(b.text))) unitLine = null;
      if (isProjectHeading(b.text)) {
        // Two headings in a row ("XX局2024年度项目支出绩效自评表" ⏎ "部门预算项目支出绩效自评表(2024年度)", a page's
        // title over the form's own): the first, unnumbered, heads no table of its own; the one nearer the table names the project.
        if (current && current.tables.length === 0 && current.title === prevParagraph && current === drafts[drafts.length - 1] && prevParagraph !== null && !parseNumbering(prevParagraph)) drafts.pop();
        // "村干部工资…" / "项目绩效目标表": the name stands on the line above.
        const bare = isLabel(b.text, BARE_HEADING);
        current = { title: bare && prevParagraph ? `${prevParagraph}${b.text}` : b.text, line: b.line, tables: [] };
        currentHasRows = false;
        drafts.push(current);
        inProjects = true;
      } else if (b.text.length <= 30 && PROJECTS_PART.test(b.text)) {
        inProjects = true;
        current = null;
      }
      // A figure in a paragraph that no goal keeps and that names no project ("…共涉及项目5个，资金120.50万元"):
      // nothing is dropped silently, it is reported.
      // (Its amounts are scanned once.)
      else if ((amounts = !kept.has(b) && MAY_HOLD_MONEY.test(b.text) ? scanAmounts(b) : NO_AMOUNTS).length > 0) warnUnplaced(ctx.diagnostics, '绩效', amounts, NONE_PLACED);
      // A paragraph that is a target alone (≥120个 · 不低于95% · ＞3.5万人, or a figure and its unit: 200个 · 1份 · 100% · 400条以上; the
      // 绩效 section's or a 绩效 form's, the only paragraphs read here): a cell of an indicator table no layout read (a short
      // 绩效目标表 one cell a line, told from running text by nothing). Its indicator is not read; the figure is reported, never
      // dropped without a word. (A bare number, a page's, is none; nor a year.)
      else if (!kept.has(b) && b.text.length <= 20 && isLoneTarget(b.text.trim())) {
        ctx.diagnostics.warn('UNPLACED_FIGURE', `绩效: the figure "${b.text.trim()}" (a target standing alone, its indicator not read) was found but fits no field of the output`, b.line);
      }
      prevParagraph = b.text;
      continue;
    }
    const caption = prevParagraph;
    prevParagraph = null;
    const projectRows = hasProjectRows(b);
    if (current && projectRows && currentHasRows) current = null; // a second project without heading
    if (current) {
      if (current.tables.length === 0) current.unit = unitLine;
      current.tables.push(b);
      // "长期绩效指标" ⏎ table: the short line over a table of the project says what its indicators are.
      if (caption !== null && caption.length <= 20) (current.captions ??= new Map()).set(b, caption);
      currentHasRows ||= projectRows;
    } else if (projectRows) {
      current = { title: null, line: b.startLine, tables: [b], unit: unitLine };
      currentHasRows = true;
      drafts.push(current);
      inProjects = true;
    } else if (!inProjects && b.rows.some(isIndicatorHeader)) {
      departmentTables.push(b);
    }
  }

  const departmentIndicators = departmentTables.flatMap((t) => {
    const at = t.rows.findIndex(isIndicatorHeader);
    const { columns, usedSub } = indicatorColumns(t.rows[at]!, t.rows[at + 1]);
    const unread = (name: string, line: number, why?: string) => ctx.diagnostics.warn('UNREAD_INDICATOR', `department indicators: the indicator row "${name}" ${why ?? "stands after the table's 合计 / 总分 row"} and is not read as an indicator`, line);
    return readIndicators(t.rows, columns, ctx.year, undefined, unread, at + 1 + (usedSub ? 1 : 0));
  });
  const projects = drafts.map((d, i) => {
    const lastTable = d.tables[d.tables.length - 1];
    const cut = i === drafts.length - 1 && lastTable !== undefined && lastTable.endLine >= openEnd;
    // (the unit line just above the project's first table, else the last unit line over the projects)
    const project = readProject(d, ctx.year, cut, ctx.diagnostics, (d.tables[0] ? ctx.unitAbove?.(d.tables[0]) : null) ?? d.unit ?? null);
    const selfEvaluation = readSelfEvaluation(d.tables, d.line, { unitAbove: ctx.unitAbove, diagnostics: ctx.diagnostics, placed: [project.budget.total, project.budget.fiscal, project.budget.other] });
    return selfEvaluation ? { ...project, selfEvaluation } : project;
  });
  const departmentEvaluation = departmentTables.length > 0 ? readSelfEvaluation(departmentTables, departmentTables[0]!.startLine, ctx) : null;
  // The tables of a project (or of the department) that gave an indicator, a figure or a self-evaluation are read
  // (UNREAD_TABLE is for tables no reader took anything from: those of a project that gave nothing stay candidates).
  if (ctx.readTables) {
    for (let i = 0; i < drafts.length; i++) {
      const p = projects[i]!;
      const lines = p.indicators.map((x) => x.line);
      for (const m of [p.budget.total, p.budget.fiscal, p.budget.other]) if (m) lines.push(m.line);
      if ('selfEvaluation' in p) lines.push(...selfEvaluationLines(p.selfEvaluation));
      markRead(drafts[i]!.tables, lines, ctx.readTables);
    }
    const lines = departmentIndicators.map((x) => x.line);
    if (departmentEvaluation) lines.push(...selfEvaluationLines(departmentEvaluation));
    markRead(departmentTables, lines, ctx.readTables);
  }
  return departmentEvaluation ? { overallGoal, goals, departmentIndicators, projects, departmentEvaluation } : { overallGoal, goals, departmentIndicators, projects };
}

/** The lines of a self-evaluation's figures (its funds and its indicators' scores). */
function selfEvaluationLines(e: unknown): number[] {
  const out: number[] = [];
  eachLine(e, (n) => out.push(n));
  return out;
}

/** Marks the tables that hold one of the lines (each table's span tested once per line: few of either). */
function markRead(tables: readonly Table[], lines: readonly number[], read: Set<Table>): void {
  for (const t of tables) {
    for (const n of lines) {
      if (n >= t.startLine && n <= t.endLine) {
        read.add(t);
        break;
      }
    }
  }
}
