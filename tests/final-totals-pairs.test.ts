import { describe, expect, it } from 'vitest';
import { fixture, y } from './helpers.js';

// The 决算 overview states both totals in one clause: "收、支总计各为A万元、B万元" (each with its unit),
// "收、支总计均为A万元" (one figure for both).
const codes = (d: { warnings: { code: string }[] }) => d.warnings.map((w) => w.code);

describe('both totals of a 决算 in one clause', () => {
  it('各为A万元、B万元: the revenue and the expenditure total, and each one’s change (never the first as the whole change)', () => {
    const d = fixture('field/final-totals-pairs.txt');
    const b = d.budget!;
    expect([y(b.revenue?.total), y(b.expenditure?.total)]).toEqual([5364000, 5419000]);
    expect(y(b.change?.amount)).toBeNull();
    expect(b.change?.items.map((i) => [i.name, y(i.amount)])).toEqual([
      ['收入总计', -221000],
      ['支出总计', -186000],
    ]);
    expect(codes(d)).not.toContain('UNPLACED_FIGURE');
  });

  it('均为A万元: one figure for both totals', () => {
    const d = fixture('field/final-totals-both.txt');
    const b = d.budget!;
    expect([y(b.revenue?.total), y(b.expenditure?.total)]).toEqual([5364000, 5364000]);
    expect(y(b.change?.amount)).toBe(221000);
    expect(codes(d)).not.toContain('UNPLACED_FIGURE');
  });
});
