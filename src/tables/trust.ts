import { checkRowSums } from '../checks/tables.js';
import { Diagnostics } from '../diagnostics.js';
import type { BudgetTable } from '../schema/index.js';
import { compact } from '../normalize/text.js';

/**
 * A wrong figure is worse than a missing one. When most rows of a table do not add up across
 * their columns (total ≠ basic + project …), the columns were cut wrong (a PDF header whose
 * letters were spread, a column shifted by one): every value would sit under the wrong key.
 * Such a table keeps its rows (codes and names) without values, and says so; its figures are
 * then neither filled into the document nor checked.
 */
const MIN_FAILURES = 3;

/** A header that names the code or name column: over a money column it means the header rows were aligned wrong. */
const LABEL_HEADER = /^(科目名称|科目编码|项目|项目名称|名称|编码|功能分类科目|经济分类科目|科目)$/;

/**
 * A header cell that runs two columns' headings together (pdftotext -layout set a heading over the column of
 * its neighbour): over a money column, a name heading and the 行次 (项目行次) means the header rows stand over
 * the wrong columns (项目金额, 名称金额 are money headings of their own: | 项目名称 | 项目金额 | 资金来源 |). A 合计 run into a part (合计基本支出, the part's column often empty in a budget table) holds
 * the 合计's figures: keyed as the part (本年支出合计基本支出 read as basic), the 合计 has no column and each
 * heading right of it stands over the column right of its own.
 */
const JOINED_HEADER = /^(项目|科目名称|科目编码|名称|编码)行次$/;
const JOINED_TOTAL = /^(本年)?(收入|支出)?(合计|小计)(基本支出|项目支出)$/;

/** The “三公” parts, as a header names them. */
const PARTS = ['因公出国', '公务接待', '公务用车'] as const;

/**
 * A header of a “三公” table whose words belong to two columns (pdftotext -layout: the header words of
 * the 决算 template drift and run together, `因公出国小计` · `公务接待费合计` · `公务用车购置及运行费购置费`): two
 * parts, a part with 合计 / 预算数 / 决算数, 因公出国 or 公务接待 with 小计 / 购置 / 运行 (`公务接待费运行费`), 购置 or 运行 twice.
 */
export function runTogether(header: string): boolean {
  const parts = PARTS.filter((p) => header.includes(p));
  if (parts.length >= 2) return true;
  if (parts.length === 1 && (/合计|预算数|决算数/.test(header) || (parts[0] !== '公务用车' && /小计|购置|运行/.test(header)))) return true;
  return header.split('购置').length > 2 || header.split('运行').length > 2;
}

/** A money column of a “三公” table whose header runs the words of two columns together, or null. */
function runTogetherColumn(t: BudgetTable): string | null {
  if (t.kind !== 'threePublic') return null;
  for (const c of t.columns) if (c.money && c.header.split(' / ').some((s) => runTogether(compact(s)))) return c.header;
  return null;
}

/** The header cells were set over the wrong columns (a merged cell counted once): a money column headed 科目名称. */
function misaligned(t: BudgetTable): string | null {
  for (const c of t.columns) {
    if (!c.money) continue;
    const last = compact(c.header.split(' / ').pop() ?? '');
    if (LABEL_HEADER.test(last) || JOINED_HEADER.test(last)) return c.header;
    if (JOINED_TOTAL.test(compact(c.header.replace(/ \/ /g, ''))) && c.key !== 'total' && !t.columns.some((o) => o.key === 'total' && o.money)) return c.header;
  }
  return null;
}

/** Rows in a run of row numbers that tell a money column holds them. */
const MIN_ROW_NUMBERS = 3;

/**
 * A money column that holds the rows' numbers (行次 32, 33, 34 … read as 万元 where the header rows
 * could not be aligned over a 决算 table's 项目 | 行次 | 金额 columns): three rows in a row whose
 * figures are whole numbers written without a separator or decimals, each one more than the one
 * above. Money figures do not count rows. The column's header, or null.
 */
