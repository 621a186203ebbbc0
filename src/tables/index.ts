import type { Block, Cell, Row, Table } from '../blocks/index.js';
import { isPageNoise } from '../layout/pages.js';
import type { Diagnostics } from '../diagnostics.js';
import type { BudgetTable, MoneyUnit, TableRow } from '../schema/index.js';
import { isDataRow, isNumberCell, keyOf, readHeader, type HeaderContext, type TableHeader } from './header.js';
import { isTitle, loneText, recognize, splitAtTitles, titleCaptionRow, type Candidate } from './recognize.js';
import { readRows } from './rows.js';
import { CONTINUED_MARK, mergedMeanings } from './patterns.js';
import { cellLabels, compact } from '../extract/context.js';

export { recognize, isTitle, kindOfTitle } from './recognize.js';

/**
 * Stage “tables”: every standard budget table of the document (收支总表 … 基本支出表, 三公,
 * 政府性基金, 国有资本经营, 项目支出, 政府采购, other titled tables with coded rows) as typed
 * rows. A table that goes on after a page break (the header repeated or not) stays one table.
 */
export interface TablesContext {
  diagnostics: Diagnostics;
  year: number | null;
  /** The document's kind: in a 决算 every table's 预算数 is `budgeted`, its title or header saying 决算 or not. */
  kind?: 'budget' | 'finalAccount' | 'performance' | 'unknown';
}


/**
 * The next table after block `at` when it continues this one: no title between, only page noise
 * or a running header; its header repeated, or the same width, or (a PDF page cut into columns of
 * its own) rows of figures from the first line. `remap` says the columns must be matched.
 */
function continuation(blocks: readonly Block[], at: number, width: number, header: TableHeader, context: HeaderContext): { index: number; remap: boolean } | null {
  let noise = 0;
  for (let i = at + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'paragraph') {
      if (isTitle(b.text) || noise >= 3) return null;
      if (!isPageNoise(b.text) && compact(b.text).length > 40) return null;
      noise++;
      continue;
    }
    const next = b as Table;
    const first = next.rows[0];
    if (!first) return null;
    const sig = header.signature;
    const repeated = sig !== '' && next.rows.slice(0, 6).map((r) => cellLabels(r).join('|')).join('||').startsWith(sig.split('||')[0]!);
    if (!repeated && opensAnotherTable(next, header, context)) return null;
    const w = next.rows.reduce((m, r) => (r.cells.length > m ? r.cells.length : m), 0);
    if (repeated || w === width) return { index: i, remap: false };
    return first.cells.some((c) => isNumberCell(c.text)) ? { index: i, remap: true } : null;
  }
  return null;
}

/**
 * A table that starts with a title row of its own (一般公共预算支出表), or with a header of its own:
 * a first row without figures that names a column the table above does not have (人员经费 under a
 * 基本支出 / 项目支出 table). Another table, even when it has the same width. A header repeated
 * on the next page, however garbled, names no column of its own.
 */
function opensAnotherTable(next: Table, header: TableHeader, tableContext: HeaderContext): boolean {
  const title = loneText(next, 0) ?? titleCaptionRow(next, 0)?.title ?? null;
  if (title !== null && isTitle(title)) return true;
  const first = next.rows[0]!;
  if (isDataRow(first)) return false;
  // The header read as the table's own is (a 决算's 年初预算数 is `budgeted` there too).
  const context = tableContext;
  const own = new Set(header.sides.flatMap((s) => s.columns.map((c) => c.key.replace(/\d+$/, ''))));
  return first.cells.some((c) => {
    // A merged header cell (政府性基…财政专户…) names no column of its own.
    if (mergedMeanings(compact(c.text)) !== null) return false;
    const k = keyOf(c.text, context);
    return k !== null && k.money && !own.has(k.key);
  });
}

/**
 * Rows of a continuation cut into other columns: its code/name columns and its columns of figures
 * are matched in order with those of the table that holds figures. Null when the counts differ
 * (then the piece is not joined: no figure lands in a column it does not belong to).
 */
function remapRows(rows: readonly Row[], header: TableHeader, firstRows: readonly Row[], context: HeaderContext): Row[] | null {
  const cols = header.sides.flatMap((s) => s.columns);
  const used = (rs: readonly Row[], i: number) => rs.some((r) => (r.cells[i]?.text ?? '').trim() !== '');
  const lead = cols.filter((c) => c.role !== 'value' && used(firstRows, c.index)).map((c) => c.index);
  const money = cols.filter((c) => c.role === 'value' && used(firstRows, c.index)).map((c) => c.index);
  const h2 = readHeader({ kind: 'table', rows: [...rows], startLine: rows[0]!.startLine, endLine: rows[rows.length - 1]!.endLine }, 0, context);
  const cols2 = h2.sides.flatMap((s) => s.columns);
  const lead2 = cols2.filter((c) => c.role !== 'value' && used(rows, c.index)).map((c) => c.index);
  const money2 = cols2.filter((c) => c.role === 'value' && used(rows, c.index)).map((c) => c.index);
  if (lead2.length !== lead.length || money2.length !== money.length || money.length === 0) return null;
  const map = new Map<number, number>();
  lead2.forEach((j, k) => map.set(j, lead[k]!));
  money2.forEach((j, k) => map.set(j, money[k]!));
  return rows.map((r) => {
    const cells: Cell[] = Array.from({ length: header.width }, () => ({ text: '', startLine: r.startLine, endLine: r.startLine }));
    r.cells.forEach((c, j) => {
      const to = map.get(j);
      if (to !== undefined) cells[to] = c;
    });
    return { ...r, cells };
  });
}

