import { BoundedMemo } from '../../memo.js';
import type { Row } from '../../blocks/index.js';
import { isLabel, rowLabels } from '../../blocks/row-labels.js';
import { moneyOf, parseTarget } from '../../normalize/target.js';
import { durationOf } from '../../normalize/duration.js';
import type { Indicator } from '../../schema/index.js';
import { compact } from '../context.js';
import { category1, category2, LEVEL1_WORD, LEVEL2_WORD, OPERATOR_TARGET, WHOLE_TARGET } from './categories.js';
import { isClosingRow, isClosingText, scoreOf, selfEvaluationColumns, withoutNote } from './self-evaluation.js';

/** Column positions of an indicator table, from its header row (and 符号/值 sub-header). */
export interface IndicatorColumns {
  level1: number;
  level2: number;
  name: number;
  description: number;
  scoring: number;
  /** The single 指标值 column, or -1 when the target is split over operator / value / unit. */
  target: number;
  operator: number;
  value: number;
  unit: number;
  basis: number;
  /** 绩效自评表 columns (self-evaluation.ts): 实际完成值, 分值, 得分, 偏差原因; -1 when absent. */
  actual?: number;
  weight?: number;
  score?: number;
  deviation?: number;
  /** Cells in a data row. */
  width: number;
}

/** The labels of an indicator header's 一级 column; the others it must have beside it. */
const LEVEL1_LABELS: readonly string[] = ['一级', '一级指标'];
const LEVEL3_LABEL = /三级指标|指标名称/;
const LEVEL2_LABEL = /^二级(指标)?$/;

/** An indicator table's header row: 一级 (指标) beside 二级 (指标) or 三级指标 / 指标名称. */
export function isIndicatorHeader(row: Row): boolean {
  return saysLevel1(row) && headerLabels(rowLabels(row).list);
}

/**
 * isIndicatorHeader for a row whose labels the caller holds: the 一级 label is looked for first by
 * comparison (no search of a row's long texts), the search of the cells' text only then.
 */
export function isIndicatorHeaderOf(row: Row, cells: readonly string[]): boolean {
  return hasLevel1(cells) && saysLevel1(row) && hasLevel23(cells);
}

/** Whether some cell's text holds 一级 (a loop: no closure per row). */
function saysLevel1(row: Row): boolean {
  for (const c of row.cells) if (c.text.includes('一级')) return true;
  return false;
}

function headerLabels(cells: readonly string[]): boolean {
  return hasLevel1(cells) && hasLevel23(cells);
}

/** Whether a label is one of LEVEL1_LABELS (a loop of comparisons: no call of Array#includes per label). */
function hasLevel1(cells: readonly string[]): boolean {
  for (const c of cells) for (const l of LEVEL1_LABELS) if (c === l) return true;
  return false;
}

/** Whether a label names the 二级 or 三级 column. */
function hasLevel23(cells: readonly string[]): boolean {
  for (const c of cells) if (LEVEL3_LABEL.test(c) || LEVEL2_LABEL.test(c)) return true;
  return false;
}

/**
 * Read the column layout from the header row and, when present, the 符号 / 值 / 符号 sub-header.
 * Every project table of a document repeats the same header: its columns are found once (keyed by
 * the row's joined labels) and, without a sub-header, the same frozen answer is given each time.
 */
