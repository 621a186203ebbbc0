import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { fixture, y } from './helpers.js';

// "A、B、C分别为x、y、z": the names before 分别 go to the figures after it, in order.

describe('分别为: a list of names, then a list of figures', () => {
  it('gives each figure the name of its place (the first figure went to the last name)', () => {
    const d = fixture('field/three-public-respectively.txt');
    const t = d.threePublic!;
    expect([y(t.total), y(t.abroad), y(t.vehicle), y(t.reception)]).toEqual([159000, 0, 114000, 45000]);
    expect(y(t.change?.amount)).toBe(-17000);
    expect(t.change?.items.map((i) => [i.name, y(i.amount)])).toEqual([
      ['公务接待费', -6000],
      ['公务用车运行维护费', -11000],
    ]);
    expect(d.warnings).toEqual([]);
  });

  it('names and figures that do not pair up give no name to any: reported, never guessed', () => {
    const d = parseDocument('青禾市档案馆2025年部门预算公开说明\n\n三、“三公”经费预算情况\n2025年“三公”经费预算15.90万元，其中：因公出国（境）费、公务接待费分别为0万元、4.50万元、11.40万元。\n');
    const t = d.threePublic!;
    expect([y(t.total), y(t.abroad), y(t.reception), y(t.vehicle)]).toEqual([159000, null, null, null]);
    expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE')).toHaveLength(3);
  });

  it('works for the overview totals too', () => {
    const d = parseDocument('青禾市档案馆2025年部门预算公开说明\n\n一、收支预算总体情况\n2025年收入预算、支出预算分别为536.40万元、536.40万元，其中：基本支出、项目支出分别为420.00万元、116.40万元。\n');
    const b = d.budget!;
    expect([y(b.revenue?.total), y(b.expenditure?.total), y(b.expenditure?.basic), y(b.expenditure?.project)]).toEqual([5364000, 5364000, 4200000, 1164000]);
  });
});
