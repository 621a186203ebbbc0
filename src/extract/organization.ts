import type { Block } from '../blocks/index.js';
import { cellLabels, compact, tables } from './context.js';

export interface OrganizationUnit {
  name: string;
  nature: string | null;
  rank: string | null;
  funding: string | null;
  line: number;
}

const COLUMNS = {
  name: /单位名称|机构名称/,
  nature: /单位性质|机构性质/,
  rank: /单位规格|机构规格|级别/,
  funding: /经费(保障)?形式|经费来源/,
} as const;

/** 机构设置: the units listed in the table whose header names 单位名称. */
export function extractOrganization(blocks: readonly Block[]): { units: OrganizationUnit[] } {
  const units: OrganizationUnit[] = [];
  for (const table of tables(blocks)) {
    const headerIndex = table.rows.findIndex((r) => r.cells.some((c) => COLUMNS.name.test(compact(c.text))));
    if (headerIndex < 0) continue;
    const header = cellLabels(table.rows[headerIndex]!);
    const col = (re: RegExp) => header.findIndex((h) => re.test(h));
    const idx = { name: col(COLUMNS.name), nature: col(COLUMNS.nature), rank: col(COLUMNS.rank), funding: col(COLUMNS.funding) };
    for (const row of table.rows.slice(headerIndex + 1)) {
      const get = (i: number) => (i >= 0 ? compact(row.cells[i]?.text ?? '') || null : null);
      const name = get(idx.name);
      if (!name) continue;
      units.push({ name, nature: get(idx.nature), rank: get(idx.rank), funding: get(idx.funding), line: row.startLine });
    }
  }
  return { units };
}
