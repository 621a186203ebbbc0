import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import type { BudgetDocument, NamedAmount } from '../src/index.js';

/** Reviewer's findings on the 决算 readers: a figure goes only where the text names it. */
const parse = (s: string) => parseDocument(s, { path: 'inline.txt' });
const names = (xs: readonly NamedAmount[] | undefined) => (xs ?? []).map((i) => `${i.name} ${i.amount.raw}`);
const unplaced = (d: BudgetDocument) => d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => w.message);

const FINAL_HEAD = '示范局2023年度部门决算\n一、收入支出决算总体情况说明\n';

describe('决算 overview: only the figures its wordings name are items', () => {
  it('a figure of a reason clause is no revenue item: it is reported', () => {
    const d = parse(`${FINAL_HEAD}2023年度收入总计960.00万元，支出总计960.00万元。本年收入合计900.00万元，增加的主要原因是新增人员经费20.00万元和办公楼维修30.00万元。\n本年支出合计880.00万元，其中：基本支出700.00万元，项目支出180.00万元。\n`);
    expect(d.kind).toBe('finalAccount');
    expect(names(d.budget?.revenue?.items)).toEqual(['本年收入合计 900.00万元']);
    expect(d.budget?.revenue?.total?.raw).toBe('960.00万元');
    expect(d.budget?.expenditure?.basic?.raw).toBe('700.00万元');
    expect(d.budget?.expenditure?.project?.raw).toBe('180.00万元');
    const u = unplaced(d);
    expect(u.some((x) => x.includes('20.00万元'))).toBe(true);
    expect(u.some((x) => x.includes('30.00万元'))).toBe(true);
  });

  it('a figure whose label names no part of the overview is no expenditure item', () => {
    const d = parse(`${FINAL_HEAD}2023年度收入总计960.00万元，支出总计960.00万元。\n本年支出合计880.00万元，其中：办公费支出决算为8.00万元，比年初预算减少2.00万元。\n`);
    const items = names(d.budget?.expenditure?.items);
    expect(items).toContain('本年支出合计 880.00万元');
    expect(items.some((x) => x.includes('办公费'))).toBe(false);
    expect(unplaced(d).some((x) => x.includes('8.00万元'))).toBe(true);
  });

  it('the items the 决算 names are still read: 财政拨款收入 · 事业收入 · 上缴上级支出', () => {
    const d = parse(`${FINAL_HEAD}本年收入合计1,100.00万元，其中：财政拨款收入1,000.00万元，事业收入100.00万元。\n本年支出合计1,150.00万元，其中：基本支出900.00万元，项目支出240.00万元，上缴上级支出10.00万元。\n`);
    expect(names(d.budget?.revenue?.items)).toEqual(['本年收入合计 1,100.00万元', '财政拨款收入 1,000.00万元', '事业收入 100.00万元']);
    expect(names(d.budget?.expenditure?.items)).toEqual(['本年支出合计 1,150.00万元', '上缴上级支出 10.00万元']);
    expect(unplaced(d)).toEqual([]);
  });
});
