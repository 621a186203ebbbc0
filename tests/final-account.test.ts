import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import type { BudgetDocument, Money, NamedAmount } from '../src/index.js';
import { rowsOf, INDICATOR_COLUMNS, PROJECT_COLUMNS, DOCUMENT_COLUMNS } from '../src/emit/tables.js';
import { namedKind, namesFinalAccount } from '../src/extract/kind.js';
import { inferKind } from '../src/extract/kind-sentences.js';
import { isBudgetedLabel } from '../src/extract/final-account.js';
import { overviewRole } from '../src/extract/final-overview.js';
import { FIXTURES, fixture } from './helpers.js';

const text = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const parse = (s: string, path = 'inline.txt') => parseDocument(s, { path });
/** [yuan, raw, unit, line] of a Money, for compact expectations. */
const m = (x: Money | null | undefined) => (x ? [x.yuan, x.raw, x.unit, x.line] : null);
const named = (xs: readonly NamedAmount[] | undefined) => xs?.map((i) => [i.name, ...m(i.amount)!]);
const codes = (d: BudgetDocument) => d.warnings.map((w) => w.code);
/** The raw text of a figure stands on its line. */
function grounded(name: string, d: BudgetDocument, x: Money | null | undefined) {
  if (!x) return;
  const line = text(name).split('\n')[x.line - 1] ?? '';
  expect(line.replace(/\s+/g, ''), `${x.raw} on line ${x.line}`).toContain(x.raw.replace(/\s+/g, ''));
}

describe('kind: finalAccount', () => {
  it('comes from the title, a heading or a table title that names a 决算', () => {
    const b = (t: string) => [{ kind: 'paragraph' as const, text: t, line: 1 }];
    expect(namesFinalAccount('示范县农业服务中心2023年度部门决算', [])).toBe(true);
    expect(namesFinalAccount(null, b('第二部分 2023年度部门决算情况说明'))).toBe(true);
    expect(namesFinalAccount(null, b('一、收入支出决算总表'))).toBe(true);
    expect(namesFinalAccount(null, b('2023年度单位决算公开'))).toBe(true);
    // A law's name in a sentence, 预决算公开, or a budget title are no 决算.
    expect(namesFinalAccount(null, b('按照《地方预决算公开操作规程》要求，现将本部门预算公开如下。'))).toBe(false);
    expect(namesFinalAccount('示范县2024年部门预算公开说明', b('一、2022年决算情况说明'))).toBe(false);
  });

  it('is finalAccount for every fixture of this issue, and budget / performance elsewhere', () => {
    for (const f of ['statement.txt', 'overview-table.txt', 'three-public-table.txt', 'self-evaluation-tika.txt', 'self-evaluation-pipe.txt']) {
      expect(fixture(`final-account/${f}`).kind, f).toBe('finalAccount');
    }
    expect(fixture('docs/budget-basic.txt').kind).toBe('budget');
    expect(fixture('docs/department-indicators.txt').kind).not.toBe('finalAccount');
  });
});

describe('budgeted and actual wordings', () => {
  it('tells budgeted labels from actual ones', () => {
    expect(isBudgetedLabel('“三公”经费财政拨款支出预算')).toBe(true);
    expect(isBudgetedLabel('年初预算')).toBe(true);
    expect(isBudgetedLabel('调整后预算数')).toBe(true);
    expect(isBudgetedLabel('一般公共预算')).toBe(false);
    expect(isBudgetedLabel('支出决算')).toBe(false);
    expect(isBudgetedLabel('一般公共预算财政拨款支出')).toBe(false);
  });

  it('gives a bare 支出决算 the name of the clause before it', () => {
    const d = parse('示范局2023年度部门决算\n一、“三公”经费支出决算情况说明\n“三公”经费财政拨款支出预算为44.52万元，支出决算为22.62万元。\n');
    expect(m(d.threePublic?.total)).toEqual([226200, '22.62万元', '万元', 3]);
    expect(m(d.threePublic?.budgeted?.total)).toEqual([445200, '44.52万元', '万元', 3]);
    // Both figures are placed: neither is left over as unplaced, and the budget is not taken for the actual.
    expect(d.warnings.map((w) => w.code)).not.toContain('UNPLACED_FIGURE');
  });
});

