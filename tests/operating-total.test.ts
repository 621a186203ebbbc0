import { describe, expect, it } from 'vitest';
import { fixture } from './helpers.js';

describe('the 机关运行经费 total', () => {
  it('is never an item named before it: 办公费 first in the section is an item', () => {
    const d = fixture('field/operating-items-only.txt');
    const o = d.operatingExpenses!;
    expect(o.total).toBeNull();
    expect(o.items.map((i) => [i.name, i.amount.yuan])).toEqual([
      ['办公费', 90000],
      ['印刷费', 15000],
      ['水电费', 63000],
    ]);
    expect(d.warnings.map((w) => w.code)).toContain('NO_OPERATING_TOTAL');
  });

  it('is 0 where the text says the unit has none', () => {
    const d = fixture('field/operating-none.txt');
    const o = d.operatingExpenses!;
    expect(o.total).toMatchObject({ yuan: 0, raw: '不涉及机关运行经费', line: 5 });
    expect(d.warnings.map((w) => w.code)).not.toContain('NO_OPERATING_TOTAL');
  });
});
