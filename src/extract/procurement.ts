import type { Block, Table } from '../blocks/index.js';
import { tableText } from '../blocks/table-text.js';
import { amountsOf, reportMismatch, sumAgrees } from '../checks/compare.js';
import { agreeingUnit, noUnitAgrees } from './table-unit.js';
import { firstUnit, toMoney } from '../normalize/money.js';
import type { Money, MoneyUnit, NamedAmount, Procurement } from '../schema/index.js';
import { placed, positionOf, scanAmounts, warnUnplaced } from './amounts.js';
import { isPreviousYearFigure, ownYear } from './other-year.js';
import { cellLabels, isNumberingRow, paragraphs, tables, type ExtractContext } from './context.js';
import { scanRates, splitOwnBudgets } from './final-account.js';


// (also 未发生政府采购支出 · 没有发生政府采购: a 决算's words for a year without any; they end there — 未发生政府采购违规行为 ·
// 未开展政府采购意向公开以外的… say nothing of the total)
const NONE = /无此项(内容)?|空表列示|无政府采购|未安排政府采购|(?:未|没有)(?:发生|产生|开展)政府采购(?=(?:支出|活动|业务|事项)?(?:[。；;，,]|$))/;
/** A cell that holds an amount and nothing else: 12.5 · -3 · 1,286.45. */
const AMOUNT_CELL = /^-?[\d,，]+(\.\d+)?$/;

/** A part of the 政府采购 total by category: 货物类采购 · 工程类采购预算 · 服务类采购金额 · 政府采购服务预算. */
/**
 * The column of the document's year when the header names years (undefined when no column names one;
 * -1 when none names the document's year, or the year is unknown: then no column is the year's).
 */
function yearColumn(labels: readonly string[][], year: number | null): number | undefined {
  for (let r = 0; r < Math.min(labels.length, 4); r++) {
    const row = labels[r]!;
    // (a title row inside the table, one cell or the first column's text, names no column)
    const years = row.map((x, i) => (i === 0 ? undefined : /((?:19|20)\d{2})年/.exec(x)?.[1]));
    if (!years.some((y) => y !== undefined) || row.filter((x) => x).length < 2) continue;
    return year === null ? -1 : years.findIndex((y) => y === String(year));
  }
  return undefined;
}

/** The 政府采购 for small and medium enterprises (授予中小企业合同金额 · 面向中小企业预留), and its small and micro part. */
const SME = /中小(微)?企业|小微企业/;
const SMALL_MICRO = /(?<!中)小微企业/;
/** The share reserved for them (预留采购份额 · 预留给小微企业): a 决算's plan, not its awards. */
const RESERVED = /预留/;
/**
 * Figures of the total's clause group that are no part of it: a saving (节约资金5.00万元: the budget less the
 * total), what was left (结余), a figure compared with (比上年40.00万元增加… · 较上年的40万元), the whole it is a share
 * of (占本部门支出预算600万元的8%): reported, never an item; the parts by category after them are read as when the
 * clause group names none.
 */
const NO_PART = /节约|节省|节支|结余|^(?:比|较|与|同|相比|对比|占)/;
/**
 * A funding source of the total (其中：一般公共预算资金40万元、其他资金10万元): a split by where the money comes
 * from, not a kind of purchase (货物 / 工程 / 服务) — reported, never an item (unless it names a kind too).
 */
const FUNDING_SOURCE = /一般公共预算|财政拨款|政府性基金|国有资本经营|财政专户|(?:其他|自有|单位|自筹|专项)资金|事业收入|上级补助/;
/** A table row that is the total: 合计 · 总计 · 政府采购支出总额 · 一、政府采购支出合计. */
const TOTAL_ROW = /^(?:[一二三四五六七八九十\d]+[、.．])?(?:合计|总计|政府采购(?:支出|预算|金额)*(?:总额|合计|总计))$/;
export const PROCUREMENT_CATEGORY = /^(?:其中[:：]?)?(?:政府采购)?(?:货物|工程|服务)类?(?:采购)?(?:预算|金额|支出)?$/;

/**
 * 政府采购预算: the total from the sentence ("安排政府采购预算0万元") or the table's 合计
 * row; items from table rows that name something and carry an amount. 无此项内容 /
 * 空表列示 means a total of 0, said in `note`.
 */
