import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, ROOT } from './helpers.js';
import { parseDocument } from '../src/index.js';
import type { BudgetDocument, BudgetTable } from '../src/index.js';

// Field test 11: the Ministry of Finance's standard tables (部门预算 and 部门决算) in the text layouts real
// disclosures print them in (Tika TAB cells, web pipe tables, pdftotext -layout), each written here as a
// synthetic document with invented departments and figures that add up.

const codes = (d: BudgetDocument, code: string) => d.warnings.filter((w) => w.code === code);
/** Each row as [code, name, level, {key: yuan}]. */
const rows = (t: BudgetTable) => t.rows.map((r) => [r.code, r.name, r.level, Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, v.yuan]))]);
const keys = (t: BudgetTable) => t.columns.map((c) => c.key);

describe('field11: 类 / 款 / 项 columns under a PDF header', () => {
  it('a 项 column headed "项目 / 项" (项目 of the row above set over it) holds codes, not figures (its 05 was read as 5万元, the table cut in two sides)', () => {
    const d = fixture('field11/final-revenue-class-columns.layout.txt');
    expect(d.tables.map((t) => [t.kind, t.side])).toEqual([['revenue', null]]);
    const t = d.tables[0]!;
    expect(keys(t)).toEqual(['类', '款', '项', 'text', 'total', 'fiscal', 'subsidyIncome', 'businessIncome', 'otherIncome']);
    expect(rows(t)).toEqual([
      [null, '合计', 0, { total: 4863000, fiscal: 4503000, subsidyIncome: 200000, businessIncome: 60000, otherIncome: 100000 }],
      ['208', '社会保障和就业支出', 1, { total: 383000, fiscal: 383000 }],
      ['20805', '行政事业单位养老支出', 2, { total: 383000, fiscal: 383000 }],
      ['2080505', '机关事业单位基本养老保险缴费支出', 3, { total: 383000, fiscal: 383000 }],
      ['213', '农林水支出', 1, { total: 4480000, fiscal: 4120000, subsidyIncome: 200000, businessIncome: 60000, otherIncome: 100000 }],
      ['21303', '水利', 2, { total: 4480000, fiscal: 4120000, subsidyIncome: 200000, businessIncome: 60000, otherIncome: 100000 }],
      ['2130301', '行政运行', 3, { total: 3180000, fiscal: 3180000 }],
      ['2130306', '水利工程运行与维护', 3, { total: 1300000, fiscal: 940000, subsidyIncome: 200000, businessIncome: 60000, otherIncome: 100000 }],
    ]);
    expect(codes(d, 'TABLE_SUM_CHILDREN')).toEqual([]);
    expect(codes(d, 'TABLE_ROW_SUM')).toEqual([]);
  });
});

describe('field11: tables that hold nothing', () => {
  it('"本单位无此项支出" under the header is no header cell (it named the code column a money `total`), a bare 合计 row is a row', () => {
    const d = fixture('field11/final-empty-tables.tika.txt');
    expect(d.tables.map((t) => [t.kind, t.title, keys(t)])).toEqual([
      ['governmentFund', '政府性基金预算财政拨款收入支出决算表 公开08表', ['code', 'text', 'carryOver', 'revenue', 'expenditure', 'basic', 'project', 'carryOverEnd']],
      ['stateCapital', '国有资本经营预算财政拨款支出决算表 公开09表', ['code', 'text', 'total', 'basic', 'project']],
    ]);
    expect(rows(d.tables[0]!)).toEqual([[null, '合计', 0, {}]]);
    expect(rows(d.tables[1]!)).toEqual([]);
    expect(d.tables[1]!.columns.filter((c) => c.money).map((c) => c.header)).toEqual(['本年支出 / 合计', '基本支出', '项目支出']);
  });
});

describe('field11: the 基本支出决算表 in three blocks side by side (人员经费 | 公用经费 | 公用经费)', () => {
  it('"人员经费合计" merged over 科目编码 | 科目名称 names its row, "公用经费合计" takes the figure under the third block (both rows were nameless)', () => {
    const d = fixture('field11/final-basic-three-blocks.tika.txt');
    expect(d.tables.length).toBe(1);
    const t = d.tables[0]!;
    expect([t.kind, keys(t)]).toEqual(['basicExpenditure', ['code', 'text', 'actual']]);
    expect(rows(t)).toEqual([
      ['301', '工资福利支出', 1, { actual: 1800000 }],
      ['30101', '基本工资', 2, { actual: 600000 }],
      ['30102', '津贴补贴', 2, { actual: 700000 }],
      ['30107', '绩效工资', 2, { actual: 500000 }],
      ['303', '对个人和家庭的补助', 1, { actual: 50000 }],
      ['30302', '退休费', 2, { actual: 50000 }],
      [null, '人员经费合计', null, { actual: 1850000 }],
      ['302', '商品和服务支出', 1, { actual: 240000 }],
      ['30201', '办公费', 2, { actual: 80000 }],
      ['30211', '差旅费', 2, { actual: 60000 }],
      ['30228', '工会经费', 2, { actual: 100000 }],
      [null, '公用经费合计', null, { actual: 260000 }],
      ['307', '债务利息及费用支出', 1, {}],
      ['310', '资本性支出', 1, { actual: 20000 }],
      ['31002', '办公设备购置', 2, { actual: 20000 }],
    ]);
    expect(codes(d, 'TABLE_SUM_CHILDREN')).toEqual([]);
  });
});