describe('决算 说明 (fixtures/final-account/statement.txt)', () => {
  const name = 'final-account/statement.txt';
  const d = fixture(name);

  it('reads title, department, year and no warning', () => {
    expect([d.kind, d.title, d.department, d.year]).toEqual(['finalAccount', '示范县农业服务中心2023年度部门决算', '示范县农业服务中心', 2023]);
    expect(d.warnings).toEqual([]);
  });

  it('holds the actual “三公” figures, the budget beside them under budgeted', () => {
    const t = d.threePublic!;
    expect(t.form).toBe('sentence');
    expect(m(t.total)).toEqual([226200, '22.62万元', '万元', 20]);
    expect(m(t.abroad)).toEqual([0, '0万元', '万元', 22]);
    expect(m(t.vehicle)).toEqual([151200, '15.12万元', '万元', 23]);
    expect(m(t.vehiclePurchase)).toEqual([0, '0万元', '万元', 23]);
    expect(m(t.vehicleOperation)).toEqual([151200, '15.12万元', '万元', 23]);
    expect(m(t.reception)).toEqual([75000, '7.50万元', '万元', 24]);
    expect(named(t.items)).toEqual([
      ['因公出国（境）费', 0, '0万元', '万元', 22],
      ['公务用车购置及运行维护费', 151200, '15.12万元', '万元', 23],
      ['公务用车购置费', 0, '0万元', '万元', 23],
      ['公务用车运行维护费', 151200, '15.12万元', '万元', 23],
      ['公务接待费', 75000, '7.50万元', '万元', 24],
    ]);
    const b = t.budgeted!;
    expect([b.total, b.abroad, b.vehicle, b.vehiclePurchase, b.vehicleOperation, b.reception].map(m)).toEqual([
      [445200, '44.52万元', '万元', 20],
      [0, '0万元', '万元', 22],
      [300000, '30.00万元', '万元', 23],
      [0, '0万元', '万元', 23],
      [300000, '30.00万元', '万元', 23],
      [145200, '14.52万元', '万元', 24],
    ]);
    for (const x of [t.total, t.vehicle, t.reception, b.total, b.vehicle, b.reception]) grounded(name, d, x);
  });

  it('reads the execution rates with their lines: from the text, and from the table where the text has none', () => {
    expect(d.threePublic!.executionRates).toEqual([
      { of: 'total', percent: 50.8, raw: '50.8%', line: 20 },
      { of: 'vehicle', percent: 50.4, raw: '50.4%', line: 23 },
      { of: 'reception', percent: 51.7, raw: '51.7%', line: 24 },
      { of: 'vehicleOperation', percent: 50.4, raw: '50.4%', line: 55 },
    ]);
  });

  it('compares with the year before’s actuals: basis finalAccount, comparedYear 2022', () => {
    const c = d.threePublic!.change!;
    expect([c.comparedYear, c.basis, m(c.amount)]).toEqual([2022, 'finalAccount', [-20800, '2.08万元', '万元', 20]]);
    expect(named(c.items)).toEqual([
      ['因公出国（境）费', 0, '与上年持平', '元', 22],
      ['公务用车购置及运行维护费', -25800, '2.58万元', '万元', 23],
      ['公务接待费', 5000, '0.50万元', '万元', 24],
    ]);
  });

  it('reads the overview: 总计 as the totals, 本年合计 and the carry-overs as items named as written', () => {
    const b = d.budget!;
    expect(m(b.revenue?.total)).toEqual([12345600, '1,234.56万元', '万元', 10]);
    expect(named(b.revenue?.items)).toEqual([
      ['本年收入合计', 11000000, '1,100.00万元', '万元', 10],
      ['年初结转和结余', 1345600, '134.56万元', '万元', 10],
      ['财政拨款收入', 10000000, '1,000.00万元', '万元', 13],
      ['事业收入', 1000000, '100.00万元', '万元', 13],
    ]);
    expect(m(b.expenditure?.total)).toEqual([12345600, '1,234.56万元', '万元', 11]);
    expect(m(b.expenditure?.basic)).toEqual([9000000, '900.00万元', '万元', 15]);
    expect(m(b.expenditure?.project)).toEqual([2500000, '250.00万元', '万元', 15]);
    expect(named(b.expenditure?.items)).toEqual([
      ['本年支出合计', 11500000, '1,150.00万元', '万元', 11],
      ['年末结转和结余', 845600, '84.56万元', '万元', 11],
      ['一般公共预算财政拨款支出', 11500000, '1,150.00万元', '万元', 17],
    ]);
    expect(b.budgeted?.revenue).toBeNull();
    expect(named(b.budgeted?.expenditure?.items)).toEqual([['一般公共预算财政拨款支出', 12000000, '1,200.00万元', '万元', 17]]);
    expect(b.executionRates).toEqual([{ of: '一般公共预算财政拨款支出', percent: 95.8, raw: '95.8%', line: 17 }]);
    expect([b.change?.comparedYear, b.change?.basis, m(b.change?.amount)]).toEqual([2022, 'finalAccount', [-654400, '65.44万元', '万元', 11]]);
  });

  it('reads 机关运行经费: actual total, budgeted total, rate and change', () => {
    const o = d.operatingExpenses!;
    expect(m(o.total)).toEqual([573000, '57.30万元', '万元', 64]);
    expect(m(o.budgeted?.total)).toEqual([600000, '60.00万元', '万元', 64]);
    expect(o.executionRates).toEqual([{ of: 'total', percent: 95.5, raw: '95.5%', line: 64 }]);
    expect([o.change?.comparedYear, o.change?.basis, m(o.change?.amount)]).toEqual([2022, 'finalAccount', [-32000, '3.20万元', '万元', 64]]);
  });
});

