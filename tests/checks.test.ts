import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { RULES } from '../src/checks/index.js';
import { fixture, TAB } from './helpers.js';
import { checkPlaceholders } from '../src/extract/amounts.js';
import { Diagnostics } from '../src/diagnostics.js';
import type { Table } from '../src/blocks/index.js';

const codes = (text: string) => parseDocument(text).warnings.map((w) => w.code);
const doc = (...lines: string[]) => ['示例街道办事处2024年部门预算公开说明', ...lines].join('\n');

describe('consistency rules', () => {
  it('a consistent document has no warnings', () => {
    expect(fixture('docs/budget-basic.txt').warnings).toEqual([]);
  });

  const cases: [rule: keyof typeof RULES, bad: string, good: string][] = [
    [
      'SUM_REVENUE',
      doc('一、部门预算安排的总体情况', '2024年预算收入100.00万元，其中：一般公共预算收入90.00万元，上年结转5.00万元。'),
      doc('一、部门预算安排的总体情况', '2024年预算收入100.00万元，其中：一般公共预算收入95.00万元，上年结转5.00万元。'),
    ],
    [
      'SUM_EXPENDITURE',
      doc('一、部门预算安排的总体情况', '2024年支出预算100.00万元，其中基本支出60.00万元；项目支出30.00万元。'),
      doc('一、部门预算安排的总体情况', '2024年支出预算100.00万元，其中基本支出60.00万元；项目支出40.00万元。'),
    ],
    [
      'SUM_BASIC',
      doc('一、部门预算安排的总体情况', '2024年支出预算100.00万元，其中基本支出60.00万元，包括人员经费50.00万元和公用经费5.00万元；项目支出40.00万元。'),
      doc('一、部门预算安排的总体情况', '2024年支出预算100.00万元，其中基本支出60.00万元，包括人员经费50.00万元和公用经费10.00万元；项目支出40.00万元。'),
    ],
    [
      'SUM_OPERATING',
      doc('三、机关运行经费安排情况', '机关运行经费共计安排1000.00元，主要用于办公费600.00元、水电费300.00元。'),
      doc('三、机关运行经费安排情况', '机关运行经费共计安排1000.00元，主要用于办公费600.00元、水电费400.00元。'),
    ],
    [
      'SUM_THREE_PUBLIC',
      doc('四、“三公”经费预算情况', '“三公”经费预算安排5.00万元。其中，因公出国（境）费1.00万元；公务用车购置及运行维护费2.00万元，公务接待费1.00万元。'),
      doc('四、“三公”经费预算情况', '“三公”经费预算安排4.00万元。其中，因公出国（境）费1.00万元；公务用车购置及运行维护费2.00万元，公务接待费1.00万元。'),
    ],
    [
      'SUM_VEHICLE',
      doc('四、“三公”经费预算情况', '“三公”经费预算安排2.00万元。其中，公务用车购置及运行维护费2.00万元（其中：公务用车购置费为1.00万元，公务用车运行维护费0.50万元）。'),
      doc('四、“三公”经费预算情况', '“三公”经费预算安排2.00万元。其中，公务用车购置及运行维护费2.00万元（其中：公务用车购置费为1.50万元，公务用车运行维护费0.50万元）。'),
    ],
    [
      'SUM_CHANGE',
      doc('二、部门预算安排的总体情况', '2024年预算收支安排100.00万元，较2023年预算增加16.40万元，其中：基本支出增加10.00万元；项目支出增加5.00万元。'),
      doc('二、部门预算安排的总体情况', '2024年预算收支安排100.00万元，较2023年预算增加16.40万元，其中：基本支出增加10.00万元；项目支出增加6.40万元。'),
    ],
    [
      'SUM_PROJECT_FUNDS',
      doc('第二部分 预算项目绩效目标', '1、示例项目绩效目标表', `${TAB}项目名称`, `${TAB}示例项目`, '', `${TAB}预算规模及资金用途`, `${TAB}预算数`, `${TAB}100.00`, `${TAB}其中：财政资金`, `${TAB}80.00`, `${TAB}其他资金`, `${TAB}10.00`, '', ''),
      doc('第二部分 预算项目绩效目标', '1、示例项目绩效目标表', `${TAB}项目名称`, `${TAB}示例项目`, '', `${TAB}预算规模及资金用途`, `${TAB}预算数`, `${TAB}100.00`, `${TAB}其中：财政资金`, `${TAB}90.00`, `${TAB}其他资金`, `${TAB}10.00`, '', ''),
    ],
    [
      'FIGURE_MISMATCH',
      doc('七、国有资产信息', '截至上年末，我单位固定资产总额为50.00万元。', `${TAB}固定资产占用情况表`, '', `${TAB}项目`, `${TAB}数量`, `${TAB}价值（金额单位：万元）`, '', `${TAB}资产总额`, `${TAB}——`, `${TAB}55.00`, '', ''),
      doc('七、国有资产信息', '截至上年末，我单位固定资产总额为55.00万元。', `${TAB}固定资产占用情况表`, '', `${TAB}项目`, `${TAB}数量`, `${TAB}价值（金额单位：万元）`, '', `${TAB}资产总额`, `${TAB}——`, `${TAB}55.00`, '', ''),
    ],
    [
      'PLACEHOLDER',
      doc('三、机关运行经费安排情况', '机关运行经费共计安排XX万元。'),
      doc('三、机关运行经费安排情况', '机关运行经费共计安排12万元。'),
    ],
  ];

  it('every documented rule has a test here', () => {
    expect(cases.map((c) => c[0]).sort()).toEqual(Object.keys(RULES).sort());
  });

  it.each(cases)('%s fires on the bad document and not on the good one', (rule, bad, good) => {
    expect(codes(bad)).toContain(rule);
    expect(codes(good)).not.toContain(rule);
  });

  it('tolerates one unit of the last printed digit (rounding), not more', () => {
    // 2446.79 + 1.07 = 2447.86 vs 2447.87: off by 0.01万 = 100 yuan = one unit of the last digit.
    const ok = doc('一、部门预算安排的总体情况', '2024年预算收入2447.87万元，其中：一般公共预算收入2446.79万元，上年结转1.07万元。');
    expect(codes(ok)).not.toContain('SUM_REVENUE');
    const off = doc('一、部门预算安排的总体情况', '2024年预算收入2447.89万元，其中：一般公共预算收入2446.79万元，上年结转1.07万元。');
    expect(codes(off)).toContain('SUM_REVENUE');
  });

  it('a balanced budget: the revenue and expenditure totals agree', () => {
    const bad = doc('一、部门预算安排的总体情况', '2024年预算收入100.00万元。', '2024年支出预算90.00万元。');
    expect(parseDocument(bad).warnings).toEqual([expect.objectContaining({ code: 'FIGURE_MISMATCH', line: 3, lines: [3, 4], expected: 1000000, actual: 900000 })]);
    expect(codes(doc('一、部门预算安排的总体情况', '2024年预算收入100.00万元。', '2024年支出预算100.00万元。'))).toEqual([]);
  });

  it('a goal with an amount agrees with its project table of the same name', () => {
    const text = (amount: string) =>
      doc('第一部分 部门整体绩效目标', '二、分项绩效目标', `1、维稳经费${amount}，项目主要目标为维护稳定。`, '第二部分 预算项目绩效目标', '1.维稳经费绩效目标表',
        `${TAB}项目名称`, `${TAB}维稳经费`, '', `${TAB}预算规模及资金用途`, `${TAB}预算数`, `${TAB}100000.00`, '', '');
    expect(codes(text('10万元'))).not.toContain('FIGURE_MISMATCH');
    expect(codes(text('12万元'))).toContain('FIGURE_MISMATCH');
  });

  it('warns about a figure that fits no field instead of dropping it', () => {
    const d = parseDocument(doc('一、部门预算安排的总体情况', '2024年预算收入100.00万元，其中：一般公共预算收入100.00万元。', '另有往来款项12.00万元待清理。'));
    expect(d.warnings).toEqual([expect.objectContaining({ code: 'UNPLACED_FIGURE', line: 4 })]);
    expect(d.warnings[0]!.message).toContain('12.00万元');
    const t = parseDocument(doc('四、“三公”经费预算情况', '单位：元', `${TAB}项目`, `${TAB}本年预算数`, '', `${TAB}因公出国（境）费`, `${TAB}1.00`, '', `${TAB}会议费`, `${TAB}3.00`, '', ''));
    // (A “三公” table that gives no total warns NO_THREE_PUBLIC_TOTAL, at the table's first line.)
    expect(t.warnings.map((w) => [w.code, w.line])).toEqual([['UNPLACED_FIGURE', 11], ['NO_THREE_PUBLIC_TOTAL', 4]]);
    expect(t.threePublic?.abroad?.yuan).toBe(1);
    // The same table with no unit anywhere is not read (1.00 could be 元 or 万元): said, never guessed.
    const u = parseDocument(doc('四、“三公”经费预算情况', `${TAB}项目`, `${TAB}本年预算数`, '', `${TAB}因公出国（境）费`, `${TAB}1.00`, '', `${TAB}会议费`, `${TAB}3.00`, '', ''));
    expect(u.warnings.map((w) => [w.code, w.line])).toContainEqual(['TABLE_NO_UNIT', 3]);
    expect(u.threePublic?.abroad ?? null).toBeNull();
  });

  it('a 三公 part stated twice is accounted for, and must agree', () => {
    const twice = (b: string) => doc('四、“三公”经费预算情况', '“三公”经费预算安排2.00万元，其中公务接待费2.00万元。', `公务接待费${b}万元，主要用于接待上级检查。`);
    expect(codes(twice('2.00'))).toEqual([]);
    expect(codes(twice('3.00'))).toEqual(['FIGURE_MISMATCH']);
  });

  it('PLACEHOLDER: only where a number belongs, in sentences and in table cells', () => {
    const lines = (text: string) => parseDocument(text).warnings.filter((w) => w.code === 'PLACEHOLDER').map((w) => w.line);
    expect(lines(doc('三、机关运行经费安排情况', '机关运行经费共计安排××万元，具体时间待定。'))).toEqual([3]);
    expect(lines(doc('三、机关运行经费安排情况', '具体实施时间待定，XXX街道另行通知。'))).toEqual([]);
    expect(lines(doc('五、绩效预算信息', `${TAB}一级指标`, `${TAB}指标值`, '', `${TAB}产出指标`, `${TAB}XX%`, '', `${TAB}效益指标`, `${TAB}待填写`, '', ''))).toEqual([7, 10]);
  });

  it('says the lines and both numbers', () => {
    const w = fixture('docs/sum-mismatch.txt').warnings.find((x) => x.code === 'SUM_REVENUE')!;
    expect(w).toMatchObject({ line: 3, lines: [3], expected: 1000000, actual: 950000 });
    const m = fixture('docs/sum-mismatch.txt').warnings.find((x) => x.code === 'FIGURE_MISMATCH')!;
    expect(m).toMatchObject({ line: 10, lines: [10, 22], expected: 500000, actual: 550000 });
  });
});

