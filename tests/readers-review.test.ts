import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, unplaced } from './helpers.js';
import { parseDocument } from '../src/index.js';
import type { BudgetDocument, NamedAmount } from '../src/index.js';
import type { Table } from '../src/blocks/index.js';

/** Reviewer's findings on the 决算 readers: a figure goes only where the text names it. */
const parse = (s: string) => parseDocument(s, { path: 'inline.txt' });
const names = (xs: readonly NamedAmount[] | undefined) => (xs ?? []).map((i) => `${i.name} ${i.amount.raw}`);

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

  it('a reason clause ends at its ；: the parts after it are read', () => {
    const d = parse(`${FINAL_HEAD}本年收入合计900.00万元，增加的主要原因是新增人员经费20.00万元；其中：财政拨款收入800.00万元，事业收入100.00万元。\n`);
    expect(names(d.budget?.revenue?.items)).toEqual(['本年收入合计 900.00万元', '财政拨款收入 800.00万元', '事业收入 100.00万元']);
    expect(unplaced(d).length).toBe(1);
    expect(unplaced(d)[0]).toContain('20.00万元');
  });

  it('a reason clause ends at 其中: the parts listed after it in the same sentence are read', () => {
    const d = parse(`${FINAL_HEAD}2023年度收入总计960.00万元，支出总计960.00万元。本年支出合计900.00万元，比上年增加100.00万元，主要原因是人员增加，其中：基本支出600.00万元，项目支出300.00万元。\n`);
    const e = d.budget?.expenditure;
    expect([e?.basic?.raw, e?.project?.raw]).toEqual(['600.00万元', '300.00万元']);
    expect(unplaced(d).some((x) => x.includes('600.00') || x.includes('300.00'))).toBe(false);
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

/** A Word table as Tika writes it: one cell a line after a tab, rows apart by a blank line. */
const tikaTable = (rows: readonly (readonly string[])[]) => rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n');

describe('决算 “三公” table: columns headed with a year', () => {
  const doc = (header: readonly string[]) => `示范局2023年度部门决算\n一、“三公”经费支出决算情况说明\n单位：万元\n${tikaTable([
    ['项目', ...header],
    ['合计', '25.00', '30.00', '22.00', '-3.00'],
    ['因公出国（境）费', '0', '0', '0', '0'],
    ['公务用车购置及运行维护费', '15.00', '20.00', '14.00', '-1.00'],
    ['公务接待费', '10.00', '10.00', '8.00', '-2.00'],
  ])}\n\n\n二、其他说明\n无。\n`;

  it('2023年预算数 / 2023年决算数 are this year’s, 2022年决算数 the year before', () => {
    const d = parse(doc(['2022年决算数', '2023年预算数', '2023年决算数', '增减']));
    const tp = d.threePublic!;
    expect(tp.total?.raw).toBe('22.00');
    expect(tp.budgeted?.total?.raw).toBe('30.00');
    expect(tp.reception?.raw).toBe('8.00');
    expect(tp.budgeted?.reception?.raw).toBe('10.00');
    expect([tp.change?.comparedYear, tp.change?.amount?.raw]).toEqual([2022, '-3.00']);
    // The year before's figures are reported, never read as this year's.
    expect(unplaced(d).some((x) => x.includes('25.00'))).toBe(true);
  });

  it('reads the same as the 上年决算数 / 预算数 / 决算数 wording', () => {
    const a = parse(doc(['2022年决算数', '2023年预算数', '2023年决算数', '增减'])).threePublic!;
    const b = parse(doc(['上年决算数', '预算数', '决算数', '增减'])).threePublic!;
    expect(JSON.stringify({ ...a, change: null })).toBe(JSON.stringify({ ...b, change: null }));
  });

  it('a later year’s column (2024年预算数 in a 2023 决算) is no budget of this year: reported, not read', () => {
    const small = `示范局2023年度部门决算\n一、“三公”经费支出决算情况说明\n单位：万元\n${tikaTable([['项目', '2023年决算数', '2024年预算数'], ['合计', '10.00', '8.00'], ['公务接待费', '10.00', '8.00']])}\n\n\n二、其他说明\n无。\n`;
    const d = parse(small);
    expect(d.threePublic?.total?.raw).toBe('10.00');
    expect(d.threePublic?.budgeted?.total ?? null).toBeNull();
    expect(unplaced(d).some((x) => x.includes('8.00'))).toBe(true);
  });

  it('without the document’s year, the column that names no year is this year’s, not 2022年决算数', () => {
    const noYear = `示范局部门决算\n一、“三公”经费支出决算情况说明\n单位：万元\n${tikaTable([['项目', '2022年决算数', '预算数', '决算数'], ['合计', '9.00', '10.00', '8.00'], ['公务接待费', '9.00', '10.00', '8.00']])}\n\n\n二、其他说明\n无。\n`;
    const d = parse(noYear);
    expect(d.threePublic?.total?.raw).toBe('8.00');
    expect(d.threePublic?.budgeted?.total?.raw).toBe('10.00');
    expect(unplaced(d).some((x) => x.includes('9.00'))).toBe(true);
  });

  it('a 预算 | 决算 table of other years only is not read by the budget reader: its figures are reported, none placed', () => {
    const stale = `示范局2023年度部门决算\n一、“三公”经费支出决算情况说明\n单位：万元\n${tikaTable([['项目', '2022年预算数', '2022年决算数'], ['合计', '10.00', '8.00'], ['公务接待费', '10.00', '8.00']])}\n\n\n二、其他说明\n无。\n`;
    const d = parse(stale);
    expect(d.threePublic?.total ?? null).toBeNull();
    expect(unplaced(d).some((x) => x.includes('10.00'))).toBe(true);
    expect(unplaced(d).some((x) => x.includes('8.00'))).toBe(true);
  });
});

describe('决算 “三公” horizontal table: a blank cell', () => {
  const HEAD = [
    ['预算数', '', '', '', '', '', '决算数'],
    ['合计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费', '合计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费'],
    ['', '', '小计', '公务用车购置费', '公务用车运行费', '', '', '', '小计', '公务用车购置费', '公务用车运行费', ''],
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
  ];
  const doc = (values: readonly string[]) => `示范区司法局2023年度部门决算\n一、一般公共预算财政拨款“三公”经费支出决算表\n单位：万元\n${tikaTable([...HEAD, values])}\n\n\n二、其他重要事项的情况说明\n本部门无政府性基金支出。\n`;

  it('reads the row of 12 cells under its columns, a blank cell as no value', () => {
    const d = parse(doc(['36.00', '', '24.00', '0.00', '24.00', '12.00', '27.30', '0.00', '19.80', '0.00', '19.80', '7.50']));
    const tp = d.threePublic!;
    expect([tp.total?.raw, tp.abroad?.raw, tp.vehicle?.raw, tp.vehiclePurchase?.raw, tp.vehicleOperation?.raw, tp.reception?.raw]).toEqual(['27.30', '0.00', '19.80', '0.00', '19.80', '7.50']);
    const b = tp.budgeted!;
    expect([b.total?.raw, b.abroad, b.vehicle?.raw, b.vehiclePurchase?.raw, b.vehicleOperation?.raw, b.reception?.raw]).toEqual(['36.00', null, '24.00', '0.00', '24.00', '12.00']);
    expect(unplaced(d)).toEqual([]);
  });

  it('the same figures as when no cell is blank', () => {
    const full = parse(doc(['36.00', '0.00', '24.00', '0.00', '24.00', '12.00', '27.30', '0.00', '19.80', '0.00', '19.80', '7.50'])).threePublic!;
    const blank = parse(doc(['36.00', '', '24.00', '0.00', '24.00', '12.00', '27.30', '0.00', '19.80', '0.00', '19.80', '7.50'])).threePublic!;
    expect({ ...blank, budgeted: { ...blank.budgeted, abroad: full.budgeted!.abroad } }).toEqual(full);
  });
});

describe('finalThreePublicTable: nothing read is no reading', () => {
  it('returns null for a table whose rows it cannot read', async () => {
    const { finalThreePublicTable } = await import('../src/extract/final-three-public.js');
    const { classifyThreePublic } = await import('../src/extract/three-public.js');
    const cell = (text: string, line: number) => ({ text, startLine: line, endLine: line });
    const row = (line: number, ...texts: string[]) => ({ cells: texts.map((t) => cell(t, line)), startLine: line, endLine: line });
    const table: Table = { kind: 'table', startLine: 1, endLine: 3, rows: [row(1, '项目', '预算数', '决算数'), row(2, '因公出国（境）费', '', ''), row(3, '公务接待费', '—', '')] };
    expect(finalThreePublicTable(table, '万元', 2023, classifyThreePublic, [])).toBeNull();
  });
});

describe('绩效自评表: no unit is guessed, a lone 总分 number is no score', () => {
  const doc = (fundsLabel: string, total: string, above = '') => [
    '示范县农业服务中心2023年度部门决算',
    '一、部门绩效自评情况',
    '1、农技推广服务项目支出绩效自评表',
    ...(above ? [above] : []),
    '| 项目名称 | 农技推广服务项目 |',
    '|---|---|',
    '| 主管部门 | 示范县农业农村局 | 实施单位 | 示范县农业服务中心 |',
    `| ${fundsLabel} |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |`,
    '|  | 年度资金总额 | 80.00 | 80.00 | 76.00 | 10 | 95.00% | 9.5 |',
    '|  | 其中：当年财政拨款 | 80.00 | 80.00 | 76.00 | — | — | — |',
    '| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |',
    '|  | 产出指标 | 数量指标 | 培训农户人次 | ≥1200人次 | 1150人次 | 50 | 45 | 部分培训延期。 |',
    '|  | 满意度指标 | 服务对象满意度指标 | 参训农户满意度 | ≥90% | 93% | 40 | 39 |  |',
    total,
    '| 自评等级 | 优 |',
    '',
  ].join('\n');
  const FULL_TOTAL = '| 总分 |  |  |  |  |  | 100 | 93.5 |  |';
  const evaluation = (d: BudgetDocument) => d.performance?.projects[0]?.selfEvaluation;

  it('reads the funds in the unit the 项目资金 cell states', () => {
    const d = parse(doc('项目资金（万元）', FULL_TOTAL));
    const se = evaluation(d)!;
    expect([se.initialBudget?.yuan, se.adjustedBudget?.yuan, se.executed?.yuan, se.initialBudget?.unit]).toEqual([800000, 800000, 760000, '万元']);
    expect(d.warnings.filter((w) => w.code === 'TABLE_NO_UNIT')).toEqual([]);
  });

  it('takes the unit from a line above the table', () => {
    const se = evaluation(parse(doc('项目资金', FULL_TOTAL, '单位：元')))!;
    expect([se.initialBudget?.yuan, se.initialBudget?.unit]).toEqual([80, '元']);
  });

  it('no unit anywhere: the funds figures stay null and a warning says why', () => {
    const d = parse(doc('项目资金', FULL_TOTAL));
    const se = evaluation(d)!;
    expect([se.initialBudget, se.adjustedBudget, se.executed]).toEqual([null, null, null]);
    // What is no amount of money is still read.
    expect([se.executionRate?.percent, se.budgetWeight, se.budgetScore, se.totalWeight, se.totalScore]).toEqual([95, 10, 9.5, 100, 93.5]);
    expect(d.warnings.filter((w) => w.code === 'TABLE_NO_UNIT').length).toBe(1);
  });

  it('a 总分 row with a single number: neither the weight nor the score is guessed', () => {
    const d = parse(doc('项目资金（万元）', '| 总分 | 100 |'));
    const se = evaluation(d)!;
    expect([se.totalWeight, se.totalScore, se.grade]).toEqual([null, null, '优']);
    expect(d.warnings.filter((w) => w.code === 'SUM_SELF_EVAL')).toEqual([]);
  });
});

describe('决算 tables that state no unit are not read with a guessed one', () => {
  it('收入支出决算总表 without 单位：万元 anywhere: no figures from it, TABLE_NO_UNIT with its line', () => {
    const text = readFileSync(join(FIXTURES, 'final-account', 'overview-table.txt'), 'utf8');
    const stated = parseDocument(text);
    expect(stated.budget?.revenue?.total).toMatchObject({ raw: '960.00', unit: '万元', yuan: 9600000 });
    const unstated = parseDocument(text.replace(/单位[:：]\s*万元/g, ''));
    expect(unstated.budget?.revenue?.total ?? null).toBeNull();
    expect(unstated.warnings.filter((w) => w.code === 'TABLE_NO_UNIT').map((w) => w.message)).toContainEqual(expect.stringContaining('收入支出决算总表 states no unit'));
  });
});

describe('an indicator row after the 合计 / 总分 row of a 绩效 table', () => {
  const tab = (cells: string[][]) => cells.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n');
  const doc = (after: string[]) =>
    [
      '五、绩效目标',
      '1、示范工作经费绩效目标表',
      tab([['项目名称', '示范工作经费'], ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '培训人次', '≥100人次'], ['合计', '', '', ''], after]),
      '',
      '',
    ].join('\n');
  it('is not read, and UNREAD_INDICATOR says so with its name and line', () => {
    const d = parseDocument(doc(['效益指标', '社会效益指标', '群众知晓率', '≥90%']));
    expect(d.performance?.projects[0]?.indicators.map((i) => i.name)).toEqual(['培训人次']);
    const w = d.warnings.filter((x) => x.code === 'UNREAD_INDICATOR');
    expect(w.map((x) => [x.line, x.message.includes('群众知晓率')])).toEqual([[21, true]]);
  });
  it('a 自评等级 row after the 总分 row is no indicator: nothing to say', () => {
    const d = parseDocument(doc(['自评等级', '', '', '优']));
    expect(d.warnings.map((x) => x.code)).not.toContain('UNREAD_INDICATOR');
  });
});

describe('the 栏次 row of a “三公” table', () => {
  it('numbers the columns: its 1 2 3 are no unplaced figures', () => {
    const tab = (cells: string[][]) => cells.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n');
    const text = ['四、“三公”经费预算情况', '单位：万元', tab([['项目', '本年预算数', '上年预算数', '增减'], ['栏次', '1', '2', '3'], ['合计', '9.00', '10.00', '-1.00'], ['因公出国（境）费', '0.00', '0.00', '0.00'], ['公务用车购置及运行维护费', '6.00', '7.00', '-1.00'], ['公务接待费', '3.00', '3.00', '0.00']]), '', ''].join('\n');
    const d = parseDocument(text);
    expect(d.threePublic?.total?.raw).toBe('9.00');
    // (only the 上年预算数 column's figures, which no field holds, are reported; no 1 2 3)
    expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => /"(.+)"/.exec(w.message)![1])).toEqual(['合计 10.00', '因公出国（境）费 0.00', '公务用车购置及运行维护费 7.00', '公务接待费 3.00']);
  });
});

