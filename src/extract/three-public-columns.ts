import type { Block, Table } from '../blocks/index.js';
import { sumAgrees } from '../checks/compare.js';
import { firstUnit, toMoney } from '../normalize/money.js';
import type { Money, MoneyUnit } from '../schema/index.js';
import { BESIDE_THREE_PUBLIC } from '../tables/patterns.js';

/**
 * `pdftotext -layout` of a 预算 “三公” table whose header stands over one row of figures (北京's
 * 预算09表 财政拨款“三公”经费支出表 and its kin): the CJK header words drift to the right of their
 * columns, so the layout stage cannot set them over their figures (they come out as paragraphs, and as
 * cells holding the words of two columns). In the source lines, though, every word and every figure
 * still stands near its own column. Each figure is set under the header word whose centre is nearest
 * to its own, and the table is read only when
 *  - the header names 合计 / 总额, 因公出国, 公务接待 and the vehicles (one column, or 小计 · 购置费 · 运行费) once each,
 *  - each figure is clearly nearer one word than any other (by MARGIN columns), and no two figures share a word,
 *  - the figures add up as the words say (合计 = 出国 + 接待 + 公务用车, 小计 = 购置 + 运行; a blank is 0).
 * Else its figures are `unsure`: reported, never read. Null when the table is no such table.
 */
export type ColumnKey = 'total' | 'abroad' | 'reception' | 'vehicle' | 'vehiclePurchase' | 'vehicleOperation';

/** The header words, as data: the group header of the vehicles is found first and blanked, since 运行维护费 stands in it. */
const GROUP = /公务用车购置及运行(?:维护|维修)?费?/g;
const WORDS: readonly (readonly [ColumnKey, RegExp])[] = [
  ['abroad', /因公出国(?:[（(]境[)）])?(?:费用|经费|费)?/g],
  ['reception', /公务接待(?:费用|费)?/g],
  ['vehicle', /小\s*计/g],
  ['vehiclePurchase', /(?:公务用车)?购置费/g],
  ['vehicleOperation', /(?:公务用车)?运行(?:维护|维修)?费/g],
  ['total', /合\s*计|总\s*额|总\s*计/g],
];

/** How much nearer (in columns) a figure must be to its word than to any other word. */
const MARGIN = 2;

/** A number as the figures row writes it. */
const FIGURE = /-?\d[\d,]*(?:\.\d+)?/g;

interface Placed {
  key: ColumnKey;
  centre: number;
}

/** The header words of the lines between the title and the figures, with the centre of each (null when one is missing or named twice). */
function headerWords(lines: readonly string[]): Placed[] | null {
  const found: Placed[] = [];
  let group: number | null = null;
  for (const raw of lines) {
    let line = raw;
    for (const m of raw.matchAll(GROUP)) {
      group ??= m.index + m[0].length / 2;
      line = line.slice(0, m.index) + ' '.repeat(m[0].length) + line.slice(m.index + m[0].length);
    }
    for (const [key, re] of WORDS) for (const m of line.matchAll(re)) found.push({ key, centre: m.index + m[0].length / 2 });
  }
  const has = (k: ColumnKey) => found.filter((p) => p.key === k).length;
  // The vehicles as one column: the group header alone.
  if (group !== null && has('vehicle') + has('vehiclePurchase') + has('vehicleOperation') === 0) found.push({ key: 'vehicle', centre: group });
  for (const k of ['total', 'abroad', 'reception'] as const) if (has(k) !== 1) return null;
  for (const k of ['vehicle', 'vehiclePurchase', 'vehicleOperation'] as const) if (has(k) > 1) return null;
  if (has('vehicle') + has('vehiclePurchase') + has('vehicleOperation') === 0) return null;
  return found.sort((a, b) => a.centre - b.centre);
}