export function indicatorColumns(header: Row, sub: Row | undefined): { columns: Readonly<IndicatorColumns>; usedSub: boolean } {
  const labels = rowLabels(header);
  // The header of the table before is most often this one again: its answer is taken without joining
  // the labels (the memo's key) or looking them up; it is what the memo would give for the same labels.
  // (the joined labels are only the memo's key: the columns come from the list, so a label holding \u0001 moves none)
  const base = lastHeader !== null && sameLabels(labels.list, lastHeader.list) ? lastHeader.columns : headerMemo.get(labels.text, () => headerColumnsOf(labels.list));
  lastHeader = { list: labels.list, columns: base };
  const target = base.cols.target;
  if (base.split || target < 0 || !sub || !hasLabel(sub, '值') || !hasLabel(sub, '符号')) return base.alone;
  const h = rowLabels(header).list;
  const s = rowLabels(sub).list;
  const cols: IndicatorColumns = { ...base.cols };
  const extra = s.length - h.length; // 指标值 spans 1 + extra columns
  const span = s.slice(target, target + extra + 1);
  const firstSym = span.indexOf('符号');
  const val = span.indexOf('值');
  const secondSym = span.findIndex((x, i) => (x === '符号' || x === '单位') && i !== firstSym);
  cols.operator = firstSym >= 0 ? target + firstSym : -1;
  cols.value = val >= 0 ? target + val : -1;
  cols.unit = secondSym >= 0 ? target + secondSym : -1;
  cols.target = -1;
  if (cols.basis > target) cols.basis += extra;
  for (const k of ['actual', 'weight', 'score', 'deviation'] as const) if (cols[k]! > target) cols[k]! += extra;
  cols.width = s.length;
  return { columns: cols, usedSub: true };
}

/**
 * Whether a cell of the row says `word` and nothing else (white space aside, 符 号 too). A cell whose
 * first character rules the word out is passed over without compacting it or searching its text (isLabel).
 */
function hasLabel(row: Row, word: string): boolean {
  for (const c of row.cells) if (isLabel(c.text, word)) return true;
  return false;
}

/** The labels and answer of the last header read (see indicatorColumns). */
let lastHeader: { list: readonly string[]; columns: HeaderColumns } | null = null;

/** Whether two rows have the same labels, in the same order. */
function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface HeaderColumns {
  cols: Readonly<IndicatorColumns>;
  split: boolean;
  /** The answer of indicatorColumns when no sub-header is read. */
  alone: { columns: Readonly<IndicatorColumns>; usedSub: false };
}
const headerMemo = new BoundedMemo<string, HeaderColumns>(200);

/** The memo's compute, from the header's labels (the memo's key is their join). */
function headerColumnsOf(list: readonly string[]): HeaderColumns {
  const { cols, split } = headerColumns(list);
  Object.freeze(cols);
  return { cols, split, alone: Object.freeze({ columns: cols, usedSub: false as const }) };
}

/** The columns a header row names by itself; `split` when 指标性质 / 指标值 / 度量单位 split the target. */
function headerColumns(h: readonly string[]): { cols: IndicatorColumns; split: boolean } {
  const find = (re: RegExp) => h.findIndex((x) => re.test(x) || re.test(withoutNote(x)));
  const target = find(/^指标值$|^目标值$|^指标值（|^年度指标值|^年度目标值|^预期(指标|目标)值|^年初(目标|指标)值$/);
  const cols: IndicatorColumns = {
    level1: find(/^一级/),
    level2: find(/^二级/),
    name: find(/^三级|^指标名称/),
    description: find(/描述|指标内容|指标解释|^指标值?说明$/),
    scoring: find(/评.?扣.?分|评分标准|扣分标准/),
    target,
    operator: -1,
    value: -1,
    unit: -1,
    basis: find(/依据/),
    ...selfEvaluationColumns(h),
    width: h.length,
  };
  // 一级指标 | 二级指标 | 指标内容 | 指标值 (no 三级指标 column, 湖南's 项目绩效目标表): 指标内容 names the indicator.
  if (cols.name < 0 && cols.description >= 0 && INDICATOR_CONTENT.test(h[cols.description]!)) Object.assign(cols, { name: cols.description, description: -1 });
  // 指标性质 | 指标值 | 度量单位: the target split over operator / value / unit columns in the header itself.
  const nature = find(/^指标性质$/);
  const unitCol = find(/^(度量|计量)单位$/);
  if (nature >= 0 && unitCol >= 0 && target >= 0) {
    Object.assign(cols, { operator: nature, value: target, unit: unitCol, target: -1 });
    return { cols, split: true };
  }
  return { cols, split: false };
}

/** The header of a column that names the indicator where no 三级指标 column does. */
const INDICATOR_CONTENT = /^指标内容$/;

/** A 指标性质 cell that names the kind of indicator, not its operator (区间 · 介于: the value says the range, 95-100). */
const NATURE_ONLY = /^(?:定性|定量|区间|介于)(?:指标)?$/;

