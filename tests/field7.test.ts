import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { fixture, unplaced, y } from './helpers.js';

// Field test 7: traps met on real 部门决算 / 单位决算 texts of county and township units (Yunnan, Sichuan, Guangxi,
// Guizhou, the north-east), each written here as a synthetic document with invented departments and figures.

describe('field7: "预算数为…，决算支出数为…" (the actual after its budget, 决算 before 支出)', () => {
  it('each 决算支出数 is the actual of the part its clause before names, the 预算数 its budgeted twin', () => {
    const d = fixture('field7/three-public-decision-count.txt');
    expect(d.kind).toBe('finalAccount');
    const t = d.threePublic!;
    expect([y(t.total), y(t.abroad), y(t.reception), y(t.vehicle), y(t.vehicleOperation), y(t.vehiclePurchase)]).toEqual([285000, 0, 90000, 195000, 115000, 80000]);
    expect(t.total!.raw).toBe('28.50万元');
    expect(t.total!.line).toBe(4);
    const b = t.budgeted!;
    expect([y(b.total), y(b.abroad), y(b.reception), y(b.vehicle), y(b.vehicleOperation), y(b.vehiclePurchase)]).toEqual([300000, 0, 100000, 200000, 120000, 80000]);
    expect(t.executionRates).toEqual([{ of: 'total', percent: 95, raw: '95.00%', line: 4 }]);
    // "较2022年决算数25.00万元3.50万元，增长14.00%" states no verb of the change: the figures are reported, not guessed.
    const u = unplaced(d);
    for (const f of ['25.00万元', '"3.50万元"', '8.00万元"', '"1.00万元"']) expect(u.some((m) => m.includes(f)), f).toBe(true);
    expect(u.some((m) => m.includes('决算支出数'))).toBe(false);
    expect(d.warnings.map((w) => w.code).filter((c) => c !== 'UNPLACED_FIGURE')).toEqual([]);
  });
});
