import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import type { BudgetDocument } from '../src/index.js';
import { inferKind } from '../src/extract/kind-sentences.js';
import { fixture, hasSeeds, seed } from './helpers.js';

/**
 * The kind of a text whose title and headings name neither 预算 nor 决算 is told by the words that
 * govern its own year's figures (src/extract/kind-sentences.ts, wordings in kind-wording.ts), and a
 * warning says so: KIND_INFERRED, or KIND_UNCERTAIN when the sentences disagree.
 */
const codes = (d: BudgetDocument) => d.warnings.map((w) => w.code);
const kindWarnings = (d: BudgetDocument) => d.warnings.filter((w) => w.code.startsWith('KIND_'));
const yuan = (d: BudgetDocument) => d.threePublic?.total?.yuan ?? null;

describe('kind: a text whose title names neither genre', () => {
  it('"财政拨款安排的“三公”经费支出3.15万元，较上年减少…" states money spent: a finalAccount, KIND_INFERRED at the sentence', () => {
    const d = fixture('kind/final-arranged-spent.txt');
    expect(d.kind).toBe('finalAccount');
    expect(yuan(d)).toBe(31500);
    expect(codes(d)).toEqual(['KIND_INFERRED']);
    const w = d.warnings[0]!;
    expect(w.line).toBe(2);
    expect(w.message).toContain('支出3.15万元');
    expect(w.message).toContain('finalAccount');
  });

  it('"2024年“三公”经费预算安排3.60万元" states a plan: a budget, KIND_INFERRED', () => {
    const d = fixture('kind/budget-arranged.txt');
    expect(d.kind).toBe('budget');
    expect(yuan(d)).toBe(36000);
    expect(codes(d)).toEqual(['KIND_INFERRED']);
    expect(d.warnings[0]!.message).toContain('预算安排3.60万元');
  });

  it('planned and spent figures of the same year: the stronger side decides, KIND_UNCERTAIN names both', () => {
    const d = fixture('kind/mixed-planned-spent.txt');
    expect(d.kind).toBe('budget');
    const w = kindWarnings(d);
    expect(w.map((x) => x.code)).toEqual(['KIND_UNCERTAIN']);
    expect(w[0]!.line).toBe(3); // the sentence against the decision
    expect(w[0]!.lines).toEqual([2, 3]);
    expect(w[0]!.message).toContain('实际支出2.30万元');
  });

  it('a 决算 that quotes the year\'s budget ("年初预算为3.00万元，支出2.05万元") is a finalAccount', () => {
    const d = fixture('kind/final-quotes-budget.txt');
    expect(d.kind).toBe('finalAccount');
    expect(yuan(d)).toBe(20500);
    expect(d.threePublic?.budgeted?.total?.yuan).toBe(30000);
    expect(codes(d)).toEqual(['KIND_INFERRED']);
  });

  it('a 2024 budget that cites 2023 spending ("2023年“三公”经费支出2.00万元") stays a budget: that figure is not the year\'s own', () => {
    const d = fixture('kind/budget-compares-spent.txt');
    expect(d.kind).toBe('budget');
    expect(yuan(d)).toBe(25000);
    const w = kindWarnings(d);
    expect(w.map((x) => x.code)).toEqual(['KIND_INFERRED']);
    expect(w[0]!.message).not.toContain('2.00万元');
  });

  it('a title that names 部门预算 decides: no KIND_ warning, whatever the sentences say', () => {
    const d = parseDocument('某某局2024年部门预算\n2023年度一般公共预算财政拨款安排的“三公”经费支出3.15万元，较上年减少0.40万元。\n');
    expect(d.kind).toBe('budget');
    expect(kindWarnings(d)).toEqual([]);
    const f = parseDocument('某某局2023年度部门决算\n2024年“三公”经费预算安排3.60万元。\n');
    expect(f.kind).toBe('finalAccount');
    expect(kindWarnings(f)).toEqual([]);
  });

  it('nothing tells: a budget by default, and KIND_INFERRED says so (no line)', () => {
    const d = parseDocument('XX社区卫生服务中心\n\n“三公”经费8.00万元，其中公务接待费2.00万元。\n', { path: 't.txt' });
    expect(d.kind).toBe('budget');
    expect(kindWarnings(d).map((w) => [w.code, w.line])).toEqual([['KIND_INFERRED', null]]);
    expect(kindWarnings(d)[0]!.message).toContain('default');
  });

  it('a 三公 table with a 本年预算数 column and no heading: a budget told by its column header', () => {
    const d = fixture('wording/titles/label-in-table.txt');
    expect(d.kind).toBe('budget');
    expect(kindWarnings(d).map((w) => [w.code, w.line])).toEqual([['KIND_INFERRED', 5]]);
    expect(kindWarnings(d)[0]!.message).toContain('表头“本年预算数”');
  });

  it.runIf(hasSeeds)('the four seeds keep their kind and gain no KIND_ warning', () => {
    const kinds: [string, string][] = [['000', 'budget'], ['001', 'budget'], ['002', 'performance'], ['004', 'performance']];
    for (const [p, kind] of kinds) {
      const d = seed(p);
      expect(d.kind, p).toBe(kind);
      expect(kindWarnings(d), p).toEqual([]);
    }
  });
});

