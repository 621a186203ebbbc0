import { describe, expect, it } from 'vitest';
import type { Money } from '../src/index.js';
import { fixture } from './helpers.js';

// A sentence whose subject is another year than the document's states that year's figures:
// "2023年“三公”经费预算中，…" in a 2024 budget is last year's budget, not this year's.
const y = (x: Money | null | undefined) => (x ? x.yuan : null);
const unplaced = (d: { warnings: { code: string; message: string }[] }) => d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => w.message);

describe('“三公” figures of another year', () => {
  it('are not read as the year’s own, whichever sentence comes first, and are reported', () => {
    const d = fixture('field/three-public-other-year.txt');
    const t = d.threePublic!;
    expect(d.year).toBe(2024);
    expect([y(t.total), y(t.abroad), y(t.reception), y(t.vehicle)]).toEqual([120000, 20000, 20000, 80000]);
    expect(y(t.change?.amount)).toBe(-22000);
    const u = unplaced(d);
    for (const f of ['3.2万元', '8.4万元', '2.6万元']) expect(u.some((m) => m.includes(f)), f).toBe(true);
    expect(d.warnings.filter((w) => w.code === 'FIGURE_MISMATCH' || w.code === 'SUM_THREE_PUBLIC')).toEqual([]);
  });

  it('a year that the same sentence compares with is a slip, not another year: the figure is read', () => {
    // 2023年…预算9.5万元，比2023年减少 in a 2024 budget: the sentence cannot be about 2023.
    const d = fixture('field/three-public-year-slip.txt');
    const t = d.threePublic!;
    expect(y(t.total)).toBe(95000);
    expect(y(t.change?.amount)).toBe(-15000);
    expect([y(t.abroad), y(t.reception), y(t.vehicleOperation)]).toEqual([0, 15000, 80000]);
  });
});