const cellText = (row: Row, i: number): string | null => {
  if (i < 0) return null;
  const c = row.cells[i];
  return c ? c.text.trim() || null : null;
};

/**
 * A 自评表 row whose figures stand one column off their headings (pdftotext -layout cuts a column between two headed ones,
 * and a target, an actual value, a 分值 or a 得分 falls into it: | 维修完成及时率 | 100% | | 92% | | 10 | | 9 | under | 三级指标 | |
 * 年度指标值 | | 实际完成值 | | 分值 | | 得分 |): a cell with a figure under no heading goes to the heading right of it when that cell
 * is empty and the heading left of it is filled (or there is none), left to right. Null when such a figure has no such place
 * (both headings around it empty: which one it belongs to is not known). A copy only for a row that moves.
 */
function intoHeadings(row: Row, headed: readonly number[], names: readonly number[]): Row | null {
  if (headed.length === 0) return row;
  const last = headed[headed.length - 1]!;
  let cells: Row['cells'] | null = null;
  for (let i = headed[0]! + 1; i < last && i < row.cells.length; i++) {
    const c = (cells ?? row.cells)[i]!;
    if (headed.includes(i) || !/\d/.test(c.text)) continue;
    let right = -1;
    let left = -1;
    for (const h of headed) {
      if (h > i && right < 0) right = h;
      if (h < i) left = h;
    }
    const at = (k: number) => ((cells ?? row.cells)[k]?.text ?? '').trim();
    if (right < 0 || at(right) !== '' || (left >= 0 && at(left) === '')) return null;
    // Only a figure that cannot belong to the filled cell on its left moves: a whole value (≥95% · 520亩 · 10) right of a
    // name, or of a whole value itself. Right of a bare operator (| ≥ | 95% |) or text (较上年提高 | 2%), or a cell that is
    // more than a value (较上年提高2个百分点), where it belongs is not known: the row is unread.
    if (!WHOLE_TARGET.test(compact(c.text)) || (left >= 0 && !names.includes(left) && !WHOLE_TARGET.test(compact(at(left))))) return null;
    cells ??= row.cells.slice();
    while (cells.length <= right) cells.push({ text: '', startLine: c.startLine, endLine: c.endLine });
    cells[right] = c;
    cells[i] = { text: '', startLine: c.startLine, endLine: c.endLine };
  }
  return cells ? { ...row, cells } : row;
}

/** The merged lead of the indicator rows printed on a row (| 绩效目标指标 | 成本指标 | …): no shift. */
const LEAD_WORD = /^(?:年度)?绩效(?:目标)?指标/;

/**
 * A 自评表 row that does not print the merged cells before its 一级 (四川's web page: | 产出指标 | 数量指标 | … under | 绩效指标(90分) |
 * 一级指标 | …), or before its 二级, stands shifted left: it is set back under its header (a 一级 word, LEVEL1_WORD, in its first
 * cell goes under 一级, a 二级 word, LEVEL2_WORD, under 二级, else its name under 三级). Only a row that is shorter than its header by just those cells,
 * its blank cells counted (a full row with a blank last cell is as printed); one surplus blank cell at the end of a 一级 row is
 * the page's closing `||`. Other rows are as printed. A copy only for a shifted row.
 */