describe('other 决算 wordings', () => {
  it('keeps a change against the year’s budget apart: changeOnBudget, basis budget', () => {
    const d = parse('示范局2023年度部门决算\n一、“三公”经费支出决算情况说明\n2023年度“三公”经费财政拨款支出决算为20.00万元，比上年决算数减少2.00万元，下降9.1%；比年初预算数减少5.00万元，主要原因是压减开支。其中：公务接待费支出决算为5.00万元，比年初预算数减少1.00万元；公务用车运行维护费支出决算15.00万元，比年初预算数减少4.00万元。\n二、机关运行经费\n2023年度机关运行经费支出30.00万元，比年初预算减少2.00万元。\n');
    const t = d.threePublic!;
    expect([m(t.total), m(t.reception), m(t.vehicleOperation)]).toEqual([[200000, '20.00万元', '万元', 3], [50000, '5.00万元', '万元', 3], [150000, '15.00万元', '万元', 3]]);
    expect([t.change?.comparedYear, t.change?.basis, m(t.change?.amount), t.change?.items]).toEqual([2022, 'finalAccount', [-20000, '2.00万元', '万元', 3], []]);
    const b = t.changeOnBudget!;
    expect([b.comparedYear, b.basis, m(b.amount)]).toEqual([2023, 'budget', [-50000, '5.00万元', '万元', 3]]);
    expect(named(b.items)).toEqual([['公务接待费', -10000, '1.00万元', '万元', 3], ['公务用车运行维护费', -40000, '4.00万元', '万元', 3]]);
    const o = d.operatingExpenses!;
    expect([m(o.total), o.change, o.changeOnBudget?.basis, m(o.changeOnBudget?.amount)]).toEqual([[300000, '30.00万元', '万元', 5], null, 'budget', [-20000, '2.00万元', '万元', 5]]);
    expect(d.warnings).toEqual([]);
  });

  it('reads 收、支总计 as both totals, 总支出 / 本年支出, and keeps 财政拨款收、支总计 as an item', () => {
    const d = parse('示范局2023年度部门决算\n一、收入支出决算总体情况说明\n2023年度收、支总计1,500.00万元。与2022年度相比，收、支总计各增加100.00万元，增长7.1%。\n二、财政拨款收入支出决算总体情况说明\n2023年度财政拨款收、支总计1,200.00万元。\n本单位2023年度总支出1,500.00万元，其中本年支出1,400.00万元，年末结转和结余100.00万元。\n');
    const b = d.budget!;
    expect([m(b.revenue?.total), m(b.expenditure?.total)]).toEqual([[15000000, '1,500.00万元', '万元', 3], [15000000, '1,500.00万元', '万元', 3]]);
    expect(named(b.revenue?.items)).toEqual([['财政拨款收、支总计', 12000000, '1,200.00万元', '万元', 5]]);
    expect(named(b.expenditure?.items)).toEqual([['本年支出', 14000000, '1,400.00万元', '万元', 6], ['年末结转和结余', 1000000, '100.00万元', '万元', 6]]);
    expect([b.change?.comparedYear, b.change?.basis, m(b.change?.amount)]).toEqual([2022, 'finalAccount', [1000000, '100.00万元', '万元', 3]]);
    expect(d.warnings).toEqual([]);
  });
});

describe('财政拨款基本支出 of a 决算', () => {
  it('keeps 一般公共预算财政拨款基本支出 and its 人员经费 / 公用经费 as items; no SUM_BASIC against the whole basic expenditure', () => {
    const d = parse('示范局2023年度部门决算\n一、支出决算情况说明\n2023年本年支出合计830.10万元，其中：基本支出300.10万元，占36.15%；项目支出530.00万元，占63.85%。\n二、一般公共预算财政拨款基本支出决算情况说明\n2023年度一般公共预算财政拨款基本支出280.00万元，其中：人员经费250.00万元，主要包括基本工资；公用经费30.00万元，主要包括办公费。\n三、政府性基金预算支出决算情况说明\n2023年度政府性基金预算财政拨款支出0万元。\n');
    const e = d.budget!.expenditure!;
    expect([m(e.basic), m(e.project), e.total]).toEqual([[3001000, '300.10万元', '万元', 3], [5300000, '530.00万元', '万元', 3], null]);
    expect(named(e.items)).toEqual([
      ['本年支出合计', 8301000, '830.10万元', '万元', 3],
      ['一般公共预算财政拨款基本支出', 2800000, '280.00万元', '万元', 5],
      ['人员经费', 2500000, '250.00万元', '万元', 5],
      ['公用经费', 300000, '30.00万元', '万元', 5],
      ['政府性基金预算财政拨款支出', 0, '0万元', '万元', 7],
    ]);
    expect(d.warnings).toEqual([]);
  });
});

describe('政府采购 of a 决算', () => {
  it('takes the actual total; the budget beside it goes under budgeted', () => {
    const d = parse('示范局2023年度部门决算\n一、政府采购支出情况\n2023年度本部门政府采购预算为50.00万元，政府采购支出总额45.60万元，其中：政府采购货物支出20.00万元、政府采购服务支出25.60万元。\n');
    expect(m(d.procurement?.total)).toEqual([456000, '45.60万元', '万元', 3]);
    expect(m(d.procurement?.budgeted?.total)).toEqual([500000, '50.00万元', '万元', 3]);
    expect(named(d.procurement?.items)).toEqual([['政府采购货物支出', 200000, '20.00万元', '万元', 3], ['政府采购服务支出', 256000, '25.60万元', '万元', 3]]);
    expect(d.warnings).toEqual([]);
  });
});

describe('收、支总计各是A,B万元', () => {
  it('reads two totals after one label, and their changes as items', () => {
    const d = parse('示范局2022年度单位决算\n一、收入支出决算总体情况说明\n2022年度收、支总计各是812.40,812.40万元。与2021年相比，收、支总计各减少120.30,98.60万元，各下降12.90%、10.82%。\n二、支出决算情况说明\n2022年本年支出合计830.10万元，其中：基本支出300.10万元，占36.15%；项目支出530.00万元，占63.85%；经营支出0万元，占0%。\n');
    const b = d.budget!;
    expect([m(b.revenue?.total), m(b.expenditure?.total)]).toEqual([[8124000, '812.40', '万元', 3], [8124000, '812.40万元', '万元', 3]]);
    expect([b.change?.comparedYear, b.change?.basis, b.change?.amount, named(b.change?.items)]).toEqual([2021, 'finalAccount', null, [['收入总计', -1203000, '120.30', '万元', 3], ['支出总计', -986000, '98.60万元', '万元', 3]]]);
    expect(named(b.expenditure?.items)).toEqual([['本年支出合计', 8301000, '830.10万元', '万元', 5], ['经营支出', 0, '0万元', '万元', 5]]);
    expect(d.warnings).toEqual([]);
  });
});

