/**
 * What must come out the same whatever the layout, and where each figure must point: shared by the
 * layout test (one canonical budget) and field test 14 (one canonical 决算 and one 绩效目标表).
 */
import type { BudgetDocument } from '../../src/index.js';

type Money = { yuan: number; raw: string; line: number };
export const y = (m: Money | null | undefined) => (m ? m.yuan : null);
export const named = (xs: { name: string; amount: Money }[] | undefined) => (xs ?? []).map((x) => [x.name, x.amount.yuan]);

/** The budget, “三公” and 机关运行经费 figures. */
export function extraction(d: BudgetDocument) {
  const b = d.budget;
  const t = d.threePublic;
  const o = d.operatingExpenses;
  return {
    kind: d.kind,
    department: d.department,
    year: d.year,
    sections: d.sections.filter((s) => s.kind !== 'other').map((s) => s.kind),
    revenue: [y(b?.revenue?.total), named(b?.revenue?.items)],
    expenditure: [y(b?.expenditure?.total), y(b?.expenditure?.basic), y(b?.expenditure?.project), named(b?.expenditure?.items)],
    change: [b?.change?.comparedYear, y(b?.change?.base), y(b?.change?.amount), named(b?.change?.items)],
    threePublic: [t?.total, t?.abroad, t?.vehicle, t?.vehiclePurchase, t?.vehicleOperation, t?.reception].map(y),
    threePublicItems: named(t?.items),
    threePublicChange: [y(t?.change?.amount), named(t?.change?.items)],
    operating: [y(o?.total), named(o?.items), y(o?.change?.amount)],
    procurement: y(d.procurement?.total),
    warnings: d.warnings.map((w) => w.code),
  };
}

const target = (t: { operator: string | null; value: number | null; unit: string | null; kind: string; date: string | null } | undefined) =>
  t ? [t.kind, t.operator, t.value, t.unit, t.date] : null;

/** The indicators of the 绩效 tables (target, actual, weight, score) and the 自评 funds. */
export function performance(d: BudgetDocument) {
  const p = d.performance;
  return {
    projects: (p?.projects ?? []).map((x) => ({
      name: x.name,
      budget: y(x.budget.total),
      selfEvaluation: x.selfEvaluation
        ? (({ initialBudget, adjustedBudget, executed, executionRate, budgetWeight, budgetScore, totalWeight, totalScore, grade }) => ({
            funds: [initialBudget, adjustedBudget, executed].map(y),
            rate: executionRate?.percent ?? null,
            budgetWeight, budgetScore, totalWeight, totalScore, grade,
          }))(x.selfEvaluation)
        : null,
      indicators: x.indicators.map((i) => [i.level1, i.level2, i.name, target(i.target), target(i.actual), i.weight ?? null, i.score ?? null]),
    })),
    departmentIndicators: (p?.departmentIndicators ?? []).map((i) => [i.level1, i.level2, i.name, target(i.target)]),
  };
}

/** The 决算's own fields beside `extraction`: the budgeted twins, rates, 政府采购 and 国有资产. */
export function finalExtraction(d: BudgetDocument) {
  const t = d.threePublic;
  const bt = t?.budgeted;
  const a = d.assets;
  return {
    ...extraction(d),
    threePublicBudgeted: bt ? [bt.total, bt.abroad, bt.vehicle, bt.vehiclePurchase, bt.vehicleOperation, bt.reception].map(y) : null,
    threePublicRates: (t?.executionRates ?? []).map((r) => [r.of, r.percent]),
    threePublicChangeBasis: t?.change?.basis ?? null,
    procurementItems: named(d.procurement?.items),
    sme: y(d.procurement?.sme?.total),
    assets: [y(a?.total), y(a?.fixedAssets), (a?.items ?? []).map((i) => [i.name, y(i.value)])],
    performance: performance(d),
    // each figure of the tables stage with its row's name and its column's key (a layout may cut one table in two)
    // (a column the tables stage left unnamed, c<n>, is `c`: its figure must be one of its row's)
    tables: d.tables.flatMap((x) => x.rows.flatMap((r) => Object.entries(r.values).map(([k, m]) => [r.name, /^c\d+$/.test(k) ? 'c' : k, m.yuan]))),
  };
}

/**
 * Every figure points at the line where its first digits stand; with `indicators`, every indicator at the
 * line of its name (a layout that prints a row a line: a Tika row points at its first cell, lines above).
 */