function shifted(row: Row, columns: Readonly<IndicatorColumns>): Row {
  if (columns.level1 < 0 || columns.level2 <= 0) return row;
  const n = row.cells.length;
  if (n > columns.width) return row;
  const c0 = row.cells[0];
  const t = c0 ? c0.text.trim() : '';
  if (!t) return row;
  let to = -1;
  if (t.endsWith('指标') || t.endsWith('分)') || t.endsWith('分）')) {
    const w = compact(t);
    if (LEAD_WORD.test(w)) return row;
    if (LEVEL1_WORD.test(w)) {
      to = columns.level1;
      const surplus = n + to - columns.width;
      if (to <= 0 || surplus < 0 || surplus > 1 || (surplus === 1 && row.cells[n - 1]!.text.trim() !== '')) return row;
    } else if (LEVEL2_WORD.test(w)) {
      to = columns.level2;
      if (n + to !== columns.width) return row;
    }
  }
  // A row that prints neither merged cell (| 调解成功件数 | ≥ | 200 | 件 | 210 | 10 | 10 | |, or a name ending in 指标): set under
  // 三级 when the header has a lead column before 一级, the row is shorter by just the cells before 三级, its first cell is no
  // figure, and what then stands under 分值 / 得分 is a score or nothing.
  if (to < 0) {
    to = columns.name;
    if (columns.level1 <= 0 || to <= columns.level2 || n + to !== columns.width || NOT_A_NAME.test(t)) return row;
    for (const col of [columns.weight ?? -1, columns.score ?? -1]) {
      const c = col >= to ? row.cells[col - to] : undefined;
      if (c && c.text.trim() && scoreOf(c.text) === null) return row;
    }
  }
  const pad: Row['cells'] = [];
  for (let i = 0; i < to; i++) pad.push({ text: '', startLine: c0!.startLine, endLine: c0!.startLine });
  return { ...row, cells: [...pad, ...row.cells] };
}

/**
 * An indicator's name that is a bare figure (20 · 95% · 12.5): a row printed off its header. (A name that is a target,
 * ≥90% · ≤60万元 · ＞120个, is one too: readIndicators asks OPERATOR_TARGET of categories.ts beside this; pdftotext -layout
 * ran 服务对象满意度指标 and 群众满意度 into one cell.)
 */
const FIGURE_NAME = /^\d+(?:\.\d+)?[%％]?$/;

/** A first cell that is a figure or an operator, never an indicator's name. */
const NOT_A_NAME = /^[\d.%≥≤<>＜＞=＝-]/;

/** 实际完成值 as written; a bare number takes the unit of a 度量单位 column ("96" + "%"). */
function actualText(row: Row, columns: IndicatorColumns): string {
  const raw = (row.cells[columns.actual ?? -1]?.text ?? '').trim();
  const unit = columns.unit >= 0 && columns.target < 0 ? (row.cells[columns.unit]?.text ?? '').trim() : '';
  return unit && /^\d+(\.\d+)?$/.test(raw) ? `${raw}${unit}` : raw;
}

/**
 * Indicator rows → Indicators: the rows from `from` on (the caller's list is not copied). 一级 and
 * 二级 are written once per merged block and come as empty cells below: they are filled down.
 * `state` carries the fill-down across tables.
 */