describe('“三公” table form of a 决算 (fixtures/final-account/three-public-table.txt)', () => {
  const d = fixture('final-account/three-public-table.txt');
  it('reads the 决算数 column as the actual figures, 年初预算数 as budgeted, 完成预算 as rates, in 元 from the line above', () => {
    const t = d.threePublic!;
    expect(t.form).toBe('table');
    expect([t.total, t.abroad, t.vehicle, t.vehiclePurchase, t.vehicleOperation, t.reception].map(m)).toEqual([
      [41250.5, '41,250.50', '元', 13],
      [0, '0.00', '元', 18],
      [30600, '30,600.00', '元', 23],
      [0, '0.00', '元', 28],
      [30600, '30,600.00', '元', 33],
      [10650.5, '10,650.50', '元', 38],
    ]);
    const b = t.budgeted!;
    expect([b.total, b.abroad, b.vehicle, b.vehiclePurchase, b.vehicleOperation, b.reception].map(m)).toEqual([
      [58000, '58,000.00', '元', 12],
      [0, '0.00', '元', 17],
      [40000, '40,000.00', '元', 22],
      [0, '0.00', '元', 27],
      [40000, '40,000.00', '元', 32],
      [18000, '18,000.00', '元', 37],
    ]);
    expect(t.executionRates.map((r) => [r.of, r.percent, r.line])).toEqual([
      ['total', 71.1, 14],
      ['vehicle', 76.5, 24],
      ['vehicleOperation', 76.5, 34],
      ['reception', 59.2, 39],
    ]);
    expect(d.warnings).toEqual([]);
  });
});

describe('horizontal “三公” 决算 table (预算数 and 决算数 over the six parts)', () => {
  it('reads the 12 figures of the row below the 栏次 row in the template order', () => {
    const d = fixture('final-account/three-public-wide.txt');
    const t = d.threePublic!;
    expect([t.total, t.abroad, t.vehicle, t.vehiclePurchase, t.vehicleOperation, t.reception].map(m)).toEqual([
      [273000, '27.30', '万元', 57], [0, '0.00', '万元', 58], [198000, '19.80', '万元', 59], [0, '0.00', '万元', 60], [198000, '19.80', '万元', 61], [75000, '7.50', '万元', 62],
    ]);
    const b = t.budgeted!;
    expect([b.total, b.abroad, b.vehicle, b.vehiclePurchase, b.vehicleOperation, b.reception].map(m)).toEqual([
      [360000, '36.00', '万元', 51], [0, '0.00', '万元', 52], [240000, '24.00', '万元', 53], [0, '0.00', '万元', 54], [240000, '24.00', '万元', 55], [120000, '12.00', '万元', 56],
    ]);
    expect(d.warnings).toEqual([]);
    // Headers in another order are not guessed: the figures are reported instead.
    const odd = parse(text('final-account/three-public-wide.txt').replace('\t公务接待费\n\t合计', '\t合计\n\t公务接待费'));
    expect(odd.threePublic?.budgeted?.total ?? null).toBeNull();
    expect(odd.warnings.some((w) => w.code === 'UNPLACED_FIGURE')).toBe(true);
  });
});

// pdftotext -layout of the same template: the header words drift over the wrong columns, the 栏次 row and the
// row of 12 figures do not. Before: the 预算数 合计 was the 三公 total and the 公务用车 小计 the 公务接待费.
describe('the horizontal “三公” 决算 table in pdftotext -layout (fixtures/final-account/three-public-wide.pdf-layout.txt)', () => {
  const layout = text('final-account/three-public-wide.pdf-layout.txt');
  it('reads the 12 figures in the template\'s order when each group adds up; the unit from `部门：… 金额单位：万元`', () => {
    const d = parse(layout);
    const t = d.threePublic!;
    expect([t.total, t.abroad, t.vehicle, t.vehiclePurchase, t.vehicleOperation, t.reception].map(m)).toEqual([
      [123000, '12.30', '万元', 10], [0, '0.00', '万元', 10], [100000, '10.00', '万元', 10], [0, '0.00', '万元', 10], [100000, '10.00', '万元', 10], [23000, '2.30', '万元', 10],
    ]);
    expect([t.budgeted!.total, t.budgeted!.reception].map(m)).toEqual([[150000, '15.00', '万元', 10], [30000, '3.00', '万元', 10]]);
    expect(d.warnings.filter((w) => /THREE_PUBLIC|UNPLACED/.test(w.code))).toEqual([]);
  });
  it('figures that do not add up in that order are reported, and the tables stage keeps its one row without values', () => {
    const d = parse(layout.replace('12.30   0.00      10.00', '12.30   0.00      10.50'));
    expect(d.threePublic?.total ?? null).toBeNull();
    expect(d.threePublic?.reception ?? null).toBeNull();
    expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE')).toHaveLength(12);
    expect(d.warnings.some((w) => w.code === 'TABLE_COLUMNS_UNSURE')).toBe(true);
    expect(d.tables.flatMap((x) => x.rows.flatMap((r) => Object.keys(r.values)))).toEqual([]);
  });
});

