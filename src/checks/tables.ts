import type { Diagnostics } from '../diagnostics.js';
import { abs, cmp, fromInt, maxOf, mul, sub, sumOf, toNumber, ZERO, type Dec } from '../normalize/decimal.js';
import type { BudgetDocument, BudgetTable, Money, TableRow } from '../schema/index.js';
import { tableFigures } from '../tables/figures.js';
import { exact, sameFigure } from './compare.js';
import { compact } from '../normalize/text.js';

/**
 * The arithmetic of the budget tables, as warnings with rule codes (listed in the README).
 * A blank cell counts as 0 where a sum needs it. The tolerance is one unit of the last printed
 * digit per two figures involved (each printed figure is rounded by up to half a unit).
 */
export const TABLE_RULES = {
  TABLE_SUM_CHILDREN: 'a 类 row = Σ its 款 rows, a 款 row = Σ its 项 rows, in every money column',
  TABLE_SUM_TOTAL: 'the 合计 row = Σ the top-level (类) rows, in every money column',
  TABLE_ROW_SUM: 'in a row: total = basic + project; basic = personnel + public; total = the funding columns; 财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营; 三公 total = its parts',
  TABLE_SIDES_BALANCE: 'in a 收支总表 the 收入总计 and the 支出总计 agree',
  TEXT_TABLE_MISMATCH: 'a figure in the text and the same figure in a table agree (支出总计, 收入总计, 基本支出, 项目支出, 三公, 机关运行经费)',
} as const;

interface Fig {
  value: Dec;
  ulp: Dec;
  line: number;
}
const fig = (m: Money): Fig => ({ ...exact(m), line: m.line });

function compare(d: Diagnostics, code: string, what: string, stated: Fig, parts: Fig[]): void {
  const actual = sumOf(parts.map((p) => p.value));
  const all = [stated, ...parts];
  const ulp = maxOf(all.map((f) => f.ulp));
  const tol = mul(ulp, fromInt(Math.max(1, Math.ceil(all.length / 2))));
  if (cmp(abs(sub(stated.value, actual)), tol) <= 0) return;
  const lines = [...new Set(all.map((f) => f.line))].sort((a, b) => a - b);
  d.warn(code, `${what}: stated ${toNumber(stated.value)} yuan but the parts add up to ${toNumber(actual)} yuan`, stated.line, {
    lines,
    expected: toNumber(stated.value),
    actual: toNumber(actual),
  });
}

const label = (t: BudgetTable) => `${t.title ?? t.kind}${t.side ? ` (${t.side === 'revenue' ? '收入' : '支出'})` : ''}`;
const rowLabel = (r: TableRow) => `${r.code ? `${r.code} ` : ''}${r.name}`;

/** parent = Σ children and 合计 = Σ 类, column by column. */
function checkTree(d: Diagnostics, t: BudgetTable): void {
  const coded = t.rows.filter((r) => r.code);
  if (coded.length === 0) return;
  const codes = new Set(coded.map((r) => r.code));
  if (codes.size !== coded.length) return; // a cross-classification (功能 × 经济): codes repeat, no tree
  const keys = t.columns.filter((c) => c.money).map((c) => c.key);
  const sumCheck = (code: string, what: string, parent: TableRow, children: TableRow[]) => {
    for (const k of keys) {
      const have = [parent, ...children].filter((r) => r.values[k]);
      if (have.length === 0) continue;
      const zero = (r: TableRow): Fig => ({ value: ZERO, ulp: ZERO, line: r.line });
      compare(d, code, `${label(t)}: ${what} (${k})`, parent.values[k] ? fig(parent.values[k]) : zero(parent), children.filter((r) => r.values[k]).map((r) => fig(r.values[k]!)));
    }
  };
  // Children by the parent's code (a 款 under the first 3 digits, a 项 under the first 5): linear.
  const byParent = new Map<string, TableRow[]>();
  for (const r of coded) {
    if (r.level !== 2 && r.level !== 3) continue;
    const parent = r.code!.slice(0, r.level === 2 ? 3 : 5);
    const list = byParent.get(parent);
    if (list) list.push(r);
    else byParent.set(parent, [r]);
  }
  for (const p of coded) {
    if (p.level !== 1 && p.level !== 2) continue;
    const children = byParent.get(p.code!);
    if (children) sumCheck('TABLE_SUM_CHILDREN', `${rowLabel(p)} = Σ its ${p.level === 1 ? '款' : '项'}`, p, children);
  }
  const total = t.complete ? t.rows.find((r) => r.level === 0) : undefined;
  const top = coded.reduce((m, r) => Math.min(m, r.level ?? 9), 9);
  if (total && top < 9) sumCheck('TABLE_SUM_TOTAL', `${total.name} = Σ the top-level rows`, total, coded.filter((r) => r.level === top));
}

