import { describe, expect, it } from 'vitest';
import { classifyThreePublic } from '../src/extract/three-public.js';
import { fixture, unplaced, y } from './helpers.js';

// Many provinces publish the “三公” figures together with 会议费 and 培训费 ("“三公”经费及会议费、培训费
// 支出决算表", "“三公”经费、会议费及培训费预算情况"). A figure that sums all of them is no “三公” total.

describe('“三公” figures stated with 会议费 and 培训费', () => {
  it('a 合计 of the “三公”, 会议费 and 培训费 is no “三公” total, nor is its change', () => {
    const d = fixture('field/three-public-with-meetings.txt');
    const t = d.threePublic!;
    expect(y(t.total)).toBeNull();
    expect(t.change).toBeNull();
    expect([y(t.reception), y(t.vehicleOperation)]).toEqual([40000, 65000]);
    const u = unplaced(d);
    for (const f of ['15.30万元', '2.10万元', '1.80万元', '3.00万元']) expect(u.some((m) => m.includes(f)), f).toBe(true);
    expect(d.warnings.some((w) => w.code === 'NO_THREE_PUBLIC_TOTAL')).toBe(true);
  });

  it('the “三公” total stated inside the combined one is read, with its change', () => {
    const d = fixture('field/three-public-within-meetings.txt');
    const t = d.threePublic!;
    expect(y(t.total)).toBe(105000);
    expect(y(t.change?.amount)).toBe(-21000);
    expect([y(t.reception), y(t.vehicleOperation)]).toEqual([40000, 65000]);
    expect(d.warnings.filter((w) => w.code === 'FIGURE_MISMATCH')).toEqual([]);
    expect(unplaced(d).some((m) => m.includes('15.30万元'))).toBe(true);
  });

  it('a label naming 会议费 or 培训费 is never the total', () => {
    expect(classifyThreePublic('“三公”经费及会议费、培训费预算合计')).toBeNull();
    expect(classifyThreePublic('会议费、培训费合计')).toBeNull();
    expect(classifyThreePublic('“三公”经费预算合计')).toBe('total');
  });
});

describe('the “三公” table of a web page with 会议费 and 培训费 rows', () => {
  it('as pipe rows: 公务用车费 is the whole of the vehicle costs; 会议费 and 培训费 are no part', () => {
    const d = fixture('field/three-public-pipe-vehicle-fee.txt');
    const t = d.threePublic!;
    expect([y(t.total), y(t.vehicle), y(t.vehicleOperation), y(t.reception), y(t.abroad)]).toEqual([215000, 92000, 92000, 123000, null]);
  });

  it('as rows with single spaces between cells, which no layout reads: the figures are reported, not dropped', () => {
    const d = fixture('field/three-public-space-rows.txt');
    expect(y(d.threePublic?.total)).toBeNull();
    const w = d.warnings.filter((x) => x.code === 'UNREAD_NUMBERS');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('10 figures');
    expect(w[0]!.message).toContain('21.50, 21.50, 12.30, 12.30, 9.20');
  });
});

describe('a 持平 followed by 均为', () => {
  it('"与上年持平，均为8.00万元": the figure of both years is the part whose 持平 it follows', async () => {
    const { parseDocument } = await import('../src/index.js');
    const d = parseDocument('青禾市档案馆2025年部门预算公开说明\n\n三、“三公”经费预算情况\n2025年“三公”经费预算与上年持平，均为8.00万元。其中：公务接待费与上年持平，均为3.00万元；公务用车运行维护费5.00万元。\n');
    const t = d.threePublic!;
    expect([y(t.total), y(t.reception), y(t.vehicleOperation), y(t.change?.amount)]).toEqual([80000, 30000, 50000, 0]);
    expect(d.warnings).toEqual([]);
  });
});

describe('a “三公” table with a column for each of two years', () => {
  it('"2024年预算数 | 2025年预算数" in a 2025 budget: the 2025 column is the year’s, the 2024 one the year before’s', () => {
    const d = fixture('field/three-public-table-two-years.txt');
    const t = d.threePublic!;
    expect(t.form).toBe('table');
    expect([y(t.total), y(t.abroad), y(t.reception), y(t.vehicle), y(t.vehicleOperation)]).toEqual([96000, 0, 30000, 66000, 66000]);
    expect([y(t.change?.amount), t.change?.comparedYear, t.change?.basis]).toEqual([-9000, 2024, 'budget']);
  });
});

describe('a figure after its change', () => {
  it('"较上年减少1.20万元，为8.00万元": the figure the change arrives at; "…，8.00万元用于…" names nothing and is reported', async () => {
    const { parseDocument } = await import('../src/index.js');
    const head = '青禾市档案馆2025年部门预算公开说明\n\n三、“三公”经费预算情况\n';
    const d = parseDocument(`${head}“三公”经费预算较上年减少1.20万元，为8.00万元。其中：公务接待费比上年增加1.00万元，为3.00万元；公务用车运行维护费5.00万元。\n`);
    const t = d.threePublic!;
    expect([y(t.total), y(t.reception), y(t.vehicleOperation), y(t.change?.amount)]).toEqual([80000, 30000, 50000, -12000]);
    expect(d.warnings).toEqual([]);
    const other = parseDocument(`${head}“三公”经费预算较上年减少1.20万元，8.00万元用于公务接待。\n`);
    expect(y(other.threePublic?.total)).toBeNull();
    expect(unplaced(other)).toEqual([expect.stringContaining('8.00万元')]);
  });
});

describe('the year before’s figure beside the year’s', () => {
  it('"上年预算9.20万元" is reported, never taken for the year’s total stated twice (a false FIGURE_MISMATCH); the change is read', async () => {
    const { parseDocument } = await import('../src/index.js');
    const d = parseDocument('青禾市档案馆2025年部门预算公开说明\n\n三、“三公”经费预算情况\n2025年“三公”经费预算8.00万元，上年预算9.20万元，比上年减少1.20万元。其中：公务接待费3.00万元，上年3.50万元，减少0.50万元。\n');
    const t = d.threePublic!;
    expect([y(t.total), y(t.reception), y(t.change?.amount)]).toEqual([80000, 30000, -12000]);
    expect(t.change?.items.map((i) => y(i.amount))).toEqual([-5000]);
    expect(d.warnings.map((w) => w.code)).not.toContain('FIGURE_MISMATCH');
    expect(unplaced(d)).toEqual([expect.stringContaining('9.20万元'), expect.stringContaining('3.50万元')]);
  });
});