describe('“三公” 决算 table with 上年决算数 and 增减 columns', () => {
  it('reads actual, budgeted and the change; the 上年决算数 column is reported, not dropped', () => {
    const d = fixture('final-account/three-public-table-change.txt');
    const t = d.threePublic!;
    expect([t.total, t.abroad, t.vehicle, t.reception].map(m)).toEqual([[220000, '22.00', '万元', 13], [0, '0', '万元', 19], [140000, '14.00', '万元', 25], [80000, '8.00', '万元', 31]]);
    expect([t.budgeted!.total, t.budgeted!.abroad, t.budgeted!.vehicle, t.budgeted!.reception].map(m)).toEqual([[300000, '30.00', '万元', 12], [0, '0', '万元', 18], [200000, '20.00', '万元', 24], [100000, '10.00', '万元', 30]]);
    expect([t.change?.comparedYear, t.change?.basis, m(t.change?.amount)]).toEqual([2022, 'finalAccount', [-30000, '-3.00', '万元', 14]]);
    expect(named(t.change?.items)).toEqual([['因公出国（境）费', 0, '0', '万元', 20], ['公务用车购置及运行维护费', -10000, '-1.00', '万元', 26], ['公务接待费', -20000, '-2.00', '万元', 32]]);
    expect(d.warnings.map((w) => [w.code, w.line])).toEqual([['UNPLACED_FIGURE', 11], ['UNPLACED_FIGURE', 17], ['UNPLACED_FIGURE', 23], ['UNPLACED_FIGURE', 29]]);
  });
});

describe('收入支出决算总表 (fixtures/final-account/overview-table.txt)', () => {
  const d = fixture('final-account/overview-table.txt');
  it('reads the overview figures in the unit of the line above the table, skipping 行次', () => {
    const b = d.budget!;
    expect(m(b.revenue?.total)).toEqual([9600000, '960.00', '万元', 69]);
    expect(named(b.revenue?.items)).toEqual([
      ['本年收入合计', 9000000, '900.00', '万元', 48],
      ['使用非财政拨款结余', 0, '0.00', '万元', 55],
      ['年初结转和结余', 600000, '60.00', '万元', 62],
    ]);
    expect(m(b.expenditure?.total)).toEqual([9600000, '960.00', '万元', 72]);
    // 本年支出合计 is stated in the text too (line 76): the text's figure is kept, the table's checked against it.
    expect(named(b.expenditure?.items)).toEqual([
      ['本年支出合计', 8800000, '880.00万元', '万元', 76],
      ['结余分配', 0, '0.00', '万元', 58],
      ['年末结转和结余', 800000, '80.00', '万元', 65],
    ]);
    expect(m(b.expenditure?.basic)).toEqual([7000000, '700.00万元', '万元', 76]);
    expect(m(b.expenditure?.project)).toEqual([1800000, '180.00万元', '万元', 76]);
    expect(d.warnings).toEqual([]);
  });

  it('takes the overview from the 收入支出决算总表, not from the 财政拨款收入支出决算总表 with the same row names', () => {
    const two = fixture('final-account/overview-two-tables.txt');
    expect([m(two.budget?.revenue?.total), m(two.budget?.expenditure?.total)]).toEqual([[9600000, '960.00', '万元', 69], [9600000, '960.00', '万元', 72]]);
    expect(named(two.budget?.revenue?.items)).toEqual(named(d.budget?.revenue?.items));
    expect(two.warnings).toEqual([]);
  });

  it('names the roles of the overview figures', () => {
    expect(overviewRole('本年收入合计')).toMatchObject({ role: 'current', side: 'revenue' });
    expect(overviewRole('年末结转和结余')).toMatchObject({ role: 'carry', side: 'expenditure' });
    expect(overviewRole('支出决算总计')).toMatchObject({ role: 'grand', side: 'expenditure' });
    expect(overviewRole('财政拨款收入')).toBeNull();
  });
});