const FUNDING = ['fiscal', 'generalBudget', 'governmentFund', 'stateCapital', 'fiscalSpecial', 'unitFunds', 'businessIncome', 'operatingIncome', 'subsidyIncome', 'subordinateIncome', 'otherIncome', 'carryOver'];
const FISCAL_PARTS = ['generalBudget', 'governmentFund', 'stateCapital'];

/** Row identities between columns, where the table has the columns. */
export function checkRowSums(d: Diagnostics, t: BudgetTable): void {
  const keys = new Set(t.columns.filter((c) => c.money).map((c) => c.key));
  const rules: { total: string; parts: string[] }[] = [];
  // The bare keys, then each group of a repeated header (`actual.basic` + `actual.project` = `actual`,
  // the group's own 合计 column, or `actual.total`).
  const groups = [...new Set([...keys].filter((k) => k.includes('.')).map((k) => k.slice(0, k.indexOf('.'))))];
  const unknown = [...keys].some((k) => /\d$/.test(k));
  for (const g of [null, ...groups]) {
    const groupTotal = g === null ? 'total' : keys.has(`${g}.total`) ? `${g}.total` : g;
    const name = (k: string) => (g === null ? k : k === 'total' ? groupTotal : `${g}.${k}`);
    const has = (k: string) => keys.has(name(k));
    const start = rules.length;
    if (has('total') && (has('basic') || has('personnel')) && has('project')) {
      rules.push({ total: 'total', parts: has('basic') ? ['basic', 'project'] : ['personnel', 'public', 'project'].filter(has) });
    }
    if (!has('total') && has('expenditure') && has('basic') && has('project')) rules.push({ total: 'expenditure', parts: ['basic', 'project'] });
    if (has('basic') && has('personnel') && has('public')) rules.push({ total: 'basic', parts: ['personnel', 'public'] });
    if (has('total') && !has('basic') && !has('project') && has('personnel') && has('public')) rules.push({ total: 'total', parts: ['personnel', 'public'] });
    const fiscalParts = FISCAL_PARTS.filter(has);
    if (has('fiscal') && fiscalParts.length >= 2) rules.push({ total: 'fiscal', parts: fiscalParts });
    // The funding columns add up to the total only when every money column is known: a column whose
    // header was not understood (c5, total2) may be one of the parts.
    const funding = FUNDING.filter((k) => has(k) && !(has('fiscal') && FISCAL_PARTS.includes(k)));
    if (has('total') && funding.length >= 2 && t.kind !== 'summary' && !unknown) rules.push({ total: 'total', parts: funding });
    if (has('vehicle') && has('vehiclePurchase') && has('vehicleOperation')) rules.push({ total: 'vehicle', parts: ['vehiclePurchase', 'vehicleOperation'] });
    // A 合计 beside 会议费 / 培训费 / 机关运行经费 columns may include them: not the 三公 total.
    const tpTotal = has('threePublicTotal') ? 'threePublicTotal' : has('total') && !['meetings', 'training', 'operatingExpenses'].some(has) ? 'total' : null;
    // 公务接待费 = 国内公务接待 + 外事接待; with no 公务接待费 column its two parts stand for it in the 三公 total.
    const receptionParts = has('receptionDomestic') && has('receptionForeign') ? ['receptionDomestic', 'receptionForeign'] : null;
    if (has('reception') && receptionParts) rules.push({ total: 'reception', parts: receptionParts });
    if (tpTotal && has('abroad') && (has('reception') || receptionParts) && (has('vehicle') || (has('vehiclePurchase') && has('vehicleOperation')))) {
      rules.push({ total: tpTotal, parts: ['abroad', ...(has('vehicle') ? ['vehicle'] : ['vehiclePurchase', 'vehicleOperation'].filter(has)), ...(has('reception') ? ['reception'] : receptionParts!)] });
    }
    for (const r of rules.slice(start)) {
      r.total = name(r.total);
      r.parts = r.parts.map(name);
    }
  }
  if (rules.length === 0) return;
  for (const r of t.rows) {
    for (const rule of rules) {
      const stated = r.values[rule.total];
      const parts = rule.parts.map((k) => r.values[k]).filter((m): m is Money => !!m);
      if (!stated && parts.length === 0) continue;
      const s: Fig = stated ? fig(stated) : { value: ZERO, ulp: ZERO, line: r.line };
      compare(d, 'TABLE_ROW_SUM', `${label(t)}: ${rowLabel(r)}: ${rule.total} = ${rule.parts.join(' + ')}`, s, parts.map(fig));
    }
  }
}