describe('field11: a title row inside the table under a section heading that ends in 表', () => {
  it('"二、部门决算表" ⏎ | 一般公共预算财政拨款“三公”经费支出决算表 | ⏎ | 公开07表 | 金额单位：万元 |: the row is the title, not a header row (its 决算 stood over every column: the 预算数 parts were bare `abroad`, `vehicle`)', () => {
    const d = fixture('field11/final-three-public-groups.pipe.txt');
    expect(d.tables.map((t) => [t.kind, t.title, t.unit])).toEqual([['threePublic', '一般公共预算财政拨款“三公”经费支出决算表', '万元']]);
    const t = d.tables[0]!;
    expect(keys(t)).toEqual([
      'budgeted', 'budgeted.abroad', 'budgeted.vehicle', 'budgeted.vehiclePurchase', 'budgeted.vehicleOperation', 'budgeted.reception',
      'actual', 'actual.abroad', 'actual.vehicle', 'actual.vehiclePurchase', 'actual.vehicleOperation', 'actual.reception',
    ]);
    expect(rows(t)).toEqual([[null, '', null, {
      budgeted: 120000, 'budgeted.abroad': 0, 'budgeted.vehicle': 90000, 'budgeted.vehiclePurchase': 0, 'budgeted.vehicleOperation': 90000, 'budgeted.reception': 30000,
      actual: 104000, 'actual.abroad': 0, 'actual.vehicle': 82000, 'actual.vehiclePurchase': 0, 'actual.vehicleOperation': 82000, 'actual.reception': 22000,
    }]]);
    expect(codes(d, 'TABLE_ROW_SUM')).toEqual([]);
  });
});

describe('field11: a web table saved one cell per line, with a code column', () => {
  it('科目编码 ⏎ 科目名称 ⏎ 合计 ⏎ 基本支出 ⏎ 项目支出 ⏎ 201 ⏎ 一般公共服务支出 ⏎ …, 合计 without its code: every row read (was UNREAD_NUMBERS, no table)', () => {
    const d = fixture('field11/budget-expenditure.cell-per-line.txt');
    expect(codes(d, 'UNREAD_NUMBERS')).toEqual([]);
    expect(d.tables.map((t) => [t.kind, t.title, t.unit, keys(t)])).toEqual([['expenditure', '部门支出总表', '万元', ['code', 'text', 'total', 'basic', 'project']]]);
    expect(rows(d.tables[0]!)).toEqual([
      ['201', '一般公共服务支出', 1, { total: 4301600, basic: 3701600, project: 600000 }],
      ['20126', '档案事务', 2, { total: 4301600, basic: 3701600, project: 600000 }],
      ['2012601', '行政运行', 3, { total: 3701600, basic: 3701600, project: 0 }],
      ['2012604', '档案馆', 3, { total: 600000, basic: 0, project: 600000 }],
      ['208', '社会保障和就业支出', 1, { total: 528000, basic: 528000, project: 0 }],
      ['20805', '行政事业单位养老支出', 2, { total: 528000, basic: 528000, project: 0 }],
      ['2080505', '机关事业单位基本养老保险缴费支出', 3, { total: 528000, basic: 528000, project: 0 }],
      [null, '合计', 0, { total: 4829600, basic: 4229600, project: 600000 }],
    ]);
    expect(codes(d, 'TABLE_SUM_CHILDREN')).toEqual([]);
    expect(codes(d, 'TABLE_SUM_TOTAL')).toEqual([]);
    expect(codes(d, 'TABLE_ROW_SUM')).toEqual([]);
  });
});

describe('field11: a 项目支出表 with several text columns', () => {
  it('项目分类 | 项目单位 | 项目名称: the row is the project (its name was the class 特定目标类, the project a label)', () => {
    const d = fixture('field11/budget-project.pipe.txt');
    const t = d.tables[0]!;
    expect([t.kind, keys(t)]).toEqual(['projectExpenditure', ['text', 'text', 'text', 'total', 'generalBudget', 'governmentFund', 'stateCapital', 'fiscalSpecial', 'unitFunds']]);
    expect(rows(t)).toEqual([
      [null, '档案数字化加工', null, { total: 450000, generalBudget: 450000 }],
      [null, '馆藏档案抢救保护', null, { total: 150000, generalBudget: 100000, unitFunds: 50000 }],
      [null, '合计', 0, { total: 600000, generalBudget: 550000, unitFunds: 50000 }],
    ]);
    expect(t.rows[0]!.labels).toEqual([{ header: '项目分类', code: null, name: '特定目标类' }, { header: '项目单位', code: null, name: '北岭县档案馆' }]);
  });
});

describe('field11: the 政府性基金预算财政拨款收入支出决算表 (年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余)', () => {
  it('本年收入 is `revenue`, 本年支出 `expenditure`, 年末结转和结余 `carryOverEnd`: 本年收入 was `total`, so total ≠ 基本支出 + 项目支出 and every figure was dropped (TABLE_COLUMNS_UNSURE)', () => {
    const d = fixture('field11/final-government-fund.tika.txt');
    const t = d.tables[0]!;
    expect([t.kind, keys(t)]).toEqual(['governmentFund', ['code', 'text', 'carryOver', 'revenue', 'expenditure', 'basic', 'project', 'carryOverEnd']]);
    const v = { carryOver: 20000, revenue: 300000, expenditure: 280000, project: 280000, carryOverEnd: 40000 };
    expect(rows(t)).toEqual([[null, '合计', 0, v], ['229', '其他支出', 1, v], ['22960', '彩票公益金安排的支出', 2, v], ['2296002', '用于社会福利的彩票公益金支出', 3, v]]);
    expect(codes(d, 'TABLE_COLUMNS_UNSURE')).toEqual([]);
    expect(codes(d, 'TABLE_ROW_SUM')).toEqual([]);
  });
});

