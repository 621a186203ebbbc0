import { tableText } from '../../blocks/table-text.js';
import type { Row, Table } from '../../blocks/index.js';
import { rowLabels } from '../../blocks/row-labels.js';
import { firstUnit, toMoney } from '../../normalize/money.js';
import { normalizeDigits } from '../../normalize/text.js';
import type { Diagnostics } from '../../diagnostics.js';
import type { Money, MoneyUnit, SelfEvaluation } from '../../schema/index.js';
import { compact } from '../context.js';

/**
 * 绩效自评表 (项目支出绩效自评表, 部门整体支出绩效自评表): the indicator columns beside the target
 * (实际完成值, 分值, 得分, 偏差原因), the funds block (年初预算数 / 全年预算数 / 全年执行数 / 执行率 with
 * its 分值 and 得分), the 总分 and the 自评等级. Column and row wordings as data.
 */
export const SELF_EVALUATION_COLUMNS = {
  actual: /^(全年)?实际完成(值|情况)?$|^(全年)?(实际值|完成值)$|^实际完成指标值$|^年终完成值$|^年末完成值$/,
  weight: /^分值|^权重|^指标分值$/,
  // (湖北's 自评分 beside a 复核分: the reviewer's score is no self-evaluation's)
  score: /^得分$|^自评得分$|^评分$|^自评分$/,
  deviation: /偏差原因|未完成原因|原因分析|改进措施/,
} as const;

/** Funds block columns. */
export const FUNDS_COLUMNS = {
  initial: /^年初预算(数)?$/,
  adjusted: /^(全年|调整后?)预算(数)?$|^预算数$/,
  executed: /^(全年|预算)?执行数$|^实际支出(数)?$/,
  rate: /^(预算)?执行率$/,
  weight: /^分值$|^权重$/,
  score: /^得分$/,
} as const;

/**
 * A header's note in brackets at its end, left out when its column is told: 预算数(A) · 执行数(B) · 执行率(B/A) ·
 * 得分(20分*执行率) · 年初目标值(A) · 实际完成值(B) (湖北's 项目绩效自评表), also two of them (预算执行情况（万元）（20分）).
 */
const HEADER_NOTE = /(?:[（(][^（()）]{1,12}[)）])+$/;

/** A header label without its bracketed note (the label itself when it has none, or is nothing but one). */
export function withoutNote(label: string): string {
  const c = label.charCodeAt(label.length - 1);
  if (c !== 0x29 && c !== 0xff09) return label;
  const bare = label.replace(HEADER_NOTE, '');
  return bare || label;
}

/**
 * The first cell of a 自评表's funds header (merged over its rows): 项目资金（万元） · 预算执行情况(10分) · 年度预算情况（万元）; a
 * row that starts with it is no goal (projects.ts) and a form one cell per line starts its funds there (cell-lines.ts).
 */
export const FUNDS_LEAD = /^(项目资金|预算执行情况|资金情况|年度预算情况|预算情况)/;

/** Header words one of which a self-evaluation has (white space allowed inside: letter-spaced headers). */
const SELF_EVALUATION_WORDS = /执\s*行\s*数|实\s*际\s*支\s*出|得\s*分|评\s*分/;

/** The label of a funds row's whole (年度资金总额 · 资金总额 · 财政资金总额), not a bare 合计. */
const FUNDS_WHOLE = /^(年度)?(财政)?资金总额/;
/** The row of the funds block that holds the whole project's figures: FUNDS_WHOLE, or a bare 总额 / 合计 under the funds header. */
const FUNDS_TOTAL = new RegExp(`${FUNDS_WHOLE.source}|^总额$|^合计$`);
/** Rows that close the indicator table: they hold no indicator. */
export const CLOSING_ROW = /^(总分|合计|总计|自评等级|评价等级|自评结论|评价结论)[:：]?$/;
const TOTAL_ROW = /^(总分|合计|总计)$/;
const GRADE_ROW = /^(自评等级|评价等级)$/;

/** True when a row of an indicator table is the 总分 / 自评等级 row: the indicators end there. */
export function isClosingRow(row: Row): boolean {
  const first = row.cells.find((c) => c.text !== '' && c.text.trim());
  return first !== undefined && isClosingText(first.text.trim());
}

