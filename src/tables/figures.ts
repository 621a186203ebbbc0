import type { BudgetTable, Money, TableRow } from '../schema/index.js';
import { classifyThreePublic } from '../extract/three-public.js';
import { compact } from '../normalize/text.js';
import { cmp } from '../normalize/decimal.js';
import { exact, sum } from '../checks/compare.js';

/**
 * The document-level figures a set of tables states: 收入总计 / 支出总计 (收支总表, else the
 * 收入总表 / 支出总表 合计 rows), 基本支出 and 项目支出, the “三公” figures and 机关运行经费.
 */
export interface TableFigures {
  revenueTotal: Money | null;
  expenditureTotal: Money | null;
  basic: Money | null;
  project: Money | null;
  threePublic: Partial<Record<'total' | 'abroad' | 'vehicle' | 'vehiclePurchase' | 'vehicleOperation' | 'reception', Money>>;
  operatingExpenses: Money | null;
}

/**
 * The figure of a row for “this year”: in a budget the 合计 / 预算数 column; in final accounts the
 * 决算数 column first (the document's keys hold the actual figures), else 合计. A budget's 执行数 /
 * 决算数 column is an earlier year's actuals, never this year's figure.
 */
const currentOf = (finalAccount: boolean) => (r: TableRow | undefined): Money | null =>
  r ? (finalAccount ? r.values.actual ?? r.values.total : r.values.total) ?? null : null;

/**
 * A part (基本支出, 公务接待费 …) of this year's figure: where the header repeats it under groups
 * (预算数 | 决算数), the group of this year's figure — `actual.` in final accounts, `total.` in a
 * budget — else the bare key. A budget group's figure (`budgeted.basic`) is never taken.
 */
const partOf = (finalAccount: boolean) => (r: TableRow | undefined, key: string): Money | null =>
  r ? r.values[`${finalAccount ? 'actual' : 'total'}.${key}`] ?? r.values[key] ?? null : null;

/**
 * The row of this year's figures in a 三公 table with a column per part: the only row with values,
 * else the one row named for this year (本年…, the document's year, a final account's 决算数 row).
 * Rows of several years or kinds (2024年预算数 | 2025年预算数) and none named so: no row, nothing filled.
 */
