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

describe('a sentence of the 机关运行经费 section whose first figure names the section’s topic', () => {
  it('goes to the 机关运行经费 reader though an overview cue stands first (it was the overview’s, unplaced)', async () => {
    const { parseDocument } = await import('../src/index.js');
    const d = parseDocument('青禾市档案馆2024年度部门决算公开说明\n\n六、其他重要事项的情况说明\n（一）机关运行经费支出情况\n本部门2024年度一般公共预算财政拨款基本支出中的公用经费支出（机关运行经费）46.80万元，比上年减少3.20万元，下降6.4%。\n');
    const o = d.operatingExpenses!;
    expect([y(o.total), y(o.change?.amount)]).toEqual([468000, -32000]);
    expect(d.warnings.map((w) => w.code)).toEqual([]);
  });
});

describe('a wider figure in a 三公 sentence', () => {
  it('"一般公共预算财政拨款支出500万元，其中“三公”经费8万元" (no overview cue): the 500 is no 三公 total', async () => {
    const { parseDocument } = await import('../src/index.js');
    const d = parseDocument('青禾市档案馆2025年部门预算公开说明\n\n三、“三公”经费预算情况\n2025年一般公共预算财政拨款支出500.00万元，其中“三公”经费8.00万元。\n');
    expect(y(d.threePublic?.total)).toBe(80000);
    expect(d.warnings.map((w) => w.code)).not.toContain('FIGURE_MISMATCH');
    expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => w.message)).toEqual([expect.stringContaining('500.00万元')]);
  });
});
