import type { Block, Table } from '../blocks/index.js';
import { reportMismatch } from '../checks/compare.js';
import { firstUnit, toMoney } from '../normalize/money.js';
import type { Money, MoneyUnit, OperatingExpenses } from '../schema/index.js';
import { agreeingUnit, noUnitAgrees } from './table-unit.js';
import { placed, scanAmounts, statedNone, warnUnplaced, type Mention } from './amounts.js';
import { isPreviousYearFigure, ownYear } from './other-year.js';
import { changesOf } from './budget-overview.js';
import { cellLabels, isNumberingRow, paragraphs, tables, type ExtractContext } from './context.js';
import { COMPARED } from './overview-wording.js';
import { changeRightAfter } from './overview-lists.js';
import { budgetChange, finalOperating, settleBasis, splitOwnBudgets } from './final-account.js';
import { OPERATING_NAME } from './claim-patterns.js';
import { keyOf, ROW_NUMBER_HEADER } from '../tables/header.js';
import { rateOwner } from './final-overview.js';

/** The total's own name: 机关运行经费 (机构运行经费 in the 2022 决算 template), or 运行经费 after its funding (一般公共预算财政拨款运行经费). */
const TOTAL_LABEL = /机[关构]运行经?费|(?:财政拨款|预算)运行经费$|^运行经费$/;
/** A sentence that says the unit has no 机关运行经费 (an institution has none: 本单位为事业单位，无机关运行经费). */
// (also 机关运行经费支出为0 · …决算为零: a 0 written with no unit, as the “三公” reader's NONE_THREE_PUBLIC; 为零增长 is a change)
// (未发生 / 没有发生 only when the words end at the name: 未发生机关运行经费超预算支出 says nothing of the total)
const NONE = /(?:无|没有|不涉及|未安排)(?:财政拨款)?机[关构]运行经费|(?:未|没有)(?:发生|产生)(?:财政拨款)?机[关构]运行经费(?=(?:支出)?(?:[。；;，,]|$))|机[关构]运行经费(?:财政拨款)?(?:支出)?(?:决算|预算)?数?(?:为|是)(?:零(?!增长|基)|0(?![\d.．]|\s*(?:万|元|亿)|增长|基))/;
/** The whole a figure is a share of: "占基本支出预算300.00万元的16.67%". */
const SHARE_OF = /^占/;
/** A label that names no figure of its own, only its role: the figure its heading or sentence is about. */
const ROLE_ONLY = /^(?:财政拨款|一般公共预算)?(?:预算|决算|支出|经费|安排)*(?:数|额|总额|金额)?$/;

/** A table row that is the total: 一、机构运行经费支出 · 机关运行经费合计 · 机关运行经费（万元）. */
const TOTAL_ROW = /^(?:[一二三四五六七八九十\d]+[、.．])?机[关构]运行经?费(?:支出)?(?:合计|总计)?(?:[（(](?:万元|元)[)）])?$/;
const PREVIOUS_YEAR_HEADER = /^上年(?:度)?(?:预算|决算|实际|执行|支出)?(?:数|额|金额)?$/;
const AMOUNT_CELL = /^-?[\d,，]+(?:\.\d+)?$/;
/**
 * A row of counts in the 信息表 (车辆数合计（辆） · 单价100万元以上设备（台，套） · 其中：主要负责人用车 · 人数): its
 * figure is a count in its own unit, reported as such (UNPLACED_FIGURE), never a figure in the table's 万元 / 元.
 */
