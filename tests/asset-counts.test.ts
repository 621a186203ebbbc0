import { describe, expect, it } from 'vitest';
import { fixture } from './helpers.js';

describe('counts a 国有资产 sentence states', () => {
  it('gives the cars (with their kinds under 车辆) and the equipment as items without value', () => {
    const d = fixture('assets/vehicle-counts.txt');
    const items = d.assets!.items.map((i) => [i.name, i.quantity, i.quantityUnit, i.value, i.parent ?? null]);
    expect(items).toEqual([
      ['车辆', 5, '辆', null, null],
      ['副部（省）级及以上领导用车', 0, '辆', null, '车辆'],
      ['机要通信用车', 2, '辆', null, '车辆'],
      ['执法执勤用车', 0, '辆', null, '车辆'],
      ['其他用车', 3, '辆', null, '车辆'],
      ['单价50万元以上通用设备', 1, '台（套）', null, null],
      ['单价100万元（含）以上的设备', 0, '台（套）', null, null],
    ]);
    expect(d.assets!.asOf).toBe('2024-12-31');
    expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE')).toEqual([]);
  });
});
