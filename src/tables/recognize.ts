import type { Block, Paragraph, Table } from '../blocks/index.js';
import { isPageNoise } from '../layout/pages.js';
import { tableText } from '../blocks/table-text.js';
import { unitFromHeader } from '../normalize/money.js';
import type { MoneyUnit, TableKind } from '../schema/index.js';
import { CODE, splitCodeName } from './codes.js';
import { compact } from '../extract/context.js';
import { BoundedMemo } from '../memo.js';
import { ATTACHMENT_CELL, CAPTION_LINE, CLASS_HEADER, CODE_HEADER, EMPTY_TABLE_NOTE, HEADER_PATTERNS, MAX_TITLE_LENGTH, NOT_A_BUDGET_TABLE, NOT_A_TITLE, PAGE_CHROME_CELL, TITLE_PATTERNS, TITLE_SHAPE, WRAPPED_HEAD_STATEMENT } from './patterns.js';

/**
 * The recognizer: which tables of the document are standard budget tables, with their title,
 * kind and unit. The title stands in a paragraph before the table (captions such as 编制单位 or
 * 单位：万元 may come between) or in the table's first row; the header decides when there is no title.
 */
export interface Candidate {
  table: Table;
  kind: TableKind;
  title: string | null;
  titleLine: number | null;
  unit: MoneyUnit | null;
  /** Rows of the table before the header (a title or unit row inside the table). */
  skipRows: number;
  finalAccount: boolean;
}



/** A title with its unit caption run into the same line by a PDF reader: 一般公共预算支出表单位：元 → the title. */
export function titleText(text: string): string {
  return text.replace(/\s*(金额)?单位[:：]\s*(人民币)?(亿元|万元|元)\s*$/, '').trim();
}

export function isTitle(text: string): boolean {
  if (!text.includes('表') || text.length > MAX_TITLE_LENGTH * 3) return false;
  const t = compact(titleText(text));
  return t.length >= 4 && t.length <= MAX_TITLE_LENGTH && t.includes('表') && TITLE_SHAPE.test(t.replace(/[（(](单位|金额单位)[:：]?[^)）]*[)）]$/, '')) && !NOT_A_TITLE.test(t);
}

export function kindOfTitle(text: string): TableKind {
  const t = compact(text);
  for (const p of TITLE_PATTERNS) if (p.re.test(t)) return p.kind;
  return 'other';
}

function kindOfHeader(table: Table): TableKind | null {
  // Loops, not map: see cellLabels in extract/context.ts.
  const rows: string[] = [];
  for (let r = 0; r < table.rows.length && r < 6; r++) {
    const cells: string[] = [];
    for (const c of table.rows[r]!.cells) cells.push(c.text.length <= 40 ? compact(c.text) : '');
    rows.push(cells.join('|'));
  }
  const text = rows.join('||');
  for (const p of HEADER_PATTERNS) if (p.all.every((re) => re.test(text))) return p.kind;
  return null;
}

/** A title that is only the table's number (公开01表, 表1, 预算01表, 表一): the name may stand above it. */
const BARE_NUMBER = /^(?:公开|预算|决算|附)?表?[0-9０-９一二三四五六七八九十]{1,3}(?:[-－][0-9]{1,2})?表?$/;
const isBareNumber = (text: string) => BARE_NUMBER.test(compact(titleText(text)));

const HEADER_PIECE = /^[\u4e00-\u9fff（）()“”、：:]{1,16}$/;

/** A paragraph before a table, with what it is as a title (found once, used by the search and by recognize). */
interface Above {
  p: Paragraph;
  title: boolean;
  bareNumber: boolean;
  /** The block index of the paragraph. */
  at: number;
}

/**
 * A title wrapped onto two lines (南湖街道办事处2025年部门预算一般公共预算 ⏎ 支出表): the last line alone is no
 * title, or one of no standard kind or of another kind than the whole. The line before it (short, no
 * 表, no sentence) joined to it names the table when the whole is a title of a standard kind that the
 * last line alone does not give. Null otherwise.
 */
