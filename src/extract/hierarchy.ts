import { amountsOf, sumAgrees } from '../checks/compare.js';
import type { Paragraph } from '../blocks/index.js';
import type { Line } from '../lines/index.js';
import type { AssetItem, ItemRole, Money, NamedAmount } from '../schema/index.js';
import { positionOf } from './amounts.js';
import { classifyThreePublic } from './three-public.js';

/**
 * The hierarchy of item lists: `parent` and `role` from 其中 / 包括 / 主要为 / 例如, from the
 * parts of the “三公” figures, and from 其中 rows of tables, so that summing the top-level
 * parts of a list gives its total. Knowledge as data: the words that mark each role.
 */

/** Words before listed figures, latest first wins: what the listed figures are to the figure before them. */
export const ROLE_WORDS: readonly [RegExp, 'example' | 'main' | 'part'][] = [
  [/例如|比如|譬如|诸如|如[：:]/g, 'example'],
  [/主要(?:是|为|包括|用于|有)/g, 'main'],
  [/其中|包括|分别(?:是|为)?|含/g, 'part'],
];
/** A table row that is part of the row above it: 其中：办公用房. */
const SUB_ROW = /^(?:[\d一二三四五六七八九十]+[、.．)）]\s*)?其中\s*[:：]?/;

type Marker = { at: number; role: 'example' | 'main' | 'part' };

/** Every role word of a paragraph and every clause end (。；), in text order; read once per paragraph. */
const scanned = new WeakMap<Paragraph, { markers: Marker[]; ends: number[] }>();
function scan(p: Paragraph): { markers: Marker[]; ends: number[] } {
  let s = scanned.get(p);
  if (s) return s;
  const markers: Marker[] = [];
  for (const [re, role] of ROLE_WORDS) for (const m of p.text.matchAll(re)) markers.push({ at: m.index, role });
  markers.sort((a, b) => a.at - b.at);
  const ends: number[] = [];
  for (const m of p.text.matchAll(/[。；;]/g)) ends.push(m.index);
  s = { markers, ends };
  scanned.set(p, s);
  return s;
}

