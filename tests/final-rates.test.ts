import { describe, expect, it } from 'vitest';
import { fixture, y } from './helpers.js';

// A 决算 notice of the “三公” figures that states, for each part, the year's budget inside its rate
// ("完成预算22.00万元的83.6%") and a second comparison with a year before the previous one
// ("比2019年（疫情前）决算数减少…"), under a title that puts the year first and a funding scope
// between the department and the topic.

describe('“三公” 决算 sentences with budgets inside their rates', () => {
  const d = fixture('field/three-public-final-rates.txt');
  const t = d.threePublic!;

  it('reads the department after the year, before a funding scope', () => {
    expect([d.department, d.kind, d.year]).toEqual(['青禾市档案馆', 'finalAccount', 2025]);
  });

  it('reads the budget stated inside each rate as the part’s budgeted figure', () => {
    const b = t.budgeted!;
    expect([y(b.total), y(b.abroad), y(b.vehicle), y(b.vehiclePurchase), y(b.vehicleOperation), y(b.reception)]).toEqual([450000, 60000, 220000, 0, 220000, 170000]);
    expect([y(t.total), y(t.abroad), y(t.vehicle), y(t.vehicleOperation), y(t.reception)]).toEqual([364000, 60000, 184000, 184000, 120000]);
  });

  it('gives each rate to the part of its own clause group, not to one named before a "；"', () => {
    // 公务用车购置 has no rate ("--%"): the 83.6% after it is the 运行维护费's.
    expect(t.executionRates.map((r) => [r.of, r.percent])).toEqual([
      ['total', 80.9],
      ['abroad', 100],
      ['vehicle', 83.6],
      ['vehicleOperation', 83.6],
      ['reception', 70.6],
    ]);
  });

  it('keeps a change against 2019 out of the change against the year before, and reports it', () => {
    expect(t.change?.comparedYear).toBe(2024);
    expect(y(t.change?.amount)).toBe(61000);
    expect(t.change?.items.map((i) => y(i.amount))).toEqual([60000, -6000, 0, -6000, 7000]);
    expect(t.change?.items.some((i) => i.name.includes('2019'))).toBe(false);
    const unplaced = d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => w.message);
    expect(unplaced).toHaveLength(1);
    expect(unplaced[0]).toContain('12.60万元');
  });
});