describe('SUM_CHANGE on the “三公” change: only when the change of every part is stated', () => {
  const tp = (changes: string) => doc('四、“三公”经费预算情况', `“三公”经费预算安排3.00万元，比上年减少0.60万元。其中，因公出国（境）费1.00万元，${changes}`);
  it('one part stated (与上年持平): no check, no false error', () => {
    expect(codes(tp('与上年持平；公务用车购置及运行维护费1.00万元；公务接待费1.00万元。'))).not.toContain('SUM_CHANGE');
  });
  it('every part stated: checked, both ways', () => {
    const all = (reception: string) => tp(`与上年持平；公务用车购置及运行维护费1.00万元，比上年减少0.40万元；公务接待费1.00万元，比上年减少${reception}万元。`);
    expect(codes(all('0.20'))).not.toContain('SUM_CHANGE');
    expect(codes(all('0.10'))).toContain('SUM_CHANGE');
  });
});

describe('PLACEHOLDER in table cells: the pre-check of the joined text (speed, issue 17)', () => {
  const table = (rows: string[][]): Table => ({
    kind: 'table',
    rows: rows.map((cells, i) => ({ cells: cells.map((text) => ({ text, startLine: i + 1, endLine: i + 1 })), startLine: i + 1, endLine: i + 1 })),
    startLine: 1,
    endLine: rows.length,
  });
  const found = (rows: string[][]) => {
    const d = new Diagnostics();
    checkPlaceholders([table(rows)], d);
    return d.list.map((w) => [w.line, w.message]);
  };
  it('finds a placeholder cell whose characters stand apart (X X万元 · 待 定 · ＊＊ ％)', () => {
    expect(found([['公务接待费', 'X X万元'], ['项目', '待 定'], ['比率', '＊ ＊％']])).toEqual([
      [1, 'placeholder "XX万元" where a number belongs'],
      [2, 'placeholder "待定" where a number belongs'],
      [3, 'placeholder "＊＊％" where a number belongs'],
    ]);
    expect(found([['待\n填写']])).toEqual([[1, 'placeholder "待填写" where a number belongs']]);
  });
  it('passes over 接待 and single characters in neighbouring cells', () => {
    expect(found([['公务接待费', '12.00'], ['X', 'X'], ['待', '定']])).toEqual([]);
  });
});

