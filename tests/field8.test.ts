import { describe, expect, it } from 'vitest';
import { fixture, unplaced, y } from './helpers.js';

// Field test 8: leftovers of the earlier field tests and traps of 部门预算 texts (county, township, school and
// hospital units), each written here as a synthetic document with invented departments and figures.

const codes = (d: { warnings: readonly { code: string }[] }, code: string) => d.warnings.filter((w) => w.code === code);

describe('field8: the budget of a planned vehicle purchase in a “三公” sentence', () => {
  it('"计划更新公务用车1辆，购置预算20万元" is no restatement of the total or of 公务用车购置及运行维护费 (no false FIGURE_MISMATCH)', () => {
    const d = fixture('field8/three-public-planned-vehicle.txt');
    const t = d.threePublic!;
    expect(y(t.total)).toBe(300000);
    expect(y(t.vehicle)).toBe(280000);
    expect(t.vehiclePurchase).toBeNull();
    expect(codes(d, 'FIGURE_MISMATCH')).toEqual([]);
    expect(codes(d, 'SUM_THREE_PUBLIC')).toEqual([]);
    const u = unplaced(d).filter((m) => m.startsWith('“三公”经费'));
    expect(u.filter((m) => m.includes('购置预算 20万元'))).toHaveLength(2);
    expect(u.filter((m) => m.includes('"预算 20万元"'))).toHaveLength(1);
  });
  it('"其中计划更新公务用车1辆，公务用车购置费预算18.00万元" — where the words say so, it is the 公务用车购置费', () => {
    const d = fixture('field8/three-public-vehicle-purchase-said.txt');
    const t = d.threePublic!;
    expect([y(t.total), y(t.vehicle), y(t.vehiclePurchase), y(t.vehicleOperation)]).toEqual([260000, 240000, 180000, 60000]);
    expect(codes(d, 'FIGURE_MISMATCH')).toEqual([]);
    expect(unplaced(d)).toEqual([]);
  });
});

describe('field8: a planned replacement of vehicles is no count held', () => {
  it('"2025年计划更新公务用车1辆" (更新 as 购置) is no assets item: its count is reported as a planned purchase', () => {
    const d = fixture('field8/three-public-planned-vehicle.txt');
    expect(d.assets!.items.map((i) => [i.name, i.quantity, i.quantityUnit])).toEqual([['车辆', 3, '辆'], ['一般公务用车', 2, '辆']]);
    expect(unplaced(d).some((m) => m.includes('planned purchase') && m.includes('更新公务用车1辆'))).toBe(true);
  });
});