function wrappedTitle(blocks: readonly Block[], at: number): { text: string; line: number } | null {
  const last = blocks[at];
  const above = blocks[at - 1];
  if (last?.kind !== 'paragraph' || above?.kind !== 'paragraph') return null;
  const tail = compact(titleText(last.text));
  const head = compact(above.text);
  if (tail.length > 10 || !tail.endsWith('表') || head.length < 2 || head.length > 40 || head.includes('表') || /[。；;，,：:]/.test(head) || CAPTION_LINE.test(head)) return null;
  // The line above is no part of this title when it is a statement (本部门无政府性基金预算收支); nor when the last line
  // is a title by itself and either names a standard kind (项目支出表, 政府采购预算表) or follows a line that names a
  // kind of its own (…国有资本经营预算收支 ⏎ 人员构成情况表): the last line is a table of its own. (…政府性基金预算 ⏎ 支出表
  // is joined: 支出表 is no title alone.)
  if (EMPTY_TABLE_NOTE.test(head) || WRAPPED_HEAD_STATEMENT.test(head)) return null;
  if (isTitle(last.text) && (kindOfTitle(last.text) !== 'other' || kindOfTitle(`${head}表`) !== 'other')) return null;
  const joined = titleText(above.text.trim() + last.text.trim());
  if (!isTitle(joined)) return null;
  const kind = kindOfTitle(joined);
  if (kind === 'other' || (isTitle(last.text) && kindOfTitle(last.text) === kind)) return null;
  return { text: joined, line: above.line };
}

/** What a paragraph is as a title: none, a title, or a title that is only a number (see isBareNumber). */
type TitleShape = 'none' | 'title' | 'bareNumber';
const titleShape = (text: string): TitleShape => (!isTitle(text) ? 'none' : isBareNumber(text) ? 'bareNumber' : 'title');
/**
 * The shapes of the paragraphs that may be titles (they hold 表), by their text: a 绩效 document puts
 * the same title (项目支出绩效目标表) above each of its dozens of project tables, and each test takes
 * three regular expressions and two compacted copies (a pure function of the text).
 */
const SHAPES = new BoundedMemo<string, TitleShape>(4096);

/** The paragraphs just before block `at`: title, captions, page noise (at most 8, never across a table). */
function before(blocks: readonly Block[], at: number): Above[] {
  const out: Above[] = [];
  for (let i = at - 1; i >= 0 && out.length < 8; i--) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph') break;
    // isTitle's own first test: a paragraph without 表, or too long, is no title (not worth a memo entry).
    const shape = !b.text.includes('表') || b.text.length > MAX_TITLE_LENGTH * 3 ? 'none' : SHAPES.get(b.text, titleShape);
    const title = shape !== 'none';
    const bareNumber = shape === 'bareNumber';
    out.push({ p: b, title, bareNumber, at: i });
    if (title && !bareNumber) break;
  }
  return out;
}

/** Two rows among the first 40 with a code before the name (cheap test first: a digit at the start). */
function hasCodedRows(table: Table): boolean {
  let n = 0;
  const rows = table.rows.length > 40 ? table.rows.slice(0, 40) : table.rows;
  for (const r of rows) {
    const coded = r.cells.some((c) => {
      const k = c.text.charCodeAt(0);
      return k >= 48 && k <= 57 && (splitCodeName(c.text) !== null || (CODE.test(c.text.trim()) && r.cells.some((d) => /^[\u4e00-\u9fff]/.test(d.text.trim()))));
    });
    if (coded && ++n >= 2) return true;
  }
  return false;
}

/** A single-cell row (title or unit inside the table). */
export function loneText(table: Table, r: number): string | null {
  const row = table.rows[r];
  if (!row) return null;
  let lone: string | null = null;
  for (const c of row.cells) {
    if (c.text === '' || c.text.trim() === '') continue;
    if (lone !== null) return null;
    lone = c.text;
  }
  return lone;
}

/**
 * Whether a header cell says `re`: the short cells (≤ 40 characters; long ones are a 绩效 form's
 * descriptions) of the four rows after the title rows, white space removed.
 */