describe('绩效自评表, in Tika and in pipe layout', () => {
  for (const [f, layout, lines] of [
    ['self-evaluation-tika.txt', 'tika', { funds: [31, 32, 33, 35], indicators: [74, 84, 94, 104, 114, 124] }],
    ['self-evaluation-pipe.txt', 'pipe', { funds: [16, 16, 16, 16], indicators: [22, 23, 24, 25, 26, 27] }],
  ] as const) {
    const d = fixture(`final-account/${f}`);
    it(`${layout}: reads target, actual, weight, score and deviation of every indicator`, () => {
      expect(d.source.layout).toBe(layout);
      const p = d.performance!.projects;
      expect(p).toHaveLength(1);
      expect([p[0]!.title, p[0]!.name]).toEqual(['1、农技推广服务项目支出绩效自评表', '农技推广服务项目']);
      const rows = p[0]!.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.actual?.raw, i.weight, i.score, i.deviation, i.line]);
      expect(rows).toEqual([
        ['产出指标', '数量指标', '培训农户人次', '≥1200人次', '1150人次', 20, 18, '受天气影响部分培训延期，下年提前安排。', lines.indicators[0]],
        ['产出指标', '质量指标', '培训合格率', '≥95%', '96%', 20, 20, null, lines.indicators[1]],
        ['产出指标', '时效指标', '培训完成时间', '2023年11月底前', '2023年11月25日', 10, 10, null, lines.indicators[2]],
        ['产出指标', '成本指标', '人均培训成本', '≤600元', '580元', 10, 10, null, lines.indicators[3]],
        ['效益指标', '社会效益指标', '农户技术应用水平', '明显提升', '有所提升', 20, 16, '部分农户应用新技术积极性不高。', lines.indicators[4]],
        ['满意度指标', '服务对象满意度指标', '参训农户满意度', '≥90%', '93%', 10, 10, null, lines.indicators[5]],
      ]);
      const [a0, , a2, a3, a4] = p[0]!.indicators.map((i) => i.actual!);
      expect([a0!.kind, a0!.operator, a0!.value, a0!.unit, a0!.operatorImplied]).toEqual(['quantitative', '=', 1150, '人次', true]);
      expect([a2!.kind, a2!.date]).toEqual(['date', '2023-11-25']);
      expect([a3!.value, a3!.unit, a3!.yuan]).toEqual([580, '元', 580]);
      expect(a4!.kind).toBe('qualitative');
      expect(p[0]!.indicators[0]!.target).toMatchObject({ operator: '≥', value: 1200, unit: '人次' });
    });

    it(`${layout}: keeps the funds, 执行率, 总分 and 自评等级 on the project`, () => {
      const s = d.performance!.projects[0]!.selfEvaluation!;
      expect([m(s.initialBudget), m(s.adjustedBudget), m(s.executed)]).toEqual([
        [800000, '80.00', '万元', lines.funds[0]],
        [800000, '80.00', '万元', lines.funds[1]],
        [760000, '76.00', '万元', lines.funds[2]],
      ]);
      expect(s.executionRate).toEqual({ of: 'executed', percent: 95, raw: '95.00%', line: lines.funds[3] });
      expect([s.budgetWeight, s.budgetScore, s.totalWeight, s.totalScore, s.grade]).toEqual([10, 9.5, 100, 93.5, '优']);
      // (field12: the 其中：当年财政拨款 row's three figures fit no field; they were dropped without a word, now reported)
      expect(d.warnings.map((w) => [w.code, w.message.replace(/^绩效: the figure "([^"]+)".*/, '$1')])).toEqual(
        ['年初预算数 80.00', '全年预算数 80.00', '全年执行数 76.00'].map((f) => ['UNPLACED_FIGURE', `其中：当年财政拨款 ${f}`]),
      );
    });
  }

  it('variants: 指标性质 / 指标值 / 度量单位 / 完成值 / 权重 columns, a 部门整体支出绩效自评表, 自评等级 in the 总分 row', () => {
    const d = fixture('final-account/self-evaluation-variants.txt');
    const [p1, p2] = d.performance!.projects;
    expect([p1!.title, p1!.name, p2!.title, p2!.name]).toEqual(['部门预算项目支出绩效自评表（2023年度）', '工资性支出', '2、部门整体支出绩效自评表', '部门整体支出']);
    const rows = (p: typeof p1) => p!.indicators.map((i) => [i.name, i.target.operator, i.target.value, i.target.unit, i.actual?.raw, i.actual?.value, i.weight, i.score, i.deviation, i.line]);
    expect(rows(p1)).toEqual([
      ['发放覆盖率', '=', 100, '%', '100%', 100, 60, 60, null, 9],
      ['足额保障率', '≥', 98, '%', '97%', 97, 30, 28, '个别人员信息变更延迟', 10],
    ]);
    expect(rows(p2)).toEqual([
      ['完成重点项目数', '≥', 10, '个', '12个', 12, 50, 50, null, 19],
      ['群众满意度', '≥', 90, '%', '92%', 92, 40, 38, '宣传不足', 20],
    ]);
    const s1 = p1!.selfEvaluation!;
    expect([m(s1.initialBudget), m(s1.adjustedBudget), m(s1.executed), s1.executionRate?.percent, s1.budgetWeight, s1.budgetScore, s1.totalWeight, s1.totalScore, s1.grade]).toEqual([
      [2000000, '200.00', '万元', 7], [2100000, '210.00', '万元', 7], [2100000, '210.00', '万元', 7], 100, 10, 10, 100, 98, '优',
    ]);
    const s2 = p2!.selfEvaluation!;
    expect([m(s2.initialBudget), m(s2.adjustedBudget), m(s2.executed), s2.executionRate?.percent, s2.budgetWeight, s2.budgetScore, s2.totalWeight, s2.totalScore, s2.grade]).toEqual([
      [5000000, '500.00', '万元', 17], [5200000, '520.00', '万元', 17], [4940000, '494.00', '万元', 17], 95, 10, 9.5, 100, 97.5, '优',
    ]);
    expect(d.warnings).toEqual([]);
  });

  it('a 部门整体支出绩效自评表 without a project heading: department indicators and departmentEvaluation', () => {
    const d = fixture('final-account/department-self-evaluation.txt');
    const p = d.performance!;
    expect(p.projects).toEqual([]);
    expect(p.departmentIndicators.map((i) => [i.name, i.target.raw, i.actual?.raw, i.weight, i.score, i.deviation, i.line])).toEqual([
      ['完成统计调查项目数', '≥8项', '8项', 50, 50, null, 8],
      ['数据发布及时率', '100%', '98%', 40, 36, '个别数据延迟发布', 9],
    ]);
    const s = p.departmentEvaluation!;
    expect([m(s.initialBudget), m(s.adjustedBudget), m(s.executed), s.executionRate?.percent, s.budgetWeight, s.budgetScore, s.totalWeight, s.totalScore, s.grade]).toEqual([
      [3000000, '300.00', '万元', 6], [3200000, '320.00', '万元', 6], [3040000, '304.00', '万元', 6], 95, 10, 9.5, 100, 95.5, '优',
    ]);
    expect(d.warnings).toEqual([]);
    const wrong = parse(text('final-account/department-self-evaluation.txt').replace('| 100 | 95.5 |', '| 100 | 96.5 |'));
    expect(wrong.warnings.map((w) => [w.code, w.expected, w.actual])).toEqual([['SUM_SELF_EVAL', 96.5, 95.5]]);
  });

  it('finds the columns by other header words: 年度目标值 / 全年实际值 / 权重（%） / 自评得分', () => {
    const d = parse(text('final-account/self-evaluation-pipe.txt').replace('| 年度指标值 | 实际完成值 | 分值 | 得分 |', '| 年度目标值 | 全年实际值 | 权重（%） | 自评得分 |'));
    expect(d.performance!.projects[0]!.indicators.map((i) => [i.target.raw, i.actual?.raw, i.weight, i.score])).toEqual([
      ['≥1200人次', '1150人次', 20, 18], ['≥95%', '96%', 20, 20], ['2023年11月底前', '2023年11月25日', 10, 10],
      ['≤600元', '580元', 10, 10], ['明显提升', '有所提升', 20, 16], ['≥90%', '93%', 10, 10],
    ]);
    // (field12: the 其中：当年财政拨款 row's three figures are reported, no other warning)
    expect(d.warnings.map((w) => w.code)).toEqual(['UNPLACED_FIGURE', 'UNPLACED_FIGURE', 'UNPLACED_FIGURE']);
  });

  it('gives a 绩效目标表 none of the self-evaluation fields', () => {
    const d = fixture('docs/project-wan-truncated.txt');
    const i = d.performance!.projects[0]!.indicators[0]!;
    expect('actual' in i || 'score' in i).toBe(false);
    expect(d.performance!.projects[0]!.selfEvaluation).toBeUndefined();
  });

  it('puts the new columns in the CSV tables', () => {
    const d = fixture('final-account/self-evaluation-tika.txt');
    const rows = rowsOf(d, 'x');
    const ind = Object.fromEntries(INDICATOR_COLUMNS.map((c) => [c.name, c.get(rows.indicators[0]!)]));
    expect(ind).toMatchObject({ target_raw: '≥1200人次', actual_raw: '1150人次', actual_kind: 'quantitative', actual_value: 1150, actual_unit: '人次', weight: 20, score: 18, deviation: '受天气影响部分培训延期，下年提前安排。' });
    const proj = Object.fromEntries(PROJECT_COLUMNS.map((c) => [c.name, c.get(rows.projects[0]!)]));
    expect(proj).toMatchObject({ self_evaluation: true, initial_budget_yuan: 800000, adjusted_budget_yuan: 800000, executed_yuan: 760000, execution_rate_pct: 95, budget_score: 9.5, budget_weight: 10, total_score: 93.5, total_weight: 100, grade: '优' });
    const s = fixture('final-account/statement.txt');
    const doc = Object.fromEntries(DOCUMENT_COLUMNS.map((c) => [c.name, c.get(rowsOf(s, 'y').documents[0]!)]));
    expect(doc).toMatchObject({ kind: 'finalAccount', three_public_total_yuan: 226200, three_public_budgeted_yuan: 445200 });
    expect(rowsOf(s, 'y').figures.filter((f) => f.key.startsWith('threePublic.budgeted')).map((f) => [f.key, f.money.yuan])).toEqual([
      ['threePublic.budgeted.total', 445200],
      ['threePublic.budgeted.abroad', 0],
      ['threePublic.budgeted.vehicle', 300000],
      ['threePublic.budgeted.vehiclePurchase', 0],
      ['threePublic.budgeted.vehicleOperation', 300000],
      ['threePublic.budgeted.reception', 145200],
    ]);
  });
});

