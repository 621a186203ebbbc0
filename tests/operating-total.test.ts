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

describe('the year before’s figure beside the year’s (机关运行经费, 政府采购)', () => {
  it('"上年预算32.00万元" / "上年36.00万元" is no item of the year: reported', async () => {
    const { parseDocument } = await import('../src/index.js');
    const head = '青禾市档案馆2025年部门预算公开说明\n\n六、其他重要事项的情况说明\n';
    const o = parseDocument(`${head}（一）机关运行经费\n2025年机关运行经费预算30.00万元，上年预算32.00万元，减少2.00万元。\n`);
    expect([o.operatingExpenses?.total?.yuan, o.operatingExpenses?.change?.amount?.yuan]).toEqual([300000, -20000]);
    expect(o.operatingExpenses?.items).toEqual([]);
    const p = parseDocument(`${head}（二）政府采购\n2025年政府采购预算42.00万元，上年36.00万元。\n`);
    expect(p.procurement?.total?.yuan).toBe(420000);
    expect(p.procurement?.items).toEqual([]);
    for (const d of [o, p]) expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE')).toHaveLength(1);
  });
});