function headSays(table: Table, skipRows: number, re: RegExp): boolean {
  const end = Math.min(table.rows.length, skipRows + 4);
  for (let r = skipRows; r < end; r++) {
    for (const c of table.rows[r]!.cells) if (c.text.length <= 40 && re.test(compact(c.text))) return true;
  }
  return false;
}

/**
 * The table without the rows of a web page's metadata pasted above it (索引号 | 发布机构 | 发布日期 …,
 * 附件.): page chrome, never its header nor its data (their figure, a count of views, is none). Null
 * when nothing else is left.
 */
function withoutChrome(table: Table): Table | null {
  let n = 0;
  while (n < 6 && isChromeRow(table, n)) n++;
  if (n === 0) return table;
  const rows = table.rows.slice(n);
  return rows.length ? { ...table, rows, startLine: rows[0]!.startLine } : null;
}

/** A row of a web page's metadata (`索引号 | … | 发布机构 | …`) or a lone `附件.`: page chrome above a table. */
function isChromeRow(table: Table, r: number): boolean {
  const row = table.rows[r];
  if (!row) return false;
  const lone = loneText(table, r);
  if (lone !== null) return ATTACHMENT_CELL.test(compact(lone));
  // Two such words (索引号 … 发布机构, 文号 … 浏览量): one alone may be a column of the table (文号).
  let n = 0;
  for (const c of row.cells) if (c.text.length <= 8 && PAGE_CHROME_CELL.test(compact(c.text)) && ++n >= 2) return true;
  return false;
}

/** A row of captions only (编制单位：… | 单位：万元): its text, else null. */
function captionRow(table: Table, r: number): string | null {
  const filled = table.rows[r]?.cells.filter((c) => c.text.trim()) ?? [];
  if (filled.length < 2 || !filled.every((c) => CAPTION_LINE.test(compact(c.text)) || unitFromHeader(c.text))) return null;
  return filled.map((c) => c.text).join(' ');
}

/**
 * A row of the title and its captions (| 表1 部门收支总表 | | | 单位：万元 |): one cell a title of a standard
 * table, every other filled cell a caption or a unit. The title and the captions' text; else null.
 */
export function titleCaptionRow(table: Table, r: number): { title: string; captions: string } | null {
  const row = table.rows[r];
  // (cheap test first: a title holds 表; this runs over every row of a table block that holds one)
  if (!row || !row.cells.some((c) => c.text.includes('表'))) return null;
  const filled = row.cells.filter((c) => c.text.trim());
  if (filled.length < 2 || filled.length > 4) return null;
  const titles = filled.filter((c) => isTitle(c.text) && kindOfTitle(c.text) !== 'other' && !CAPTION_LINE.test(compact(c.text)));
  if (titles.length !== 1) return null;
  const rest = filled.filter((c) => c !== titles[0]);
  if (!rest.every((c) => CAPTION_LINE.test(compact(c.text)) || unitFromHeader(c.text))) return null;
  return { title: titles[0]!.text, captions: rest.map((c) => c.text).join(' ') };
}

/**
 * A title standing in a row inside a table block (a PDF reader that took the next table's title
 * into the table above): the block is cut there, so that each table starts at its title.
 */
export function splitAtTitles(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind !== 'table') {
      out.push(b);
      continue;
    }
    let start = 0;
    // A title holds 表: a table without it anywhere is passed over at once.
    if (tableText(b).includes('表')) for (let r = 1; r < b.rows.length; r++) {
      const t = loneText(b, r) ?? titleCaptionRow(b, r)?.title ?? null;
      if (t === null || !isTitle(t) || kindOfTitle(t) === 'other') continue;
      const rows = b.rows.slice(start, r);
      out.push({ kind: 'table', rows, startLine: rows[0]!.startLine, endLine: rows[rows.length - 1]!.endLine });
      start = r;
    }
    if (start === 0) out.push(b);
    else {
      const rows = b.rows.slice(start);
      out.push({ kind: 'table', rows, startLine: rows[0]!.startLine, endLine: rows[rows.length - 1]!.endLine });
    }
  }
  return out;
}