describe('field11: the 2022 决算 template titles without 总', () => {
  it('收入支出决算表 is the summary, 财政拨款收入支出决算表 the fiscal summary (both were typed `expenditure`), 财政拨款支出决算明细表 the 财政拨款 spending (was `other`)', () => {
    const d = fixture('field11/final-titles-without-zong.tika.txt');
    expect(d.tables.map((t) => [t.kind, t.side, t.title])).toEqual([
      ['summary', 'revenue', '收入支出决算表 公开01表'],
      ['summary', 'expenditure', '收入支出决算表 公开01表'],
      ['fiscalSummary', 'revenue', '财政拨款收入支出决算表 公开04表'],
      ['fiscalSummary', 'expenditure', '财政拨款收入支出决算表 公开04表'],
      ['generalExpenditure', null, '财政拨款支出决算明细表 公开05表'],
    ]);
    expect(rows(d.tables[3]!).at(-1)).toEqual([null, '总计', 0, { total: 1568000, generalBudget: 1568000 }]);
    expect(codes(d, 'TABLE_SIDES_BALANCE')).toEqual([]);
  });
  it('the kinds of the other 决算 titles with 财政拨款收入支出 stay theirs', async () => {
    const { kindOfTitle } = await import('../src/tables/index.js');
    expect(['政府性基金预算财政拨款收入支出决算表', '国有资本经营预算财政拨款收入支出决算表', '一般公共预算财政拨款收入支出决算表', '县政务服务中心财政拨款收入支出决算表'].map(kindOfTitle))
      .toEqual(['governmentFund', 'stateCapital', 'generalExpenditure', 'fiscalSummary']);
  });
});

describe('field11: a unit caption that names the currency', () => {
  it('"金额单位：人民币元": the table is in 元 (was unit null, TABLE_NO_UNIT, no values)', () => {
    const d = fixture('field11/final-unit-currency.pipe.txt');
    expect(d.tables.map((t) => [t.kind, t.unit])).toEqual([['generalExpenditure', '元']]);
    expect(rows(d.tables[0]!).at(-1)).toEqual([null, '合计', 0, { total: 1363000, basic: 1163000, project: 200000 }]);
    expect(codes(d, 'TABLE_NO_UNIT')).toEqual([]);
  });
});

describe('field11: a 决算 document\'s table whose title and header do not say 决算', () => {
  it('"一般公共预算财政拨款支出表" | 年初预算数 | 支出数 in a 部门决算: 年初预算数 is `budgeted` (was `total`, a budget figure in the key of this year\'s)', () => {
    const d = fixture('field11/final-table-without-jue.pipe.txt');
    expect(d.kind).toBe('finalAccount');
    const t = d.tables[0]!;
    expect([t.kind, keys(t)]).toEqual(['generalExpenditure', ['code', 'text', 'budgeted', 'actual']]);
    expect(rows(t).at(-1)).toEqual([null, '合计', 0, { budgeted: 1500000, actual: 1363000 }]);
  });
});

describe('field11: 财政专户管理资金收入支出决算表 (云南\'s 决算 tables)', () => {
  it('is no summary (收入支出决算表 now is): `other`', async () => {
    const { kindOfTitle } = await import('../src/tables/index.js');
    expect(['财政专户管理资金收入支出决算表', '收入支出决算表', '部门收入总表（含财政专户管理资金）'].map(kindOfTitle)).toEqual(['other', 'summary', 'revenue']);
  });
});

describe('field11: the “三公”经费、行政参公单位机关运行经费情况表 with its counts (云南)', () => {
  it('公务用车保有量（辆） 4, 国内公务接待批次（个） 35 are counts kept as labels (were 4万元, 35万元); the numbered row 一、“三公”经费支出 is a row, not a header row', () => {
    const d = fixture('field11/final-three-public-counts.pipe.txt');
    const t = d.tables[0]!;
    expect([t.kind, keys(t)]).toEqual(['threePublic', ['text', 'c2']]);
    expect(t.columns[0]!.header).toBe('项目');
    expect(rows(t)).toEqual([
      [null, '一、“三公”经费支出', 1, {}],
      [null, '（一）支出合计', 2, { c2: 186000 }],
      [null, '1．因公出国（境）费', 3, { c2: 0 }],
      [null, '2．公务用车购置及运维费', 3, { c2: 124000 }],
      [null, '（1）公务用车购置费', null, { c2: 0 }],
      [null, '（2）公务用车运行维护费', null, { c2: 124000 }],
      [null, '3．公务接待费', 3, { c2: 62000 }],
      [null, '（二）相关统计数', 2, {}],
      [null, '1．因公出国（境）团组数（个）', 3, {}],
      [null, '2．因公出国（境）人次数（人）', 3, {}],
      [null, '3．公务用车保有量（辆）', 3, {}],
      [null, '4．国内公务接待批次（个）', 3, {}],
      [null, '5．国内公务接待人次（人）', 3, {}],
      [null, '二、行政参公单位机关运行经费', 1, { c2: 965000 }],
    ]);
    expect(t.rows.slice(8, 13).map((r) => r.labels)).toEqual(['0', '0', '4', '35', '280'].map((n) => [{ header: '统计数', code: null, name: n }]));
  });
});

describe('field11: blank cells written with a doubled dash', () => {
  it('"--" and "－－" are blank cells (were UNREAD_TABLE_CELL warnings), a full-width "１４０．００" is 140.00', () => {
    const d = fixture('field11/budget-double-dash.pipe.txt');
    expect(codes(d, 'UNREAD_TABLE_CELL')).toEqual([]);
    expect(rows(d.tables[0]!).slice(2, 4)).toEqual([
      ['2010301', '行政运行', 3, { total: 7205000, basic: 7205000 }],
      ['2010350', '事业运行', 3, { total: 1400000, project: 1400000 }],
    ]);
  });
});