/** A funds header: a label (its bracketed note left out) is a 执行数 column. */
export function isFundsHeader(labels: readonly string[]): boolean {
  for (const l of labels) {
    // (a 执行数 column's label ends in 数 or 出, or in its note's bracket: every other label is passed over without a test)
    const c = l.charCodeAt(l.length - 1);
    if (c !== 0x6570 && c !== 0x51fa && c !== 0x29 && c !== 0xff09) continue;
    if (FUNDS_COLUMNS.executed.test(withoutNote(l))) return true;
  }
  return false;
}

/** The first characters of the CLOSING_ROW wordings, as character codes. */
const CLOSING_LEADS = [...'总合自评'].map((c) => c.charCodeAt(0));

/** True when the first words of a row (trimmed, not empty) close an indicator table: 总分 · 合计 · 自评等级 …; the first character (its code: no one-character string) rules out the others. */
export function isClosingText(first: string): boolean {
  const c = first.charCodeAt(0);
  for (const lead of CLOSING_LEADS) if (c === lead) return CLOSING_ROW.test(compact(first));
  return false;
}

/** A score or weight as a number: "8", "7.5", "7.5分"; null for anything else. */
export function scoreOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  const m = /^(\d+(?:\.\d+)?)分?$/.exec(normalizeDigits(compact(text)));
  return m ? Number(m[1]) : null;
}

/** The 自评 columns of an indicator header (-1 when absent). */
export function selfEvaluationColumns(header: readonly string[]): { actual: number; weight: number; score: number; deviation: number } {
  const find = (re: RegExp) => header.findIndex((h) => re.test(withoutNote(h)));
  return { actual: find(SELF_EVALUATION_COLUMNS.actual), weight: find(SELF_EVALUATION_COLUMNS.weight), score: find(SELF_EVALUATION_COLUMNS.score), deviation: find(SELF_EVALUATION_COLUMNS.deviation) };
}

function rateOf(text: string, line: number): SelfEvaluation['executionRate'] {
  const t = compact(text);
  const m = /^(\d+(?:\.\d+)?)[%％]?$/.exec(normalizeDigits(t));
  return m ? { of: 'executed', percent: Number(m[1]), raw: t, line } : null;
}

/**
 * How far a funds row stands left of its header: the header's label column (before its first figure column) less the row's
 * label's. Only a row shorter than its header by that much, its blank cells counted, is shifted (a label over two columns,
 * | 年度资金总额 | | 900.00 | …, is a full row as printed).
 */
function labelShift(cols: readonly number[], row: Row, width: number, isLabel: (t: string) => boolean): number {
  let firstCol = Infinity;
  for (const i of cols) if (i >= 0 && i < firstCol) firstCol = i;
  if (firstCol === Infinity) return 0;
  let at = -1;
  for (let i = 0; i < row.cells.length && i < 3; i++) {
    if (isLabel(compact(row.cells[i]!.text))) {
      at = i;
      break;
    }
  }
  if (at < 0) return 0;
  const shift = firstCol - 1 - at;
  if (shift <= 0 || shift > 2) return 0;
  const n = row.cells.length;
  if (n + shift <= width) return shift;
  // (one surplus blank cell at its end, | 年度资金总额 | 150.00 | … | 9.5 | |, is the page's closing cell: shifted, when a figure
  // stands right of the label where the header's label spans two cells; | 年度资金总额 | | 500.00 | … | | is as printed)
  const next = row.cells[at + 1]?.text.trim() ?? '';
  return n + shift === width + 1 && row.cells[n - 1]!.text.trim() === '' && /\d/.test(next) ? shift : 0;
}

function fundsShift(cols: Readonly<Record<string, number>>, row: Row, width: number): number {
  return labelShift([cols.initial!, cols.adjusted!, cols.executed!, cols.rate!, cols.weight!, cols.score!], row, width, (t) => FUNDS_TOTAL.test(t));
}

/**
 * The words of a header that may name the indicators' points (分值 · 权重 · 标准分 · 指标权重 · 满分 · 分数 · 权数 · 指标分): beside
 * such a column a lone 总分 figure may be theirs, and no score is guessed.
 */
