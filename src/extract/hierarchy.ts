import { exact, sum } from '../checks/compare.js';
import { abs, cmp, sub } from '../normalize/decimal.js';
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

/** The latest role word between `from` and `to` in a paragraph's text. */
function markerBefore(text: string, from: number, to: number): 'example' | 'main' | 'part' | null {
  const window = text.slice(from, to);
  let best: { at: number; role: 'example' | 'main' | 'part' } | null = null;
  for (const [re, role] of ROLE_WORDS) {
    re.lastIndex = 0;
    for (const m of window.matchAll(re)) if (!best || m.index >= best.at) best = { at: m.index, role };
  }
  return best?.role ?? null;
}

/** The figures agree within the rounding of any of them. */
export function sumsTo(total: Money, parts: readonly Money[]): boolean {
  if (parts.length === 0) return false;
  const tol = [total, ...parts].map((m) => exact(m).ulp).reduce((a, b) => (cmp(a, b) >= 0 ? a : b));
  return cmp(abs(sub(exact(total).value, sum(parts))), tol) <= 0;
}

/** Where the clause of a figure starts: after the last 。 or ； before it. */
function clauseStart(text: string, at: number): number {
  const i = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1), text.lastIndexOf(';', at - 1));
  return i + 1;
}

/**
 * Items listed after a figure in running text (基本支出…，包括人员经费…和公用经费…): parent and
 * role of each. `owners` are the figures items may belong to, with the name given as parent
 * (null for the list's own total). 主要为 … 等 makes parts only when the items add up to their owner.
 */
export function sentenceItems(items: NamedAmount[], owners: readonly { money: Money | null; name: string | null }[]): void {
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
    // The owner: the latest owner figure before the item in the same paragraph.
    let owner: { money: Money; name: string | null; end: number } | null = null;
    for (const o of owners) {
      const op = o.money ? positionOf(o.money) : undefined;
      if (!op || op.paragraph !== pos.paragraph || op.end > pos.start) continue;
      if (!owner || op.end > owner.end) owner = { money: o.money!, name: o.name, end: op.end };
    }
    const from = owner ? Math.max(owner.end, clauseStart(pos.paragraph.text, owner.end)) : clauseStart(pos.paragraph.text, pos.start);
    const marker = markerBefore(pos.paragraph.text, from, pos.start);
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
    if (sumsTo(g.owner, g.items.map((i) => i.amount))) continue;
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

/** Assets: 其中 rows under their row; a value-less row is still a part (of nothing). */
export function assetItems(items: AssetItem[], lines: readonly Line[]): void {
  tableItems(items, lines, (i) => i.line);
}
