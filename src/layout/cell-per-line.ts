import type { Cell, Row, Table } from '../blocks/index.js';
import type { Line } from '../lines/index.js';
import { compact } from '../normalize/text.js';

/**
 * HTML tables saved as text with one cell per line. A row ends at a blank line,
 *   项目 ⏎ 本年预算数 ⏎ 上年预算数 ⏎⏎ 合计 ⏎ 12.50 ⏎ 13.00 ⏎⏎ …
 * or, when no blank line separates the rows, after as many cells as the header row has
 * (the header is the run of column names before the first row: 项目 / 预算数 / 决算数 …):
 *   项目 ⏎ 本年预算数 ⏎ 上年预算数 ⏎ 合计 ⏎ 12.50 ⏎ 13.00 ⏎ 公务接待费 ⏎ 4.50 ⏎ 4.50
 */
const HEADER_FIRST = /^(项目|科目|名称|单位|类别|序号|编码|功能分类|经济分类|支出|收入|指标)|(项目|科目|名称|单位名称|内容|类别)$/;
const HEADER_WORD = /预算|决算|金额|数$|增减|变动|比上年|同比|上年|本年|小计|合计|备注|数量|比例|[（(]?%[)）]?$|单位[:：]?[万元]/;
/** A figure cell: a number, a percentage, or a dash / nothing-to-report mark. */
const VALUE = /^([-−+]?[\d,，]*\d(\.\d+)?\s*(%|％|万元|元|万|亿元)?|[-—–－/]|无|\/)$/;

export function isValueCell(t: string): boolean {
  return t.length <= 24 && VALUE.test(t);
}

function short(t: string): boolean {
  return t.length > 0 && t.length <= 30 && !/[。；]$/.test(t);
}

function cell(l: Line): Cell {
  return { text: l.text, startLine: l.no, endLine: l.no };
}

function row(cells: Cell[]): Row {
  return { cells, startLine: cells[0]!.startLine, endLine: cells[cells.length - 1]!.endLine };
}

/**
 * Read the cell-per-line table that starts at lines[from] (its header row), if one does.
 * Returns the table and the index of the first line after it.
 */
export function readCellTable(lines: readonly Line[], from: number): { table: Table; next: number } | null {
  const first = lines[from]!;
  // (Header words may be letter-spaced: 项 目 · 预 算 数.)
  if (!short(first.text) || !HEADER_FIRST.test(compact(first.text)) || isValueCell(first.text)) return null;
  // The run of short text lines (no blank, no figure) that starts here.
  let end = from;
  while (end < lines.length && !lines[end]!.blank && short(lines[end]!.text) && !isValueCell(lines[end]!.text)) end++;
  const run = end - from;
  if (run < 2) return null;
  const blankAfterRun = end < lines.length && lines[end]!.blank;
  // Rows that end at a blank line; or, when the first of them holds more cells than the header (rows counted
  // from the header whose empty cells are blank lines), counted rows whose first cell is that blank line.
  const blanked = blankAfterRun ? blankRows(lines, from, end) : null;
  if (blanked !== null) return blanked === 'longer' ? countedRows(lines, from, run) : blanked;
  // Counted rows: the last text line of the run is the first row's name (under 科目编码 ⏎ 科目名称 the first
  // row starts with its code, a figure-like cell that ends the run: the run is the header).
  const codedStart = CODE_THEN_NAME.every((re, n) => re.test(compact(lines[from + n]!.text))) && end < lines.length && CODE_CELL.test(lines[end]!.text.trim());
  const k = blankAfterRun || codedStart ? run : run - 1;
  if (k < 2 || !lines.slice(from + 1, from + k).some((l) => HEADER_WORD.test(compact(l.text)))) return null;
  return countedRows(lines, from, k);
}

/**
 * Rows separated by blank lines: the header row is [from, end). 'longer' when the first row holds more
 * cells than the header and one more (a code under a merged 科目 cell): no row that ends at a blank line,
 * but rows counted from the header whose empty cells are blank lines (项目 ⏎ 行次 ⏎ 金额 ⏎ 项目 ⏎ 行次 ⏎ 金额 ⏎
 * 一、… ⏎ 1 ⏎ 1,150.00 ⏎ … ⏎⏎⏎⏎ 三、住房保障支出 ⏎ 33 ⏎ 60.00): read as one row, a 行次 or a code among them
 * was read as money under a column of no header.
 */
function blankRows(lines: readonly Line[], from: number, end: number): { table: Table; next: number } | 'longer' | null {
  const header = lines.slice(from, end);
  if (!header.slice(1).some((l) => HEADER_WORD.test(l.text))) return null;
  const rows: Row[] = [row(header.map(cell))];
  let i = end;
  let next = end;
  while (i < lines.length) {
    let j = i;
    let blanks = 0;
    while (j < lines.length && lines[j]!.blank) {
      j++;
      blanks++;
    }
    if (blanks >= 2 || j >= lines.length) break;
    let k = j;
    while (k < lines.length && !lines[k]!.blank) k++;
    const group = lines.slice(j, k);
    // A row: two or more short cells of which at least one is a figure.
    if (group.length < 2 || !group.every((l) => l.text.length <= 40) || !group.slice(1).some((l) => isValueCell(l.text))) break;
    if (group.length > header.length + 1) {
      if (rows.length === 1) return 'longer';
      break;
    }
    rows.push(row(group.map(cell)));
    i = k;
    next = k;
  }
  if (rows.length < 2) return null;
  return { table: { kind: 'table', rows, startLine: rows[0]!.startLine, endLine: rows[rows.length - 1]!.endLine }, next };
}

