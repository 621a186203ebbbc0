import { describe, expect, it } from 'vitest';
import { fixture, y } from './helpers.js';


describe('a sentence that states the revenue and the spending totals', () => {
  it('gives the 其中 after the spending total to the spending, never to the revenue', () => {
    // "收入预算为350万元，支出预算为350万元，其中基本支出200万元，项目支出150万元": 基本支出 and 项目支出
    // were listed as revenue sources.
    const d = fixture('field/overview-two-totals.txt');
    const b = d.budget!;
    expect(y(b.revenue?.total)).toBe(3500000);
    expect(b.revenue?.items).toEqual([]);
    expect([y(b.expenditure?.total), y(b.expenditure?.basic), y(b.expenditure?.project)]).toEqual([3500000, 2000000, 1500000]);
  });
});

describe('a “三公” total stated after its parts', () => {
  it('"…，合计15万元" is the total (the clause is only 合计), and the parts add up to it', () => {
    const d = fixture('field/three-public-total-last.txt');
    const t = d.threePublic!;
    expect([y(t.total), y(t.abroad), y(t.reception), y(t.vehicle)]).toEqual([150000, 0, 50000, 100000]);
    expect(d.warnings).toEqual([]);
  });

  it('a 合计 that also sums 会议费 and 培训费 is no “三公” total: reported, never guessed', () => {
    const d = fixture('field/three-public-total-last-others.txt');
    const t = d.threePublic!;
    expect(t.total).toBeNull();
    expect([y(t.abroad), y(t.reception), y(t.vehicle)]).toEqual([0, 50000, 100000]);
    expect(d.warnings.some((w) => w.code === 'UNPLACED_FIGURE' && w.message.includes('20万元'))).toBe(true);
  });
});

describe('收入包括：… ；支出包括：… in one sentence', () => {
  it('gives the revenue its sources and the expenditure its items; 收支总预算 after them is both totals', () => {
    const b = fixture('field/overview-lists-both.txt').budget!;
    expect(b.revenue?.items.map((i) => [i.name, y(i.amount)])).toEqual([['一般公共预算拨款收入', 8000000], ['上年结转', 1000000]]);
    expect(b.expenditure?.items.map((i) => [i.name, y(i.amount)])).toEqual([['一般公共服务支出', 6000000], ['农林水支出', 3000000]]);
    expect([y(b.revenue?.total), y(b.expenditure?.total)]).toEqual([9000000, 9000000]);
  });

  it('lists after a statement of the 财政拨款 totals are the appropriations’, not the department’s: reported', () => {
    const d = fixture('field/overview-lists-fiscal.txt');
    const b = d.budget!;
    expect([y(b.revenue?.total), y(b.expenditure?.total)]).toEqual([9000000, 9000000]);
    expect(b.revenue?.items).toEqual([]);
    expect(b.expenditure?.items).toEqual([]);
    const u = d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => w.message);
    for (const f of ['500.00万元', '300.00万元']) expect(u.some((m) => m.includes(f)), f).toBe(true);
  });
});

describe('收入方面：… 支出方面：…', () => {
  it('lists the sources and the parts like 收入包括 / 支出包括', () => {
    const d = fixture('field/overview-aspects.txt');
    const b = d.budget!;
    expect(b.revenue?.items.map((i) => [i.name, y(i.amount)])).toEqual([['财政拨款收入', 8000000], ['其他收入', 1000000]]);
    expect([y(b.expenditure?.basic), y(b.expenditure?.project)]).toEqual([6000000, 3000000]);
    expect(d.warnings).toEqual([]);
  });
});

describe('one figure for both totals, followed by its change', () => {
  it('"收支预算总额618.20万元，较上年增加31.40万元": both totals and the change (the totals were missing)', () => {
    const d = fixture('field/overview-both-total-change.txt');
    const b = d.budget!;
    expect([y(b.revenue?.total), y(b.expenditure?.total)]).toEqual([6182000, 6182000]);
    expect(y(b.change?.amount)).toBe(314000);
    expect(d.warnings).toEqual([]);
  });
});

describe('a list two sentences after the 财政拨款 totals', () => {
  it('lists the appropriations, not the department’s expenditure (the items were the department’s)', () => {
    const d = fixture('field/overview-fiscal-list-later.txt');
    expect(d.budget?.expenditure ?? null).toBeNull();
    const u = d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => w.message);
    for (const f of ['520.00万元', '410.00万元', '65.00万元', '45.00万元']) expect(u.some((m) => m.includes(f)), f).toBe(true);
  });
});

describe('the expenditure listed by its use (按支出用途分类)', () => {
  it('gives its 项目支出 to the expenditure; 人员支出 and 日常公用支出 stay reported', () => {
    const d = fixture('field/overview-by-use.txt');
    const e = d.budget!.expenditure!;
    expect([y(e.total), y(e.project), y(e.basic)]).toEqual([8124000, 2200000, null]);
    const u = d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => w.message);
    expect(u.some((m) => m.includes('520.00万元'))).toBe(true);
    expect(u.some((m) => m.includes('220.00万元'))).toBe(false);
  });
});

describe('a change whose own words name the 财政拨款 totals', () => {
  it('is no change of the department’s totals, in a 决算 or in a budget: reported', () => {
    for (const f of ['field/fiscal-change-final.txt', 'field/fiscal-change-budget.txt']) {
      const d = fixture(f);
      expect(d.budget?.change ?? null, f).toBeNull();
      expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').some((w) => w.message.includes('19.60万元')), f).toBe(true);
    }
  });
});
