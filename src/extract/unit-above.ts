import type { Block, Table } from '../blocks/index.js';
import { unitFromHeader } from '../normalize/money.js';
import type { MoneyUnit } from '../schema/index.js';

/**
 * The unit a short line just above a table gives it ("公开01表" ⏎ "单位：万元" ⏎ table): Word
 * tables of a 决算 carry their unit in a paragraph, not in a cell. Up to 3 short paragraphs
 * between the table and the one before it are looked at. Linear in the blocks.
 */
export function unitsAbove(blocks: readonly Block[]): (t: Table) => MoneyUnit | null {
  const units = new Map<Table, MoneyUnit>();
  let recent: string[] = []; // the short paragraphs since the last table, at most 3
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      recent.push(b.text.length <= 40 ? b.text : '');
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