/** A header of a code column then a name column (科目编码 ⏎ 科目名称): rows start with a code. */
const CODE_THEN_NAME = [/编码|代码/, /名称/] as const;
const CODE_CELL = /^[1-9]\d{2}(\d{2}){0,2}$/;

/** A header cell over names; repeated, it heads the second half of a table (收入支出决算总表: 项目 ⏎ 行次 ⏎ 金额 ⏎ 项目 ⏎ 行次 ⏎ 金额). */
const NAME_COLUMN = /^(项目|科目|名称|内容|类别)$|(项目|科目)名称$|^(收入|支出)项目$/;

/**
 * Rows of k cells counted from the header: a name, then k − 1 figures (a further name under a name
 * column of the header). Under 科目编码 ⏎ 科目名称 a row is a code, a name, then k − 2 figures; a row
 * without its code (合计, 总计: a cell merged over both columns) has k − 1 cells, and its code cell is left
 * blank. An empty cell is a blank line (a row needs a name); a group of lines that does not fit the
 * columns ends the table.
 */
function countedRows(lines: readonly Line[], from: number, k: number): { table: Table; next: number } | null {
  const rows: Row[] = [row(lines.slice(from, from + k).map(cell))];
  const coded = k >= 3 && CODE_THEN_NAME.every((re, n) => re.test(compact(lines[from + n]!.text)));
  const names = new Set<number>([0]);
  const head = compact(lines[from]!.text);
  for (let c = 1; c < k; c++) if (NAME_COLUMN.test(head) && compact(lines[from + c]!.text) === head) names.add(c);
  const blankCell = (l: Line): Cell => ({ text: '', startLine: l.no, endLine: l.no });
  let i = from + k;
  while (coded && i + k - 1 <= lines.length) {
    // (A blank line where the code stands: the empty code cell of 合计.)
    const codeCell = lines[i]!.blank || CODE_CELL.test(lines[i]!.text.trim());
    const n = codeCell ? k : k - 1;
    if (i + n > lines.length) break;
    const group = lines.slice(i, i + n);
    const name = group[codeCell ? 1 : 0]!;
    if (name.blank || isValueCell(name.text) || !short(name.text)) break;
    const figures = group.slice(codeCell ? 2 : 1);
    if (!figures.every((l) => l.blank || l.text === '' || isValueCell(l.text))) break;
    if (group.some((l) => l.blank) && !figures.some((l) => !l.blank && isValueCell(l.text))) break;
    // A row whose blank cells the page left out is shorter than the header: then the next row's code stands
    // among its figures (a code, then a name), or a figure follows it. Its cells cannot be placed: the table ends.
    const startsRow = (at: number) => {
      const l = lines[at];
      return !l || l.blank || !isValueCell(l.text) || (CODE_CELL.test(l.text.trim()) && !!lines[at + 1] && !lines[at + 1]!.blank && !isValueCell(lines[at + 1]!.text));
    };
    const first = i + (codeCell ? 2 : 1);
    let cutShort = !startsRow(i + n);
    for (let j = first; j < i + n && !cutShort; j++) cutShort = CODE_CELL.test(lines[j]!.text.trim()) && !!lines[j + 1] && !lines[j + 1]!.blank && !isValueCell(lines[j + 1]!.text);
    if (cutShort) break;
    const cells = group.map((l) => (l.blank ? blankCell(l) : cell(l)));
    if (!codeCell) cells.unshift({ text: '', startLine: name.no, endLine: name.no });
    rows.push(row(cells));
    i += n;
  }
  while (!coded && i + k <= lines.length) {
    const group = lines.slice(i, i + k);
    // Each cell fits its column: a name (or nothing) under a name column, a figure (or nothing) under the others;
    // the row has a name. (An empty cell: a blank line, or a lone pipe of a cell-per-line run, see unpipeCells in web.ts.)
    const fits = group.every((l, c) => l.blank || l.text === '' || (names.has(c) ? short(l.text) && !isValueCell(l.text) : isValueCell(l.text)));
    if (!fits || !group.some((l, c) => names.has(c) && !l.blank && l.text !== '')) break;
    // (A row with a blank line holds a figure: a short line then a blank one is no row.)
    if (group.some((l) => l.blank) && !group.some((l, c) => !names.has(c) && !l.blank && isValueCell(l.text))) break;
    rows.push(row(group.map((l) => (l.blank ? blankCell(l) : cell(l)))));
    i += k;
  }
  // Cut short: the rows stop inside the table's data (a figure among the lines before the next blank line),
  // either with fewer lines than a row left over, or, under a repeated name column, at any row that does not
  // fit: a row whose empty cells the page left out (收支总表: 三、社会保障和就业支出 ⏎ 50.00 with no revenue
  // beside it) moves every later cell one column on, and the rows before it fit by chance. Not counted.
  if (!coded && rows.length > 1) {
    let e = i;
    while (e < lines.length && e < i + k && !lines[e]!.blank) e++;
    const rest = lines.slice(i, e);
    if (rest.some((l) => isValueCell(l.text)) && (rest.length < k || names.size > 1)) return null;
  }
  if (rows.length < 2) return null;
  return { table: { kind: 'table', rows, startLine: rows[0]!.startLine, endLine: rows[rows.length - 1]!.endLine }, next: i };
}
