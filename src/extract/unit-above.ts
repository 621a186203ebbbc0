import type { Block, Table } from '../blocks/index.js';
import { unitFromHeader } from '../normalize/money.js';
import type { MoneyUnit } from '../schema/index.js';

/**
 * The unit a short line just above a table gives it ("公开01表" ⏎ "单位：万元" ⏎ table): Word
 * tables of a 决算 carry their unit in a paragraph, not in a cell (and pdftotext -layout puts it at the
 * end of a `部门：XX局 … 金额单位：万元` line). Up to 3 short paragraphs
 * between the table and the one before it are looked at. Linear in the blocks.
 */
/** Short: at most 40 characters once runs of spaces count as one (`部门：XX局 ⟨60 spaces⟩ 金额单位：万元` in pdftotext -layout). */
const isShort = (text: string): boolean => text.length <= 40 || (text.length <= 200 && text.replace(/\s{2,}/g, ' ').length <= 40);

export function unitsAbove(blocks: readonly Block[]): (t: Table) => MoneyUnit | null {
  const units = new Map<Table, MoneyUnit>();
  let recent: string[] = []; // the short paragraphs since the last table, at most 3
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      recent.push(isShort(b.text) ? b.text : '');
      if (recent.length > 3) recent.shift();
      continue;
    }
    for (let i = recent.length - 1; i >= 0; i--) {
      const u = recent[i]!.includes('单位') ? unitFromHeader(recent[i]!) : null;
      if (u) {
        units.set(b, u);
        break;
      }
    }
    recent = [];
  }
  return (t) => units.get(t) ?? null;
}