const WEIGHT_WORDS: readonly string[] = ['分值', '权重', '标准分', '满分', '分数', '权数', '指标分'];
export const WEIGHT_LIKE = new RegExp(WEIGHT_WORDS.join('|'));

/** Whether some row between the indicator header `from` and the 总分 row `to` holds a score in column `col`. */
function someScore(rows: readonly Row[], from: number, to: number, col: number): boolean {
  for (let j = from + 1; j < to; j++) if (scoreOf(rows[j]!.cells[col]?.text) !== null) return true;
  return false;
}

/** The column of a reviewer's score (复核分 · 复核得分), beside the self-evaluation's. */
const REVIEW_SCORE = /^复核(?:得)?分$/;

/**
 * Each figure under the 复核分 column (or another column no field holds, `what` says which) of the indicator rows below `at`
 * (up to the 总分 row) is UNPLACED_FIGURE.
 */
function warnReviewScores(rows: readonly Row[], at: number, header: readonly string[], col: number, diagnostics: Diagnostics, what = "a reviewer's score in a 绩效自评表"): void {
  const nameAt = header.findIndex((h) => /^三级|^指标名称/.test(h));
  const label = compact(header[col] ?? '');
  for (let j = at + 1; j < rows.length && j < at + 200; j++) {
    const row = rows[j]!;
    if (isClosingRow(row)) return;
    const c = row.cells[col];
    const score = scoreOf(c?.text);
    if (c && score !== null) diagnostics.warn('UNPLACED_FIGURE', `绩效: the figure "${compact(row.cells[nameAt]?.text ?? '')} ${label} ${compact(c.text)}" (${what}) was found but fits no field of the output`, c.startLine);
  }
}

/** The first label of a 部门整体支出绩效自评表's tasks header (年度主要任务 · 任务名称). */
const TASKS_LEAD = /任务/;

/**
 * The rows under a tasks header (or a second 执行数 header): each figure under a money column of the header (预算数 · 执行数 …)
 * is UNPLACED_FIGURE, named by the row's words; the rows end at the next row whose first cell is a label of its own.
 */
function warnTaskFigures(rows: readonly Row[], at: number, header: readonly string[], unit: MoneyUnit, diagnostics: Diagnostics | undefined): void {
  if (!diagnostics) return;
  const cols: number[] = [];
  header.forEach((h, i) => {
    const t = withoutNote(h);
    if (FUNDS_COLUMNS.initial.test(t) || FUNDS_COLUMNS.adjusted.test(t) || FUNDS_COLUMNS.executed.test(t) || /预算|执行数|金额/.test(t)) cols.push(i);
  });
  for (let j = at + 1; j < rows.length && j < at + 40; j++) {
    const row = rows[j]!;
    const c0 = compact(row.cells[0]?.text ?? '');
    if (c0 && !TASKS_LEAD.test(c0) && !/^(?:金额)?合计$/.test(c0)) return;
    const name = row.cells.map((c) => compact(c.text)).filter((t) => t && !/^[-\d.,%]+$/.test(t)).slice(0, 2).join(' ');
    for (const i of cols) {
      const c = row.cells[i];
      const m = c ? toMoney(c.text, c.startLine, unit) : null;
      if (m) diagnostics.warn('UNPLACED_FIGURE', `绩效: the figure "${name} ${withoutNote(header[i]!)} ${m.raw}" (a task of a 部门整体支出绩效自评表) was found but fits no field of the output`, m.line);
    }
  }
}

/**
 * The label of a part of the funds below the 年度资金总额 row: 其中：当年财政拨款 · 上年结转资金 · 其他资金 · 基本支出 … (also the
 * funds rows of a 自评表 printed one cell per line, cell-lines.ts, with the row of the whole).
 */
export const FUNDS_PART = /财政|结转|其他|其中|基本支出|项目支出|专户|单位资金|自有资金|按.{1,6}分/;

