import type { Row, Table } from '../blocks/index.js';
import { parseAmount } from '../normalize/money.js';
import { cellCode, splitCodeName } from './codes.js';
import { cellLabels, compact } from '../extract/context.js';
import { BARE_VEHICLE_OPERATION, BARE_VEHICLE_PURCHASE, CLASS_HEADER, CODE_HEADER, COLUMN_KEYS, EMPTY_CELL, EMPTY_TABLE_NOTE, UNIT_CODE_CELL, FINAL_BUDGETED_HEADER, FINAL_NOT_BUDGETED, GROUP_PARTS, mergedMeanings, NAME_HEADER, FUND_SPENDING_GROUP, SIBLING_KEYS, THREE_PUBLIC_FAMILY, TOTAL_ROW, YEAR_REVENUE_HEADER, YEAR_SPENDING_HEADER } from './patterns.js';

/**
 * The header of a table: which rows are header rows, what each column is (a 类/款/项 column,
 * a code column, a text column, a money column) and the key of each money column.
 */
/** The header of a column of row numbers (决算 tables: 行次). */
export const ROW_NUMBER_HEADER = /^(行次|栏次|序号|行号)$/;

export type ColumnRole = 'class' | 'code' | 'text' | 'value';

export interface ColumnInfo {
  index: number;
  role: ColumnRole;
  /** For class columns: 类, 款 or 项. */
  part?: '类' | '款' | '项';
  key: string;
  header: string;
  money: boolean;
}

export interface Side {
  side: 'revenue' | 'expenditure' | null;
  columns: ColumnInfo[];
}

export interface TableHeader {
  /** Index of the first data row in `table.rows`. */
  dataStart: number;
  width: number;
  /** One side, or two halves side by side (收入 | 支出). */
  sides: Side[];
  /** The header rows' text, compact, to recognize a repeated header after a page break. */
  signature: string;
  /**
   * Money columns left unnamed (`c<n>`) because one header cell of theirs names two meanings that
   * exclude each other (政府性基…财政专户…: neighbouring headers merged by a PDF reader).
   */
  merged: { index: number; header: string; meanings: string[]; line: number }[];
}

const THREE_PUBLIC_KEYS = new Set(THREE_PUBLIC_FAMILY);
/** Group keys that say which figures the columns under them are (a repeated header is named after them). */
const PERIOD_GROUPS = new Set(['budgeted', 'actual', 'previous', 'total', 'change']);
const NUMBER_CELL = /^[-−+]?[\d,，]+(\.\d+)?(?:万元|亿元|元|万)?$|^[-−+]?\.\d+$/;
/** A percentage (`-7.03%`): a figure of a rate column, never money. */
const PERCENT_CELL = /^[-−+]?\d+(\.\d+)?[%％]$/;

/** A cell that holds a number (an amount or a code), not a word. */
export function isNumberCell(text: string): boolean {
  const t = compact(text);
  return NUMBER_CELL.test(t) && parseAmount(t) !== null;
}

/** A row with a number or a code in it: the header ends before the first one. */
export function isDataRow(row: Row): boolean {
  return row.cells.some((c) => isNumberCell(c.text) || splitCodeName(c.text) !== null);
}

/**
 * A row of a table that holds no figures: its statement that it is empty (本单位无此项支出, a lone cell),
 * or its 合计 row with every other cell blank or a dash (合计 in the code or name column). The header
 * ends before it: neither is a header cell (本单位无此项支出 named the code column a money `total`).
 */