/** One paragraph, as the layout stage gives it. */
const para = (text: string, line = 1) => ({ kind: 'paragraph' as const, text, line });
const told = (text: string, year: number | null = null) => inferKind([para(text)], year);

describe('kind: the column headers of a table (a web page holding only a table)', () => {
  it('"2023年预算数 | 2023年决算数": a 决算, whose 三公 total is the 决算数 column and whose budget stays `budgeted`', () => {
    const d = fixture('kind/table-final-columns.txt');
    expect(d.kind).toBe('finalAccount');
    expect(yuan(d)).toBe(112000);
    expect(d.threePublic?.budgeted?.total?.yuan).toBe(140000);
    const [w] = kindWarnings(d);
    expect(w?.code).toBe('KIND_INFERRED');
    expect(w?.message).toContain('表头“2023年决算数”');
    expect(w?.line).toBe(5);
  });

  it('"2024年决算数 | 2025年预算数": a budget (the 决算 column is the year before\'s), read in the 2025 column', () => {
    const d = fixture('kind/table-budget-columns.txt');
    expect(d.kind).toBe('budget');
    expect(yuan(d)).toBe(112000);
    expect(kindWarnings(d)[0]?.message).toContain('表头“2025年预算数”');
  });

  it('a header of another year in words (上年决算数) or a 绩效 table\'s 执行数 tells nothing', () => {
    const table = (header: string, extra = '') =>
      parseDocument(`XX中心“三公”经费情况表\n\n单位：万元\n\n| 项目 | ${header} |\n| --- | --- |\n| 合计 | 3.00 |\n| 公务接待费 | 1.00 |\n| 公务用车购置及运行费 | 2.00 |${extra}\n`, { path: 't.txt' });
    expect(table('决算数').kind).toBe('finalAccount');
    expect(kindWarnings(table('上年决算数'))[0]?.message).toContain('(the default)');
    expect(table('全年执行数').kind).toBe('finalAccount');
    expect(kindWarnings(table('全年执行数', '\n| 一级指标 | 产出指标 |'))[0]?.message).toContain('(the default)');
  });
});