/**
 * The rows of the funds block after its 年度资金总额 (其中：当年财政拨款 · 上年结转资金 · 其他资金; 基本支出 / 项目支出 of a
 * 部门整体支出绩效自评表): no field holds their figures, so each one that is not 0 is UNPLACED_FIGURE (they were dropped without
 * a word). The rows end at the first whose label names no part of the funds.
 */
function warnFundsParts(rows: readonly Row[], from: number, cols: readonly number[], header: readonly string[], unit: MoneyUnit, diagnostics: Diagnostics | undefined): void {
  if (!diagnostics) return;
  for (let j = from; j < rows.length && j < from + 8; j++) {
    const row = rows[j]!;
    const label = row.cells.slice(0, 3).map((c) => compact(c.text)).find((t) => t) ?? '';
    if (!FUNDS_PART.test(label)) return;
    const shift = labelShift(cols, row, header.length, (t) => t === label);
    for (const i of cols) {
      const c = i >= 0 ? row.cells[i - shift] : undefined;
      const m = c ? toMoney(c.text, c.startLine, unit) : null;
      if (m && m.yuan !== 0) diagnostics.warn('UNPLACED_FIGURE', `绩效: the figure "${label} ${withoutNote(header[i]!)} ${m.raw}" (a part of the funds of a 绩效自评表) was found but fits no field of the output`, m.line);
    }
  }
}

/** The pre-check of readSelfEvaluation: some table's text has 得分, or 执行 and a self-evaluation header word. */
function mayBeSelfEvaluation(tables: readonly Table[]): boolean {
  for (const t of tables) {
    const text = tableText(t);
    if (text.includes('得分') || (text.includes('执行') && SELF_EVALUATION_WORDS.test(text))) return true;
  }
  return false;
}

/**
 * The table-level figures of a 绩效自评表, or null when the tables are no self-evaluation
 * (no 执行数 column in a funds block and no 得分 column beside the indicators).
 */