describe('三公: a 科目 table whose rows name 因公出国 and 公务接待 is no “三公” table', () => {
  // 支出经济分类 rows 30212 因公出国（境）费用 and 30217 公务接待费: its 合计 is the year's basic spending.
  const economic = tikaTable([
    ['部门预算支出经济分类科目', '本年财政拨款基本支出'],
    ['科目编码', '科目名称', '合计', '人员经费', '公用经费'],
    ['合计', '5,000.00', '4,600.00', '400.00'],
    ['30201', '办公费', '120.00', '', '120.00'],
    ['30212', '因公出国（境）费用', '15.00', '', '15.00'],
    ['30217', '公务接待费', '9.00', '', '9.00'],
  ]);
  const head = '示范发展局2025年部门预算\n第二部分 部门预算表\n财政拨款基本支出表（经济科目）\n单位：万元\n';

  it('standing among the standard tables, its 合计 is not the “三公” total', () => {
    const d = parse(`${head}${economic}\n\n\n第三部分 部门预算情况说明\n一、收支预算总体情况说明\n2025年收入预算5,000.00万元，支出预算5,000.00万元。\n`);
    expect(d.threePublic?.total ?? null).toBeNull();
    expect(d.warnings.some((w) => w.message.includes('“三公”经费') && w.message.includes('5,000.00'))).toBe(false);
  });

  it('standing inside the “三公” section, it is not read either; the section\'s own sentence is', () => {
    const d = parse(`示范发展局2025年部门预算\n四、“三公”经费预算情况说明\n2025年“三公”经费预算24.00万元，其中：因公出国（境）费15.00万元，公务接待费9.00万元。\n单位：万元\n${economic}\n\n\n`);
    expect(d.threePublic?.total?.raw).toBe('24.00万元');
    expect(d.threePublic?.form).toBe('sentence');
    expect(d.warnings.filter((w) => w.code === 'FIGURE_MISMATCH')).toEqual([]);
  });

  it('a “三公” table without 科目 columns is still read', () => {
    const t = tikaTable([
      ['项目', '2025年预算数', '2024年预算数'],
      ['合计', '24.00', '26.00'],
      ['因公出国（境）费', '15.00', '15.00'],
      ['公务接待费', '9.00', '11.00'],
    ]);
    const d = parse(`示范发展局2025年部门预算\n四、“三公”经费预算情况说明\n单位：万元\n${t}\n\n\n`);
    expect(d.threePublic?.total?.raw).toBe('24.00');
    expect(d.threePublic?.reception?.raw).toBe('9.00');
  });
});