function isEmptyTableRow(row: Row): boolean {
  let first = -1;
  for (let i = 0; i < row.cells.length; i++) {
    const t = compact(row.cells[i]!.text);
    if (t === '' || (first >= 0 && EMPTY_CELL.test(t))) continue;
    if (first >= 0) return false;
    first = i;
  }
  if (first < 0 || first > 1) return false;
  const t = compact(row.cells[first]!.text);
  // (一、“三公”经费支出: a numbered section row of the table, its figure cells blank)
  return t.length <= 40 && (EMPTY_TABLE_NOTE.test(t) || TOTAL_ROW.test(t) || /^([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/.test(t));
}

export interface HeaderContext {
  /** The table's title or header says 决算: its 预算数 columns are `budgeted`. */
  finalAccount: boolean;
  /** The document is a 决算 (the table may not say so): only a 本年 / 年初 / 调整 预算数 column is `budgeted`. */
  finalAccountDocument?: boolean;
  year: number | null;
  /** The header names years that do not tell which is this year's: a column headed with a year is not named. */
  unclearYears?: boolean;
  /** The header has a 本年收入 column and a 本年支出 column (see YEAR_REVENUE_HEADER): they are `revenue` and `expenditure`. */
  revenueAndSpending?: boolean;
}

/**
 * Where the document's year is unknown, the years the header names: two years in a row (2024年预算数 |
 * 2025年预算数) make the later one this year's (a disclosure sets this year beside the year before);
 * other years (2023 | 2025, or three years) are unclear, and no column headed with a year is named.
 */
function headerYear(headerRows: readonly Row[], context: HeaderContext): HeaderContext {
  if (context.year !== null) return context;
  const years = new Set<number>();
  for (const r of headerRows) {
    for (const c of r.cells) {
      if (!c.text.includes('年')) continue;
      const t = compact(c.text);
      if (/增减|变动|比较/.test(t)) continue;
      for (const m of t.matchAll(/(\d{4})年/g)) years.add(Number(m[1]));
    }
  }
  if (years.size < 2) return context;
  const ys = [...years].sort((a, b) => a - b);
  if (ys.length === 2 && ys[1]! - ys[0]! === 1) return { ...context, year: ys[1]! };
  return { ...context, unclearYears: true };
}

const VEHICLE_WORDS = /公务用车|车辆购置|车辆运行/;

/** A cell that starts a group of columns in the row under a group header: its own 小计 / 合计. */
const GROUP_START = /^(小计|合计)$/;

/**
 * A header row with fewer cells than the row under it: a PDF reader counted each merged cell once
 * (公务用车购置及运行费 over 小计 | 购置费 | 运行费), so the cells after it stand columns too far left
 * and a label fills right over columns it does not span (公务接待费 over 运行费). The row below says
 * where the cells go: each column where it is blank has its header from this row (spanning down),
 * and each run of columns it covers (a run starts anew at a 小计 / 合计 of its own) lies under one
 * merged cell of this row. When the counts agree (and a blank cell of this row stands only over a
 * blank column, spanned from further up), each cell is set over the first column of its place;
 * otherwise the row is left as it is. Rows are set from the bottom up, each over the row below as set.
 */
function alignShortHeaderRows(headerRows: readonly Row[], width: number): Row[] {
  const out = headerRows.slice();
  if (out.length < 2) return out;
  const ownersOf = (row: Row) => row.cells.map((c, i) => (compact(c.text) ? i : -1));
  let below = out[out.length - 1]!;
  let owner = ownersOf(below);
  for (let r = out.length - 2; r >= 0; r--) {
    const row = out[r]!;
    let aligned: number[] | null = null;
    // Only a row below that stands over every column (the table's width, or set so itself) tells.
    if (row.cells.length < owner.length && owner.length >= width) {
      const slots: number[][] = [];
      let run: number[] | null = null;
      for (let i = 0; i < owner.length; i++) {
        const starts = owner[i] !== owner[i - 1] && GROUP_START.test(compact(below.cells[i]?.text ?? ''));
        if (owner[i] === -1) {
          run = null;
          slots.push([i]);
        } else if (run && !starts) run.push(i);
        else slots.push((run = [i]));
      }
      const fits = slots.length === row.cells.length && slots.every((slot, k) => slot.length === 1 || compact(row.cells[k]!.text) !== '');
      if (fits) {
        const cells = Array.from({ length: owner.length }, (_, i) => ({ text: '', startLine: row.startLine, endLine: row.startLine }));
        aligned = Array.from({ length: owner.length }, () => -1);
        slots.forEach((slot, k) => {
          const cell = row.cells[k]!;
          cells[slot[0]!] = cell;
          if (compact(cell.text)) for (const i of slot) aligned![i] = slot[0]!;
        });
        out[r] = { ...row, cells };
      }
    }
    below = out[r]!;
    owner = aligned ?? ownersOf(below);
  }
  return out;
}

/**
 * A header row whose cells a web page's text packed to the left: an HTML header of a cell spanning
 * columns (比上年增、减情况 over 增、减金额 | 增、减幅度) beside cells spanning rows (项目, 上年决算数 …)
 * is saved with the second row's cells from the first column on (`增、减金额 | 增、减幅度 | | |`).
 * When both rows have a cell for every column (a PDF reader's short rows are aligned by
 * `alignShortHeaderRows`), the row above has its name column filled, and the cells of this row are
 * exactly as many as the columns under the cells above that span several (a cell followed by blank
 * ones), none of them naming the name column or 类 / 款 / 项, they are set under those columns, in order.
 */
function alignPackedHeaderRows(headerRows: readonly Row[], width: number): Row[] {
  if (headerRows.length < 2) return headerRows as Row[];
  let out: Row[] | null = null;
  for (let r = 1; r < headerRows.length; r++) {
    const up = (out ?? headerRows)[r - 1]!;
    const row = headerRows[r]!;
    // Pipe / TAB rows keep every cell; a row shorter than the table is a PDF reader's (see below).
    if (up.cells.length < width || row.cells.length < width) continue;
    const filled = (x: Row, i: number) => compact(x.cells[i]?.text ?? '') !== '';
    let k = 0;
    while (k < width && filled(row, k)) k++;
    if (k === 0 || k >= width || NAME_HEADER.test(compact(row.cells[0]!.text)) || !filled(up, 0)) continue;
    let rest = false;
    for (let i = k; i < width && !rest; i++) rest = filled(row, i);
    if (rest) continue;
    // The columns under a cell of the row above that spans several (it is followed by blank cells).
    const under: number[] = [];
    for (let i = 0; i < width; ) {
      let j = i + 1;
      while (j < width && !filled(up, j)) j++;
      if (filled(up, i) && j - i >= 2) for (let c = i; c < j; c++) under.push(c);
      i = j;
    }
    if (under.length !== k || under[0] === 0) continue;
    if (row.cells.slice(0, k).some((c) => CLASS_HEADER.类.test(compact(c.text)) || CLASS_HEADER.款.test(compact(c.text)) || CLASS_HEADER.项.test(compact(c.text)))) continue;
    const cells = Array.from({ length: Math.max(width, row.cells.length) }, () => ({ text: '', startLine: row.startLine, endLine: row.startLine }));
    under.forEach((c, n) => (cells[c] = row.cells[n]!));
    (out ??= headerRows.slice())[r] = { ...row, cells };
  }
  return out ?? (headerRows as Row[]);
}

/** Whether a header cell keyed `group` can stand over a column keyed `key` (see `SIBLING_KEYS`). */
function canGroup(group: string, key: string): boolean {
  if (GROUP_PARTS[group]?.includes(key)) return true;
  return !SIBLING_KEYS.some((family) => family.includes(group) && family.includes(key));
}

export function keyOf(text: string, context: HeaderContext): { key: string; money: boolean } | null {
  const t = compact(text);
  if (!t) return null;
  if (context.revenueAndSpending) {
    if (YEAR_REVENUE_HEADER.test(t)) return { key: 'revenue', money: true };
    if (YEAR_SPENDING_HEADER.test(t)) return { key: 'expenditure', money: true };
  }
  const y = /(\d{4})年/.exec(t);
  if (y && context.unclearYears && !/增减|变动|比较/.test(t)) return null;
  if (y && context.year !== null && Number(y[1]) < context.year && !/增减|变动|比较/.test(t)) return { key: 'previous', money: true };
  // In a 决算 the budget beside the outturn: never 上年预算数 (`previous`), a rate (预算完成率) or a source of funds
  // (公共预算拨款); where only the document (not the table) says 决算, only a 本年 / 年初 / 调整 预算数 column.
  if ((context.finalAccount || context.finalAccountDocument) && /预算/.test(t) && !FINAL_NOT_BUDGETED.test(t) && (context.finalAccount || FINAL_BUDGETED_HEADER.test(t))) return { key: 'budgeted', money: true };
  // A header that starts with 合计 / 小计 and goes on with another column's words (合计基本支出) is two
  // headers joined by a PDF reader: the figures under it are those of the first, the total.
  if (/^(合计|小计|总计)./.test(t) && !/^(合计|小计|总计)(数|金额)?$/.test(t)) return { key: 'total', money: true };
  for (const k of COLUMN_KEYS) {
    if (!k.re.test(t)) continue;
    // 本年一般公共预算基本支出合计, 本年收入合计: the total of the table, not a part.
    if (/(合计|总计)$/.test(t) && k.money !== false && !THREE_PUBLIC_KEYS.has(k.key)) return { key: 'total', money: true };
    return { key: k.key, money: k.money !== false };
  }
  return null;
}

export function readHeader(table: Table, startRow: number, documentContext: HeaderContext): TableHeader {
  const rows = table.rows;
  let dataStart = -1;
  for (let i = startRow; i < rows.length; i++) {
    if (isDataRow(rows[i]!) || (i > startRow && isEmptyTableRow(rows[i]!))) {
      dataStart = i;
      break;
    }
  }
  if (dataStart < 0) dataStart = rows.length;
  // No spread into Math.max: a table may have a hundred thousand rows.
  let width = 0;
  for (const r of rows.slice(startRow)) if (r.cells.length > width) width = r.cells.length;
  const headerRows = alignShortHeaderRows(alignPackedHeaderRows(rows.slice(startRow, dataStart), width), width);
  let context: HeaderContext = headerYear(headerRows, documentContext);
  const dataRows = rows.slice(dataStart);
  // The header text of each column, top to bottom; and the group labels of merged cells (filled right).
  // A label is filled right only over columns without a header cell of their own above: such a cell
  // spans down through this row (总计 beside 资金来源 / 上年结转和结余资金), and the label stops there.
  // A column without a header cell of its own is shown under the label the lowest row spreads over
  // it, past such stops too (`spillAt`): a header set over the wrong columns then shows (科目名称
  // over figures, see tables/trust.ts), but that label names no key.
  const cellsAt: string[][] = Array.from({ length: width }, () => []);
  const groupAt: string[][] = Array.from({ length: width }, () => []);
  const spillAt: string[] = Array.from({ length: width }, () => '');
  // The line of each cell in cellsAt / groupAt (a warning about a header cell points at its own line).
  const cellLineAt: number[][] = Array.from({ length: width }, () => []);
  const groupLineAt: number[][] = Array.from({ length: width }, () => []);
  for (const r of headerRows) {
    let group = '';
    let groupLine = 0;
    let spill = '';
    for (let i = 0; i < width; i++) {
      const t = compact(r.cells[i]?.text ?? '');
      if (t) {
        cellsAt[i]!.push(t);
        cellLineAt[i]!.push(r.cells[i]!.startLine);
        group = spill = t;
        groupLine = r.cells[i]!.startLine;
        continue;
      }
      if (spill) spillAt[i] = spill;
      if (cellsAt[i]!.length > 0) group = '';
      else if (group) {
        groupAt[i]!.push(group);
        groupLineAt[i]!.push(groupLine);
      }
    }
  }
  const roles: ColumnInfo[] = [];
  const percentAt = new Set<number>();
  for (let i = 0; i < width; i++) {
    const hs = cellsAt[i]!;
    const header = hs.join(' / ');
    const last = hs[hs.length - 1] ?? '';
    let role: ColumnRole;
    let part: ColumnInfo['part'];
    const cls = (Object.keys(CLASS_HEADER) as ('类' | '款' | '项')[]).find((p) => CLASS_HEADER[p].test(last));
    const cells = dataRows.map((r) => compact(r.cells[i]?.text ?? '')).filter((t) => t && !EMPTY_CELL.test(t));
    const numeric = cells.filter((t) => isNumberCell(t)).length;
    // A column of percentages (增减幅度: -7.03%) is a column of figures, not of text (it does not
    // start a second half of the table), and holds no money.
    const percents = numeric * 2 < cells.length ? cells.filter((t) => PERCENT_CELL.test(t)).length : 0;
    if (percents > 0 && (numeric + percents) * 2 >= cells.length && percents >= numeric) percentAt.add(i);
    if (cls) {
      role = 'class';
      part = cls;
    } else if (ROW_NUMBER_HEADER.test(compact(last))) {
      // 行次 / 栏次 / 序号: row numbers, never money.
      role = 'text';
    } else if (CODE_HEADER.test(last) && !/名称/.test(last) && cells.every((t) => cellCode(t) !== null || !isNumberCell(t))) {
      role = 'code';
    } else if (CODE_HEADER.test(last) && !/名称/.test(last) && cells.length > 0 && cells.every((t) => UNIT_CODE_CELL.test(t))) {
      // 单位代码 over 105001: the unit's code, never money (it was read as 105001万元).
      role = 'text';
    } else if (cells.length > 0 && (numeric * 2 >= cells.length || percentAt.has(i))) {
      role = 'value';
    } else if (cells.length === 0 && hs.length > 0 && !keyOf(header, context)) {
      role = 'text';
    } else if (cells.length === 0) {
      role = 'value';
    } else {
      role = 'text';
    }
    roles.push({ index: i, role, ...(part ? { part } : {}), key: '', header, money: role === 'value' });
  }
  // A code column known by its cells (no header over it: a continuation page): the first column,
  // every cell a 3/5/7-digit code, a column of names right after it.
  if (!roles.some((c) => c.role === 'code' || c.role === 'class') && roles[0]?.role === 'value' && roles[1]?.role === 'text') {
    const cells = dataRows.map((r) => compact(r.cells[0]?.text ?? '')).filter((t) => t);
    if (cells.length > 0 && cells.every((t) => /^\d{3}(\d{2}){0,2}$/.test(t))) {
      roles[0].role = 'code';
      roles[0].money = false;
    }
  }
  // 款 / 项 columns named, the 类 column headed as a code column (功能分类科目编码 over 类).
  if (!roles.some((c) => c.part === '类')) {
    const k = roles.findIndex((c) => c.part === '款' || c.part === '项');
    const code = k > 0 ? roles[k - 1] : undefined;
    if (code && code.role === 'code') {
      code.role = 'class';
      code.part = '类';
    }
  }
  // The column right after a 类 (款) column whose cells are all two digits is the 款 (项) column, whatever
  // its header says: a PDF header sets 项目 over the 项 column (`项目项`), and its `05` are no figures.
  for (let k = 0; k + 1 < roles.length; k++) {
    const c = roles[k]!;
    const next = roles[k + 1]!;
    const part = c.part === '类' ? '款' : c.part === '款' ? '项' : null;
    if (c.role !== 'class' || part === null || next.role === 'class' || next.role === 'code') continue;
    // (栏次, the row of column numbers, may stand in it)
    const cells = dataRows.map((r) => compact(r.cells[k + 1]?.text ?? '')).filter((t) => t && !ROW_NUMBER_HEADER.test(t));
    if (cells.length > 0 && cells.every((t) => /^\d{2}$/.test(t))) {
      next.role = 'class';
      next.part = part;
      next.money = false;
    }
  }
  // 类 / 款 / 项 columns known by their cells where the header does not say so (a PDF header
  // joined over several columns): leftmost, 3 digits, then 2 digits, then 2 digits.
  if (!roles.some((c) => c.role === 'class')) {
    const only = (i: number, re: RegExp) => {
      const cells = dataRows.map((r) => compact(r.cells[i]?.text ?? '')).filter((t) => t);
      return cells.length > 0 && cells.every((t) => re.test(t));
    };
    const first = roles.findIndex((c) => c.role !== 'text' || compact(c.header) !== '');
    if (first >= 0 && only(first, /^\d{3}$/) && only(first + 1, /^\d{2}$/)) {
      const parts = ['类', '款', '项'] as const;
      for (let k = 0; k < 3; k++) {
        const c = roles[first + k];
        if (!c || (k > 0 && !only(first + k, /^\d{2}$/))) break;
        c.role = 'class';
        c.part = parts[k];
        c.money = false;
      }
    }
  }
  // 本年收入 and 本年支出 each over a column of figures (not the halves of a 收支总表, over its name columns).
  // Both in one block of figures: a text column between them (收入项目 | 本年收入 | 支出项目 | 本年支出, a 收支总表 in
  // one header row) makes two halves whose figures stay `total` (收入总计 / 支出总计 were lost).
  const at = (re: RegExp) => roles.findIndex((c) => c.role === 'value' && cellsAt[c.index]!.some((h) => re.test(h)));
  const rev = at(YEAR_REVENUE_HEADER);
  const spend = rev < 0 ? -1 : at(YEAR_SPENDING_HEADER);
  if (rev >= 0 && spend >= 0 && roles.slice(Math.min(rev, spend), Math.max(rev, spend) + 1).every((c) => c.role === 'value')) context = { ...context, revenueAndSpending: true };
  // Sides: a text column after a money column starts the second half (收入 | 支出).
  const sides: Side[] = [];
  let current: ColumnInfo[] = [];
  let seenValue = false;
  for (const c of roles) {
    if (c.role !== 'value' && seenValue) {
      sides.push({ side: null, columns: current });
      current = [];
      seenValue = false;
    }
    if (c.role === 'value') seenValue = true;
    current.push(c);
  }
  sides.push({ side: null, columns: current });
  if (sides.length === 2) {
    const text = sides.map((s) => s.columns.map((c) => c.header + (groupAt[c.index] ?? []).join('')).join(''));
    const revenueFirst = !(/支出/.test(text[0]!) && !/收入/.test(text[0]!));
    sides[0]!.side = revenueFirst ? 'revenue' : 'expenditure';
    sides[1]!.side = revenueFirst ? 'expenditure' : 'revenue';
  }
  const merged: TableHeader['merged'] = [];
  const vehicleTable = cellsAt.some((cs) => cs.some((x) => VEHICLE_WORDS.test(x)));
  for (const s of sides) {
    // First every value column's own key and the key of the group over it; then a key that repeats
    // (基本支出 under 预算数 and under 决算数) is named after its group at EVERY occurrence
    // (`budgeted.basic` beside `actual.basic`), so that no group's figures pass for the bare key.
    const found: { c: ColumnInfo; key: string; group: string | undefined }[] = [];
    for (const c of s.columns) {
      if (c.role !== 'value') {
        c.key = c.role === 'class' ? c.part! : c.role;
        continue;
      }
      const all = cellsAt[c.index]!;
      // A header cell of the column that names two meanings which exclude each other (政府性基…
      // 财政专户…) is several headers merged: the column is not named after any of them (c<n>) when
      // that cell is the one naming it: its lowest own cell, or an upper one when no cell below it
      // names a specific key. Above a column's own specific cell (财政拨款（一般公共预算、政府性基金）
      // over 一般公共预算) it names nothing, like a merged group cell.
      const hs = all.filter((h) => mergedMeanings(h) === null);
      const lowest = all[all.length - 1];
      const specificBelow = hs.some((h) => {
        const k = keyOf(h, context);
        return k !== null && k.key !== 'total';
      });
      const at = lowest !== undefined && mergedMeanings(lowest) !== null ? all.length - 1 : specificBelow ? -1 : all.findIndex((h) => mergedMeanings(h) !== null);
      let mixed = at >= 0 ? { header: all[at]!, line: cellLineAt[c.index]![at]! } : undefined;
      // A merged cell that spans several columns is the own cell of the first only; it stands over
      // the others as a group, and each of them whose own cells and other groups name no specific
      // key is as unsure as the first (政府性基…财政专户… over 预算拨款 | 管理资金).
      if (mixed === undefined && !specificBelow) {
        const gs = groupAt[c.index]!;
        const g = gs.findIndex((h) => mergedMeanings(h) !== null);
        const specificGroup = gs.some((h) => {
          const k = mergedMeanings(h) === null ? keyOf(h, context) : null;
          return k !== null && k.key !== 'total';
        });
        if (g >= 0 && !specificGroup) mixed = { header: gs[g]!, line: groupLineAt[c.index]![g]! };
      }
      if (mixed !== undefined) {
        merged.push({ index: c.index, header: mixed.header, meanings: mergedMeanings(mixed.header)!, line: mixed.line });
        if (!c.header) c.header = spillAt[c.index] || mixed.header;
        c.money = true;
        found.push({ c, key: `c${c.index + 1}`, group: undefined });
        continue;
      }
      // The lowest header cell that names a key; a generic one (合计, 小计, 金额) gives way to a
      // more specific one above it (公务用车购置及运行费 / 小计 → vehicle; 决算数 / 合计 → actual).
      // A merged group cell (政府性基…财政专户… filled over the column) names nothing.
      const groups = groupAt[c.index]!.filter((g) => mergedMeanings(g) === null);
      // A fund's spending over the table's 合计 (本年政府性基金预算支出 / 合计 | 基本支出 | 项目支出) names what the whole
      // table spends, not a part: the 合计 stays `total`. (A column's own lowest cell, 一般公共预算支出, names it.)
      const k = [...hs].reverse().concat([...groups].reverse()).map((h, n) => (n > 0 && FUND_SPENDING_GROUP.test(h) ? null : keyOf(h, context))).filter((x) => x !== null)
        .reduce<{ key: string; money: boolean } | null>((best, x) => (best === null ? x : best.key === 'total' && x.key !== 'total' && x.money ? x : best), null);
      let key = k?.key ?? `c${c.index + 1}`;
      c.money = k ? k.money : true;
      // Percentages under a header that names money (or nothing): a rate, not read as money.
      if (percentAt.has(c.index) && c.money) {
        c.money = false;
        key = k === null ? 'changeRate' : `c${c.index + 1}`;
      }
      // A bare 购置费 / 运行费 / 运行维护费 is a part of 公务用车购置及运行费 only under it (not the group,
      // vehicle, itself); a bare 运行维护费 elsewhere is 公务用车's only in a table that names 公务用车.
      const own = hs[hs.length - 1] ?? '';
      const purchase = BARE_VEHICLE_PURCHASE.test(own);
      if (purchase || BARE_VEHICLE_OPERATION.test(own)) {
        const underVehicle = [...hs.slice(0, -1), ...groups].some((g) => keyOf(g, context)?.key === 'vehicle');
        if (underVehicle) key = purchase ? 'vehiclePurchase' : 'vehicleOperation';
        else if (key === 'vehicleOperation' && !vehicleTable) key = `c${c.index + 1}`;
      }
      // A group names the column's group only where it can stand over it: never a sibling part of
      // the same whole (公务接待费 over 公务用车运行费, 项目支出 over 公用经费).
      const group = [...hs.slice(0, -1), ...groups].map((g) => keyOf(g, context)?.key).find((x) => x && x !== key && canGroup(x, key));
      found.push({ c, key, group });
      if (!c.header) c.header = spillAt[c.index] || (groups[groups.length - 1] ?? '');
    }
    // Only groups that name a period or kind of figure (预算数 / 决算数 / 上年 / 本年 / 增减) are trusted to
    // stand over every occurrence: a group filled right from a neighbouring header cell (公务接待费 over
    // 公务用车运行费) is not, and there the first occurrence keeps the bare key as before.
    const byKey = new Map<string, (string | undefined)[]>();
    for (const f of found) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f.group]);
    const everyOne = (key: string) => {
      const gs = byKey.get(key)!;
      return gs.length > 1 && gs.every((g) => g !== undefined && PERIOD_GROUPS.has(g)) && new Set(gs).size === gs.length;
    };
    const used = new Map<string, number>();
    // A repeated key is named after its group only where the group tells it from the first one;
    // two columns of one key under the same group (or none) are numbered: project, project2.
    const firstGroup = new Map<string, string | undefined>();
    for (const f of found) if (!firstGroup.has(f.key)) firstGroup.set(f.key, f.group);
    for (const f of found) {
      let key = f.key;
      if (everyOne(key)) {
        key = `${f.group}.${key}`;
        used.set(key, 1);
      } else {
        const n = used.get(key) ?? 0;
        used.set(key, n + 1);
        if (n > 0) {
          // A column with no header cell of its own, named only by a label filled right from the
          // column before (合计 or 总额 over a figure whose own header the PDF reader lost): the label
          // is that column's name, not this one's; it stays unnamed (c<n>) rather than a second total.
          const distinct = f.group && f.group !== firstGroup.get(key) && !used.has(`${f.group}.${key}`);
          key = distinct ? `${f.group}.${key}` : cellsAt[f.c.index]!.length === 0 ? `c${f.c.index + 1}` : `${key}${n + 1}`;
          used.set(key, 1);
        }
      }
      f.c.key = key;
    }
  }
  const signature = headerRows.map((r) => cellLabels(r).join('|')).join('||');
  return { dataStart, width, sides, signature, merged };
}