function rowNumbers(t: BudgetTable): string | null {
  for (const c of t.columns) {
    if (!c.money) continue;
    let run = 0;
    let prev = -2;
    for (const r of t.rows) {
      const v = r.values[c.key];
      const x = v && /^\d{1,4}$/.test(v.raw) ? Number(v.raw) : -1;
      run = x >= 0 && x === prev + 1 ? run + 1 : x >= 0 ? 1 : 0;
      prev = x;
      if (run >= MIN_ROW_NUMBERS) return c.header;
    }
  }
  return null;
}

/**
 * The figures stand one column right of their headers (a PDF header set over the wrong columns): the `total`
 * column holds no figure in any row, while the money column after it holds one in every row with figures
 * (d07's 项目支出预算表: its 总计 read as 一般公共预算). The total column's header, or null.
 */
function emptyTotal(t: BudgetTable): string | null {
  const at = t.columns.findIndex((c) => c.key === 'total' && c.money);
  const next = at >= 0 ? t.columns[at + 1] : undefined;
  // (收入 | 预算数 keyed total | total2: both totals, the figures under the second header, no shift)
  // (an unnamed column after it, c7, holds its figures under no key: no wrong figure, left as it is)
  if (!next?.money || next.key.replace(/\d+$/, '') === 'total' || /^c\d+$/.test(next.key)) return null;
  let rows = 0;
  for (const r of t.rows) {
    const keys = Object.keys(r.values);
    if (keys.length === 0) continue;
    if (r.values.total || !r.values[next.key]) return null;
    rows++;
  }
  return rows >= 2 ? t.columns[at]!.header : null;
}

/** Why a table's columns were cut wrong, or null: each test in turn, the cheap ones first. */
const NO_LINES: ReadonlySet<number> = new Set();

function readerUnsure(t: BudgetTable, lines: ReadonlySet<number>): string | null {
  if (lines.size === 0) return null;
  for (const n of lines) if (n >= t.line && n <= (t.endLine ?? t.line)) return 'its header words drifted off their columns, and where they stand does not set each figure under one word (a figure as near two words, or figures that do not add up as the words say), so its figures may stand under the wrong parts';
  return null;
}

function unsure(t: BudgetTable): string | null {
  const wrong = misaligned(t);
  if (wrong !== null) return `a money column is headed "${wrong}", so the header rows stand over the wrong columns`;
  const empty = emptyTotal(t);
  if (empty !== null) return `the column headed "${empty}" holds no figure while the column after it holds one in every row, so the figures stand right of their headers`;
  const counted = rowNumbers(t);
  if (counted !== null) return `the money column headed "${counted}" holds the rows' numbers (行次: whole numbers rising by one), so the header rows stand over the wrong columns`;
  const probe = new Diagnostics();
  checkRowSums(probe, t);
  const failures = new Set(probe.list.map((w) => w.line)).size;
  if (failures === 0) return null;
  // A “三公” table whose header words ran together, and a row of it that does not add up: its figures stand under the wrong parts.
  const together = runTogetherColumn(t);
  if (together !== null) return `the header "${together}" runs the words of two columns together and a row does not add up across its columns, so its figures stand under the wrong parts`;
  const rows = t.rows.filter((r) => Object.keys(r.values).length > 0).length;
  if (failures < MIN_FAILURES || failures * 2 < rows) return null;
  return `${failures} of ${rows} rows do not add up across their columns, so the columns were not cut right`;
}

/**
 * `unsureLines`: lines of tables whose figures a reader could not set under their header words (the “三公”
 * reader's columns in pdftotext -layout, three-public-columns.ts): the tables stage's columns of the same
 * table are no surer.
 */
export function dropUnsureColumns(tables: BudgetTable[], diagnostics: Diagnostics, unsureLines: ReadonlySet<number> = NO_LINES): BudgetTable[] {
  for (const t of tables) {
    const why = unsure(t) ?? readerUnsure(t, unsureLines);
    if (why === null) continue;
    for (const r of t.rows) r.values = {};
    diagnostics.warn('TABLE_COLUMNS_UNSURE', `${t.title ?? t.kind}: ${why}; the rows are kept without values`, t.line);
  }
  return tables;
}
