import { lineAt, type Block, type Paragraph } from '../blocks/index.js';
import type { Line } from '../lines/index.js';
import type { BudgetDocument, Change, Money, NamedAmount, Statement } from '../schema/index.js';
import { parseNumbering } from '../sections/numbering.js';
import { changeBasis, comparedYear, COUNT_BEFORE_FLAT, positionOf, type Position } from './amounts.js';
import { amountsOf } from '../checks/compare.js';
import { assetItems, sentenceItems, tableItems, threePublicItems } from './hierarchy.js';
import { clauseAfter, FLAT, FLAT_LEAD, purposeIn, reasonIn, reasonSentenceAfter, ROUGHLY } from './reasons.js';
import { classifyThreePublic } from './three-public.js';
import { overviewRole, restatedAs } from './final-overview.js';

/**
 * The structure stage over an extracted document (issue 13): reasons of every change (and 持平
 * as a change of 0), purposes of figures, the hierarchy of item lists, 工作保障措施. It only adds
 * keys; the figures themselves are the extractors'.
 */

/** Where the next amount after `after` starts in a figure's paragraph (a clause ends where the next figure's label starts). */
function nextStart(pos: Position, after: number): number {
  const s = pos.starts;
  // Binary search: a paragraph may list thousands of figures.
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]! < after) lo = mid + 1;
    else hi = mid;
  }
  return lo < s.length ? s[lo]! : pos.paragraph.text.length;
}

function clauseOf(m: Money) {
  const pos = positionOf(m);
  if (!pos) return null;
  return { p: pos.paragraph, clause: clauseAfter(pos.paragraph.text, pos.end, nextStart(pos, pos.end)), pos };
}

function reasonOf(m: Money | null): Statement | null {
  const c = m ? clauseOf(m) : null;
  return c ? reasonIn(c.p, c.clause) : null;
}

/** Reasons of a change and of each of its parts. */
export function annotateChange(change: Change | null): void {
  if (!change) return;
  for (const item of change.items) {
    item.reason ??= reasonOf(item.amount);
    item.parent ??= null;
    item.role ??= 'part';
  }
  let reason = change.reason ?? reasonOf(change.amount);
  if (!reason && change.amount) {
    // "…减少10万元，其中…。减少的主要原因是…。"
    const last = [change.amount, ...amountsOf(change.items)].map(positionOf).filter((x) => x !== undefined).at(-1);
    if (last) reason = reasonSentenceAfter(last.paragraph, last.end);
  }
  if (!reason && change.items.length === 1) reason = change.items[0]!.reason ?? null;
  change.reason = reason ?? null;
}

/** 持平 after a figure: a change of 0, with the reason of the same clause. */
function flatAfter(m: Money | null, year: number | null): { zero: Money; reason: Statement | null; clause: string } | null {
  const c = m ? clauseOf(m) : null;
  if (!c) return null;
  const f = FLAT.exec(c.clause.text);
  // "与2020年预算基本持平": roughly the same, not a change of exactly 0 (no figure is given).
  if (!f || ROUGHLY.test(c.clause.text.slice(0, f.index))) return null;
  // "公务用车运行维护费3.00万元，保有车辆2辆，与上年持平": the count before it is what is as last year, not the money.
  if (COUNT_BEFORE_FLAT.test(c.clause.text.slice(0, f.index))) return null;
  // 无变化 / 保持不变 after other words is of them (…占“三公”经费的比重无变化 · 与上年相比车辆编制无变化), not the figure's.
  if (f[0] !== '持平' && !FLAT_LEAD.test(c.clause.text.slice(0, f.index))) return null;
  const at = c.clause.offset + f.index;
  void year;
  return {
    zero: { yuan: 0, raw: f[0], unit: m!.unit, line: c.p.pieces ? lineAt(c.p, at) : c.p.line },
    reason: reasonIn(c.p, { text: c.clause.text.slice(f.index), offset: at }),
    clause: c.clause.text,
  };
}

const emptyChange = (clause: string, year: number | null): Change => ({
  comparedYear: comparedYear(clause, year), basis: changeBasis(clause), base: null, amount: null, items: [], reason: null,
});

function threePublicFlat(doc: BudgetDocument): void {
  const t = doc.threePublic;
  if (!t || t.form !== 'sentence') return;
  const order = new Map<Money, number>();
  const total = flatAfter(t.total, doc.year);
  if (total && !t.change?.amount) {
    t.change ??= emptyChange(total.clause, doc.year);
    t.change.amount = total.zero;
    t.change.reason = total.reason;
  }
  for (const item of t.items) {
    const flat = flatAfter(item.amount, doc.year);
    if (!flat) continue;
    const key = classifyThreePublic(item.name);
    if (t.change?.items.some((i) => classifyThreePublic(i.name) === key)) continue;
    t.change ??= emptyChange(flat.clause, doc.year);
    t.change.items.push({ name: item.name, amount: flat.zero, parent: null, role: 'part', reason: flat.reason });
    order.set(flat.zero, positionOf(item.amount)!.start);
  }
  // Document order: a 持平 part stands where its figure does.
  const at = (i: NamedAmount) => [i.amount.line, order.get(i.amount) ?? positionOf(i.amount)?.start ?? 0] as const;
  t.change?.items.sort((a, b) => at(a)[0] - at(b)[0] || at(a)[1] - at(b)[1]);
}