/** The title of the table: a short paragraph naming the “三公” figures among the few blocks above it. */
function titleLine(blocks: readonly Block[], table: Table): number | null {
  const i = blocks.indexOf(table);
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const b = blocks[k]!;
    if (b.kind === 'paragraph' && b.text.length <= 40 && b.text.includes('三公') && /表/.test(b.text)) return BESIDE_THREE_PUBLIC.test(b.text) ? null : b.line;
  }
  return null;
}

/** The lines between the table's title and its one row of figures (its header), or null when the table is no such table. */
function headerLines(blocks: readonly Block[], table: Table, columnText: readonly string[]): { lines: string[]; row: Table['rows'][number] } | null {
  const title = titleLine(blocks, table);
  const figureRows = table.rows.filter((r) => r.cells.some((c) => /\d\.\d/.test(c.text)));
  if (title === null || figureRows.length !== 1) return null;
  const row = figureRows[0]!;
  return { lines: columnText.slice(title, row.startLine - 1), row };
}

/** The unit the lines under the table's title state (金额单位：万元 between the title and the header): the table's own. */
export function unitUnderTitle(blocks: readonly Block[], table: Table, columnText: readonly string[]): MoneyUnit | null {
  const h = headerLines(blocks, table, columnText);
  return h ? firstUnit(h.lines) : null;
}

export function threePublicByColumns(
  blocks: readonly Block[],
  table: Table,
  columnText: readonly string[],
  unitHint: MoneyUnit | null,
): { read: Partial<Record<ColumnKey, Money>> } | { unsure: { money: Money; label: string }[] } | null {
  // One row of figures, on one line, after the header.
  const h = headerLines(blocks, table, columnText);
  if (!h) return null;
  const { lines: header, row } = h;
  if (row.startLine !== row.endLine || !row.cells.every((c) => c.text.trim() === '' || /^-?\d[\d,]*(\.\d+)?$/.test(c.text.trim()))) return null;
  // (a header with 会议费 · 培训费 · 机关运行经费 columns is another table: the 合计 may hold them)
  if (header.some((l) => BESIDE_THREE_PUBLIC.test(l))) return null;
  const words = headerWords(header);
  if (!words) return null;
  const unit = firstUnit(header) ?? unitHint;
  if (!unit) return null; // not read, never guessed (extractThreePublic says the unit is missing)
  const raw = columnText[row.startLine - 1] ?? '';
  const figures = [...raw.matchAll(FIGURE)].map((m) => ({ text: m[0], centre: m.index + m[0].length / 2 }));
  const money = figures.map((f) => toMoney(f.text, row.startLine, unit));
  if (figures.length !== row.cells.filter((c) => c.text.trim() !== '').length || money.some((m) => m === null)) return null;
  const unsure = { unsure: money.map((m) => ({ money: m!, label: '“三公”经费预算表 (columns not told apart)' })) };
  const read: Partial<Record<ColumnKey, Money>> = {};
  for (const [i, f] of figures.entries()) {
    const by = words.map((w) => ({ key: w.key, d: Math.abs(w.centre - f.centre) })).sort((a, b) => a.d - b.d);
    const near = by[0]!;
    if ((by[1] && by[1].d - near.d < MARGIN) || read[near.key]) return unsure;
    read[near.key] = money[i]!;
  }
  const parts = (ks: readonly ColumnKey[]) => ks.flatMap((k) => (read[k] ? [read[k]!] : []));
  const vehicle = read.vehicle ?? null;
  const hasSub = words.some((w) => w.key === 'vehiclePurchase' || w.key === 'vehicleOperation');
  const adds =
    read.total !== undefined &&
    sumAgrees(read.total, [...parts(['abroad', 'reception']), ...(vehicle ? [vehicle] : parts(['vehiclePurchase', 'vehicleOperation']))]) &&
    (!vehicle || !hasSub || sumAgrees(vehicle, parts(['vehiclePurchase', 'vehicleOperation'])));
  return adds ? { read } : unsure;
}