const COUNT_ROW = /[（(]\s*(?:辆|台|套|个|人|名)(?:\s*[，,、/]?\s*(?:[（(]?\s*(?:台|套)\s*[)）]?))?\s*[)）]|车辆数|辆数|台数|套数|人数|个数|数量|用车$|车辆$/;
type Count = { text: string; unit: string; line: number };
/** A column of counts (项目 | 单位 | 数量 | 金额), not one of amounts and counts (金额/数量), and the column of their units. */
const QUANTITY_HEADER = /^(?:数\s*量|台数|辆数|人数|实有数)(?:[（(][^（）()]*[)）])?$/;
const COUNT_UNIT_HEADER = /^(?:计量)?单\s*位$/;
/** A 单位 cell of money (| 机关运行经费合计 | 万元 | 32.60 |): the row's figure in the 数量 column is money, no count. */
const MONEY_UNIT_CELL = /^(?:千|万|亿)?元$/;
/** The unit of a count row: the units in its brackets (台，套 → 台/套), else the thing counted (车辆数 → 辆). */
function countUnit(label: string): string {
  const bracket = /[（(]([^（）()]*(?:[（(][^（）()]*[)）])?[^（）()]*)[)）]\s*$/.exec(label)?.[1] ?? '';
  const units = bracket.match(/辆|台|套|个|人|名/g);
  if (units) return units.join('/');
  return /车/.test(label) ? '辆' : /人数/.test(label) ? '人' : /台数/.test(label) ? '台' : /套数/.test(label) ? '套' : '个';
}

/**
 * A table in the section with a row of the 机关运行经费 (内蒙古's 机构运行经费支出、国有资产占用情况及政府采购支出信息表:
 * one column of amounts and counts after a 行次 column): the amount of that row is the total where the text states none; every
 * other figure is no 机关运行经费 figure and is reported (UNPLACED_FIGURE), never dropped. With no unit stated
 * for it, nothing is read (TABLE_NO_UNIT).
 */