function currentRow(rows: readonly TableRow[], finalAccount: boolean, year: number | null): TableRow | undefined {
  const withValues = rows.filter((r) => Object.keys(r.values).length > 0);
  if (withValues.length <= 1) return withValues[0];
  const named = withValues.filter((r) => {
    const n = compact(r.name);
    const years = [...n.matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
    if (years.length > 0 && (year === null || years.some((y) => y !== year))) return false;
    if (finalAccount) return /决算|实际|执行数/.test(n) && !/预算/.test(n.replace(/一般公共预算/g, ''));
    return /^本年/.test(n) || (year !== null && years.includes(year));
  });
  return named.length === 1 ? named[0] : undefined;
}

/** The figure equals the sum of the 三公 parts (出国 + 车 (or 购置 + 运行) + 接待), to the fen. */
function sumsParts(total: Money, p: TableFigures['threePublic']): boolean {
  const vehicle = p.vehicle ?? (p.vehiclePurchase && p.vehicleOperation ? null : undefined);
  if (!p.abroad || !p.reception || vehicle === undefined) return false;
  const parts = [p.abroad, p.reception, ...(p.vehicle ? [p.vehicle] : [p.vehiclePurchase!, p.vehicleOperation!])];
  // Exactly, on the digits (never a float product): the parts add up to the 合计 as printed.
  return cmp(sum(parts), exact(total).value) === 0;
}

function totalRow(t: BudgetTable | undefined, re: RegExp): TableRow | undefined {
  if (!t) return undefined;
  return t.rows.find((r) => re.test(compact(r.name)));
}

export function tableFigures(tables: readonly BudgetTable[], finalAccount: boolean, year: number | null = null): TableFigures {
  const current = currentOf(finalAccount);
  const find = (kind: BudgetTable['kind'], side: BudgetTable['side'] = null) => tables.find((t) => t.kind === kind && t.side === side && t.unit);
  const sumRev = find('summary', 'revenue');
  const sumExp = find('summary', 'expenditure');
  const exp = find('expenditure');
  const rev = find('revenue');
  const revenueTotal = current(totalRow(sumRev, /^(收入总计|收入合计|总计)$/)) ?? current(totalRow(rev, /^(合计|总计)$/));
  const expRow = totalRow(exp, /^(合计|总计)$/);
  const sumExpRow = totalRow(sumExp, /^(支出总计|支出合计|总计)$/);
  const expenditureTotal = current(sumExpRow) ?? current(expRow);
  const part = partOf(finalAccount);
  const basic = part(expRow, 'basic') ?? part(sumExpRow, 'basic');
  const project = part(expRow, 'project') ?? part(sumExpRow, 'project');
  const threePublic: TableFigures['threePublic'] = {};
  let operatingExpenses: Money | null = null;
  const tp = find('threePublic');
  if (tp) {
    const byColumn = tp.columns.some((col) => /(^|\.)(abroad|reception)$/.test(col.key));
    if (byColumn) {
      // One row (or a 合计 row first) with a column per part.
      const row = tp.rows.find((r) => r.level === 0) ?? currentRow(tp.rows, finalAccount, year);
      if (row) {
        for (const k of ['abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const) {
          const m = part(row, k);
          if (m) threePublic[k] = m;
        }
        // A 合计 column is the 三公 total only when the table has no 会议费 / 培训费 / 机关运行经费 column
        // (its 合计 may include them), or when it is the sum of the 三公 parts.
        const others = tp.columns.some((col) => /(^|\.)(meetings|training|operatingExpenses)$/.test(col.key));
        const generic = part(row, 'total') ?? (finalAccount ? row.values.actual ?? null : null);
        const total = part(row, 'threePublicTotal') ?? (generic && (!others || sumsParts(generic, threePublic)) ? generic : null);
        if (total) threePublic.total = total;
        operatingExpenses = part(row, 'operatingExpenses');
      }
    } else {
      // A 合计 row is the 三公 total only when the table holds nothing beside the 三公 figures (no
      // 会议费 / 培训费 / 机关运行经费 row, and a title that names none), or when it is the sum of the parts.
      // (Any row with figures that names no 三公 part — 行政经费, 其他 — may be in the 合计 as well.)
      const others =
        /会议|培训|机关运行/.test(tp.title ?? '') ||
        tp.rows.some((r) => /会议费|培训费|机关运行经费/.test(compact(r.name)) || (current(r) !== null && classifyThreePublic(compact(r.name).replace(/^其中[:：]?/, '')) === null && !/^\d*$/.test(compact(r.name))));
      let generic: Money | null = null;
      let parent: ReturnType<typeof classifyThreePublic> = null; // 运行费 under 公务用车购置及运行费
      for (const r of tp.rows) {
        const name = compact(r.name).replace(/^其中[:：]?/, '');
        const m = current(r);
        if (!m) continue;
        if (/机关运行经费/.test(name)) {
          operatingExpenses ??= m;
          continue;
        }
        const k = classifyThreePublic(name, parent);
        parent = k; // a row that names no part ends the part above
        if (k === 'total' && !/三公/.test(name)) generic ??= m;
        else if (k && !threePublic[k]) threePublic[k] = m;
      }
      if (generic && !threePublic.total && (!others || sumsParts(generic, threePublic))) threePublic.total = generic;
    }
  }
  for (const t of tables) {
    if (operatingExpenses || !t.unit || t.kind === 'threePublic') continue;
    const r = t.rows.find((x) => /^机关运行经费/.test(compact(x.name)));
    if (r) operatingExpenses = current(r);
  }
  return { revenueTotal, expenditureTotal, basic, project, threePublic, operatingExpenses };
}