describe('field11: a 收支总表 whose halves are headed 本年收入 | 本年支出', () => {
  it('its 预算数 columns stay `total` (the 政府性基金 决算 table\'s `revenue` / `expenditure` are for columns of figures only)', () => {
    const d = fixture('field11/budget-summary-year-halves.pipe.txt');
    expect(d.tables.map((t) => [t.kind, t.side, keys(t)])).toEqual([['summary', 'revenue', ['text', 'total']], ['summary', 'expenditure', ['text', 'total']]]);
    expect(d.budget!.revenue!.total!.yuan).toBe(8605000);
  });
});

describe('field11: a title wrapped onto two lines', () => {
  it('"南湖街道办事处2025年部门预算一般公共预算" ⏎ "支出表": the 一般公共预算支出表 (was an untitled `other` table)', () => {
    const d = fixture('field11/budget-title-wrapped.pipe.txt');
    expect(d.tables.map((t) => [t.kind, t.title, t.line])).toEqual([['generalExpenditure', '南湖街道办事处2025年部门预算一般公共预算支出表', 6]]);
  });
  it('pdftotext: "北岭县档案馆2025年部门预算一般公共预算基本" ⏎ "支出经济分类表": the whole title (was the second line alone, a table of no standard kind by its title)', () => {
    const d = fixture('field11/budget-title-wrapped.layout.txt');
    expect(d.tables.map((t) => [t.kind, t.title, t.unit])).toEqual([['basicExpenditure', '北岭县档案馆2025年部门预算一般公共预算基本支出经济分类表', '元']]);
    expect(rows(d.tables[0]!).at(-1)).toEqual([null, '合 计', 0, { total: 3829600, personnel: 3426580, public: 403020 }]);
  });
});

describe('field11: a table printed with single spaces between its cells (plain text)', () => {
  it('rows that start with a code (201 一般公共服务支出 860.50 720.50 140.00) are reported as unread figures (only the 合计 row was)', () => {
    const d = fixture('field11/budget-single-spaces.txt');
    expect(d.tables).toEqual([]);
    expect(codes(d, 'UNREAD_NUMBERS').map((w) => [w.line, w.message.slice(0, 40)])).toEqual([[8, '13 figures without a unit on lines 8–12 ']]);
  });
});

describe('field11: a 基本支出表 printed in two blocks side by side (人员经费 | 公用经费)', () => {
  it('the halves are no 收入 / 支出: side null (they were `revenue` and `expenditure`), keys personnel / public', () => {
    const d = fixture('field11/budget-basic-two-blocks.pipe.txt');
    expect(d.tables.map((t) => [t.kind, t.side, keys(t)])).toEqual([
      ['basicExpenditure', null, ['code', 'text', 'personnel']],
      ['basicExpenditure', null, ['code', 'text', 'public']],
    ]);
    expect(rows(d.tables[0]!).at(-1)).toEqual([null, '人员经费合计', null, { personnel: 6500000 }]);
    expect(rows(d.tables[1]!).at(-1)).toEqual([null, '公用经费合计', null, { public: 705000 }]);
  });
});

describe('field11: 上年数 | 本年数 columns', () => {
  it('本年数 is `total` (was unnamed c3, so no 收入总计 / 支出总计 was filled from the table)', () => {
    const d = fixture('field11/final-summary-this-year.pipe.txt');
    expect(d.tables.map((t) => [t.kind, t.side, keys(t)])).toEqual([['summary', 'revenue', ['text', 'previous', 'total']], ['summary', 'expenditure', ['text', 'previous', 'total']]]);
    expect([d.budget!.revenue!.total!.yuan, d.budget!.expenditure!.total!.yuan]).toEqual([1608000, 1608000]);
  });
});

describe('field11: codes glued to the names under a bare 项目 header', () => {
  it('201一般公共服务支出 ⏎ 20103政府办公厅… ⏎ 2010301行政运行: the codes are split off where the rows form a tree (the names held the codes, no level)', () => {
    const d = fixture('field11/budget-glued-codes-item.pipe.txt');
    expect(rows(d.tables[0]!).map((r) => r.slice(0, 3))).toEqual([
      ['201', '一般公共服务支出', 1], ['20103', '政府办公厅（室）及相关机构事务', 2], ['2010301', '行政运行', 3], ['2010350', '事业运行', 3], [null, '合计', 0],
    ]);
    expect(codes(d, 'TABLE_SUM_CHILDREN')).toEqual([]);
  });
});

describe('field11: the title and the unit in the table\'s first row', () => {
  it('| 表1 部门收支总表 | | | 单位：万元 |: the title of the table (was the heading above, 二、部门预算表, and the row a header row over the columns)', () => {
    const d = fixture('field11/budget-title-unit-row.pipe.txt');
    expect(d.tables.map((t) => [t.kind, t.side, t.title, t.unit, t.columns.map((c) => c.header)])).toEqual([
      ['summary', 'revenue', '表1 部门收支总表', '万元', ['收入 / 项目', '预算数']],
      ['summary', 'expenditure', '表1 部门收支总表', '万元', ['支出 / 项目', '预算数']],
    ]);
  });
});
describe('field11: two tables in one pipe block, the second opened by a title row with its unit', () => {
  it('| 表2 部门支出总表 | | | 单位：万元 | starts a table (its rows were in the 收支总表, its 512.36 a row named "512.36")', () => {
    const d = fixture('field11/budget-two-tables-one-block.pipe.txt');
    expect(d.tables.map((t) => [t.kind, t.side, t.title])).toEqual([
      ['summary', 'revenue', '表1 部门收支总表'], ['summary', 'expenditure', '表1 部门收支总表'], ['expenditure', null, '表2 部门支出总表'],
    ]);
    expect(rows(d.tables[2]!)).toEqual([['201', '一般公共服务支出', 1, { total: 5123600, basic: 5123600 }], [null, '合计', 0, { total: 5123600, basic: 5123600 }]]);
  });
});