export function extractTables(all: readonly Block[], ctx: TablesContext): BudgetTable[] {
  const blocks = splitAtTitles(all);
  // Pass 1: the tables, their headers and continuations.
  const found: { cand: Candidate; header: TableHeader; dataRows: Row[]; endLine: number; complete: boolean }[] = [];
  // Each unsure column is reported once per table, not again on each page that repeats the header;
  // two columns under one merged cell are two warnings.
  const mergedSaid = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.kind !== 'table') continue;
    const cand: Candidate | null = recognize(blocks, i);
    if (!cand) continue;
    const context: HeaderContext = { finalAccount: cand.finalAccount, finalAccountDocument: ctx.kind === 'finalAccount', year: ctx.year };
    const header = readHeader(cand.table, cand.skipRows, context);
    for (const m of header.merged) {
      const said = `${cand.title ?? `${cand.kind}@${cand.table.startLine}`}|${m.index}|${m.header}`;
      if (mergedSaid.has(said)) continue;
      mergedSaid.add(said);
      ctx.diagnostics.warn(
        'TABLE_COLUMNS_UNSURE',
        `${cand.title ?? cand.kind}: the header cell “${m.header}” over column ${m.index + 1} names ${m.meanings.join(' and ')} at once (the headers of neighbouring columns run together), so that column is left unnamed (c${m.index + 1}) and its figures are not taken for any of them`,
        m.line || (cand.titleLine ?? cand.table.startLine),
      );
    }
    let dataRows = cand.table.rows.slice(header.dataStart);
    let endLine = cand.table.endLine;
    let complete = true;
    // Continuations after page breaks.
    let j = i;
    for (;;) {
      const c = continuation(blocks, j, header.width, header, context);
      if (c === null) break;
      const next = blocks[c.index] as Table;
      let rows: Row[] | null;
      if (c.remap) rows = remapRows(next.rows, header, dataRows, context);
      else {
        const h2 = readHeader(next, 0, context);
        rows = next.rows.slice(h2.signature === header.signature ? h2.dataStart : 0);
      }
      if (!rows) {
        complete = false;
        ctx.diagnostics.warn('TABLE_CONTINUATION_APART', `table ${cand.title ?? cand.kind} goes on at line ${next.startLine} in columns that do not match its own: that piece is kept apart, and the sums over the whole table are not checked`, next.startLine);
        break;
      }
      dataRows = dataRows.concat(rows);
      endLine = next.endLine;
      j = c.index;
    }
    found.push({ cand, header, dataRows, endLine, complete });
    i = j;
  }
  // A table that states no unit takes the document's unit only when every table that states one
  // states the same (上海 prints its tables in 元 and its 三公 table in 万元: there, no guess).
  const stated = new Set<MoneyUnit>();
  for (const f of found) if (f.cand.unit !== null) stated.add(f.cand.unit);
  const docUnit: MoneyUnit | null = stated.size === 1 ? [...stated][0]! : null;
  // Pass 2: the rows.
  const out: BudgetTable[] = [];
  for (const { cand, header, dataRows, endLine, complete } of found) {
    // A titled `other` table (机构人员情况表 …) may hold counts, not money: it takes no unit
    // from the document, only its own.
    let unit = cand.unit ?? (cand.kind === 'other' && cand.title !== null ? null : docUnit);
    // Decimal parts cut off onto lines of their own (“14,770” ⏎ “.62”, a PDF text quirk): the whole
    // numbers left would be wrong figures, so the table keeps its rows without values.
    const cutDecimals = dataRows.reduce((n, r) => n + r.cells.filter((c) => /^\.\d/.test(c.text.trim())).length, 0);
    if (cutDecimals >= 3 && unit) {
      ctx.diagnostics.warn('TABLE_CUT_DECIMALS', `table ${cand.title ?? cand.kind}: ${cutDecimals} cells hold only the decimal part of a figure (the text cut “14,770” from “.62”): its rows are kept without values`, cand.titleLine ?? cand.table.startLine);
      unit = null;
    } else if (!unit) {
      const why = cand.kind === 'other' ? 'and is none of the standard budget tables (its figures may be counts)' : "and the document's tables differ";
      ctx.diagnostics.warn('TABLE_NO_UNIT', `table ${cand.title ?? cand.kind} states no unit (单位：万元 / 元) ${why}: its rows are kept without values`, cand.titleLine ?? cand.table.startLine);
    }
    const base = { kind: cand.kind, title: cand.title, unit, line: cand.titleLine ?? cand.table.startLine, endLine, complete };
    const read = header.sides
      .filter((side) => side.columns.some((c) => c.role === 'value'))
      .map((side) => ({ side, rows: readRows(dataRows, side, unit, ctx.diagnostics, header.sides.length === 1) }))
      .filter((x) => x.rows.length > 0);
    // (never between the halves of a 收支总表, 收入 | 支出: each has its own rows)
    if (header.sides.length > 2) joinAcrossSides(read.map((x) => x.rows));
    // (only where both halves hold rows: a lone half keeps the side it had)
    const halves = header.sides.length === 2 && (read.length < 2 || revenueAndSpendingHalves(cand.kind, header));
    for (const { side, rows } of read) {
      out.push({ ...base, side: halves ? side.side : null, columns: side.columns.map((c) => ({ key: c.key, header: c.header, money: c.money })), rows });
    }
    // A titled table with a header and no rows (政府性基金 / 国有资本经营 tables left empty) is kept, empty.
    if (read.length === 0 && cand.title) {
      out.push({ ...base, side: null, columns: header.sides.flatMap((sd) => sd.columns.map((c) => ({ key: c.key, header: c.header, money: c.money }))), rows: [] });
    }
  }
  return mergeRepeatedTitles(out);
}