describe('kind: the word that governs a figure (wordings met on real notices, figures invented)', () => {
  // Each sentence is of the kind of wording met on published notices of both genres.
  const cases: [string, 'budget' | 'finalAccount'][] = [
    ['2023年度本部门一般公共预算财政拨款安排的“三公”经费支出1.80万元，较上年减少0.10万元。', 'finalAccount'],
    ['2017年某某部财政预算拨款“三公”经费支出合计21万元，比上年减少1.5万元。', 'finalAccount'],
    ['2019年度“三公”经费财政拨款支出预算为30.00万元，2019年实际支出“三公经费”决算为17.00万元。', 'finalAccount'],
    ['2018年用一般公共预算财政拨款数开支的“三公”经费支出合计16.00万元。', 'finalAccount'],
    ['2018年度公务接待费支出1.10万元，年初预算为1.50万元，差值为0.40万元。', 'finalAccount'],
    ['经汇总，2010年某某署“三公”经费决算支出300万元。', 'finalAccount'],
    ['2022年“三公”经费完成预算的86.50%。', 'finalAccount'],
    ['2018年某某局财政拨款“三公”经费预算合计20.6万元。', 'budget'],
    ['2021年区本级一般公共预算中“三公”经费支出预算为3200万元，与2020年预算基本持平。', 'budget'],
    ['2019年，市本级一般公共预算支出安排的“三公”经费预算为2100万元。', 'budget'],
    ['2014年某某中心安排公务接待费预算6万元。', 'budget'],
    ['2019年，本部门机关运行经费安排210.50万元，比上年增加10.20万元。', 'budget'],
    ['2019年本部门财政拨款安排“三公”经费18万元，比上年增加0.5万元。', 'budget'],
    ['2023年一般公共预算“三公”经费预算安排400万元，与2022年预算持平。', 'budget'],
    ['2018年度“三公”经费支出预算为700万元，较2017年预算增长10.5%。', 'budget'],
    ['2014年“三公”经费预算数3000.50万元，其中因公出国（境）费1000万元。', 'budget'],
    ['2025年本单位拟安排“三公”经费5万元。', 'budget'],
  ];
  it.each(cases)('%s → %s', (text, kind) => {
    expect(told(text).kind).toBe(kind);
  });

  it('a modifier before the noun is no plan: "安排的" · "财政预算拨款" · "一般公共预算" do not govern the figure', () => {
    for (const t of ['一般公共预算财政拨款安排的“三公”经费支出2.05万元。', '财政预算拨款“三公”经费支出合计48万元。', '一般公共预算“三公”经费支出合计5万元。']) {
      const k = told(t);
      expect([k.kind, k.planned.length], t).toEqual(['finalAccount', 0]);
    }
  });

  it('changes, other years and 上年 tell nothing; a comparison with an earlier year\'s budget is a plan\'s', () => {
    expect(told('2024年“三公”经费比上年减少0.30万元。', 2024).kind).toBeNull();
    expect(told('2023年“三公”经费支出2.00万元。', 2024).kind).toBeNull();
    expect(told('上年“三公”经费支出2.00万元。', 2024).kind).toBeNull();
    const k = told('2025年公务接待费300万元，比2024年预算数减少20万元。', 2025);
    expect([k.kind, k.planned.map((e) => e.strong)]).toEqual(['budget', [false]]);
  });

  it('a clause that announces a plan ("…“三公”经费预算安排情况如下：") is a plan\'s strong word', () => {
    const k = told('2025年本级一般公共预算安排的“三公”经费支出预算安排情况如下：', 2025);
    expect([k.kind, k.planned.length, k.planned[0]?.strong]).toEqual(['budget', 1, true]);
  });

  it('weak 支出 beside a plan\'s strong words is outweighed without doubt; strong words on both sides are uncertain', () => {
    const weak = inferKind([para('2018年“三公”经费支出合计24.75万元。'), para('2018年“三公”经费支出预算合计24.75万元，公务接待费支出预算16.55万元。', 2)], 2018);
    expect([weak.kind, weak.uncertain]).toEqual(['budget', false]);
    const strong = inferKind([para('2018年“三公”经费预算24.75万元。'), para('2018年“三公”经费实际支出20.00万元，决算数为20.00万元。', 2)], 2018);
    expect([strong.kind, strong.uncertain]).toEqual(['finalAccount', true]);
    // A tie is a budget, and uncertain.
    const tie = inferKind([para('2018年“三公”经费预算5万元。'), para('2018年公务接待费支出1万元，公务用车运行维护费支出2万元。', 2)], 2018);
    expect([tie.kind, tie.uncertain, tie.weight]).toEqual(['budget', true, { planned: 2, spent: 2 }]);
  });

  it('the name of a spending category (基本支出 · 项目支出 · 工资福利支出 · 一般公共服务支出) governs nothing', () => {
    const k = told('2024年收入预算100万元，支出预算100万元。其中基本支出80万元，项目支出20万元，工资福利支出50万元，商品和服务支出20万元，对个人和家庭的补助支出10万元。');
    expect([k.kind, k.weight, k.uncertain]).toEqual(['budget', { planned: 4, spent: 0 }, false]);
    expect(told('2024年一般公共服务支出50万元。').kind).toBeNull();
    // 支出 after a 三公 noun or a year, or as a total, does: 费用支出 · （境）支出 · 购置支出 · 支出总计.
    expect(told('其中：因公出国（境）支出0万元；公务用车购置支出0万元；公务用车运行维护费用支出1.00万元。').spent).toHaveLength(3);
    expect(told('2023年度收入总计100万元，支出总计98万元。').kind).toBe('finalAccount');
  });

  it('a project\'s 预算 in a 绩效 sentence tells nothing (not about the 三公, the totals or 机关运行经费)', () => {
    expect(told('项目年度预算数为120万元，用于设备更新。', 2024).kind).toBeNull();
  });
});

describe('kind: a 绩效 text whose title names neither genre', () => {
  it('holds no word of a 决算’s own figures: performance, without analysing its sentences; with one, a 决算', () => {
    const body = '一、部门整体绩效目标\n围绕年度重点工作，完成档案数字化20万页，群众满意度达到95%以上。\n\n二、项目绩效目标表\n\t项目名称\n\n\t档案数字化\n\n\t年度预算\n\n\t20.00万元\n';
    const plain = parseDocument(body);
    expect(plain.kind).toBe('performance');
    expect(plain.warnings.filter((w) => w.code.startsWith('KIND_'))).toEqual([]);
    // The same with a sentence that states the year's actual in strong words (实际支出 · 完成预算的…%): a 决算.
    const spent = parseDocument(body.replace('群众满意度达到95%以上。', '群众满意度达到95%以上。2023年“三公”经费实际支出2.05万元，完成预算的82.0%。'));
    expect(spent.kind).toBe('finalAccount');
    expect(spent.warnings.map((w) => w.code)).toContain('KIND_INFERRED');
  });
});

describe('kind: a 绩效 form printed one cell per line', () => {
  it('a 部门整体预算绩效目标申报表 whose cells say 部门预算支出 and “三公”经费控制率 is performance, with no 三公 section', () => {
    const d = fixture('kind/performance-form-cell-lines.txt');
    expect(d.kind).toBe('performance');
    expect(d.sections.map((s) => s.kind)).toEqual(['performance']);
    expect(d.threePublic).toBeNull();
    expect(codes(d)).not.toContain('NO_THREE_PUBLIC_TOTAL');
  });
});
