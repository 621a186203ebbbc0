import type { Block, Table } from '../blocks/index.js';
import { tableText } from '../blocks/table-text.js';
import { reportMismatch } from '../checks/compare.js';
import { toMoney, unitFromHeader } from '../normalize/money.js';
import { normalizeDigits } from '../normalize/text.js';
import type { AssetItem, Assets, Money } from '../schema/index.js';
import { placed, scanAmounts, warnUnplaced, type Mention } from './amounts.js';
import { compact, paragraphs, tables, type ExtractContext } from './context.js';
import { parseNumbering } from '../sections/numbering.js';

/** An ISO date from 2021年12月31日 / 2021-12-31 / 2021.12.31. */
export function isoDate(text: string): string | null {
  const m = /(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})/.exec(normalizeDigits(text));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** What `read` gives for the first cell of the table (row by row) it gives anything for. */
function firstCell<T>(t: Table, read: (text: string) => T | null): T | null {
  for (const r of t.rows) {
    for (const c of r.cells) {
      const v = read(c.text);
      if (v !== null) return v;
    }
  }
  return null;
}

/** A sentence that says no fixed asset is bought: 无新增固定资产 · 没有拟购置固定资产. */
const NO_PURCHASE = /(无|没有)(新增|拟购置)[^，。；]*固定资产[^，。；]*/;
/** A 国有资产 table names one of these (words, never across two cells). */
const ASSET_WORDS = /资产|房屋|车辆/;

/**
 * 国有资产: the sentence (上年末固定资产金额为…, 拟购置固定资产总额为… / 无新增) and the
 * 固定资产占用情况表 (截止时间, and per row: 房屋 area and value, 车辆 count and value …).
 */
export function extractAssets(blocks: readonly Block[], ctx: ExtractContext): Assets {
  const out: Assets = { asOf: null, total: null, plannedPurchase: null, items: [] };
  const mentions: Mention[] = [];
  let sentenceAsOf: string | null = null;
  for (const p of paragraphs(blocks)) {
    const found = scanAmounts(p);
    mentions.push(...found);
    for (const m of found) {
      if (m.sign !== null) continue;
      if (!out.plannedPurchase && /拟购置|新增|购置/.test(m.label)) out.plannedPurchase = m.money;
      else if (!out.total && /固定资产|资产总额|资产总计|资产原值(合计|总额)?/.test(m.label)) out.total = m.money;
    }
    // "截至2022年12月31日，资产原值合计…": the date the figures stand at, when a sentence states it.
    if (!sentenceAsOf && found.length > 0 && (p.text.includes('截至') || p.text.includes('截止'))) {
      const at = /(?:截至|截止)(?:到|于|日期[:：]?)?\s*([^，,。；;：:]{0,20})/.exec(p.text);
      if (at) sentenceAsOf = isoDate(at[1]!);
    }
    // "无新增固定资产": only a paragraph that says 固定资产 is searched for it.
    const none = p.text.includes('固定资产') ? NO_PURCHASE.exec(p.text) : null;
    if (!out.plannedPurchase && none) out.plannedPurchase = { yuan: 0, raw: none[0], unit: '元', line: p.line };
  }
  let tableTotal: Money | null = null;
  for (const t of tables(blocks)) {
    // The words are tested on the table's joined text (src/blocks/table-text.ts), and so are the unit
    // (every unit ends in 元) and the date (截止 / 截至), before any cell is looked at one by one.
    const text = tableText(t);
    if (!ASSET_WORDS.test(text)) continue;
    const unit = (text.includes('元') ? firstCell(t, unitFromHeader) : null) ?? ctx.unitAbove?.(t) ?? null;
    if (!unit) {
      // Never guessed: a 元 table read as 万元 (or the reverse) is off by 10⁴.
      ctx.diagnostics.warn('TABLE_NO_UNIT', 'the 国有资产 table states no unit (单位：万元 / 元): its values are not read', t.startLine);
      continue;
    }
    const asOf = text.includes('截止') || text.includes('截至') ? firstCell(t, (c) => (/截止|截至/.test(c) ? c : null)) : null;
    if (asOf && !out.asOf) out.asOf = isoDate(asOf);
    // Columns from the header (项目 / 数量 / 价值（金额单位：万元）); the template's order otherwise.
    const header = t.rows.find((r) => r.cells.some((c) => /数量|面积/.test(c.text)) && r.cells.some((c) => /价值|金额/.test(c.text)));
    const col = (re: RegExp, fallback: number) => header?.cells.findIndex((c) => re.test(compact(c.text))) ?? fallback;
    const qCol = col(/数量|面积/, 1);
    const vCol = col(/价值|金额|账面/, 2);
    for (const row of t.rows) {
      if (row === header || row.cells.length < 2) continue;
      const first = compact(row.cells[0]!.text);
      if (!first || /^项目$|截止|截至|编制|单位/.test(first)) continue;
      const vCell = vCol >= 0 ? row.cells[vCol] : undefined;
      const value = vCell ? toMoney(vCell.text, vCell.startLine, unit) : null;
      if (/资产总额|资产总计|^合计$/.test(first)) {
        tableTotal ??= value;
        continue;
      }
      const body = (parseNumbering(first)?.rest ?? first).replace(/^其中[:：]/, '');
      const u = /[（(]([^）)]+)[）)]$/.exec(body);
      const q = normalizeDigits(compact(row.cells[qCol]?.text ?? ''));
      const quantity = /^\d+(\.\d+)?$/.test(q) ? Number(q) : null;
      if (/^[.…。]+$/.test(body)) continue; // "4、……………" placeholder rows of the template
      out.items.push({
        name: u ? body.slice(0, u.index) : body,
        quantity,
        quantityUnit: u ? u[1]! : null,
        value,
        line: row.startLine,
      } satisfies AssetItem);
    }
  }
  warnUnplaced(ctx.diagnostics, '国有资产', mentions, placed(out));
  if (out.total && tableTotal) reportMismatch(ctx.diagnostics, '固定资产总额 in the text and in the table', out.total, tableTotal);
  out.total ??= tableTotal;
  out.asOf ??= sentenceAsOf;
  return out;
}