describe('checks of a 决算 and of a self-evaluation', () => {
  const statement = text('final-account/statement.txt');
  const selfEval = text('final-account/self-evaluation-pipe.txt');

  it('SUM_FINAL_REVENUE / SUM_FINAL_EXPENDITURE / SUM_FINAL_SPLIT: the 决算 identities', () => {
    const d = parse(statement.replace('年初结转和结余134.56万元', '年初结转和结余124.56万元').replace('年末结转和结余84.56万元', '年末结转和结余74.56万元').replace('项目支出250.00万元', '项目支出240.00万元'));
    expect(d.warnings.filter((w) => w.code.startsWith('SUM_FINAL')).map((w) => [w.code, w.expected, w.actual])).toEqual([
      ['SUM_FINAL_REVENUE', 12345600, 12245600],
      ['SUM_FINAL_EXPENDITURE', 12345600, 12245600],
      ['SUM_FINAL_SPLIT', 11500000, 11400000],
    ]);
  });

  it('SUM_THREE_PUBLIC (actual) and SUM_THREE_PUBLIC_BUDGETED (budgeted parts)', () => {
    const d = parse(statement.replace('公务接待费预算为14.52万元', '公务接待费预算为16.52万元').replace('支出决算为7.50万元', '支出决算为9.50万元')); // 0万元 tolerates 1万
    expect(codes(d)).toContain('SUM_THREE_PUBLIC_BUDGETED');
    expect(codes(d)).toContain('SUM_THREE_PUBLIC');
    const w = d.warnings.find((x) => x.code === 'SUM_THREE_PUBLIC_BUDGETED')!;
    expect([w.expected, w.actual]).toEqual([445200, 465200]);
  });

  it('EXECUTION_RATE: a stated rate agrees with actual / budgeted to its last printed digit', () => {
    expect(codes(fixture('final-account/statement.txt'))).not.toContain('EXECUTION_RATE');
    const d = parse(statement.replace('完成预算的50.8%', '完成预算的50.6%').replace('完成预算的95.8%', '完成预算的97%'));
    expect(d.warnings.filter((w) => w.code === 'EXECUTION_RATE').map((w) => [w.line, w.expected, w.actual])).toEqual([
      [20, 50.6, 50.81],
      [17, 97, 95.83],
    ]);
    // 96% against 95.83: within one unit of the last printed digit.
    expect(codes(parse(statement.replace('完成预算的95.8%', '完成预算的96%')))).not.toContain('EXECUTION_RATE');
  });

  it('SELF_EVAL_SCORE and SUM_SELF_EVAL', () => {
    // (field12: the 其中：当年财政拨款 row's figures are UNPLACED_FIGURE in each of these: left aside here)
    const checks = (d: { warnings: readonly { code: string; expected?: number; actual?: number }[] }) => d.warnings.filter((w) => w.code !== 'UNPLACED_FIGURE');
    const over = parse(selfEval.replace('| ≥95% | 96% | 20 | 20 |', '| ≥95% | 96% | 20 | 22 |'));
    expect(checks(over).map((w) => [w.code, w.expected, w.actual])).toEqual([
      ['SELF_EVAL_SCORE', 20, 22],
      ['SUM_SELF_EVAL', 93.5, 95.5],
    ]);
    const total = parse(selfEval.replace('| 100 | 93.5 |', '| 100 | 92.5 |'));
    expect(checks(total).map((w) => [w.code, w.expected, w.actual])).toEqual([['SUM_SELF_EVAL', 92.5, 93.5]]);
    const rate = parse(selfEval.replace('| 95.00% |', '| 96.00% |'));
    expect(checks(rate).map((w) => w.code)).toEqual(['EXECUTION_RATE']);
  });
});