/** Index of the last element < x in an ascending list, or -1 (binary search: lists of figures can be long). */
function lastBelow<T>(xs: readonly T[], x: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(xs[mid]!) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The latest role word between `from` and `to` in a paragraph's text. */
function markerBefore(p: Paragraph, from: number, to: number): Marker['role'] | null {
  const { markers } = scan(p);
  const i = lastBelow(markers, to, (m) => m.at);
  return i >= 0 && markers[i]!.at >= from ? markers[i]!.role : null;
}

/** Where the clause of a figure starts: after the last 。 or ； before it. */
function clauseStart(p: Paragraph, at: number): number {
  const { ends } = scan(p);
  const i = lastBelow(ends, at, (x) => x);
  return i >= 0 ? ends[i]! + 1 : 0;
}

/** The parts add up to the total within the rounding of any of them (the checks' own test); no parts, or a rate for a total, never do. */
export function sumsTo(total: Money, parts: readonly Money[]): boolean {
  return parts.length > 0 && !total.per && sumAgrees(total, parts);
}


/**
 * Items listed after a figure in running text (基本支出…，包括人员经费…和公用经费…): parent and
 * role of each. `owners` are the figures items may belong to, with the name given as parent
 * (null for the list's own total). 主要为 … 等 makes parts only when the items add up to their owner.
 */
export function sentenceItems(
  items: NamedAmount[],
  owners: readonly { money: Money | null; name: string | null; listed?: boolean; accepts?: (item: NamedAmount) => boolean }[],
): void {
  const groups = new Map<string, { owner: Money; items: NamedAmount[] }>();
  for (const item of items) {
    item.parent = null;
    item.role = 'part';
    if (item.amount.per) {
      item.role = 'note'; // a rate is never a part
      continue;
    }
    const pos = positionOf(item.amount);
    if (!pos) continue;
    // The owner: the latest owner figure before the item in the same paragraph that the item
    // belongs to: a role word (其中 / 包括 …) stands between them, or they share a clause. A figure in
    // a later clause with no role word is the owner's sibling: "其中：基本支出…；项目支出300万元，
    // 占72%；经营支出0万元" lists 经营支出 beside 项目支出, not under it.
    // An owner that is itself an item of the list (`listed`: 本年收入合计 in a 决算) owns only what a role
    // word puts under it: "其中：本年收入合计…，年初结转和结余…" lists both beside each other.
    let owner: { money: Money; name: string | null; end: number } | null = null;
    const candidates: { money: Money; name: string | null; end: number; listed: boolean }[] = [];
    for (const o of owners) {
      const op = o.money ? positionOf(o.money) : undefined;
      if (!op || op.paragraph !== pos.paragraph || op.end > pos.start || o.money === item.amount || (o.accepts && !o.accepts(item))) continue;
      candidates.push({ money: o.money!, name: o.name, end: op.end, listed: o.listed === true });
    }
    candidates.sort((a, b) => b.end - a.end);
    const itemClause = clauseStart(pos.paragraph, pos.start);
    for (const c of candidates) {
      if ((!c.listed && c.end >= itemClause) || markerBefore(pos.paragraph, c.end, pos.start)) {
        owner = c;
        break;
      }
    }
    const from = owner ? Math.max(owner.end, clauseStart(pos.paragraph, owner.end)) : itemClause;
    const marker = markerBefore(pos.paragraph, from, pos.start);
    if (owner) item.parent = owner.name;
    if (marker === 'example') item.role = 'example';
    else if (marker === 'main' && owner) {
      const key = `${owner.name}`;
      const g = groups.get(key) ?? { owner: owner.money, items: [] };
      g.items.push(item);
      groups.set(key, g);
    }
  }
  // 主要为 A、B等: parts when A + B is the whole, examples when 等 says the list goes on; without
  // 等 they are meant as the parts, and a sum that falls short is the document's error (SUM_*).
  for (const g of groups.values()) {
    if (sumsTo(g.owner, amountsOf(g.items))) continue;
    const last = positionOf(g.items[g.items.length - 1]!.amount);
    if (last && /^[^，,；;。]{0,2}等/.test(last.paragraph.text.slice(last.end, last.end + 4))) for (const i of g.items) i.role = 'example';
  }
}

/** “三公” items: 公务用车购置费 and 运行维护费 are parts of 公务用车购置及运行维护费 when the list has it. */
export function threePublicItems(items: NamedAmount[]): void {
  const vehicle = items.find((i) => classifyThreePublic(i.name) === 'vehicle' && !/^其中/.test(i.name));
  for (const item of items) {
    const key = classifyThreePublic(item.name);
    item.parent = vehicle && (key === 'vehiclePurchase' || key === 'vehicleOperation') ? vehicle.name : null;
    item.role = item.amount.per ? 'note' : 'part';
  }
}

/** Table rows: a row that says 其中 is part of the last top-level row above it. */
export function tableItems<T extends { name: string; parent?: string | null; role?: ItemRole }>(items: T[], lines: readonly Line[], lineOf: (item: T) => number): void {
  let top: T | null = null;
  for (const item of items) {
    const text = lines[lineOf(item) - 1]?.text ?? '';
    const sub = top !== null && (SUB_ROW.test(text) || /^其中/.test(item.name));
    item.parent = sub ? top!.name : null;
    item.role = 'part';
    if (!sub) top = item;
  }
}

/**
 * Assets: 其中 rows under their row; a value-less row is still a part (of nothing). The parts a
 * sentence lists of its 资产总额 come with their parent (资产总额) from the reader and are left as they are.
 */
export function assetItems(items: AssetItem[], lines: readonly Line[]): void {
  tableItems(items.filter((i) => i.parent === undefined), lines, (i) => i.line);
}
