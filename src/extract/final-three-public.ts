import type { Paragraph, Table } from '../blocks/index.js';
import type { Diagnostics } from '../diagnostics.js';
import { exact, reportMismatch, sum, sumAgrees } from '../checks/compare.js';
import { cmp } from '../normalize/decimal.js';
import { runTogether } from '../tables/trust.js';
import { firstUnit, toMoney } from '../normalize/money.js';
import { normalizeDigits } from '../normalize/text.js';
import type { Change, Money, MoneyUnit, Rate, ThreePublic, ThreePublicParts } from '../schema/index.js';
import { warnUnplaced, type Mention } from './amounts.js';
import { cellLabels, compact, rowFigures } from './context.js';
import { budgetStage, firstOf, scanRates } from './final-account.js';
import { classifyThreePublic, empty } from './three-public.js';
import { keyOf } from '../tables/header.js';

/** The “三公” figures of a 决算: actual ones in the usual keys, the budget of the year under `budgeted`. */
type Key = keyof ThreePublicParts;
/** The six parts, also in the order of the horizontal 决算 table's columns (under 预算数 and again under 决算数). */
/** The “三公” figures' keys, the total first (ThreePublicParts). */
export const KEYS: readonly Key[] = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'];

/** Column headers of a 决算 table (预算数 / 决算数, maybe after a year: 2023年预算数), as data. */
export const BUDGETED_COLUMN = /^(\d{4}年度?|本年度?)?(年初|调整后?|全年)?预算(数|额)?$|^(\d{4}年度?|本年度?)?(年初|调整后?|全年)预算/;
export const ACTUAL_COLUMN = /决算(数|额)?$|^(\d{4}年度?)?实际(支出|发生)(数|额)?$|^(\d{4}年度?)?(全年)?执行数$|^本年度?(实际)?支出(数|额)$/;
/**
 * A column of the year's actual figures: ACTUAL_COLUMN, or a header the tables stage keys `actual` in a 决算
 * (支出数 · 实际数 · 完成数 · 2024年支出数 · 本年实际支出 · 实际: the wordings are the tables stage's, src/tables/patterns.ts),
 * never a rate or a change column.
 */
