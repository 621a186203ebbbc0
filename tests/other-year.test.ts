import { describe, expect, it } from 'vitest';
import { fixture, unplaced, y } from './helpers.js';

// A sentence whose subject is another year than the document's states that year's figures:
// "2023年“三公”经费预算中，…" in a 2024 budget is last year's budget, not this year's.

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

describe('budget figures of another year', () => {
  it('are not the year’s revenue, spending, 机关运行经费 or 政府采购, and are reported', () => {
    const d = fixture('field/overview-other-year.txt');
    expect(d.year).toBe(2022);
    expect([y(d.budget?.revenue?.total), y(d.budget?.expenditure?.total), y(d.budget?.expenditure?.basic)]).toEqual([3500000, 3500000, 2000000]);
    expect(y(d.budget?.change?.amount)).toBe(500000);
    expect(y(d.operatingExpenses?.total)).toBe(180000);
    expect(y(d.operatingExpenses?.change?.amount)).toBe(-20000);
    expect(y(d.procurement?.total)).toBe(450000);
    const u = unplaced(d);
    for (const f of ['300万元', '20万元', '比2020年 1万元', '40万元']) expect(u.some((m) => m.includes(f)), f).toBe(true);
  });

  it('a document whose year was taken from another year’s mention keeps its figures', () => {
    // No title year: the first year of the text (2019, a rule's) is the document's; no figure's
    // sentence names it, so no figure is taken for another year's.
    const d = fixture('field/overview-year-elsewhere.txt');
    expect(y(d.budget?.revenue?.total)).toBe(3500000);
    expect(y(d.budget?.expenditure?.project)).toBe(1500000);
  });
});