export function linesTrue(d: BudgetDocument, input: string, roots: unknown[] = [d.budget, d.threePublic, d.operatingExpenses, d.procurement], indicators = false) {
  const lines = input.split(/\r\n|\r|\n/);
  const at = (line: number) => (lines[line - 1] ?? '').replace(/\s+/g, '');
  const bad: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if ('yuan' in v && 'raw' in v && 'line' in v) {
        const m = v as Money;
        // the first digits (raw is in simplified characters when the file is traditional)
        // (the integer part's first digits: pdftotext may break a number right after them, `增加 4` ⏎ `.43 万元`)
        const head = (/\d+/.exec(m.raw)?.[0] ?? '').slice(0, 2);
        if (!at(m.line).includes(head)) bad.push(`${m.raw}@${m.line}: ${at(m.line).slice(0, 60)}`);
        return;
      }
      const o = v as { name?: unknown; target?: unknown; line?: unknown };
      // an indicator: its name's first characters stand on its line
      if (indicators && typeof o.name === 'string' && o.target && typeof o.line === 'number' && !at(o.line).includes(o.name.slice(0, 2))) bad.push(`${o.name}@${o.line}: ${at(o.line).slice(0, 60)}`);
      Object.values(v).forEach(walk);
    }
  };
  walk(roots);
  return bad;
}

/**
 * Where `got` states something `want` does not: a missing value (null, an empty list) is no
 * disagreement, a value that differs is. Lists of the same length are compared place by place, others
 * element by element (each element of `got` must stand in `want`). For the layouts that cannot read
 * every table: what they read must be right, what they do not read is left out (and reported).
 */
export function disagreements(got: unknown, want: unknown, path = ''): string[] {
  if (got === null || got === undefined || (Array.isArray(got) && got.length === 0)) return [];
  const json = (v: unknown) => JSON.stringify(v).slice(0, 160);
  if (Array.isArray(got) && Array.isArray(want)) {
    if (got.length === want.length) return got.flatMap((g, i) => disagreements(g, want[i], `${path}[${i}]`));
    // ([name, 'c', figure]: a figure of an unnamed column matches a figure of its row under any key)
    const same = (g: unknown, w: unknown) =>
      JSON.stringify(w) === JSON.stringify(g) || (Array.isArray(g) && Array.isArray(w) && g.length === 3 && g[1] === 'c' && w[0] === g[0] && w[2] === g[2]);
    return got.filter((g) => !want.some((w) => same(g, w))).map((g) => `${path}: ${json(g)} (not there)`);
  }
  if (got && typeof got === 'object' && want && typeof want === 'object') {
    return Object.entries(got).flatMap(([k, v]) => disagreements(v, (want as Record<string, unknown>)[k], `${path}.${k}`));
  }
  return got === want ? [] : [`${path}: ${json(got)} where ${json(want)}`];
}

/** The digits of a printed amount, its point kept (1,180.00 → 1180.00; ６０.００ → 60.00). */
const digitsOf = (raw: string) => raw.normalize('NFKC').replace(/[^\d.]/g, '');

/** Every amount under the roots (a Money: yuan, raw, line), however deep. */
export function moneys(roots: unknown[]): { yuan: number; digits: string; line: number }[] {
  const out: { yuan: number; digits: string; line: number }[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if ('yuan' in v && 'raw' in v && 'line' in v) {
        const m = v as Money;
        out.push({ yuan: m.yuan, digits: digitsOf(m.raw), line: m.line });
        return;
      }
      Object.values(v).forEach(walk);
    }
  };
  walk(roots);
  return out;
}

/**
 * Nothing dropped without a word: each amount of the reference reading (the Tika rendering's) that the reading of
 * `input` does not give (the same value printed with the same digits, wherever it stands) must be covered by a
 * warning: one on a line of `input` where those digits stand (or on the lines it names: `lines 33–187`), or one whose
 * message quotes them. The uncovered ones,
 * as `digits (yuan)`, sorted: a layout that drops a figure silently names it here.
 */
export function unaccounted(reference: unknown[], d: BudgetDocument, input: string, roots: unknown[]): string[] {
  const pool = new Map<string, number>();
  for (const m of moneys(roots)) pool.set(`${m.yuan}|${m.digits}`, (pool.get(`${m.yuan}|${m.digits}`) ?? 0) + 1);
  const lines = input.split(/\r\n|\r|\n/).map(digitsOf);
  // (a warning that names the lines it covers, `lines 33–187`, covers each of them)
  const warned = d.warnings.map((w) => {
    const span = /lines (\d+)–(\d+)/.exec(w.message);
    const [from, to] = span ? [Number(span[1]), Number(span[2])] : [w.line ?? 0, w.line ?? 0];
    return { line: from > 0 ? lines.slice(from - 1, to).join('\u0001') : '', message: digitsOf(w.message.replace(/[,，]/g, '')) };
  });
  const out: string[] = [];
  for (const m of moneys(reference)) {
    const key = `${m.yuan}|${m.digits}`;
    const n = pool.get(key) ?? 0;
    if (n > 0) {
      pool.set(key, n - 1);
      continue;
    }
    if (!warned.some((w) => w.line.includes(m.digits) || w.message.includes(m.digits))) out.push(`${m.digits} (${m.yuan})`);
  }
  return out.sort();
}
