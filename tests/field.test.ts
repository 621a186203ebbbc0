import { describe, expect, it } from 'vitest';
import type { Money } from '../src/index.js';
import { fixture } from './helpers.js';

// Field test: wordings met on real published disclosures (web pages saved as text), each
// written here as a synthetic document with invented departments and figures.
const y = (x: Money | null | undefined) => (x ? x.yuan : null);

describe('field: the kind of a notice with no title', () => {
  it('a notice of the “三公” 决算 figures (决算总额 · X决算N万元) is a finalAccount, and its figures are placed', () => {
    const d = fixture('field/three-public-final-notice.txt');
    expect(d.kind).toBe('finalAccount');
    const t = d.threePublic!;
    // The list's name in brackets ("公车运行费（“三公”经费）决算总额") names the total, not 公车运行费.
    expect([y(t.total), y(t.abroad), y(t.reception), y(t.vehicle), y(t.vehiclePurchase), y(t.vehicleOperation)]).toEqual([8600000, 400000, 3000000, 5200000, 1200000, 4000000]);
    expect(d.warnings.map((w) => w.code)).toEqual([]);
  });

  it('a 三公 notice that compares the year with its own 年初预算 is a finalAccount (the 年初预算 is the budgeted figure)', () => {
    const d = fixture('field/three-public-final-no-word.txt');
    expect(d.kind).toBe('finalAccount');
    expect(y(d.threePublic!.total)).toBe(31000);
    expect(y(d.threePublic!.budgeted?.total)).toBe(40000);
  });

  it('a budget notice that compares with 上年年初预算 stays a budget', () => {
    const d = fixture('field/three-public-budget-notice.txt');
    expect(d.kind).toBe('budget');
    expect(y(d.threePublic!.total)).toBe(8600000);
  });

  it('the caption row of a pasted web table names a 决算 below the page header rows', () => {
    expect(fixture('field/three-public-table-caption.txt').kind).toBe('finalAccount');
  });
});

describe('field: the title', () => {
  it('the bulleted fields of a web page header (• 公开目录 ⏎ • 部门决算) are no title', () => {
    const d = fixture('field/web-header-bullets.txt');
    expect([d.title, d.department, d.year, d.kind]).toEqual(['示范市园林绿化局2024年度部门决算', '示范市园林绿化局', 2024, 'finalAccount']);
  });
});

describe('field: the parents of listed figures', () => {
  it('a figure in a later clause with no 其中 / 包括 is the sibling of the figure before it, not its part', () => {
    const e = fixture('field/final-expenditure-siblings.txt').budget!.expenditure;
    expect([y(e.basic), y(e.project)]).toEqual([3200000, 1800000]);
    const parents = Object.fromEntries(e.items.map((i) => [i.name, i.parent ?? null]));
    expect(parents['经营支出']).toBeNull();
    expect(parents['上缴上级支出']).toBeNull();
    expect(parents['对附属单位补助支出']).toBeNull();
  });
});
