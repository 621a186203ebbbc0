import { describe, expect, it } from 'vitest';
import { fixture, y } from './helpers.js';


describe('a sentence of the “三公” section that opens with another reader’s figure', () => {
  it('gives the clause that names the “三公” figures to the 三公 reader, never an expenditure item named “三公”经费', () => {
    const d = fixture('field/three-public-after-overview-clause.txt');
    const t = d.threePublic!;
    expect(y(t.total)).toBe(96000);
    expect(y(t.change?.amount)).toBe(-12000);
    expect(y(d.budget?.expenditure?.total)).toBe(6405000);
    expect(d.budget?.expenditure?.items).toEqual([]);
    expect(d.warnings.map((w) => w.code)).not.toContain('NO_THREE_PUBLIC_TOTAL');
    // the 财政拨款 figure stays reported (no field holds it)
    expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => w.message)).toEqual([expect.stringContaining('612.00万元')]);
  });
});