function checkSides(d: Diagnostics, tables: readonly BudgetTable[]): void {
  for (const kind of ['summary', 'fiscalSummary'] as const) {
    const rev = tables.find((t) => t.kind === kind && t.side === 'revenue');
    const exp = tables.find((t) => t.kind === kind && t.side === 'expenditure' && t.line === rev?.line);
    if (!rev || !exp) continue;
    const a = rev.rows.find((r) => /^(收入总计|总计|收入合计)$/.test(compact(r.name)));
    const b = exp.rows.find((r) => /^(支出总计|总计|支出合计)$/.test(compact(r.name)));
    const ma = a?.values.total ?? a?.values.actual;
    const mb = b?.values.total ?? b?.values.actual;
    if (ma && mb) compare(d, 'TABLE_SIDES_BALANCE', `${label(rev)}: ${a!.name} and ${b!.name}`, fig(ma), [fig(mb)]);
  }
}

function textTable(d: Diagnostics, what: string, text: Money | null | undefined, table: Money | null | undefined): void {
  if (!text || !table || text === table || sameFigure(text, table)) return;
  d.warn('TEXT_TABLE_MISMATCH', `${what}: the text says ${text.raw} (line ${text.line}), the table ${table.raw} (line ${table.line})`, text.line, {
    lines: [text.line, table.line],
    expected: toNumber(exact(text).value),
    actual: toNumber(exact(table).value),
  });
}

export function checkTables(doc: BudgetDocument, d: Diagnostics): void {
  if (doc.tables.length === 0) return;
  for (const t of doc.tables) {
    if (!t.unit) continue;
    checkTree(d, t);
    checkRowSums(d, t);
  }
  checkSides(d, doc.tables);
  const f = tableFigures(doc.tables, doc.kind === 'finalAccount', doc.year);
  textTable(d, '支出总计', doc.budget?.expenditure?.total, f.expenditureTotal);
  textTable(d, '收入总计', doc.budget?.revenue?.total, f.revenueTotal);
  textTable(d, '基本支出', doc.budget?.expenditure?.basic, f.basic);
  textTable(d, '项目支出', doc.budget?.expenditure?.project, f.project);
  // 三公 figures read from a table by the 三公 reader are not text: the text is compared only when it is a sentence.
  const tp = doc.threePublic?.form === 'sentence' ? doc.threePublic : null;
  for (const k of ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const) {
    textTable(d, `“三公”经费 ${k}`, tp?.[k], f.threePublic[k]);
  }
  textTable(d, '机关运行经费', doc.operatingExpenses?.total, f.operatingExpenses);
}