// sumAgrees answers at once when the one part is the total as written (a project's 财政资金 = 预算数):
// the answer must be the one the reading of both figures gives.
describe('sumAgrees: one part written as the total', async () => {
  const { sumAgrees } = await import('../src/checks/compare.js');
  const { toMoney } = await import('../src/normalize/money.js');
  const m = (raw: string, unit: '元' | '万元' = '万元', extra: Record<string, unknown> = {}) => ({ ...toMoney(raw, 1, unit)!, ...extra });
  it('same writing agrees; a different writing is read', () => {
    expect(sumAgrees(m('16.4'), [m('16.4')])).toBe(true);
    expect(sumAgrees(m('16.4'), [m('16.40')])).toBe(true);
    expect(sumAgrees(m('16.4'), [m('16.6')])).toBe(false); // 16.5 is within the last digit's unit
    // the same digits in another unit are another figure
    expect(sumAgrees(m('16.4', '万元'), [m('16.4', '元')])).toBe(false);
    expect(sumAgrees(m('164000', '元'), [m('16.4', '万元')])).toBe(true);
  });
  it('rates are never summed, whether written alike or not', () => {
    expect(sumAgrees(m('100', '元', { per: '人' }), [m('200', '元')])).toBe(true);
    expect(sumAgrees(m('100', '元'), [m('100', '元', { per: '人' })])).toBe(true);
    expect(sumAgrees(m('100', '元'), [m('300', '元', { per: '人' })])).toBe(true);
  });
});