describe('field11: a name wrapped onto a row of its own in a table of codes', () => {
  it('| 2080505 | 机关事业单位基本养老保险 | 38.30 | … ⏎ | | 缴费支出 | | |: one row (缴费支出 was a row of its own)', () => {
    const d = fixture('field11/final-name-wrapped-row.pipe.txt');
    expect(rows(d.tables[0]!).map((r) => r.slice(0, 3))).toEqual([
      ['208', '社会保障和就业支出', 1], ['20805', '行政事业单位养老支出', 2], ['2080505', '机关事业单位基本养老保险缴费支出', 3],
      ['213', '农林水支出', 1], ['21303', '水利', 2], ['2130301', '行政运行', 3], ['2130306', '水利工程运行与维护', 3], [null, '合计', 0],
    ]);
  });
});

describe('field11: a coded table one cell per line whose blank cells the page left out', () => {
  it('301 ⏎ 工资福利支出 ⏎ 342.66 ⏎ 342.66 ⏎ 302 ⏎ 商品和服务支出 …: the rows are shorter than the header, so no cell is placed and the figures are reported (302 was read as 公用经费 302万元)', () => {
    const d = fixture('field11/budget-short-rows.cell-per-line.txt');
    expect(d.tables).toEqual([]);
    expect(codes(d, 'UNREAD_NUMBERS').map((w) => w.line)).toEqual([14]);
  });
});

describe('field11: 本年政府性基金预算支出 over 合计 | 基本支出 | 项目支出', () => {
  it('the 合计 under the fund\'s spending is the table\'s `total` (was `governmentFund`, so total = basic + project was not checked)', () => {
    const d = fixture('field11/budget-government-fund.pipe.txt');
    expect(keys(d.tables[0]!)).toEqual(['code', 'text', 'total', 'basic', 'project']);
    expect(rows(d.tables[0]!).at(-1)).toEqual([null, '合计', 0, { total: 200000, project: 200000 }]);
  });
});
describe('field11: a column headed by a fund\'s spending itself', () => {
  it('合计 | 一般公共预算支出 | 政府性基金预算支出 keep generalBudget / governmentFund (FUND_SPENDING_GROUP is only for a group over the 合计)', () => {
    const d = fixture('field11/budget-fiscal-summary-spending-headers.pipe.txt');
    expect(d.tables.map((t) => keys(t))).toEqual([['text', 'total'], ['text', 'total', 'generalBudget', 'governmentFund']]);
  });
});

describe('field11: a decrease written in brackets in a column of changes', () => {
  it('增减额 "(2.30)" / "（1.30）" are −2.30 / −1.30 (were UNREAD_TABLE_CELL, no value); raw keeps the brackets', () => {
    const d = fixture('field11/budget-change-brackets.pipe.txt');
    expect(codes(d, 'UNREAD_TABLE_CELL')).toEqual([]);
    const t = d.tables[0]!;
    expect(t.rows.map((r) => r.values.change?.yuan)).toEqual([-23000, 0, -13000, 0, -13000, -10000]);
    expect(t.rows[0]!.values.change!.raw).toBe('(2.30)');
  });
});

describe('field11: a title repeated on the next page with （续）', () => {
  it('"表5 一般公共预算支出表（续）" continues 表5 (it was a table of its own, and the sums of both were reported as wrong)', () => {
    const d = fixture('field11/budget-continued-title.tika.txt');
    expect(d.tables.map((t) => [t.kind, t.title, t.rows.length])).toEqual([['generalExpenditure', '表5 一般公共预算支出表', 5]]);
    expect(codes(d, 'TABLE_SUM_CHILDREN')).toEqual([]);
    expect(codes(d, 'TABLE_SUM_TOTAL')).toEqual([]);
  });
});

describe('field11: 合计 merged over the 类 / 款 / 项 columns', () => {
  it('| 合计 | | | | 860.50 |: the row is named 合计, level 0 (it was nameless)', () => {
    const d = fixture('field11/budget-total-in-class-column.pipe.txt');
    expect(rows(d.tables[0]!).at(-1)).toEqual([null, '合计', 0, { total: 8605000, basic: 7205000, project: 1400000 }]);
    expect(codes(d, 'TABLE_SUM_TOTAL')).toEqual([]);
  });
});