/**
 * A label merged over the columns of two blocks side by side (公用经费合计 over the second and third
 * 科目编码 | 科目名称 | 决算数 blocks of a 基本支出决算表, its figure under the third): the block with the label
 * has a row of that line with a name and no figures, the next block one with figures and neither code
 * nor name. The figures are the label's (a total's label, in a table of three blocks or more).
 */
function joinAcrossSides(sides: TableRow[][]): void {
  for (let k = 1; k < sides.length; k++) {
    const rows = sides[k]!;
    // The labels of the block before, by line, in order (one pass: a find and a splice per row was quadratic).
    let labels: Map<number, TableRow[]> | null = null;
    const kept: TableRow[] = [];
    for (const r of rows) {
      if (r.code !== null || r.name !== '' || Object.keys(r.values).length === 0) {
        kept.push(r);
        continue;
      }
      if (!labels) {
        labels = new Map();
        for (const x of sides[k - 1]!) {
          if (!/(合计|小计|总计)$/.test(x.name) || Object.keys(x.values).length !== 0) continue;
          const at = labels.get(x.line);
          if (at) at.push(x);
          else labels.set(x.line, [x]);
        }
      }
      const label = labels.get(r.line)?.shift();
      if (!label) {
        kept.push(r);
        continue;
      }
      label.values = r.values;
    }
    if (kept.length !== rows.length) {
      rows.length = 0;
      for (const r of kept) rows.push(r);
    }
  }
}

/**
 * Whether the two halves of a table side by side are its 收入 and its 支出: always in a 收支总表 (its halves
 * may be headed 项目 | 预算数 only), elsewhere only where the headers say 收入 and 支出 (the 人员经费 | 公用经费
 * halves of a 基本支出表 are neither).
 */
function revenueAndSpendingHalves(kind: BudgetTable['kind'], header: TableHeader): boolean {
  if (kind === 'summary' || kind === 'fiscalSummary') return true;
  const text = header.sides.map((s) => s.columns.map((c) => c.header).join('|'));
  return text.some((t) => t.includes('收入')) && text.some((t) => t.includes('支出'));
}

/** Two titles of one table: the same, but for a continuation mark on the later page (一般公共预算支出表（续）, 续表). */
const sameTitle = (a: string, b: string): boolean => a === b || a.replace(CONTINUED_MARK, '') === b.replace(CONTINUED_MARK, '');

/** A title repeated on a continuation page (浙江, 北京 templates) continues the table before it. */
function mergeRepeatedTitles(tables: BudgetTable[]): BudgetTable[] {
  const out: BudgetTable[] = [];
  for (const t of tables) {
    let prev: BudgetTable | undefined;
    for (let k = out.length - 1; k >= 0 && !prev; k--) {
      const p = out[k]!;
      if (p.title !== null && t.title !== null && sameTitle(p.title, t.title) && p.kind === t.kind && p.side === t.side) prev = p;
    }
    const between = prev ? out.slice(out.indexOf(prev) + 1).every((x) => x.title !== null && sameTitle(x.title, t.title!)) : false;
    if (prev && between && prev.columns.map((c) => c.key).join() === t.columns.map((c) => c.key).join()) {
      for (const r of t.rows) prev.rows.push(r);
      prev.endLine = t.endLine;
      prev.complete &&= t.complete;
      continue;
    }
    out.push(t);
  }
  return out;
}