describe('决算 overview: a sentence about another figure (财政拨款收入总计) gives neither the change nor items', () => {
  const doc = `示范幼儿园2023年度部门决算公开
二、示范幼儿园2023年度部门决算情况说明
（一）收入决算情况。
2023年度，本单位收入为500.00万元，其中：财政拨款收入450.00万元，占90%；事业收入50.00万元，占10%。
（二）支出决算情况
2023年度，本单位支出为520.00万元。其中：基本支出400.00万元；项目支出120.00万元。
（三）财政拨款收入决算情况。
2023年度，本单位财政拨款收入总计450.00万元，与上年相比减少30.00万元，降低6.25%。其中：一般公共预算财政拨款收入440.00万元，政府性基金预算财政拨款收入10.00万元。
`;
  it('本单位收入为 / 本单位支出为 are the year\'s own totals; the 财政拨款 change and parts are reported, not the department\'s', () => {
    const d = parse(doc);
    expect(d.kind).toBe('finalAccount');
    expect(names(d.budget?.revenue?.items)).toEqual(['收入 500.00万元', '财政拨款收入 450.00万元', '事业收入 50.00万元']);
    expect(d.budget?.expenditure?.basic?.raw).toBe('400.00万元');
    expect(names(d.budget?.expenditure?.items)).toContain('支出 520.00万元');
    expect(d.budget?.change ?? null).toBeNull();
    const u = unplaced(d).join(' ');
    for (const x of ['30.00万元', '440.00万元', '10.00万元']) expect(u).toContain(x);
  });
});

