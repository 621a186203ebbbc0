import { describe, expect, it } from 'vitest';
import { fixture, y } from './helpers.js';


describe('政府采购 for small and medium enterprises (sme)', () => {
  it('a 决算 states the contracts awarded to them, and the small and micro part', () => {
    const d = fixture('field/procurement-sme.txt');
    const p = d.procurement!;
    expect(y(p.total)).toBe(884000);
    expect([y(p.sme?.total), y(p.sme?.smallMicro)]).toEqual([701000, 520000]);
    expect(p.items.map((i) => i.name)).toEqual(['政府采购货物支出', '政府采购工程支出', '政府采购服务支出']);
    expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE')).toEqual([]);
  });

  it('a budget’s reserved share is no item (kind) of the total', () => {
    const d = fixture('field/procurement-sme-budget.txt');
    const p = d.procurement!;
    expect(y(p.total)).toBe(420000);
    expect(p.items).toEqual([]);
    expect([y(p.sme?.total), y(p.sme?.smallMicro)]).toEqual([300000, 180000]);
  });

  it('absent when the text states none', () => {
    const d = fixture('field/procurement-categories.txt');
    expect(d.procurement).not.toHaveProperty('sme');
  });
});

describe('a 政府采购 table with a column for each of two years', () => {
  it('"2025年预算 | 2024年预算" in a 2025 budget: the 2025 column (the last one was read); the 2024 figures are reported', () => {
    const d = fixture('field/procurement-table-two-years.txt');
    const p = d.procurement!;
    expect(y(p.total)).toBe(420000);
    expect(p.items.map((i) => [i.name, y(i.amount)])).toEqual([
      ['办公设备', 120000],
      ['物业服务', 300000],
    ]);
    const u = d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => w.message);
    for (const f of ['8.00', '28.00', '36.00']) expect(u.some((m) => m.includes(f)), f).toBe(true);
  });
});