function fromTables(blocks: readonly Block[], ctx: ExtractContext, paras: readonly { text: string }[], textTotal: Money | null): { total: Money | null; budgeted: Money | null; figures: { money: Money; label: string }[]; counts: Count[] } {
  let total: Money | null = null;
  let budgeted: Money | null = null;
  const figures: { money: Money; label: string }[] = [];
  const counts: Count[] = [];
  for (const t of tables(blocks)) {
    const labels = t.rows.map((r) => cellLabels(r));
    // (only a table with a row of the total; the section's other tables, 机关运行经费 by economic class or a
    // 政府采购 table the section runs on to, are not this reader's)
    if (!labels.some((row) => TOTAL_ROW.test(row[0] ?? ''))) continue;
    const skip = new Set<number>();
    for (const row of labels.slice(0, 3)) row.forEach((x, i) => ROW_NUMBER_HEADER.test(x) && skip.add(i));
    // A column of another year (上年决算数 | 本年决算数 · 2022年决算数 in a 2023 决算): never the year's figure (its 30.00
    // was the total), and reported with its header (they had been skipped without a word).
    const previous = new Set<number>();
    for (const row of labels.slice(0, 3)) row.forEach((x, i) => PREVIOUS_YEAR_HEADER.test(x) && previous.add(i));
    // In a 决算, the columns as the tables stage keys them (src/tables/header.ts): 2023年决算数 in a 2024 决算 is the year
    // before's (skipped, reported), 预算数 the year's budget (`budgeted`), 决算数 · 2024年决算数 the year's outturn. With an
    // actual column, only its figure is the total; the others are reported.
    const columnKey = new Map<number, string>();
    if (ctx.kind === 'finalAccount') {
      for (const row of labels.slice(0, 3)) {
        row.forEach((x, i) => {
          if (i === 0 || ROW_NUMBER_HEADER.test(x)) return;
          const k = keyOf(x, { finalAccount: true, year: ctx.year })?.key;
          if (k === 'previous' || k === 'budgeted' || k === 'actual') columnKey.set(i, k);
        });
      }
      for (const [i, k] of columnKey) if (k === 'previous') previous.add(i);
    }
    const hasActual = [...columnKey.values()].includes('actual');
    // 项目 | 单位 | 数量 | 金额: a column of counts (every row's, money only in the others) and the unit each count is in.
    const quantity = new Set<number>();
    let unitColumn = -1;
    for (const row of labels.slice(0, 3)) {
      row.forEach((x, i) => {
        if (QUANTITY_HEADER.test(x)) quantity.add(i);
        else if (COUNT_UNIT_HEADER.test(x)) unitColumn = i;
      });
    }
    let unit: MoneyUnit | null = null;
    for (let r = 0; r < Math.min(labels.length, 3) && !unit; r++) unit = firstUnit(labels[r]!);
    unit ??= ctx.unitAbove?.(t) ?? null;
    let why = 'nor does the text around it';
    if (!unit) {
      // A unit of the section's sentences (单位：万元 over another table, （万元）) is no proof of the table's: a table in
      // 元 beside sentences in 万元 would be read 10⁴ off. Its unit is the one, and the only one, under which its total
      // row states the text's total (38.50 · 385000.00 in 元 beside 38.50万元); else nothing is read.
      // (with an actual column, the budget's cell is no proof of the unit: the total is the actual figure)
      const cell = totalCell(t, labels, new Set([...skip, ...previous, ...(hasActual ? [...columnKey].filter(([, k]) => k === 'budgeted').map(([i]) => i) : [])]));
      unit = cell && textTotal ? agreeingUnit(cell.text, cell.line, textTotal) : null;
      const hint = firstUnit(paras.map((p) => p.text));
      if (!unit && textTotal && cell) why = `and ${noUnitAgrees(cell.text, textTotal, '机关运行经费')}`;
      else if (!unit && hint) why = `and the ${hint} of the section's text is not taken for it (no 机关运行经费 of the text confirms it)`;
    }
    let warned = false;
    for (let r = 0; r < t.rows.length; r++) {
      const row = t.rows[r]!;
      if (isNumberingRow(row)) continue;
      const name = labels[r]![0] ?? '';
      for (let i = 1; i < row.cells.length; i++) {
        const x = labels[r]![i]!;
        if (skip.has(i) || !AMOUNT_CELL.test(x)) continue;
        // (with a 数量 column, a count stands in it, whatever the row; the row's other figures are money)
        const moneyRow = unitColumn >= 0 && MONEY_UNIT_CELL.test((labels[r]![unitColumn] ?? '').trim());
        if (quantity.size > 0 ? quantity.has(i) && !moneyRow : COUNT_ROW.test(name)) {
          const stated = unitColumn >= 0 ? (labels[r]![unitColumn] ?? '').match(/辆|台|套|个|人|名|处|平方米|㎡/g) : null;
          counts.push({ text: `${name} ${x}`, unit: stated ? stated.join('/') : countUnit(name), line: row.cells[i]!.startLine });
          continue;
        }
        if (!unit) {
          // (its counts are still reported: a count needs no money unit)
          if (!warned) ctx.diagnostics.warn('TABLE_NO_UNIT', `the 机关运行经费 table states no unit (单位：万元 / 元), ${why}: its figures are not read`, t.startLine);
          warned = true;
          break;
        }
        const money = toMoney(x, row.cells[i]!.startLine, unit);
        if (!money) continue;
        if (previous.has(i)) {
          figures.push({ money, label: `${name} ${labels.slice(0, 3).map((h) => h[i]).find((h) => h) ?? ''}`.trim() });
          continue;
        }
        const key = columnKey.get(i);
        if (TOTAL_ROW.test(name) && key === 'budgeted' && !budgeted) budgeted = money;
        else if (!total && TOTAL_ROW.test(name) && (!hasActual || key === 'actual')) total = money;
        else figures.push({ money, label: name });
      }
    }
  }
  return { total, budgeted, figures, counts };
}

/** The first amount of the table's total row (not in a 行次 column). */
function totalCell(t: Table, labels: readonly (readonly string[])[], skip: ReadonlySet<number>): { text: string; line: number } | null {
  for (let r = 0; r < labels.length; r++) {
    if (!TOTAL_ROW.test(labels[r]![0] ?? '') || isNumberingRow(t.rows[r]!)) continue;
    for (let i = 1; i < labels[r]!.length; i++) {
      if (!skip.has(i) && AMOUNT_CELL.test(labels[r]![i]!)) return { text: labels[r]![i]!, line: t.rows[r]!.cells[i]!.startLine };
    }
    return null;
  }
  return null;
}


/**
 * "机关运行经费预算50万元，其中办公费10万元，比上年增加2万元": a change right after an item (in its sentence, only a
 * comma between: "…差旅费24万元等日常运行支出，比上年减少…" is the total's) is the item's, not the total's: left for UNPLACED_FIGURE (unless the item is the whole total, the same amount).
 */
