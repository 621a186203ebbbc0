import type { Row } from '../blocks/index.js';
import type { Diagnostics } from '../diagnostics.js';
import { amountsApart, figuresApart, toMoney } from '../normalize/money.js';
import type { Money, MoneyUnit, TableRow } from '../schema/index.js';
import { cellCode, levelOfCode, levelOfNumbering, splitCodeName } from './codes.js';
import { isNumberCell, type Side } from './header.js';
import { CODED_HEADER, COUNT_ROW, INDICATOR_MEASURE, INDICATOR_OPERATOR, NEGATIVE_IN_BRACKETS, EMPTY_CELL, EMPTY_TABLE_NOTE, HEADER_ROW, ROW_NAME_HEADER, isColumnNumbers, TOTAL_ROW } from './patterns.js';
import { compact } from '../normalize/text.js';

/**
 * The row reader: one side of a table's data rows → `{code, name, level, values, line}`.
 * The code comes from the 类/款/项 columns (a blank 类 or 款 is filled down from the row above),
 * from a code column, or from the start of the name cell; the level from the code length, 0 for
 * 合计/总计, or from the numbering of the name.
 */
const squash = (s: string) => s.replace(/\s*\n\s*/g, '').trim();

/**
 * A row with fewer cells than the table, whose first cell is a label and whose other cells are
 * figures: its label is a merged cell over the leading columns (合计 over 科目编码 and 科目名称 in a
 * Word table), so the row is aligned to the right, the label landing in the name column. Any other
 * short row is left as it is.
 */
function alignShort(row: Row, width: number, nameIndex: number): Row {
  const shift = width - row.cells.length;
  if (shift <= 0 || shift !== nameIndex) return row;
  const [label, ...rest] = row.cells;
  if (!label || !label.text.trim() || isNumberCell(label.text)) return row;
  if (!rest.some((c) => c.text.trim()) || !rest.every((c) => !c.text.trim() || isNumberCell(c.text))) return row;
  const blank = { text: '', startLine: row.startLine, endLine: row.startLine };
  return { ...row, cells: [...Array.from({ length: shift }, () => blank), ...row.cells] };
}