describe('field11 review: fixes of the first review', () => {
  it('field11 review: a statement above a title (本部门无政府性基金预算收支 ⏎ 人员构成情况表 / 项目支出表) is no first line of it (the tables were governmentFund, titled by the statement, the counts 万元)', () => {
    const d = fixture('field11/review-wrap-statement.pipe.txt');
    expect(d.tables.map((t) => [t.kind, t.title, t.unit])).toEqual([
      ['expenditure', '部门支出总表', '万元'],
      ['governmentFund', '政府性基金预算支出表', '万元'],
      ['other', '人员构成情况表', null],
    ]);
    expect(codes(d, 'TABLE_NO_UNIT').length).toBe(1);
    const l = fixture('field11/review-wrap-statement.layout.txt');
    expect(l.tables.map((t) => [t.kind, t.title])).toEqual([
      ['governmentFund', '政府性基金预算支出表'],
      ['projectExpenditure', '项目支出表'],
    ]);
    // …政府性基金预算 ⏎ 支出表 is still one title (支出表 is none alone); a title after a line naming another kind is its own.
    const k = fixture('field11/review-wrap-kind.pipe.txt');
    expect(k.tables.map((t) => [t.kind, t.title, t.unit])).toEqual([
      ['governmentFund', '南湖街道办事处2025年政府性基金预算支出表', '万元'],
      ['other', '人员构成情况表', null],
    ]);
  });

  it('field11 review: in a 决算 document 预算完成率 stays a rate and 上年预算数 `previous`; only 年初 / 本年 预算数 is `budgeted` (90.87 was budgeted2 90.87万元, 上年预算数 budgeted)', () => {
    const d = fixture('field11/review-final-rate.pipe.txt');
    const t = d.tables[0]!;
    expect([t.kind, keys(t)]).toEqual(['generalExpenditure', ['code', 'text', 'budgeted', 'actual', 'changeRate']]);
    expect(t.columns.find((c) => c.key === 'changeRate')!.money).toBe(false);
    expect(rows(t)[3]).toEqual([null, '合计', 0, { budgeted: 1500000, actual: 1363000 }]);
    const p = fixture('field11/review-final-previous.pipe.txt');
    expect(p.tables.map((x) => [x.kind, keys(x)])).toEqual([
      ['threePublic', ['text', 'previous', 'budgeted', 'actual']],
      ['other', ['text', 'previous', 'actual']],
    ]);
  });

  it('field11 review: a 决算 table\'s next page (- 5 - ⏎ | 编码 | 名称 | 年初预算数 | 支出数 |) is read with the table\'s own header keys and continues it (it was an untitled table, 合计 with TABLE_SUM_TOTAL)', () => {
    const d = fixture('field11/review-final-continued.pipe.txt');
    expect(d.tables.map((t) => [t.kind, t.title])).toEqual([['generalExpenditure', '一般公共预算财政拨款支出表']]);
    expect(rows(d.tables[0]!).map((r) => r[0] ?? r[1])).toEqual(['207', '20701', '2070109', '208', '2080505', '合计']);
    expect(codes(d, 'TABLE_SUM_TOTAL')).toEqual([]);
  });

  it('field11 review: a 收支总表 with a single header row (收入项目 | 本年收入 | 支出项目 | 本年支出) keeps `total` in both halves (they were `revenue` / `expenditure`, and 收入总计 / 支出总计 860.50 were lost)', () => {
    const d = fixture('field11/review-summary-one-row-header.pipe.txt');
    expect(d.tables.map((t) => [t.kind, t.side, keys(t)])).toEqual([['summary', 'revenue', ['text', 'total']], ['summary', 'expenditure', ['text', 'total']]]);
    expect(d.budget!.revenue!.total!.yuan).toBe(8605000);
    expect(d.budget!.expenditure!.total!.yuan).toBe(8605000);
  });

  it('field11 review: a row that names a count keeps its money where the table counts in a column of its own (数量 | 预算数: 30.00 was only a label), and 公务用车数量 / 国内公务接待批次 / 接待人次 are counts (35 and 280 were 万元)', () => {
    const d = fixture('field11/review-count-column.pipe.txt');
    const t = d.tables[0]!;
    expect(keys(t)).toEqual(['text', 'quantity', 'total']);
    expect(rows(t).slice(2)).toEqual([
      [null, '公务用车购置费（辆）', null, { total: 300000 }],
      [null, '公务接待费（批次）', null, { total: 62000 }],
    ]);
    expect(t.rows[2]!.labels).toEqual([{ header: '数量', code: null, name: '1' }]);
    const c = fixture('field11/review-count-rows.pipe.txt');
    const named = (n: string) => c.tables[0]!.rows.find((r) => r.name.endsWith(n))!;
    for (const [n, v] of [['公务用车数量', '4'], ['国内公务接待批次', '35'], ['国内公务接待人次', '280']] as const) {
      expect(named(n).values).toEqual({});
      expect(named(n).labels).toEqual([{ header: '统计数', code: null, name: v }]);
    }
    expect(named('公务接待费').values.c2!.yuan).toBe(62000);
  });

  it('field11 review: 单位：人民币万元 is read by every reader, the “三公” reader too (it said TABLE_NO_UNIT and kept no budgeted figures)', () => {
    const d = fixture('field11/review-unit-currency.pipe.txt');
    expect(d.tables.map((t) => [t.kind, t.unit])).toEqual([['generalExpenditure', '元'], ['threePublic', '万元']]);
    expect(codes(d, 'TABLE_NO_UNIT')).toEqual([]);
    const tp = (d as unknown as { threePublic: { total: { yuan: number }; budgeted: { total: { yuan: number } } } }).threePublic;
    expect([tp.total.yuan, tp.budgeted.total.yuan]).toEqual([32000, 40000]);
  });

  it('field11 review: a table of three blocks side by side and 60,000 rows is read in linear time (joinAcrossSides did a find and a splice per row: 30,000 rows took 13 s)', () => {
    const lines = ['南湖街道办事处2025年部门预算公开', '二、部门预算表', '', '一般公共预算基本支出表', '单位：万元', '', '| 科目编码 | 科目名称 | 金额 | 科目编码 | 科目名称 | 金额 | 科目编码 | 科目名称 | 金额 |'];
    for (let i = 0; i < 60000; i++) lines.push(`| 301${String(i % 100).padStart(2, '0')} | 基本工资${i} | 1.00 | | | 2.00 | | | 3.00 |`);
    const started = performance.now();
    const d = parseDocument(Buffer.from(lines.join('\n'), 'utf8'), { path: 'three-blocks.pipe.txt' });
    const ms = performance.now() - started;
    expect(d.tables.length).toBe(1);
    expect(ms).toBeLessThan(8000);
  }, 60000);

  it('field11 review: a 单位代码 column of six-digit codes is text, never money (318001 was a half of its own, 318,001万元; also in BASE)', () => {
    const d = fixture('field11/review-unit-code-column.pipe.txt');
    expect(d.tables.map((t) => [t.kind, keys(t)])).toEqual([['revenue', ['text', 'text', 'total', 'generalBudget', 'businessIncome']]]);
    expect(d.tables[0]!.columns[0]!.money).toBe(false);
    expect(d.tables[0]!.rows[1]!.labels).toEqual([{ header: '单位代码', code: null, name: '318001' }]);
    expect(d.tables[0]!.rows.every((r) => Object.values(r.values).every((v) => v.yuan < 10_000_000))).toBe(true);
  });

  it('field11 review: a 决算 “三公” table headed 上年预算数 | 本年预算数 | 本年支出数 gives the actual 3.20 as the total and 4.00 as the budget (threePublic.total was the 本年预算数 4.00; also in BASE)', () => {
    const d = fixture('field11/review-final-previous.pipe.txt');
    const tp = (d as unknown as { threePublic: { total: { yuan: number }; reception: { yuan: number }; budgeted: { total: { yuan: number } } } }).threePublic;
    expect([tp.total.yuan, tp.reception.yuan, tp.budgeted.total.yuan]).toEqual([32000, 32000, 40000]);
    expect(codes(d, 'UNPLACED_FIGURE').map((w) => w.message).filter((m) => m.includes('上年预算数')).length).toBe(2);
  });

  it('field11 review: one cell per line, a coded row short of a cell (行政运行 ⏎ 370.16 ⏎ 370.16, its 0.00 left out) never takes the next code 2012604 as a figure: the table ends, its figures UNREAD_NUMBERS (mended by 7971e56; at 91137b3 行政运行 had project 2,012,604万元)', () => {
    const d = fixture('field11/review-cell-per-line-short-row.txt');
    const values = d.tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.values).map((v) => v.raw)));
    expect(values.some((v) => /2012604|201260/.test(v))).toBe(false);
    expect(d.tables.flatMap((t) => t.rows.map((r) => r.code))).toEqual(['201', '20126']);
    expect(codes(d, 'UNREAD_NUMBERS').length).toBe(1);
  });

  it('field11 review: a 机关运行经费 table headed 上年决算数 | 本年决算数 gives the year\'s 28.00 (operatingExpenses.total was the 上年决算数 30.00, with TEXT_TABLE_MISMATCH; also in BASE)', () => {
    const d = fixture('field11/review-final-previous.pipe.txt');
    const oe = (d as unknown as { operatingExpenses: { total: { yuan: number } } }).operatingExpenses;
    expect(oe.total.yuan).toBe(280000);
    expect(codes(d, 'TEXT_TABLE_MISMATCH')).toEqual([]);
    expect(rows(d.tables[1]!)).toEqual([[null, '机关运行经费', null, { previous: 300000, actual: 280000 }]]);
  });

  it('field11 review: figures one column right of their headers (总计 empty in every row, 一般公共预算 full) are refused with TABLE_COLUMNS_UNSURE (the 总计 200.00 was read as generalBudget, 180.00 as governmentFund; also in BASE, dev d07 项目支出预算表)', () => {
    const d = fixture('field11/review-project-shifted.pipe.txt');
    const t = d.tables[0]!;
    expect([t.kind, keys(t).slice(0, 4)]).toEqual(['projectExpenditure', ['text', 'text', 'total', 'generalBudget']]);
    expect(t.rows.map((r) => r.values)).toEqual([{}, {}, {}]);
    expect(codes(d, 'TABLE_COLUMNS_UNSURE').length).toBe(1);
  });

  const d05 = join(ROOT, '..', 'shared', 'dev', 'd05.layout.txt');
  it.skipIf(!existsSync(d05))('field11 review: in a table without column headers a row that states a 绩效 indicator (≥ | 90, a measure % | 5) holds no money (dev d05.layout 绩效目标表: 36 / 98 / 100 / 8 were 万元; also in BASE)', () => {
    const d = parseDocument(readFileSync(d05), { path: 'd05.layout.txt' });
    const around = d.tables.flatMap((t) => t.rows.filter((r) => r.line >= 884 && r.line <= 893));
    expect(around.length).toBeGreaterThan(0);
    expect(around.filter((r) => Object.keys(r.values).length > 0)).toEqual([]);
    expect(around.flatMap((r) => r.labels.map((l) => l.name))).toEqual(expect.arrayContaining(['≤', '36', '≥', '90', '8', '10']));
  });
});