function partsChange(m: Mention, before: Mention | undefined, total: Mention | null): boolean {
  if (m.sign === null || !before || before.sign !== null || before === total || !before.label) return false;
  if (before.paragraph !== m.paragraph || before.sentenceText !== m.sentenceText) return false;
  if (COMPARED.test(before.label) || isPreviousYearFigure(before) || SHARE_OF.test(before.label)) return false;
  return (!total || before.money.yuan !== total.money.yuan) && changeRightAfter(before, m);
}

/**
 * 机关运行经费: the total ("机关运行经费共计安排96.96万元"), the listed items
 * ("主要用于办公及印刷费12290元、邮电费8760元…") and a change on the year before.
 */
export function extractOperatingExpenses(blocks: readonly Block[], ctx: ExtractContext): OperatingExpenses {
  const paras = paragraphs(blocks);
  const scanned = paras.flatMap((p) => scanAmounts(p));
  // A 决算 states actual figures and the year's budget beside them (final-account.ts).
  // (another year's budget, "2024年度机关运行经费预算数为50.00万元" in a 2023 决算, is none of the year's: UNPLACED_FIGURE)
  const split = ctx.kind === 'finalAccount' ? splitOwnBudgets(scanned, ctx.year) : null;
  const final = split ? finalOperating(split.budgeted, paras, ctx.diagnostics, rateOwner) : null;
  const mentions = ownYear(split ? split.actual : scanned, ctx.year);
  // Neither the year before's figure (上年预算32.00万元), the one a change is counted from (比上年预算数75.00万元增加…)
  // nor the whole the total is a share of (占基本支出预算300万元的16.67%): no item (UNPLACED_FIGURE).
  const stock = mentions.filter((m) => m.sign === null && !isPreviousYearFigure(m) && !COMPARED.test(m.label) && !SHARE_OF.test(m.label));
  const amounts = stock.filter((m) => !m.money.per); // a rate is never the total
  const totalAt = amounts.findIndex((m) => TOTAL_LABEL.test(m.label));
  // With no figure named 机关运行经费, the first one is the total only when its words name nothing else
  // ("安排32.60万元" · "预算数为32.60万元" under the heading); "办公费8.00万元" is an item, never the total.
  const first = amounts[0];
  const total = totalAt >= 0 ? amounts[totalAt]! : first && ROLE_ONLY.test(first.label) ? first : null;
  const table = fromTables(blocks, ctx, paras, total?.money ?? null);
  if (total && table.total) reportMismatch(ctx.diagnostics, '机关运行经费 in the text and in the table', total.money, table.total);
  // "本单位为事业单位，无机关运行经费": none, a total of 0 (as 政府采购's 无此项内容), with the words as its raw text.
  const none: Money | null = total ? null : (table.total ?? statedNone(paras, '运行经费', NONE));
  if (!total && !none) {
    ctx.diagnostics.warn('NO_OPERATING_TOTAL', 'no total of 机关运行经费 was found', blocks[0]?.kind === 'paragraph' ? blocks[0].line : null);
  }
  const out: OperatingExpenses = {
    total: total?.money ?? none,
    ...changesOf(mentions.filter((m, i) => !partsChange(m, mentions[i - 1], total)), ctx.year, ctx.kind === 'finalAccount'),
    // (after "无机关运行经费" no figure is a part of it: "日常公用经费预算86.40万元" of a 事业单位 is reported)
    items: none && !table.total ? [] : stock.filter((m) => m !== total && m.label).map((m) => ({ name: m.label, amount: m.money })),
    changeOnBudget: split ? budgetChange(split.againstBudget, mentions, ctx.year, (l) => (OPERATING_NAME.test(l) ? 'total' : null)) : null,
    budgeted: final?.budgeted ?? (table.budgeted ? { total: table.budgeted, items: [] } : null),
    executionRates: final?.rates ?? [],
  };
  if (final) settleBasis(out.change);
  warnUnplaced(ctx.diagnostics, '机关运行经费', [...scanned, ...table.figures], new Set([...placed(out), ...(table.total ? [table.total] : []), ...(table.budgeted && out.budgeted?.total === table.budgeted ? [table.budgeted] : [])]));
  for (const c of table.counts) ctx.diagnostics.warn('UNPLACED_FIGURE', `机关运行经费: the count "${c.text}" (${c.unit}, no money) was found but fits no field of the output`, c.line);
  return out;
}