export const isActualColumn = (header: string): boolean => {
  if (ACTUAL_COLUMN.test(header)) return true;
  // (a column header only, maybe with its unit: never a title or a part's name in the header rows, “三公”经费支出决算表 · 公务接待费)
  const h = header.replace(/[（(](?:万元|元|千元)[)）]$/, '');
  return h.length <= 12 && !/表|费|[（(]/.test(h) && !RATE_COLUMN.test(h) && !/率|[%％]|增减|变动|差额/.test(h) && keyOf(h, { finalAccount: true, year: null })?.key === 'actual';
};
/** A column of the year before (上年支出数 · 上年决算数 · 上年数), as the tables stage keys it (`previous`; a column header only). */
const isPreviousColumn = (header: string): boolean => header.length <= 12 && !/表|费/.test(header) && keyOf(header, { finalAccount: true, year: null })?.key === 'previous';
/**
 * A column of money figures a 决算's “三公” table does not tell as budget or actual (金额 · 数额 beside 预算数): with a
 * 预算数 column, the table's figures are reported, never read (the budget would pass for the total).
 */
const isUntoldColumn = (header: string): boolean =>
  header !== '' && !BUDGETED_COLUMN.test(header) && !isActualColumn(header) && !RATE_COLUMN.test(header) && !/率|[%％]|增减|变动|差额|上年|数量|辆|人次|批次|个数|备注|说明|栏次|行次|序号|项目|名称|科目|编码|代码|单位|^[（(]?(千|万)?元[)）]?$|^\d{4}年度?$/.test(header);
/** The year a column header names: 2022年决算数 → 2022. */
const yearOf = (header: string): number | null => {
  const y = /^(\d{4})年/.exec(header);
  return y ? Number(y[1]) : null;
};
/** A column of differences: 增减 · 比上年增减 · 决算数比年初预算增减 · 差额. */
const DELTA_COLUMN = /增减|增加|变动|差额/;
/** A column of rates of change (增减率 · 增减率（%） · 增长%): percents, never amounts in the table's unit. */
const RATE_OF_CHANGE_COLUMN = /率|[%％]/;
export const RATE_COLUMN = /完成(预算)?(率|比例)|执行率|^完成(年初|调整后?|全年)?预算(的?(比例|百分比))?$/;

export function emptyParts(): ThreePublicParts {
  return { total: null, abroad: null, vehicle: null, vehiclePurchase: null, vehicleOperation: null, reception: null };
}

/** The budgeted “三公” parts stated in the sentences; a part stated twice must agree. */
export function budgetedParts(mentions: readonly Mention[], classify: (label: string) => Key | null, d: Diagnostics): { parts: ThreePublicParts | null; repeated: Money[] } {
  const parts = emptyParts();
  const repeated: Money[] = [];
  let any = false;
  const stages: Partial<Record<Key, string | null>> = {};
  for (const m of mentions) {
    const key = classify(m.label) ?? (/经费|预算/.test(m.label) && !parts.total ? 'total' : null);
    if (!key) continue;
    // "年初预算15.00万元，调整预算14.00万元": two budgets of the year, not one stated twice; the first is kept,
    // the other is reported (UNPLACED_FIGURE), never a mismatch.
    const stage = budgetStage(m.money);
    if (parts[key] && stage && stages[key] && stage !== stages[key]) continue;
    stages[key] ??= stage;
    parts[key] = firstOf(d, `三公 budgeted ${key} stated twice`, parts[key], m.money, repeated);
    any = true;
  }
  return { parts: any ? parts : null, repeated };
}

/** Rates of the “三公” sentences, each for the part its words name (完成预算的50.8% → total). */
export function threePublicRates(paras: readonly Paragraph[], classify: (label: string) => Key | null, d: Diagnostics): Rate[] {
  return scanRates(paras, (words) => classify(words), d, '“三公”经费');
}

/**
 * The table form of a 决算: 项目 / 预算数 / 决算数 (and maybe 完成率) columns, one row per part.
 * Returns null when the table has no 预算数 and 决算数 columns or no figure of a part was read (the budget
 * reader then reads it).
 */
export function finalThreePublicTable(
  table: Table,
  unitHint: MoneyUnit | null,
  year: number | null,
  classify: (label: string, parent?: Key | null) => Key | null,
  unread: { money: Money; label: string }[],
  named = false,
): ThreePublic | null {
  const notRead: { money: Money; label: string }[] = []; // handed to `unread` only when the table is read
  const texts = table.rows.flatMap((r) => cellLabels(r));
  if (!named && !texts.some((t) => /因公出国|公务接待/.test(t))) return null;
  const headerAt = table.rows.findIndex((r) => {
    const h = cellLabels(r);
    return h.some((x) => BUDGETED_COLUMN.test(x)) && h.some(isActualColumn);
  });
  if (headerAt < 0) return null;
  const header = cellLabels(table.rows[headerAt]!);
  // A column of another year is never this year's: 上年决算数, or a year that is not the document's
  // (2022年决算数 or 2024年预算数 in a 2023 决算). Without the document's year, a column that names no
  // year is taken before one that does, and a named year counts only when it is the latest the
  // headers name. 上年 or an earlier year is the year before's (the change's basis).
  const thisYear = year ?? Math.max(0, ...header.map((x) => yearOf(x) ?? 0));
  const isPrevious = (x: string) => /上年/.test(x) || (yearOf(x) ?? thisYear) < thisYear;
  const isOtherYear = (x: string) => isPrevious(x) || (yearOf(x) ?? thisYear) !== thisYear;
  const columnOfTest = (is: (x: string) => boolean) => {
    const unnamed = year === null ? header.findIndex((x) => is(x) && yearOf(x) === null && !/上年/.test(x)) : -1;
    return unnamed >= 0 ? unnamed : header.findIndex((x) => is(x) && !isOtherYear(x));
  };
  const columnOf = (re: RegExp) => columnOfTest((x) => re.test(x));
  const budgetedAt = columnOf(BUDGETED_COLUMN);
  const actualAt = columnOfTest(isActualColumn);
  const rateAt = header.findIndex((x) => RATE_COLUMN.test(x));
  // 上年决算数 / 增减: the change against the year before (its basis from the 上年 column's words).
  const previousAt = header.findIndex(isPrevious);
  // (a 增减 column against the year's own budget, 决算数比年初预算增减 · 比预算增减, is the changeOnBudget, never the change
  // against the year before: it was read as that change, with the basis of the 上年 column)
  const isDelta = (x: string) => DELTA_COLUMN.test(x) && !RATE_OF_CHANGE_COLUMN.test(x);
  const onOwnBudget = (x: string) => /预算/.test(x) && !isPrevious(x) && !/上年/.test(x);
  // A change against the year before only where the table has a column of an earlier year or the 增减 header
  // names one (比上年增减): a bare 增减 beside 预算数 / 决算数 is 决算 − 预算, the changeOnBudget when each row's
  // figures show it, else reported.
  const againstPrevious = (x: string) => previousAt >= 0 || isPrevious(x);
  const deltaAt = header.findIndex((x) => isDelta(x) && !onOwnBudget(x) && againstPrevious(x));
  const bareDeltaAt = header.findIndex((x) => isDelta(x) && !onOwnBudget(x) && !againstPrevious(x));
  const budgetDeltaAt = [header.findIndex((x) => isDelta(x) && onOwnBudget(x))].map((at) => (at < 0 && bareDeltaAt >= 0 && budgetedAt >= 0 && actualAt >= 0 && isBudgetDelta(table, headerAt, budgetedAt, actualAt, bareDeltaAt) ? bareDeltaAt : at))[0]!;
  const previous = previousAt >= 0 ? header[previousAt]! : '';
  const cy = /(\d{4})年/.exec(previous);
  const read = new Set([0, budgetedAt, actualAt, rateAt, deltaAt, budgetDeltaAt]);
  const unit = firstUnit(texts) ?? unitHint;
  if (!unit) return null; // no unit stated anywhere: not read (extractThreePublic says so), never guessed
  const out: ThreePublic = { ...empty('table'), budgeted: emptyParts() };
  let parent: Key | null = null; // the part the row above named: 运行费 under 公务用车购置及运行费
  for (const row of table.rows.slice(headerAt + 1)) {
    const name = compact(row.cells[0]?.text ?? '');
    const key = classify(name, parent);
    parent = key; // a row that names no part ends the part above (会议费 between 公务用车 and 信息系统运行维护费)
    const cellMoney = (i: number) => {
      const c = i >= 0 ? row.cells[i] : undefined;
      return c ? toMoney(c.text, c.startLine, unit) : null;
    };
    if (!key) {
      for (const i of [budgetedAt, actualAt]) {
        const money = cellMoney(i);
        if (money) notRead.push({ money, label: name });
      }
      continue;
    }
    const actual = cellMoney(actualAt);
    const budgeted = cellMoney(budgetedAt);
    if (actual && out[key] === null) {
      out[key] = actual;
      if (key !== 'total') out.items.push({ name, amount: actual });
    }
    if (budgeted && out.budgeted![key] === null) out.budgeted![key] = budgeted;
    const delta = cellMoney(deltaAt);
    if (delta) {
      out.change ??= { comparedYear: cy ? Number(cy[1]) : year !== null ? year - 1 : null, basis: /预算/.test(previous) ? 'budget' : 'finalAccount', base: null, amount: null, items: [] };
      if (key === 'total' && out.change.amount === null) out.change.amount = delta;
      else out.change.items.push({ name, amount: delta });
    }
    const budgetDelta = cellMoney(budgetDeltaAt);
    if (budgetDelta) {
      out.changeOnBudget ??= { comparedYear: year, basis: 'budget', base: null, amount: null, items: [] };
      if (key === 'total' && out.changeOnBudget.amount === null) out.changeOnBudget.amount = budgetDelta;
      else out.changeOnBudget.items.push({ name, amount: budgetDelta });
    }
    // Any other column (上年决算数 …) holds figures no key takes: reported, never dropped.
    row.cells.forEach((c, i) => {
      const money = read.has(i) ? null : toMoney(c.text, c.startLine, unit);
      if (money) notRead.push({ money, label: `${name} ${header[i] ?? ''}`.trim() });
    });
    const rc = rateAt >= 0 ? row.cells[rateAt] : undefined;
    const rm = rc ? /^(\d+(?:\.\d+)?)[%％]?$/.exec(normalizeDigits(compact(rc.text))) : null;
    if (rc && rm) out.executionRates.push({ of: key, percent: Number(rm[1]), raw: compact(rc.text), line: rc.startLine });
  }
  // Nothing read is no reading: null, so that no caller takes an empty object for the table's figures.
  const any = KEYS.some((k) => out[k] !== null || out.budgeted![k] !== null) || out.change !== null || out.changeOnBudget !== null || out.executionRates.length > 0;
  if (!any) return null;
  unread.push(...notRead);
  return out;
}

/** Whether every row's figure in column `at` is its 决算 less its 预算 (exact decimals, to the cells' last digit), and some row has one. */
function isBudgetDelta(table: Table, headerAt: number, budgetedAt: number, actualAt: number, at: number): boolean {
  // (the cells' own unit does not matter: the three are in the same one)
  const money = (t: string | undefined) => toMoney(compact(normalizeDigits(t ?? '')).replace(/−/g, '-'), 0);
  let any = false;
  for (const row of table.rows.slice(headerAt + 1)) {
    const d = money(row.cells[at]?.text);
    if (d === null) continue;
    const a = money(row.cells[actualAt]?.text);
    const b = money(row.cells[budgetedAt]?.text);
    if (a === null || b === null || !sumAgrees(a, [b, d])) return false;
    any = true;
  }
  return any;
}

/**
 * The figures of a 决算's “三公” table whose header row names a 预算 column and a 决算 column but that
 * finalThreePublicTable could not read (no column of this year for either): never handed to the
 * budget reader, which would take the 预算数 for the actual figure. Each figure is returned to be
 * reported as unplaced; null when the table is no such table.
 */
export function unreadTwoPeriodTable(table: Table, unitHint: MoneyUnit | null, named = false): { money: Money; label: string }[] | null {
  const texts = table.rows.flatMap((r) => cellLabels(r));
  if (!named && !texts.some((t) => /因公出国|公务接待/.test(t))) return null;
  // (also a 预算数 column beside one of money figures that is told neither budget nor actual: 预算数 | 金额; or beside the
  // year before's outturn only: 本年预算数 | 上年支出数, where the budget had been read as the year's total)
  const twoPeriods = table.rows.some((r) => {
    const h = cellLabels(r);
    return h.some((x) => BUDGETED_COLUMN.test(x)) && h.slice(1).some((x) => isActualColumn(x) || isUntoldColumn(x) || isPreviousColumn(x));
  });
  if (!twoPeriods) return null;
  const unit = firstUnit(texts) ?? unitHint;
  if (!unit) return []; // no unit: extractThreePublic says TABLE_NO_UNIT
  return rowFigures(table, unit);
}

/** Text and table both state the figures: they must agree; the text's figures are kept, the table fills gaps. */
export function mergeFinalThreePublic(sentence: ThreePublic, table: ThreePublic, d: Diagnostics): ThreePublic {
  if (!table.budgeted) return sentence;
  const budgeted = sentence.budgeted ?? emptyParts();
  for (const k of KEYS) {
    const a = budgeted[k];
    const b = table.budgeted[k];
    if (a && b) reportMismatch(d, `三公 budgeted ${k} in the text and in the table`, a, b);
    else if (b) budgeted[k] = b;
  }
  const rates = [...sentence.executionRates];
  for (const r of table.executionRates) if (!rates.some((x) => x.of === r.of)) rates.push(r);
  // The table's 增减 columns where the sentences state no change (they were dropped, and counted as placed). Where both
  // state one of the same comparison, the text's figures stand, the table's fill what the text does not state (the total,
  // the parts it names not) and the figures both state must agree; of another comparison, the table's are reported.
  const change = (a: Change | null, b: Change | null, what: string): Change | null => {
    if (!a || !b) return a ?? b;
    if (a.amount && b.amount) reportMismatch(d, `三公 ${what} in the text and in the table`, a.amount, b.amount);
    const key = (name: string) => classifyThreePublic(name) ?? name;
    if ((a.comparedYear !== null && b.comparedYear !== null && a.comparedYear !== b.comparedYear) || (a.basis !== null && b.basis !== null && a.basis !== b.basis)) {
      warnUnplaced(d, '“三公”经费', [...(b.amount ? [{ money: b.amount, label: '合计' }] : []), ...b.items.map((i) => ({ money: i.amount, label: i.name }))], new Set());
      return a;
    }
    const items = [...a.items];
    for (const i of b.items) {
      const same = a.items.find((x) => key(x.name) === key(i.name));
      if (same) reportMismatch(d, `三公 ${what} of ${i.name} in the text and in the table`, same.amount, i.amount);
      else items.push(i);
    }
    return { ...a, comparedYear: a.comparedYear ?? b.comparedYear, basis: a.basis ?? b.basis, amount: a.amount ?? b.amount, items };
  };
  return {
    ...sentence,
    budgeted,
    executionRates: rates,
    change: change(sentence.change, table.change, 'change'),
    changeOnBudget: change(sentence.changeOnBudget, table.changeOnBudget, 'change on the budget'),
  };
}

/**
 * The horizontal form (the 决算 template's “三公” table): 预算数 and 决算数 each over 合计 / 因公出国（境）费 /
 * 公务用车购置及运行费 (小计 / 购置费 / 运行费) / 公务接待费, and one row of 12 figures (after a 栏次 row).
 * Read only when the headers name the parts in that order, else null (the figures are then reported).
 */
export function wideThreePublicTable(table: Table, unitHint: MoneyUnit | null): ThreePublic | null {
  const rows = table.rows.map((r) => cellLabels(r));
  const flat = rows.flat();
  const budgetAt = flat.findIndex((x) => BUDGETED_COLUMN.test(x));
  const actualAt = flat.findIndex(isActualColumn);
  if (budgetAt < 0 || actualAt < 0 || !flat.some((x) => /^小计$/.test(x))) return null;
  // The part names in header order must be 合计, 因公出国, 公务用车…, 公务接待 twice, then 小计, 购置, 运行 twice.
  const names = flat.filter((x) => /^合计$|因公出国|公务用车购置及运|公务用车购置费?$|公务用车运行|^小计$|公务接待/.test(x));
  const top = names.filter((x) => /^合计$|因公出国|公务用车购置及运|公务接待/.test(x)).map((x) => (/^合计$/.test(x) ? 'T' : /因公出国/.test(x) ? 'A' : /公务接待/.test(x) ? 'R' : 'V')).join('');
  const sub = names.filter((x) => /^小计$|公务用车购置费?$|公务用车运行/.test(x)).map((x) => (/^小计$/.test(x) ? 'S' : /购置/.test(x) ? 'P' : 'O')).join('');
  if (top !== 'TAVRTAVR' || sub !== 'SPOSPO') return null;
  const cells = wideValues(table);
  if (!cells) return null;
  const unit = firstUnit(flat) ?? unitHint;
  if (!unit) return null; // no unit stated anywhere: not read (extractThreePublic says so), never guessed
  return readWide(cells, unit, budgetAt < actualAt);
}

function readWide(cells: Table['rows'][number]['cells'], unit: MoneyUnit, budgetFirst: boolean): ThreePublic | null {
  const out: ThreePublic = { ...empty('table'), budgeted: emptyParts() };
  let any = false;
  KEYS.forEach((key, i) => {
    const b = cells[budgetFirst ? i : i + 6]!;
    const a = cells[budgetFirst ? i + 6 : i]!;
    // A blank cell (or a dash) is no value: null, never 0.
    out.budgeted![key] = toMoney(b.text, b.startLine, unit);
    const actual = toMoney(a.text, a.startLine, unit);
    out[key] = actual;
    any ||= actual !== null || out.budgeted![key] !== null;
    if (actual && key !== 'total') out.items.push({ name: NAMES_WIDE[key], amount: actual });
  });
  return any ? out : null;
}

const NUMBER_CELL = /^-?[\d,，]*\.?\d+$/;

/** The template's part names, each over a column of the 预算数 group and one of the 决算数 group. */
const TEMPLATE_NAMES = ['因公出国', '公务接待', '小计'] as const;

const count = (text: string, word: string): number => text.split(word).length - 1;

/**
 * The 决算 template's horizontal “三公” table whose header rows came out spread over the wrong
 * columns (pdftotext -layout: the CJK words drift, and a cell holds words of several columns): its header still names 预算数 and 决算数 and each
 * of 因公出国 · 公务接待 · 小计 twice, a 栏次 row numbers its 12 columns 1 … 12 and the row below holds
 * the figures. They are read in the template's column order (合计 · 因公出国（境）费 · 公务用车 小计 · 购置费 ·
 * 运行费 · 公务接待费, for 预算数 then 决算数, in the order the header names them) only when each group
 * adds up as that order says (合计 = 出国 + 小计 + 接待 and 小计 = 购置 + 运行, blanks as 0); else the
 * figures are `unsure`, reported and never read. Null when the table is no such table.
 */
export function wideTemplateTable(table: Table, unitHint: MoneyUnit | null): { read: ThreePublic | null } | { unsure: { money: Money; label: string }[] } | null {
  const texts = table.rows.map((r) => cellLabels(r));
  const numbering = texts.findIndex((cells) => cells.filter((c) => c).join(',') === '1,2,3,4,5,6,7,8,9,10,11,12');
  if (numbering < 1) return null;
  const headerCells = texts.slice(0, numbering).flat();
  // Only a header whose words were run together into cells (drifted): a clean header in another order is that order, not the template's.
  if (!headerCells.some(runTogether)) return null;
  const header = headerCells.join('');
  const budgetAt = header.indexOf('预算数');
  const actualAt = header.indexOf('决算数');
  if (budgetAt < 0 || actualAt < 0 || TEMPLATE_NAMES.some((w) => count(header, w) !== 2)) return null;
  const row = table.rows[numbering + 1];
  const cells = row?.cells.filter((c) => compact(c.text));
  if (!cells || cells.length !== 12 || !cells.every((c) => NUMBER_CELL.test(compact(c.text)))) return null;
  const unit = firstUnit(texts.flat()) ?? unitHint;
  if (!unit) return { read: null }; // not read, never guessed (extractThreePublic says the unit is missing)
  const money = cells.map((c) => toMoney(c.text, c.startLine, unit));
  const v = (i: number) => exact(money[i]!).value;
  const adds = (g: number) => cmp(sum([money[g + 1]!, money[g + 2]!, money[g + 5]!]), v(g)) === 0 && cmp(sum([money[g + 3]!, money[g + 4]!]), v(g + 2)) === 0;
  if (money.some((m) => m === null) || !adds(0) || !adds(6)) {
    return { unsure: money.flatMap((m) => (m ? [{ money: m, label: '“三公”经费支出决算表 (columns not told apart)' }] : [])) };
  }
  return { read: readWide(cells, unit, budgetAt < actualAt) };
}

/**
 * The 12 cells of figures of the horizontal table, in column order: the row below the 栏次 / numbering
 * row (1 2 3 … 12) or, without one, the first row of numbers. A row of 12 cells is read by position (a
 * blank cell stays a blank slot); a longer row when exactly 12 of its cells are numbers. Else null.
 */
function wideValues(table: Table): Table['rows'][number]['cells'] | null {
  const texts = table.rows.map((r) => cellLabels(r));
  const numbering = texts.findIndex((cells) => cells.some((c) => /栏次/.test(c)) || cells.filter((c) => c).join(',').startsWith('1,2,3'));
  const from = numbering >= 0 ? numbering + 1 : 0;
  const at = texts.findIndex((cells, i) => i >= from && cells.some((c) => NUMBER_CELL.test(c)) && !cells.filter((c) => c).join(',').startsWith('1,2,3'));
  if (at < 0) return null;
  const row = table.rows[at]!.cells;
  const numbers = row.filter((c) => NUMBER_CELL.test(compact(c.text)));
  if (numbers.length === 12) return numbers;
  // A label cell before the figures (金额 · 决算数) is no slot.
  const slots = row.length > 12 && row.slice(0, row.length - 12).every((c) => !NUMBER_CELL.test(compact(c.text))) ? row.slice(-12) : row;
  return slots.length === 12 ? slots : null;
}

const NAMES_WIDE: Record<Key, string> = {
  total: '合计',
  abroad: '因公出国（境）费',
  vehicle: '公务用车购置及运行费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行费',
  reception: '公务接待费',
};
