import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, readFormat } from '../src/formats/index.js';
import type { Money } from '../src/index.js';
import { ROOT } from './helpers.js';

/**
 * The PDF reader over the real disclosures in ../shared/dev (d01–d11), compared with the
 * pdftotext output beside them. Skipped, with a notice, when the folder is absent.
 */
const DEV = join(ROOT, '..', 'shared', 'dev');
const hasDev = existsSync(join(DEV, 'd01.pdf'));
if (!hasDev) console.warn(`\n[budget-parse tests] ../shared/dev not found at ${DEV}: the PDF tests over the real disclosures are SKIPPED.\n`);

const ids = Array.from({ length: 10 }, (_, i) => `d${String(i + 1).padStart(2, '0')}`);
const pdf = (id: string) => new Uint8Array(readFileSync(join(DEV, `${id}.pdf`)));
const AMOUNT = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2,6}/g;

function amounts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const a of text.matchAll(AMOUNT)) m.set(a[0], (m.get(a[0]) ?? 0) + 1);
  return m;
}

describe.skipIf(!hasDev)('PDF reader over shared/dev', () => {
  it('d11 (image only) is NO_TEXT_LAYER', async () => {
    const d = await parseFile(pdf('d11'), { path: 'd11.pdf' });
    expect(d.error?.code).toBe('NO_TEXT_LAYER');
  });

  it.each(ids)('%s: every amount pdftotext -layout finds is in the text we read (as often), decimals not split off', async (id) => {
    {
      const p = await readFormat(pdf(id), `${id}.pdf`);
      if (!p || !('blocks' in p)) throw new Error(`${id} not read`);
      // pdftotext splits some decimals onto the next line (d05: `14,770` ⏎ `.62`): join them for the comparison.
      const layout = readFileSync(join(DEV, `${id}.layout.txt`), 'utf8').replace(/\s*\n\s*(?=\.\d)/g, '');
      const ours = amounts(p.text);
      const missing: string[] = [];
      const keys = [...ours.keys()];
      for (const [a, n] of amounts(layout)) {
        if ((ours.get(a) ?? 0) >= n) continue;
        // pdftotext also cuts decimals off where the join above cannot see it: ours has the whole amount.
        if (!a.includes('.') && keys.some((k) => k.startsWith(`${a}.`))) continue;
        missing.push(a);
      }
      expect(missing, id).toEqual([]);
    }
  });

  it('running headers and page numbers are gone; tables are found; figures are grounded on their page', async () => {
    const p = await readFormat(pdf('d01'), 'd01.pdf');
    if (!p || !('blocks' in p)) throw new Error('d01 not read');
    const layout = readFileSync(join(DEV, 'd01.layout.txt'), 'utf8');
    // The running header stands on (nearly) every page in pdftotext's text, at most once in ours (the cover).
    const header = /苏州市水务局\s*2026\s*年度单位预算公开\s*$/gm;
    expect((layout.match(header) ?? []).length).toBeGreaterThan(20);
    expect((p.text.match(/^苏州市水务局 ?2026 ?年度单位预算公开$/gm) ?? []).length).toBeLessThanOrEqual(1);
    expect(p.text).not.toMatch(/^- \d+ -$/m);
    expect(p.blocks.filter((b) => b.kind === 'table').length).toBeGreaterThanOrEqual(10);

    const d = await parseFile(pdf('d01'), { path: 'd01.pdf' });
    const lines = p.text.split('\n');
    const money: Money[] = [];
    const walk = (v: unknown): void => {
      if (v && typeof v === 'object') {
        if ('yuan' in v && 'raw' in v && 'line' in v) money.push(v as Money);
        else for (const x of Object.values(v)) walk(x);
      }
    };
    walk({ budget: d.budget, threePublic: d.threePublic, operatingExpenses: d.operatingExpenses });
    expect(money.length).toBeGreaterThan(3);
    for (const m of money) {
      // The figure starts on its line (its unit may stand on the next line of a wrapped paragraph).
      // A zero change stated in words (与上年预算数相同) may wrap too: its first words stand on the line.
      expect(lines[m.line - 1], m.raw).toContain(/^[\d,.]+/.exec(m.raw)?.[0] ?? m.raw.slice(0, 4));
      expect(m.page).toBeGreaterThanOrEqual(1);
      const [x0, y0, x1, y1] = m.bbox!;
      expect(x0 < x1 && y0 < y1 && x1 <= 842 && y1 <= 842).toBe(true);
    }
  });

  it('tables over a page break stay one table (d01 一般公共预算支出表 runs over pages)', async () => {
    const p = await readFormat(pdf('d01'), 'd01.pdf');
    if (!p || !('blocks' in p)) throw new Error('d01 not read');
    const multiPage = p.blocks.filter((b) => {
      if (b.kind !== 'table') return false;
      const pages = new Set<number>();
      for (let l = b.startLine; l <= b.endLine; l++) for (const s of p.places.get(l) ?? []) if ('page' in s.place) pages.add(s.place.page);
      return pages.size > 1;
    });
    expect(multiPage.length).toBeGreaterThanOrEqual(1);
  });
});