/** A header cell of the column that totals the category columns: a total row's words (合计 · 总计 · 政府采购支出合计), or 小计 · 总额 · 金额. */
const TOTAL_HEADER = (x: string): boolean => TOTAL_ROW.test(x) || /^(?:小计|总额|(?:政府)?采购金额|金额)$/.test(x);
const HEADER_ROWS = 4;

/**
 * The columns of a table that splits its figures by category (`| 项目 | 合计 | 货物 | 工程 | 服务 |`): a header row
 * (among the first rows, holding no amount) with at least two category cells and one column that totals them. Its rows'
 * amount is in that column; the last amount of a row is a category's (服务), not the row's. Null for other tables.
 */
function categoryColumns(labels: readonly (readonly string[])[]): { total: number; names: string[] } | null {
  for (let r = 0; r < Math.min(HEADER_ROWS, labels.length); r++) {
    const row = labels[r]!;
    if (row.some((x) => AMOUNT_CELL.test(x))) return null;
    const categories = row.filter((x) => PROCUREMENT_CATEGORY.test(x)).length;
    const totals = row.flatMap((x, i) => (TOTAL_HEADER(x) ? [i] : []));
    if (categories >= 2 && totals.length === 1) return { total: totals[0]!, names: [...row] };
  }
  return null;
}

/** The amount of a table's total row (合计 · 政府采购支出总额): its cell in `column`, else its last amount cell. */
function totalCell(t: Table, labels: readonly (readonly string[])[], column?: number): { text: string; line: number } | null {
  for (let r = 0; r < labels.length; r++) {
    const texts = labels[r]!;
    const name = texts.find((x) => x && !/^[\d.,，-]+$/.test(x)) ?? '';
    if (!TOTAL_ROW.test(name) || isNumberingRow(t.rows[r]!)) continue;
    // (in a table split by category columns, the total's column; else the last amount of the row)
    if (column !== undefined) return AMOUNT_CELL.test(texts[column] ?? '') ? { text: texts[column]!, line: t.rows[r]!.cells[column]!.startLine } : null;
    for (let i = texts.length - 1; i >= 0; i--) if (AMOUNT_CELL.test(texts[i]!)) return { text: texts[i]!, line: t.rows[r]!.cells[i]!.startLine };
    return null;
  }
  return null;
}