describe('决算: the figures of one 类 / 款 / 项 are not the department’s', () => {
  it('1.行政运行（项）：年初预算为…，支出决算为… is no 支出决算 of the department: no item, no FIGURE_MISMATCH, left unplaced', () => {
    const doc = fixture('final-account/classification-items.txt');
    expect(doc.kind).toBe('finalAccount');
    expect(doc.budget?.expenditure?.total?.raw).toBe('3,210.40万元');
    expect(doc.budget?.expenditure?.project?.raw).toBe('1,360.20万元');
    expect(doc.budget?.expenditure?.items.map((i) => i.name)).not.toContain('支出决算');
    expect(doc.warnings.filter((w) => w.code === 'FIGURE_MISMATCH')).toEqual([]);
    const unplaced = doc.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => w.message).join('\n');
    expect(unplaced).toContain('415.60万元');
    expect(unplaced).toContain('736.42万元');
  });
});

describe('namesFinalAccount without compacting long paragraphs (speed, issue 17)', () => {
  const para = (text: string) => ({ kind: 'paragraph' as const, text, line: 1 });
  const table = (rows: string[][]) => ({
    kind: 'table' as const,
    rows: rows.map((cells, i) => ({ cells: cells.map((text) => ({ text, startLine: i + 1, endLine: i + 1 })), startLine: i + 1, endLine: i + 1 })),
    startLine: 1,
    endLine: rows.length,
  });
  it('a title spread with white space longer than the limit is still a title', () => {
    expect(namesFinalAccount(null, [para(`某某局${' '.repeat(80)}2023年度部门决算`)])).toBe(true);
    // 61 characters that are not white space: a sentence, not a title.
    expect(namesFinalAccount(null, [para(`某某局2023年度部门决算${'说'.repeat(48)}`)])).toBe(false);
    expect(namesFinalAccount(null, [para(`某某局2023年度部门决算${'说'.repeat(47)}`)])).toBe(true);
  });
  it('a budget title spread with white space keeps a later 决算 sentence from deciding', () => {
    const sentence = para('“三公”经费决算数为75万元。');
    // A sentence names no genre: it tells one only where nothing names it (inferKind, kind-sentences.ts).
    expect(namedKind(null, [sentence])).toBeNull();
    expect(inferKind([sentence], null).kind).toBe('finalAccount');
    expect(namedKind(null, [para(`某某局${' \n'.repeat(40)}部门预算`), sentence])).toBe('budget');
  });
  it('reads the title cells of a table only when its top rows mention 决算', () => {
    expect(namesFinalAccount(null, [table([['项目', '金额'], ['合计', '1'], ['', ''], ['', ''], ['', ''], ['收入支出决算总表']])])).toBe(true);
    expect(namesFinalAccount(null, [table([['项目', '金额'], ['合计', '1'], ['', ''], ['', ''], ['', ''], ['', ''], ['', ''], ['', ''], ['收入支出决算总表']])])).toBe(false);
  });
});