export function recognize(blocks: readonly Block[], at: number): Candidate | null {
  let title: string | null = null;
  let titleLine: number | null = null;
  let unit: MoneyUnit | null = null;
  const paras = before(blocks, at);
  let numberTitle: { text: string; line: number } | null = null;
  for (const { p, title: titled, bareNumber, at: pAt } of paras) {
    // Titles and captions are short lines: a long paragraph is running text, and the search stops.
    if (p.text.length > 200) break;
    if (!unit && p.text.includes('元')) unit = unitFromHeader(p.text);
    const wrapped = p.text.length <= 30 && p.text.includes('表') ? wrappedTitle(blocks, pAt) : null;
    if (wrapped) {
      title = numberTitle ? `${wrapped.text} ${numberTitle.text}` : wrapped.text;
      titleLine = wrapped.line;
      break;
    }
    if (titled) {
      if (bareNumber) {
        // 公开01表 under 一、收入支出决算总表: keep the number, look above for the name.
        numberTitle ??= { text: titleText(p.text), line: p.line };
        continue;
      }
      title = numberTitle ? `${titleText(p.text)} ${numberTitle.text}` : titleText(p.text);
      titleLine = p.line;
      break;
    }
    // Captions, page noise, and pieces of a header that a PDF reader left outside the table.
    const ct = compact(p.text);
    if (!CAPTION_LINE.test(ct) && !isPageNoise(p.text) && !HEADER_PIECE.test(ct)) break;
  }
  if (!title && numberTitle) {
    title = numberTitle.text;
    titleLine = numberTitle.line;
  }
  // A title above that names no budget table (…绩效目标表, 资产情况表) decides before the rows are read.
  if (title && NOT_A_BUDGET_TABLE.test(compact(title))) return null;
  const table = withoutChrome(blocks[at] as Table);
  if (table === null) return null;
  let skipRows = 0;
  for (let r = 0; r < 3; r++) {
    const titled = loneText(table, r) === null ? titleCaptionRow(table, r) : null;
    if (titled && !unit) unit = unitFromHeader(titled.captions);
    const t = titled?.title ?? loneText(table, r) ?? captionRow(table, r);
    if (t === null) break;
    if (isTitle(t) && (!title || (kindOfTitle(title) === 'other' && kindOfTitle(t) !== 'other'))) {
      // The table's own title row names it better than a heading above (二、部门决算表).
      title = titleText(t);
      titleLine = table.rows[r]!.startLine;
    } else if (isTitle(t) && kindOfTitle(t) !== 'other' && kindOfTitle(t) === kindOfTitle(title!)) {
      // The title repeated in the table's first row: a title, never a header row.
    } else if (!((t.includes('元') && unitFromHeader(t)) || CAPTION_LINE.test(compact(t)))) break;
    if (!unit && t.includes('元')) unit = unitFromHeader(t);
    skipRows = r + 1;
  }
  // Header cells are short: long cells (a 绩效 form's descriptions) are skipped, and cost nothing.
  if ((title && NOT_A_BUDGET_TABLE.test(compact(title))) || headSays(table, skipRows, NOT_A_BUDGET_TABLE)) return null;
  let kind: TableKind | null = title ? kindOfTitle(title) : null;
  if (!kind || kind === 'other') kind = kindOfHeader(table) ?? kind;
  if (!kind) {
    // Untitled tables count only when they carry classification codes: a code column, 类/款/项, or codes before names.
    const codeHeader = headSays(table, skipRows, CODE_HEADER) || headSays(table, skipRows, CLASS_HEADER.类);
    if (!codeHeader && !hasCodedRows(table)) return null;
    kind = 'other';
  }
  for (const row of table.rows.slice(skipRows, skipRows + 6)) for (const c of row.cells) if (!unit && c.text.includes('元')) unit = unitFromHeader(c.text);
  const finalAccount = /决算/.test(title ?? '') || table.rows.slice(0, 6).some((r) => r.cells.some((c) => /决算/.test(c.text)));
  return { table, kind, title, titleLine, unit, skipRows, finalAccount };
}