describe('field11: review 2', () => {
  type Tp = { total: { yuan: number } | null; reception: { yuan: number } | null; budgeted: { total: { yuan: number } | null } | null };
  const tp = (d: BudgetDocument) => (d as unknown as { threePublic: Tp }).threePublic;
  it.each([
    [1, '预算数 | 支出数'],
    [2, '预算数 | 实际数'],
    [3, '2024年预算数 | 2024年支出数'],
    [4, '本年预算数 | 本年实际支出'],
    [5, '预算数 | 完成数'],
    [6, '预算 | 实际'],
  ])('review 2: a 决算 “三公” table headed %i: %s gives the actual 3.20 as the total and 4.00 as budgeted (the total was the budget 4.00, or budgeted lost)', (n) => {
    const d = fixture(`field11/review2-three-public-${n}.pipe.txt`);
    const t = tp(d);
    expect([t.total?.yuan, t.reception?.yuan, t.budgeted?.total?.yuan]).toEqual([32000, 32000, 40000]);
    expect(codes(d, 'UNPLACED_FIGURE')).toEqual([]);
  });

  it('review 2: a 决算 “三公” table headed 预算数 | 金额 (no column the 三公 reader tells as the actual) never takes the budget 4.00 as the total: the budget figures are reported, the 金额 3.20 is the tables stage\'s total (it was not reported as well)', () => {
    const d = fixture('field11/review2-three-public-7.pipe.txt');
    expect(tp(d).total?.yuan).toBe(32000);
    expect(codes(d, 'UNPLACED_FIGURE').map((w) => w.message)).toEqual([
      '“三公”经费: the figure "合计 4.00" was found but fits no field of the output',
      '“三公”经费: the figure "公务接待费 4.00" was found but fits no field of the output',
    ]);
  });

  type Oe = { total: { yuan: number } | null; budgeted: { total: { yuan: number } | null } | null };
  const oe = (d: BudgetDocument) => (d as unknown as { operatingExpenses: Oe }).operatingExpenses;
  it('review 2: a 2024 决算\'s 机关运行经费 table headed 2023年决算数 | 2024年决算数 gives the year\'s 28.00 (the total was 2023\'s 30.00, with TEXT_TABLE_MISMATCH)', () => {
    const d = fixture('field11/review2-operating-years.pipe.txt');
    expect(oe(d).total?.yuan).toBe(280000);
    expect(codes(d, 'TEXT_TABLE_MISMATCH')).toEqual([]);
  });

  it('review 2: a 决算\'s 机关运行经费 table headed 预算数 | 决算数 gives the total 28.00 and budgeted 30.00 (the total was the budget 30.00, 28.00 unplaced)', () => {
    const d = fixture('field11/review2-operating-budgeted.pipe.txt');
    expect([oe(d).total?.yuan, oe(d).budgeted?.total?.yuan]).toEqual([280000, 300000]);
    expect(codes(d, 'TEXT_TABLE_MISMATCH')).toEqual([]);
    expect(codes(d, 'UNPLACED_FIGURE')).toEqual([]);
  });
});
describe('field11: review 2, count rows beside a blank 数量 column', () => {
  it('review 2: | 国内公务接待批次 | | 24 | beside a 数量 column left blank is a count (a label), never 24万元 under 预算数; | 公务用车购置费（辆） | | 15.00 | stays money', () => {
    const d = fixture('field11/review2-count-rows-blank-quantity.pipe.txt');
    const t = d.tables[0]!;
    const byName = (n: string) => t.rows.find((r) => r.name === n)!;
    for (const [n, c] of [['公务用车购置数（辆）', '1'], ['国内公务接待批次', '24'], ['国内公务接待人次', '160']] as const) {
      expect(byName(n).values).toEqual({});
      expect(byName(n).labels.map((l) => l.name)).toEqual([c]);
    }
    expect(byName('公务用车购置费（辆）').values.total?.yuan).toBe(150000);
  });
});