describe('review of the round: no part is guessed', () => {
  it('信息系统运行维护费 after 公务用车购置及运行维护费 (sentence or table row) is no 公务用车运行维护费', () => {
    const s = parse('青禾县档案局2026年部门预算\n三、“三公”经费预算情况\n2026年“三公”经费预算10.00万元，其中：因公出国（境）费3.00万元，公务接待费2.00万元，公务用车购置及运行维护费5.00万元，另安排信息系统运行维护费8.00万元。\n四、其他\n无。\n');
    expect(s.threePublic?.vehicleOperation ?? null).toBeNull();
    expect(unplaced(s).some((x) => x.includes('8.00万元'))).toBe(true);
    const t = parse('青禾县档案局2026年部门预算\n三、“三公”经费预算情况\n\n表5 2026年“三公”经费及相关经费预算表\n单位：万元\n\n| 项目 | 本年预算数 |\n| --- | --- |\n| 因公出国（境）费 | 3.00 |\n| 公务接待费 | 2.00 |\n| 公务用车购置及运行费 | 5.00 |\n| 会议费 | 4.00 |\n| 信息系统运行维护费 | 9.00 |\n\n四、其他\n无。\n');
    expect(t.threePublic?.vehicleOperation ?? null).toBeNull();
  });

  it('政府采购: another year\'s 货物类 / 服务类 in a later sentence are no parts of this year\'s total', () => {
    const d = parse('示范县水文站2025年部门预算\n\n六、其他重要事项的情况说明\n(二)政府采购预算安排情况说明。\n2025年政府采购预算100万元。\n2024年政府采购实际支出90万元，其中：货物类采购60万元，服务类采购30万元。\n');
    expect(d.procurement?.total?.raw).toBe('100万元');
    expect(d.procurement?.items).toEqual([]);
  });

  it('政府采购 and 国有资产 tables with no unit anywhere are not read (TABLE_NO_UNIT), never taken as 元', () => {
    const d = parse('示范县水文站2025年部门预算\n六、政府采购预算情况\n| 采购品目 | 金额 |\n| --- | --- |\n| 货物类 | 30.00 |\n| 服务类 | 12.00 |\n');
    expect(d.procurement?.items ?? []).toEqual([]);
    expect(d.warnings.some((w) => w.code === 'TABLE_NO_UNIT' && w.message.includes('政府采购'))).toBe(true);
  });
});