export function readSelfEvaluation(
  tables: readonly Table[],
  line: number,
  /** The unit a line above a table gives it (src/extract/unit-above.ts), and where to warn. */
  opts: { unitAbove?: (t: Table) => MoneyUnit | null; diagnostics?: Diagnostics; placed?: readonly (Money | null)[] } = {},
): SelfEvaluation | null {
  // Cheap pre-check: a 绩效目标表 has no 得分 and no 执行数 (no allocation on the hot path). 执行
  // alone is common in goals (严格执行…): then a 执行数 / 实际支出 / 得分 / 评分 header word must be there too.
  if (!mayBeSelfEvaluation(tables)) return null;
  const rows: Row[] = tables.flatMap((t) => t.rows);
  // The unit stated before the funds block: a line above the tables, or a 单位：万元 row of theirs.
  let unitStated: MoneyUnit | null = tables.reduce<MoneyUnit | null>((u, t) => u ?? opts.unitAbove?.(t) ?? null, null);
  const out: SelfEvaluation = {
    initialBudget: null, adjustedBudget: null, executed: null, executionRate: null, budgetWeight: null, budgetScore: null,
    totalWeight: null, totalScore: null, grade: null, line,
  };
  let found = false;
  /** The funds block was read (a later 执行数 header is another table's), and its unit. */
  let fundsRead = false;
  let fundsUnit: MoneyUnit | null = null;
  let indicatorHeader: readonly string[] | null = null;
  let indicatorAt = -1;
  for (let r = 0; r < rows.length; r++) {
    // The labels the project reader built for the rows above the indicators are reused.
    const { list: cells, text: joined } = rowLabels(rows[r]!);
    if (joined.includes('单位') && !joined.includes('执行')) unitStated = firstUnit(cells) ?? unitStated;
    if (joined.includes('执行') && isFundsHeader(cells)) {
      // A 部门整体支出绩效自评表's tasks (| 年度主要任务 | 任务名称 | 主要内容 | 全年预算数 | 全年执行数 |), or a second header after the
      // funds were read, are no funds block: their figures are reported (they replaced the funds, and were dropped).
      const lead = cells.find((c) => c) ?? '';
      if (TASKS_LEAD.test(lead) || fundsRead) {
        const unit = firstUnit(cells) ?? fundsUnit ?? unitStated;
        if (unit) warnTaskFigures(rows, r, cells, unit, opts.diagnostics);
        continue;
      }
      // The funds header: its columns hold the figures of the 资金总额 row below it. Its unit is the one
      // a cell states (项目资金（万元） · 全年执行数（万元）) or one stated above; none is guessed.
      found = true;
      const unit = firstUnit(cells) ?? firstUnit([cells.find((c) => /资金/.test(c)) ?? '']) ?? unitStated;
      fundsUnit = unit;
      const at = (re: RegExp) => cells.findIndex((c) => re.test(withoutNote(c)));
      const cols = { initial: at(FUNDS_COLUMNS.initial), adjusted: at(FUNDS_COLUMNS.adjusted), executed: at(FUNDS_COLUMNS.executed), rate: at(FUNDS_COLUMNS.rate), weight: at(FUNDS_COLUMNS.weight), score: at(FUNDS_COLUMNS.score) };
      const totalAt = rows.slice(r + 1, r + 6).findIndex((x) => x.cells.slice(0, 3).some((c) => FUNDS_TOTAL.test(compact(c.text))));
      const totalRow = totalAt >= 0 ? rows[r + 1 + totalAt] : undefined;
      if (totalRow && unit) warnFundsParts(rows, r + 2 + totalAt, [cols.initial, cols.adjusted, cols.executed], cells, unit, opts.diagnostics);
      if (totalRow) {
        fundsRead = true;
        // A row that does not print the merged lead cells (四川's web page: | 总额 | 8.00 | … under | 预算执行情况(10分) |
        // 年度预算数(万元) | 年初预算 | …) stands shifted: its label is set under the header's label column (the column before
        // the first figure's), and so are its figures (read as printed, 权重 10 was the 执行率).
        const shift = fundsShift(cols, totalRow, cells.length);
        const cell = (i: number) => (i >= 0 ? totalRow.cells[i - shift] : undefined);
        const money = (i: number): Money | null => {
          const c = cell(i);
          return c && unit ? toMoney(c.text, c.startLine, unit) : null;
        };
        if (!unit && [cols.initial, cols.adjusted, cols.executed].some((i) => cell(i) && /\d/.test(cell(i)!.text))) {
          opts.diagnostics?.warn('TABLE_NO_UNIT', 'the funds of a 绩效自评表 (年初预算数 / 全年预算数 / 全年执行数) state no unit, and no line above the table does: the funds figures are kept null', totalRow.startLine);
        }
        out.initialBudget = money(cols.initial);
        out.adjustedBudget = money(cols.adjusted);
        out.executed = money(cols.executed);
        const rc = cell(cols.rate);
        out.executionRate = rc ? rateOf(rc.text, rc.startLine) : null;
        out.budgetWeight = scoreOf(cell(cols.weight)?.text);
        out.budgetScore = scoreOf(cell(cols.score)?.text);
      }
      continue;
    }
    if (joined.includes('一级') && cells.some((c) => SELF_EVALUATION_COLUMNS.score.test(c))) {
      found = true;
      indicatorHeader = cells;
      indicatorAt = r;
      // 湖北's 复核分 beside the 自评分: the reviewer's score of each indicator fits no field (reported, never dropped)
      const review = cells.findIndex((c) => REVIEW_SCORE.test(c));
      if (review >= 0 && opts.diagnostics) warnReviewScores(rows, r, cells, review, opts.diagnostics);
      // (a column that may hold the points but is no 分值 / 权重 one, | 分数 | 权数 | 指标分 |: its figures are reported, not guessed)
      if (opts.diagnostics) {
        const se = selfEvaluationColumns(cells);
        for (let i = 0; i < cells.length; i++) {
          if (i !== se.weight && i !== se.score && i !== review && WEIGHT_LIKE.test(cells[i]!)) warnReviewScores(rows, r, cells, i, opts.diagnostics, 'points in a column of a 绩效自评表 that is no 分值 / 权重');
        }
      }
      continue;
    }
    const first = cells.find((c) => c) ?? '';
    if (TOTAL_ROW.test(first) && indicatorHeader) {
      // 总分 under the 分值 and 得分 columns; when the row is shorter, its numbers in order.
      const se = selfEvaluationColumns(indicatorHeader);
      if (cells.length === indicatorHeader.length && se.score >= 0) {
        out.totalWeight = se.weight >= 0 ? scoreOf(cells[se.weight]) : null;
        out.totalScore = scoreOf(cells[se.score]);
      } else {
        const end = cells.findIndex((c) => GRADE_ROW.test(c));
        const nums = cells.slice(1, end > 0 ? end : undefined).map((c) => scoreOf(c)).filter((n): n is number => n !== null);
        // A lone number (| 总分 | 100 |) may be the 分值 as well as the 得分: neither is guessed.
        if (nums.length >= 2) [out.totalWeight, out.totalScore] = [nums[0]!, nums[1]!];
        // (where the indicators have a 得分 column and no 分值 / 权重 column, 湖北's | 总分 | 97 |, the lone number is the score)
        // (no other column that may hold the points, 标准分 · 指标权重 · 满分 · 分数 · 权数 · 指标分, and some indicator row with a score under 得分: the
        // lone 100 under a 标准分 column with its 得分 cells blank is the points, no score)
        else if (nums.length === 1 && se.weight < 0 && se.score >= 0 && !indicatorHeader.some((h, i) => i !== se.score && WEIGHT_LIKE.test(h)) && someScore(rows, indicatorAt, r, se.score)) out.totalScore = nums[0]!;
        else if (nums.length === 1) opts.diagnostics?.warn('UNPLACED_FIGURE', `绩效: the figure "总分 ${nums[0]}" (a lone 总分 of a 绩效自评表: the points or the score, neither is guessed) was found but fits no field of the output`, rows[r]!.startLine);
      }
    }
    // 自评等级 on a row of its own, or at the end of the 总分 row.
    const g = joined.includes('等级') ? cells.findIndex((c) => GRADE_ROW.test(c)) : -1;
    if (g >= 0) out.grade = cells.slice(g + 1).find((c) => c) ?? null;
  }
  if (found && !fundsRead && opts.diagnostics) warnUnreadFunds(rows, opts.diagnostics, opts.placed ?? []);
  return found ? out : null;
}