export function extractProcurement(blocks: readonly Block[], ctx: ExtractContext): Procurement {
  const paras = paragraphs(blocks);
  const scanned = paras.flatMap((p) => scanAmounts(p));
  // A 决算 states the actual 政府采购 and maybe its budget beside it (final-account.ts).
  // (another year's budget, "2024年度政府采购预算为30.00万元" in a 2023 决算, is none of the year's: UNPLACED_FIGURE)
  const split = ctx.kind === 'finalAccount' ? splitOwnBudgets(scanned, ctx.year) : null;
  const mentions = ownYear(split ? split.actual : scanned, ctx.year);
  const budgetedTotal = split?.budgeted.find((m) => /采购/.test(m.label)) ?? null;
  // The total, not a part: "政府采购货物预算320.07万元" is an item (货物 / 工程 / 服务).
  const totalAt = mentions.find((x) => x.sign === null && /采购/.test(x.label) && !/货物|工程|服务/.test(x.label) && !SME.test(x.label) && !isPreviousYearFigure(x));
  let total: Money | null = totalAt?.money ?? null;
  const unread: { money: Money; label: string }[] = [...scanned];
  const items: NamedAmount[] = [];
  // "政府采购预算总额40万元，其中：货物类30万元，服务类10万元": the parts named in the total's clause
  // group (of the same paragraph, whatever line a wrap puts them on; "；其中一般公共预算拨款政府采购
  // 0万元：…" after a ； is a breakdown of a part, not of the total).
  if (totalAt) {
    const at = positionOf(totalAt.money);
    for (const m of mentions) {
      // (an amount for small and medium enterprises is a share of the total, not a part beside the others: `sme`)
      if (m === totalAt || m.sign !== null || !m.label || SME.test(m.label) || NO_PART.test(m.label) || isPreviousYearFigure(m) || m.segment !== totalAt.segment || m.sentenceText !== totalAt.sentenceText) continue;
      if (FUNDING_SOURCE.test(m.label) && !/货物|工程|服务/.test(m.label)) continue; // (a funding source: reported)
      const pos = positionOf(m.money);
      if (at && pos ? pos.paragraph === at.paragraph : m.money.line === totalAt.money.line) items.push({ name: m.label, amount: m.money });
    }
    // "按政府采购项目类型…其中：货物类采购10000元，…服务类采购7000元": when the total's own clauses
    // name no part, the run of parts by category that starts at the first one, each category once; a
    // figure of another kind ends the run ("…；其中一般公共预算拨款政府采购3.00万元：…" breaks a part down).
    // The run starts after the total; outside the total's paragraph it must add up to the total
    // ("2024年政府采购实际支出90万元，其中：货物类…" after this year's total is another year's).
    const after = mentions.indexOf(totalAt) + 1;
    const found = items.length === 0 ? mentions.slice(after).findIndex((m) => m.sign === null && PROCUREMENT_CATEGORY.test(m.label)) : -1;
    const category = (label: string) => /货物|工程|服务/.exec(label)?.[0];
    const run: NamedAmount[] = [];
    for (const m of found >= 0 ? mentions.slice(after + found) : []) {
      if (m.sign !== null) continue;
      const c = PROCUREMENT_CATEGORY.test(m.label) ? category(m.label) : undefined;
      if (!c || run.some((i) => category(i.name) === c)) break;
      run.push({ name: m.label, amount: m.money });
    }
    const first = run[0] ? positionOf(run[0].amount) : undefined;
    if (run.length > 0 && ((at && first && first.paragraph === at.paragraph) || sumAgrees(totalAt.money, amountsOf(run)))) items.push(...run);
  }
  let tableTotal: Money | null = null;
  const smeRows: { money: Money; label: string }[] = [];
  // The unit of the paragraphs is the same for every table: found once, when a table needs it.
  let parasUnit: MoneyUnit | null | undefined;
  for (const t of tables(blocks)) {
    // The compacted cells of each row, made once for the unit and the rows. Every unit ends in 元: a
    // table whose text holds none gives no unit, and its cells are not searched for one.
    const labels: string[][] = [];
    for (const r of t.rows) labels.push(cellLabels(r));
    let cellUnit: MoneyUnit | null = null;
    if (tableText(t).includes('元')) for (let r = 0; r < labels.length && !cellUnit; r++) cellUnit = firstUnit(labels[r]!);
    const categories = categoryColumns(labels);
    let unit = cellUnit ?? ctx.unitAbove?.(t) ?? null;
    let why = 'nor does the text around it';
    if (!unit) {
      // A unit of the section's text is the table's only where its total row then states the text's total (agreeingUnit).
      const cell = totalCell(t, labels, categories?.total);
      unit = cell && total ? agreeingUnit(cell.text, cell.line, total) : null;
      const hint = parasUnit === undefined ? (parasUnit = firstUnit(paras.map((p) => p.text))) : parasUnit;
      if (!unit && total && cell) why = `and ${noUnitAgrees(cell.text, total, '政府采购预算')}`;
      else if (!unit && hint) why = `and the ${hint} of the section's text is not taken for it (no total of the text confirms it)`;
    }
    if (!unit) {
      // Never guessed: a 元 table read as 万元 (or the reverse) is off by 10⁴.
      if (labels.some((row) => row.some((x) => AMOUNT_CELL.test(x)))) ctx.diagnostics.warn('TABLE_NO_UNIT', `the 政府采购 table states no unit (单位：万元 / 元), ${why}: its figures are not read`, t.startLine);
      continue;
    }
    // Columns that name years (2025年预算 | 2024年预算): the amount is in the one of the document's year; a
    // table whose dated columns are all of other years gives no amount (its figures are reported).
    const yearCol = yearColumn(labels, ctx.year);
    for (let r = 0; r < t.rows.length; r++) {
      const row = t.rows[r]!;
      if (isNumberingRow(row)) continue; // 栏次 | | 1: the columns' numbers, no figure
      const texts = labels[r]!;
      const name = texts.find((x) => x && !/^[\d.,，-]+$/.test(x)) ?? '';
      // The amount of a row is its last numeric cell (政府采购金额 / 合计 column), or its cell in the column of the year.
      let money: Money | null = null;
      if (categories && yearCol === undefined) {
        // 合计 | 货物 | 工程 | 服务: the row's amount is in its 合计 column; the categories' cells are reported.
        for (let i = 0; i < row.cells.length; i++) {
          const x = texts[i]!;
          const m = AMOUNT_CELL.test(x) ? toMoney(x, row.cells[i]!.startLine, unit) : null;
          if (!m) continue;
          if (i === categories.total) money = m;
          else unread.push({ money: m, label: `${name} ${categories.names[i] ?? ''}`.trim() });
        }
      } else if (yearCol === undefined) {
        for (let i = row.cells.length - 1; i >= 0 && !money; i--) {
          const x = texts[i]!;
          if (AMOUNT_CELL.test(x)) money = toMoney(x, row.cells[i]!.startLine, unit);
        }
      } else {
        for (let i = 1; i < row.cells.length; i++) {
          const x = texts[i]!;
          const m = AMOUNT_CELL.test(x) ? toMoney(x, row.cells[i]!.startLine, unit) : null;
          if (!m) continue;
          if (i === yearCol) money = m;
          else unread.push({ money: m, label: name }); // another year's figure: reported
        }
      }
      if (!money) continue;
      unread.push({ money, label: name });
      if (TOTAL_ROW.test(name)) tableTotal ??= money;
      else if (SME.test(name)) smeRows.push({ money, label: name }); // 授予中小企业合同金额: a share of the total, never an item
      else if (name && !/单位|项目|名称|来源|序号/.test(name)) items.push({ name, amount: money });
    }
  }
  // 授予中小企业合同金额110.20万元，…其中：授予小微企业合同金额95.00万元 · 面向中小企业预留采购份额20万元.
  const sme: { total: Money | null; smallMicro: Money | null } = { total: null, smallMicro: null };
  // (the text's figures first; a table's 授予中小企业 rows only where the text states none)
  const smeMentions = mentions.some((m) => m.sign === null && SME.test(m.label)) ? mentions : [...mentions, ...smeRows.map((x) => ({ ...x, sign: null }))];
  for (const m of smeMentions) {
    if (m.sign !== null || !SME.test(m.label)) continue;
    // In a 决算 the contracts awarded are the figure; the share reserved (面向中小企业预留采购份额…，其中：预留给小微企业…)
    // is the plan beside it: reported (it was taken first, and the 授予 figures gave a false FIGURE_MISMATCH).
    if (split && RESERVED.test(m.label)) continue;
    const key = SMALL_MICRO.test(m.label) ? 'smallMicro' : 'total';
    if (sme[key] === null) sme[key] = m.money;
    else reportMismatch(ctx.diagnostics, `政府采购 ${key === 'total' ? '中小企业' : '小微企业'} stated twice`, sme[key]!, m.money);
  }
  const noneAt = paras.find((p) => NONE.test(p.text));
  let note: string | null = null;
  if (noneAt) {
    note = noneAt.text;
    total ??= { yuan: 0, raw: noneAt.text, unit: '元', line: noneAt.line };
  }
  if (total && tableTotal) reportMismatch(ctx.diagnostics, '政府采购预算 in the text and in the table', total, tableTotal);
  // "完成政府采购预算的80%": the output holds no rate of the 政府采购 (no executionRates, see README): reported.
  scanRates(paras, () => null, ctx.diagnostics, '政府采购');
  warnUnplaced(ctx.diagnostics, '政府采购', unread, new Set([...placed({ total, items, budgetedTotal: budgetedTotal?.money, sme }), ...(tableTotal ? [tableTotal] : [])]));
  total ??= tableTotal;
  if (!total && items.length === 0) ctx.diagnostics.warn('NO_PROCUREMENT_TOTAL', 'no 政府采购 total was found', paras[0]?.line ?? null);
  const out: Procurement = split ? { total, items, note, budgeted: budgetedTotal ? { total: budgetedTotal.money } : null } : { total, items, note };
  if (sme.total || sme.smallMicro) out.sme = sme;
  return out;
}