describe('review of the round: a sentence is no table title, and 栏次 numbers are no figures', () => {
  it('"“三公”经费情况见下表。" does not title the table: its 合计 is reported, not the 三公 total', () => {
    const d = parse('示范县档案馆2026年部门预算\n三、“三公”经费预算情况\n“三公”经费情况见下表。\n单位：万元\n| 项目 | 本年预算数 | 上年预算数 |\n| 栏次 | 1 | 2 |\n| 合计 | 10.50 | 9.20 |\n');
    expect(d.threePublic?.total ?? null).toBeNull();
    const u = unplaced(d).join(' ');
    expect(u).toContain('10.50');
    expect(u).not.toContain('栏次');
  });
  it('a 决算 table of other years: its figures are reported, its 栏次 row is not', () => {
    const d = parse('示范县档案馆2023年度部门决算\n\n七、财政拨款“三公”经费支出决算情况说明\n情况见下表。\n单位：万元\n| 项目 | 2022年预算数 | 2022年决算数 |\n| 栏次 | 1 | 2 |\n| 因公出国（境）费 | 1.00 | 0.50 |\n| 公务接待费 | 2.00 | 1.50 |\n');
    const u = unplaced(d).join(' ');
    expect(u).toContain('0.50');
    expect(u).not.toContain('栏次');
  });
});