export function readIndicators(
  rows: readonly Row[],
  columns: Readonly<IndicatorColumns>,
  year: number | null,
  state: { level1: string | null; level2: string | null } = { level1: null, level2: null },
  onUnread?: (name: string, line: number, why?: string) => void,
  from = 0,
  /** When given, the indicators end at the next header row, whose index is set here (else -1). */
  end?: { next: number },
): Indicator[] {
  const out: Indicator[] = [];
  const selfEvaluation = (columns.actual ?? -1) >= 0 || (columns.score ?? -1) >= 0;
  // (the columns a heading names, left to right: a 自评表's figures under none of them are set under one, intoHeadings)
  const c = columns;
  const headed = selfEvaluation ? [...new Set([c.level1, c.level2, c.name, c.description, c.scoring, c.target, c.operator, c.value, c.unit, c.basis, c.actual ?? -1, c.weight ?? -1, c.score ?? -1, c.deviation ?? -1])].filter((k) => k >= 0).sort((a, b) => a - b) : [];
  // 一级 / 二级 change once per merged block: their categories are looked up when they change.
  let level1Seen: string | null | undefined;
  let level2Seen: string | null | undefined;
  let cat1: Indicator['category1'] = null;
  let cat2: Indicator['category2'] = null;
  for (let ri = from; ri < rows.length; ri++) {
    // (a row set back under its header: only in a 自评表, 四川's web page; a plain 绩效目标表's rows are as printed)
    let row = selfEvaluation ? shifted(rows[ri]!, columns) : rows[ri]!;
    // One walk over the cells says whether the row is empty and finds its first word (isClosingRow's).
    let blank = true;
    let first: string | null = null;
    for (const c of row.cells) {
      if (c.text === '') continue;
      blank = false;
      const t = c.text.trim();
      if (t) {
        first = t;
        break;
      }
    }
    if (blank) continue;
    // (a header row's first words: 一级指标, or the merged label before it, 长期绩效指标 · 年度绩效指标)
    if (end && first !== null && (first.startsWith('一级') || first.includes('绩效指标')) && isIndicatorHeader(row)) {
      end.next = ri;
      break;
    }
    if (first !== null && isClosingText(first)) {
      // 总分 / 自评等级 of a 绩效自评表: the indicators end here. A row after it that still has an
      // indicator's name and target is not read, but said (never dropped silently).
      if (onUnread) {
        for (let li = ri + 1; li < rows.length; li++) {
          const later = rows[li]!;
          const name = cellText(later, columns.name);
          const target = columns.target >= 0 ? cellText(later, columns.target) : cellText(later, columns.value);
          if (name && target && !isClosingRow(later)) onUnread(compact(name), later.startLine);
        }
      }
      break;
    }
    if (selfEvaluation) {
      const placed = intoHeadings(row, headed, [c.level1, c.level2, c.name]);
      if (placed === null) {
        onUnread?.(row.cells.map((x) => compact(x.text)).filter((t) => t).join(' '), row.startLine, 'stands off its header (a figure under no heading that may belong to the cell left of it, or between two empty headings)');
        continue;
      }
      row = placed;
    }
    // (a name that is a bare figure, | 产出 | 数量 | 调解件数 | 20 | 18 | under | 绩效指标 | 一级指标 | …, is a row that left out a
    // cell: where its cells belong is not known, and it is reported, never read one column off)
    const named = cellText(row, columns.name);
    if (named !== null && (FIGURE_NAME.test(compact(named)) || OPERATOR_TARGET.test(compact(named)))) {
      onUnread?.(row.cells.map((c) => compact(c.text)).filter((t) => t).join(' '), row.startLine, 'stands off its header (a figure under 三级指标)');
      continue;
    }
    const l1 = cellText(row, columns.level1);
    const l2 = cellText(row, columns.level2);
    if (l1) {
      state.level1 = compact(l1);
      state.level2 = null;
    }
    if (l2) state.level2 = compact(l2);
    let raw: string;
    if (columns.target >= 0) {
      raw = row.cells[columns.target]?.text ?? '';
    } else {
      const part = (i: number) => (i >= 0 ? (row.cells[i]?.text ?? '').trim() : '');
      // (a 指标性质 cell that says only 定性 / 定量 is no operator: "定性 | 有效提升" is the target 有效提升)
      const op = part(columns.operator);
      raw = (NATURE_ONLY.test(op) ? '' : op) + part(columns.value) + part(columns.unit);
    }
    const cell = cellText(row, columns.name);
    const name = cell ? compact(cell) : null;
    const level1 = state.level1;
    const level2 = state.level2;
    if (level1 !== level1Seen) cat1 = category1((level1Seen = level1));
    if (level2 !== level2Seen) cat2 = category2((level2Seen = level2));
    const cost = cat1 === 'cost' || cat2 === 'cost';
    const target = moneyOf(durationOf(parseTarget(raw, year), name), cost, level2, name);
    // Two literals rather than a spread: the same keys in the same order, built without copying.
    if (selfEvaluation) {
      out.push({
        level1, level2, category1: cat1, category2: cat2, name,
        description: cellText(row, columns.description), scoring: cellText(row, columns.scoring), target, basis: cellText(row, columns.basis),
        actual: moneyOf(parseTarget(actualText(row, columns), year), cost, level2, name),
        weight: scoreOf(row.cells[columns.weight ?? -1]?.text),
        score: scoreOf(row.cells[columns.score ?? -1]?.text),
        deviation: cellText(row, columns.deviation ?? -1),
        line: row.startLine,
      });
    } else {
      out.push({
        level1, level2, category1: cat1, category2: cat2, name,
        description: cellText(row, columns.description), scoring: cellText(row, columns.scoring), target, basis: cellText(row, columns.basis),
        line: row.startLine,
      });
    }
  }
  return out;
}