describe('field11: review 3', () => {
  it('review 3: a 决算 机关运行经费 table headed 本年预算数 | 2022年决算数 | 2023年决算数 reports the 2022 figures (they were skipped without a word); total 42.60, budgeted 45.00', () => {
    const d = fixture('field11/review3-operating-other-years.pipe.txt');
    const oe = (d as unknown as { operatingExpenses: { total: { yuan: number }; budgeted: { total: { yuan: number } } } }).operatingExpenses;
    expect([oe.total.yuan, oe.budgeted.total.yuan]).toEqual([426000, 450000]);
    const unplaced = codes(d, 'UNPLACED_FIGURE').map((w) => w.message);
    for (const f of ['机关运行经费合计 2022年决算数 39.20', '办公费 2022年决算数 13.10', '水电费 2022年决算数 26.10']) expect(unplaced.some((m) => m.includes(f))).toBe(true);
  });

  it('review 3: beside a blank 数量 column, | 公务接待批次 | | 3.80 | (a figure with decimals under 金额) stays money; a whole number (人次 90) is a count', () => {
    const d = fixture('field11/review3-count-row-decimals.pipe.txt');
    const t = d.tables[0]!;
    const byName = (n: string) => t.rows.find((r) => r.name === n)!;
    expect(byName('公务接待批次').values.total?.yuan).toBe(38000);
    expect(byName('国内公务接待人次').values).toEqual({});
    expect(byName('国内公务接待人次').labels.map((l) => l.name)).toEqual(['90']);
  });
});

describe('field11: review 3, a 决算 “三公” table of a budget and the year before only', () => {
  it('review 3: | 项目 | 本年预算数 | 上年支出数 | in a 决算 gives no total (the 本年预算数 6.00 was the year\'s “三公” total); every figure is reported', () => {
    const d = fixture('field11/review3-three-public-previous-only.pipe.txt');
    expect(d.kind).toBe('finalAccount');
    expect(d.threePublic?.total).toBeNull();
    const unplaced = codes(d, 'UNPLACED_FIGURE').map((w) => w.message);
    for (const f of ['合计 6.00', '合计 5.00', '公务接待费 1.50', '公务接待费 1.00']) expect(unplaced.some((m) => m.includes(f))).toBe(true);
  });
});

describe('field11: review 3, a 预算 “三公” table with a column of what was spent', () => {
  it('review 3: | 项目 | 预算数 | 执行数 | in a 预算 reads the 预算数 (total 6.00) and reports the 执行数 figures (they were dropped without a word)', () => {
    const d = fixture('field11/review3-budget-three-public-executed.pipe.txt');
    expect(d.kind).toBe('budget');
    expect(d.threePublic?.total?.yuan).toBe(60000);
    const unplaced = codes(d, 'UNPLACED_FIGURE').map((w) => w.message);
    for (const f of ['合计 5.00', '公务用车购置及运行维护费 4.00', '公务接待费 1.00']) expect(unplaced.some((m) => m.includes(f))).toBe(true);
  });
});