describe('三公 table: a figure under no header is reported, and a table that gives no total says so', () => {
  it('figures in a column the header does not name are UNPLACED_FIGURE; no total → NO_THREE_PUBLIC_TOTAL', () => {
    // 预算数 heads an empty column; the figures stand in the unnamed column beside it
    const d = parse(`示范县档案馆2026年部门预算\n三、“三公”经费预算情况\n单位：万元\n${tikaTable([
      ['项目', '预算数', ''],
      ['合计', '', '12.40'],
      ['公务接待费', '', '2.40'],
      ['公务用车运行维护费', '', '10.00'],
    ])}\n\n\n四、其他说明\n无。\n`);
    expect(d.threePublic?.total ?? null).toBeNull();
    expect(d.threePublic?.reception ?? null).toBeNull();
    const u = unplaced(d).join(' ');
    expect(u).toContain('12.40');
    expect(u).toContain('2.40');
    expect(d.warnings.some((w) => w.code === 'NO_THREE_PUBLIC_TOTAL')).toBe(true);
  });
});

describe('a bare part of 公务用车购置及运行费: one wording for the tables stage and the 三公 reader', () => {
  it('其中购置费 / 购置 / 运行维护费用 are 公务用车 parts under it, and nothing on their own', async () => {
    const { classifyThreePublic } = await import('../src/extract/three-public.js');
    expect(classifyThreePublic('其中购置费', 'vehicle')).toBe('vehiclePurchase');
    expect(classifyThreePublic('购置', 'vehicle')).toBe('vehiclePurchase');
    expect(classifyThreePublic('运行维护费用', 'vehicle')).toBe('vehicleOperation');
    expect(classifyThreePublic('购置', 'reception')).toBeNull();
    expect(classifyThreePublic('信息系统运行维护费', 'vehicle')).toBeNull();
  });
  it('a table header 其中购置费 under 公务用车购置及运行费 keys vehiclePurchase', () => {
    const d = parse(`示范县档案馆2026年部门预算\n三、“三公”经费预算情况\n单位：万元\n${tikaTable([
      ['合计', '因公出国（境）费', '公务用车购置及运行费', '', '公务接待费'],
      ['', '', '小计', '其中购置费', ''],
      ['9.00', '1.00', '6.00', '6.00', '2.00'],
    ])}\n\n\n四、其他说明\n无。\n`);
    const t = d.tables.find((x) => x.kind === 'threePublic');
    expect(t?.columns.map((c) => c.key)).toContain('vehiclePurchase');
  });
});

describe('budget overview: a change whose figure names nothing is the change of what the line before names', () => {
  const overview = (body: string) => parse(`示范县某局2024年部门预算\n二、部门预算安排的总体情况\n${body}\n`);
  it('a part named by the sentence or the short line before: no budget.change, the figures reported', () => {
    for (const body of ['（一）人员经费。安排500.00万元，比上年增加10.00万元。', '1、一般公共服务支出（类）行政运行（项）\n安排1,200.00万元，比上年增加100.00万元。']) {
      const d = overview(body);
      expect(d.budget?.change ?? null, body).toBeNull();
      expect(unplaced(d).join(' '), body).toMatch(/比上年 (10|100)\.00万元/);
    }
  });
  it('a total heading before it names no part: the change stays the department\'s', () => {
    for (const body of ['（二）支出预算情况\n2024年安排1,200.00万元，比上年增加100.00万元。', '2024年安排1,200.00万元，比上年增加100.00万元。']) {
      expect(overview(body).budget?.change?.amount?.raw, body).toBe('100.00万元');
    }
  });
});