function operatingFlat(doc: BudgetDocument): void {
  const o = doc.operatingExpenses;
  const flat = o && !o.change ? flatAfter(o.total, doc.year) : null;
  if (o && flat) o.change = { ...emptyChange(flat.clause, doc.year), amount: flat.zero, reason: flat.reason };
}

function budgetFlat(doc: BudgetDocument): void {
  const b = doc.budget;
  if (!b || b.change) return;
  for (const m of [b.expenditure?.total ?? null, b.revenue?.total ?? null]) {
    const flat = flatAfter(m, doc.year);
    if (flat && /上年|\d{4}年|相比|较|比/.test(flat.clause)) {
      b.change = { ...emptyChange(flat.clause, doc.year), base: m, amount: flat.zero, reason: flat.reason };
      return;
    }
  }
}

/** 主要用于… after a stock figure. */
function annotatePurpose(m: Money | null | undefined): void {
  const c = m ? clauseOf(m) : null;
  const purpose = c ? purposeIn(c.p, c.clause) : null;
  if (m && purpose) m.purpose = purpose;
}

// 工作保障措施: the heading, and what ends the list.
const MEASURES_HEADING = /^.{0,8}(工作)?保障措施[:：]?$/;
const MEASURES_END = /第[一二三四五六七八九十]+部分|绩效目标表|项目绩效|整体支出绩效|绩效指标表|^.{0,8}(总体|分项)绩效目标/;

/** 工作保障措施 as a list: one entry per numbered measure (its unnumbered paragraphs join it). */
export function extractMeasures(blocks: readonly Block[]): Statement[] {
  const out: Statement[] = [];
  let inside = false;
  let style: string | null = null; // the numbering of the measures; other numberings are their sub-items
  for (const b of blocks) {
    if (b.kind === 'table') {
      if (inside) break;
      continue;
    }
    if (!inside && !b.text.includes('保障措施')) continue;
    const t = b.text.trim();
    if (!inside) {
      inside = MEASURES_HEADING.test(t.replace(/^\S*?[、.．)）]/, '')) || MEASURES_HEADING.test(t);
      continue;
    }
    if (!t) continue;
    if (MEASURES_END.test(t)) break;
    if (out.length === 0 && /保障措施[:：]?$/.test(t)) continue; // a subtitle: 实现年度发展规划目标的保障措施
    const num = parseNumbering(t)?.style ?? (/^[一二三四五六七八九十]+是/.test(t) ? '一是' : null);
    style ??= num;
    if (out.length === 0 || style === null || (num !== null && num === style)) {
      out.push({ text: t, line: b.line });
    } else if (num === null && t.length <= 30 && !/[。，,；;]/.test(t)) {
      break; // a bare title after the list (the name of the next project table)
    } else {
      out[out.length - 1]!.text += `\n${t}`;
    }
  }
  return out;
}

export function annotateStructure(doc: BudgetDocument, blocks: readonly Block[], lines: readonly Line[]): void {
  const b = doc.budget;
  if (b) {
    budgetFlat(doc);
    // In a 决算 the year's own totals (本年收入合计, 本单位收入为…) are items: the items listed under them are their parts.
    // A carry-over (年初结转和结余 · 年末结转和结余) or another total is never a part of the year's own total, also when
    // it stands in the sentence after the 其中 list of its parts.
    const accepts = (item: NamedAmount) => !['carry', 'current', 'grand'].includes(overviewRole(item.name)?.role ?? '');
    const own = (items: readonly NamedAmount[]) => (doc.kind === 'finalAccount' ? items.filter((i) => overviewRole(i.name)?.role === 'current').flatMap((i) => [i.amount, ...restatedAs(i.amount)].map((money) => ({ money, name: i.name, listed: true, accepts }))) : []);
    if (b.revenue) sentenceItems(b.revenue.items, [{ money: b.revenue.total, name: null }, ...own(b.revenue.items)]);
    const e = b.expenditure;
    if (e) {
      sentenceItems(e.items, [{ money: e.total, name: null }, { money: e.basic, name: '基本支出' }, { money: e.project, name: '项目支出' }, ...own(e.items)]);
      for (const m of [e.total, e.basic, e.project, ...amountsOf(e.items)]) annotatePurpose(m);
    }
    annotateChange(b.change);
  }
  const o = doc.operatingExpenses;
  if (o) {
    operatingFlat(doc);
    sentenceItems(o.items, [{ money: o.total, name: null }]);
    annotatePurpose(o.total);
    annotateChange(o.change);
  }
  const t = doc.threePublic;
  if (t) {
    threePublicFlat(doc);
    threePublicItems(t.items);
    for (const m of [t.total, t.abroad, t.vehicle, t.vehiclePurchase, t.vehicleOperation, t.reception]) annotatePurpose(m);
    annotateChange(t.change);
    if (t.change) threePublicItems(t.change.items);
  }
  const pr = doc.procurement;
  if (pr) {
    if (pr.items.some((i) => positionOf(i.amount))) sentenceItems(pr.items, [{ money: pr.total, name: null }]);
    else tableItems(pr.items, lines, (i) => i.amount.line);
    annotatePurpose(pr.total);
  }
  if (doc.assets) assetItems(doc.assets.items, lines);
  if (doc.performance) doc.performance.measures = extractMeasures(blocks);
}