/**
 * A 年度资金总额 row of a 绩效自评表 whose funds header was not read (pdftotext -layout joined it with the 项目名称 / 主管部门
 * rows, `实施单位⏎全年执行数`), and the rows of its parts under it (其中：当年财政拨款 · 其他资金, FUNDS_PART): which figure is
 * the 年初预算数, the 全年预算数 or the 全年执行数 is not known. Each figure is UNPLACED_FIGURE (they were dropped without a
 * word), except one the project reader placed (`placed`: its budget, read from | 项目资金（万元） | 年度资金总额 | 300.00 |).
 */
function warnUnreadFunds(rows: readonly Row[], diagnostics: Diagnostics, placed: readonly (Money | null)[]): void {
  // (a figure the project reader placed, | 项目资金（万元） | 年度资金总额 | 300.00 | as its budget, is no unplaced one)
  const isPlaced = (line: number, t: string) => placed.some((m) => m !== null && m.line === line && compact(m.raw) === t);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const at = row.cells.slice(0, 3).findIndex((c) => FUNDS_WHOLE.test(compact(c.text)));
    if (at < 0) continue;
    // the row of the whole, then the rows of its parts under it (其中：当年财政拨款 · 其他资金: they were dropped without a word)
    for (let j = r; j < rows.length && j < r + 8; j++) {
      const part = rows[j]!;
      const li = j === r ? at : part.cells.slice(0, 3).findIndex((c) => FUNDS_PART.test(compact(c.text)));
      if (li < 0 || (j > r && compact(part.cells[li]!.text).length > 20)) break;
      const label = compact(part.cells[li]!.text);
      for (const c of part.cells.slice(li + 1)) {
        const t = compact(c.text);
        if (/\d/.test(t) && !isPlaced(c.startLine, t)) diagnostics.warn('UNPLACED_FIGURE', `绩效: the figure "${label} ${t}" (the funds of a 绩效自评表 whose header was not read: its column is not known) was found but fits no field of the output`, c.startLine);
      }
    }
  }
}