/** Two rows of the name column that start with a code glued to the name, one code the parent of the other. */
function gluedTree(rows: readonly Row[], at: number): boolean {
  const codes = new Set<string>();
  for (let i = 0; i < rows.length && i < 200; i++) {
    const t = rows[i]!.cells[at]?.text.trim() ?? '';
    const m = /^([235]\d{2}(?:\d{2}){0,2})[\u4e00-\u9fff“（(]/.exec(t);
    if (!m) continue;
    const code = m[1]!;
    if (code.length > 3 && (codes.has(code.slice(0, code.length - 2)) || codes.has(code.slice(0, 3)))) return true;
    codes.add(code);
  }
  return false;
}

/** A digit, ASCII or full width (０-９). */
const ANY_DIGIT = /[\d０-９]/;

export function readRows(input: readonly Row[], side: Side, unit: MoneyUnit | null, diagnostics: Diagnostics, whole = false): TableRow[] {
  const cols = side.columns;
  // Only a table of one side has its width here (a 收支总表's two sides share their rows).
  const width = cols.reduce((m, c) => Math.max(m, c.index + 1), 0);
  // (the name column must say it is one: a header misread into columns has 基本支出 as its "name")
  // (项目编号 | 项目: the name column is 项目, the one whose header names no code)
  const texts = cols.filter((c) => c.role === 'text');
  const first = texts.find((c) => !/编号|编码|代码/.test(c.header)) ?? texts[0];
  const nameCol0 = (first && (!/名称|项目$|科目$/.test(first.header) || /单位(名称)?$/.test(first.header)) && texts.find((c) => ROW_NAME_HEADER.test(compact(c.header.split(' / ').pop() ?? '')))) || first;
  const nameIndex = nameCol0 && /名称|项目|科目/.test(nameCol0.header) ? nameCol0.index : -1;
  const rows = whole && nameIndex > 0 ? input.map((r) => alignShort(r, width, nameIndex)) : input;
  const nameCol = nameCol0;
  const codeCol = cols.find((c) => c.role === 'code');
  const classCols = cols.filter((c) => c.role === 'class');
  const valueCols = cols.filter((c) => c.role === 'value' && c.money);
  // A table with a column of its own for counts (数量 | 预算数): a row that names a count keeps its money.
  const countColumns = cols.filter((c) => c.role === 'value' && !c.money && /^quantity\d*$/.test(c.key));
  const countColumn = countColumns.length > 0;
  // A table whose money columns have no header (c4, c7): a row that states a 绩效 indicator (≥ 98 %, 小时 8) holds
  // no money (its 36 / 98 / 100 were 万元).
  const textCols = valueCols.length > 0 && valueCols.every((c) => /^c\d+$/.test(c.key)) ? cols.filter((c) => c.role === 'text') : null;
  // Columns kept as labels: other text, rates (增减幅度 -7.03%) and quantities (数量 12, 面积 860.5): figures, not money, so that no cell is dropped.
  const otherText = cols.filter((c) => (c.role === 'text' && c !== nameCol) || (c.role === 'value' && !c.money));
  // A code glued to a name (2010501行政运行) is split off only in a table headed with codes.
  // … or where the rows show it: a code glued to a name whose parent code is glued to another row's name
  // (201一般公共服务支出 ⏎ 20103政府办公厅… ⏎ 2010301行政运行 under a bare 项目 header).
  const glued = { glued: cols.some((c) => CODED_HEADER.test(c.header)) || (nameCol0 !== undefined && gluedTree(input, nameCol0.index)) };
  const hasParen = rows.some((r) => /^[（(][一二三四五六七八九十]/.test(nameCol ? (r.cells[nameCol.index]?.text ?? '').trim() : ''));
  const out: TableRow[] = [];
  let lastClass: Record<'类' | '款' | '项', string> = { 类: '', 款: '', 项: '' };
  // A long name that PDF text wrapped around its row: the first part on a line of its own above
  // the row (whose name cell is empty), the rest on a line below.
  let prefix = '';
  let wrapped: TableRow | null = null;
  const textOnly = (r: Row | undefined) =>
    !!r && !!nameCol && r.cells.every((c, i) => i === nameCol.index || EMPTY_CELL.test(compact(c.text))) && squash(r.cells[nameCol.index]?.text ?? '') !== '';
  const nameless = (r: Row | undefined) => !!r && !!nameCol && squash(r.cells[nameCol.index]?.text ?? '') === '' && r.cells.some((c) => c.text.trim());
  // In a table of codes (a code column or 类 / 款 / 项 columns), a row of words only — no code, no figure — between
  // a coded row and the next coded row (or the 合计, or the end) is the name above wrapped onto a row of its own.
  const codeAt = (r: Row | undefined): boolean =>
    !!r && ((!!codeCol && cellCode(r.cells[codeCol.index]?.text ?? '') !== null) || classCols.some((c) => /^\d{2,3}$/.test(compact(r.cells[c.index]?.text ?? ''))));
  const wrapInCodedTable = (prev: TableRow, words: string, next: Row | undefined): boolean =>
    (codeCol !== undefined || classCols.length > 0) && prev.code !== null && !/^其中/.test(words) && !/(合计|小计|总计)$/.test(words) &&
    (next === undefined || codeAt(next) || (nameCol !== undefined && TOTAL_ROW.test(compact(next.cells[nameCol.index]?.text ?? ''))));
  for (let ri = 0; ri < rows.length; ri++) {
    const row = rows[ri]!;
    const at = (i: number) => row.cells[i]?.text ?? '';
    if (textOnly(row) && nameless(rows[ri + 1]) && !splitCodeName(at(nameCol!.index), glued)) {
      prefix += squash(at(nameCol!.index));
      continue;
    }
    if (textOnly(row) && wrapped && !splitCodeName(at(nameCol!.index), glued) && levelOfNumbering(squash(at(nameCol!.index)), hasParen) === null) {
      wrapped.name += squash(at(nameCol!.index));
      wrapped = null;
      continue;
    }
    wrapped = null;
    // The table's statement that it is empty (本单位无此项支出), in whichever column it stands: no row.
    if (row.cells.length > 0 && row.cells.every((c) => EMPTY_CELL.test(compact(c.text)) || EMPTY_TABLE_NOTE.test(compact(c.text)))) continue;
    let name = nameCol ? squash(at(nameCol.index)) : '';
    // 合计 standing in another text column (a merged cell over 项目编号 | 项目) names the row.
    let nameFrom = nameCol;
    if (!name) {
      const total = otherText.find((c) => TOTAL_ROW.test(compact(at(c.index))));
      if (total) {
        name = squash(at(total.index));
        nameFrom = total;
      }
    }
    // A label merged over the code and name columns (人员经费合计 of a 基本支出决算表, 合计) stands in the code
    // column (or the 类 column): words, no code, and the name cell empty. It names the row.
    for (const c of !name ? [...(codeCol ? [codeCol] : []), ...classCols] : []) {
      const words = squash(at(c.index));
      if (words && /^[\u4e00-\u9fff]/.test(words) && cellCode(words) === null && splitCodeName(words, glued) === null) {
        name = words;
        break;
      }
    }
    let code: string | null = null;
    if (classCols.length > 0) {
      const parts = { 类: '', 款: '', 项: '' };
      for (const c of classCols) parts[c.part!] = compact(at(c.index));
      if (parts.项 && !parts.款) parts.款 = lastClass.款;
      if ((parts.款 || parts.项) && !parts.类) parts.类 = lastClass.类;
      const joined = parts.类 + parts.款 + parts.项;
      if (/^\d+$/.test(joined) && cellCode(joined)) {
        code = joined;
        lastClass = parts;
      }
    }
    if (!code && codeCol) code = cellCode(at(codeCol.index));
    if (!code && name) {
      const split = splitCodeName(name, glued);
      if (split) {
        code = split.code;
        name = split.name;
      }
    }
    // A header repeated after a page break, or a 栏次 row (1 2 3 …): words where the figures stand (a full-width digit, ６０.００,
    // is a digit: such a row was dropped without a word).
    const valueTexts = valueCols.map((c) => compact(row.cells[c.index]?.text ?? '')).filter((t) => !EMPTY_CELL.test(t));
    if (HEADER_ROW.test(compact(name)) || (!code && valueTexts.length > 0 && valueTexts.every((t) => !ANY_DIGIT.test(t)))) continue;
    // Column numbers (栏次, **: 1 2 3 4 …) are part of the header.
    if (!code && isColumnNumbers(valueTexts)) continue;
    const values: Record<string, Money> = {};
    let any = false;
    // A row of counts (公务用车保有量（辆） 4): its figures are labels, not money.
    // (beside a 数量 column, a count row whose 数量 cell is blank states its count under the money header: | 国内公务接待批次 | | 35 |)
    const countBlank = countColumns.every((c) => EMPTY_CELL.test(compact(row.cells[c.index]?.text ?? '')));
    // (only a name that names no cost: 公务用车购置费（辆） | | 30.00 | is money whose count was left out)
    // (and only whole numbers: a figure with decimals under the money header, | 公务接待批次 | | 3.50 |, stays money)
    const wholeOnly = valueCols.every((c) => !/[.．][\d０-９]/.test(row.cells[c.index]?.text ?? ''));
    const counts = ((!countColumn || (countBlank && wholeOnly && !/费/.test(name))) && COUNT_ROW.test(compact(name))) || (textCols !== null && (INDICATOR_MEASURE.test(compact(name)) || textCols.some((c) => INDICATOR_OPERATOR.test(compact(row.cells[c.index]?.text ?? '')))));
    const countLabels: TableRow['labels'] = [];
    for (const c of valueCols) {
      const cell = row.cells[c.index];
      const text = compact(cell?.text ?? '');
      if (!cell || EMPTY_CELL.test(text)) continue;
      if (counts) {
        countLabels.push({ header: c.header || c.key, code: null, name: cell.text.trim() });
        continue;
      }
      if (!unit) {
        any = true;
        continue;
      }
      // A decrease written in brackets, the accountant's way ((2.30), （1.30）), in a column of changes: negative.
      const bracketed = /(^|\.)change$/.test(c.key) ? NEGATIVE_IN_BRACKETS.exec(text) : null;
      // (two figures apart by spaces are no amount: compacted, `32 1,050.00` read as 321,050.00; figuresApart, as toMoney asks)
      const two = text.length !== cell.text.length && figuresApart(cell.text);
      const money = two ? null : toMoney(bracketed ? `-${bracketed[1]}` : text, cell.startLine, unit);
      if (money) {
        values[c.key] = { ...money, raw: cell.text.trim() };
        any = true;
      } else {
        diagnostics.warn('UNREAD_TABLE_CELL', `table cell “${cell.text.trim()}” under ${c.header || c.key} is not an amount${two ? ' (two figures apart)' : ''}`, cell.startLine);
      }
    }
    if (!code && !name && !any && countLabels.length === 0) continue;
    // Figures of one row set on lines of their own below it (a PDF that staggers a row's figures):
    // a row with neither code nor name whose figures all fall in columns the row above leaves blank.
    const above = out[out.length - 1];
    if (!code && !name && any && above && Object.keys(values).every((k) => !above.values[k])) {
      Object.assign(above.values, values);
      continue;
    }
    const compactName = compact(name);
    // A name that wrapped onto a row of its own continues the row above, where the words show it
    // (the name above ends in 及 / 和 / （, this one starts with ）); otherwise it is a row of its own.
    const prev = out[out.length - 1];
    if (!code && !any && prev && name && levelOfNumbering(name, hasParen) === null && !TOTAL_ROW.test(compactName) && (/[及和与、（(的-]$/.test(prev.name) || /^[)）、]/.test(name) || wrapInCodedTable(prev, name, rows[ri + 1]))) {
      prev.name += name;
      continue;
    }
    const level = code ? levelOfCode(code) : TOTAL_ROW.test(compactName) ? 0 : levelOfNumbering(name, hasParen);
    const labels: TableRow['labels'] = [];
    for (const c of otherText) {
      if (c === nameFrom) continue;
      const text = squash(at(c.index));
      if (!text) continue;
      // (a figure run into another under a text column, a 行次 and its 金额 set under 行次 by pdftotext -layout: kept as the
      // label, and reported, for the amount in it is read under no money column)
      if (amountsApart(at(c.index))) diagnostics.warn('UNREAD_TABLE_CELL', `table cell “${at(c.index).trim()}” under ${c.header || c.key} holds two figures apart and stands under no money column: not read as an amount`, row.startLine);
      const split = splitCodeName(text, glued);
      labels.push({ header: c.header, code: split?.code ?? null, name: split?.name ?? text });
    }
    labels.push(...countLabels);
    const item: TableRow = { code, name: prefix + name, level, labels, values, line: row.startLine };
    if (prefix && !name) wrapped = item;
    prefix = '';
    out.push(item);
  }
  return out;
}
