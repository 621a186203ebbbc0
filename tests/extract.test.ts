import { describe, expect, it } from 'vitest';
import { fixture } from './helpers.js';

describe('budget figures on fixtures', () => {
  const d = fixture('docs/budget-basic.txt');

  it('reads metadata, duties, organization and glossary', () => {
    expect([d.kind, d.department, d.year]).toEqual(['budget', '测试县示例街道办事处', 2024]);
    expect(d.duties.map((x) => x.line)).toEqual([5, 6, 7]);
    expect(d.organization?.units).toEqual([{ name: '测试县示例街道办事处', nature: '行政', rank: '正科级', funding: '财政拨款', line: 15 }]);
    expect(d.glossary.map((g) => g.term)).toEqual(['基本支出', '项目支出']);
  });

  it('reads amounts with thousands separators in 万元', () => {
    expect(d.budget?.revenue?.total).toEqual({ yuan: 12864500, raw: '1,286.45万元', unit: '万元', line: 23 });
    expect(d.budget?.revenue?.items.map((i) => [i.name, i.amount.yuan])).toEqual([
      ['一般公共预算收入', 12800000],
      ['上年结转', 64500],
    ]);
    expect(d.budget?.expenditure).toMatchObject({ basic: { yuan: 7864500 }, project: { yuan: 5000000 } });
    expect(d.budget?.expenditure?.items.map((i) => i.name)).toEqual(['人员经费', '公用经费']);
  });

  it('gives changes a sign and the year compared with', () => {
    expect(d.budget?.change).toMatchObject({ comparedYear: 2023, amount: { yuan: 164000, raw: '16.4万元' } });
    expect(d.budget?.change?.items.map((i) => [i.name, i.amount.yuan])).toEqual([
      ['基本支出', 100000],
      ['项目支出', 64000],
    ]);
    expect(d.threePublic?.change).toMatchObject({ comparedYear: 2023, amount: { yuan: -5000 }, items: [{ name: '公务接待费', amount: { yuan: -5000 } }] });
  });

  it('reads 三公, operating expenses, procurement and assets from sentences', () => {
    expect(d.threePublic).toMatchObject({
      form: 'sentence',
      total: { yuan: 35000 },
      abroad: { yuan: 0 },
      vehicle: { yuan: 20000 },
      vehiclePurchase: { yuan: 0 },
      vehicleOperation: { yuan: 20000 },
      reception: { yuan: 15000 },
    });
    expect(d.operatingExpenses?.total?.yuan).toBe(864500);
    expect(d.operatingExpenses?.items.map((i) => [i.name, i.amount.yuan])).toEqual([
      ['办公费', 400000],
      ['水电费', 464500],
    ]);
    expect(d.procurement).toMatchObject({ total: { yuan: 120000, line: 33 }, note: null });
    // 固定资产总额为300万元 is the fixed assets, not the 资产总额 (all the assets).
    expect(d.assets).toMatchObject({ total: null, fixedAssets: { yuan: 3000000 }, plannedPurchase: { yuan: 100000 } });
  });
});

describe('三公 as a table, in 万元 given only in a header; other figures in 元', () => {
  const d = fixture('docs/three-public-table.txt');
  it('reads the table rows in the header unit', () => {
    expect(d.threePublic).toMatchObject({
      form: 'table',
      total: { yuan: 125000, raw: '12.50', unit: '万元', line: 14 },
      abroad: { yuan: 0 },
      vehicle: { yuan: 80000 },
      vehiclePurchase: { yuan: 0, line: 29 },
      vehicleOperation: { yuan: 80000, line: 34 },
      reception: { yuan: 45000, line: 39 },
    });
    expect(d.threePublic?.change).toMatchObject({ comparedYear: 2022, amount: { yuan: -5000, raw: '-0.50', line: 16 } });
  });
  it('reads 元 amounts with thousands separators', () => {
    expect(d.budget?.revenue?.total).toEqual({ yuan: 2345678.9, raw: '2,345,678.90元', unit: '元', line: 4 });
    expect(d.operatingExpenses?.total?.yuan).toBe(123456.78);
  });
  it('finds no inconsistency in a consistent table; its 上年预算数 column is reported figure by figure', () => {
    // (the year before's figures have no field: each is an UNPLACED_FIGURE, nothing else is warned of)
    expect(d.warnings.filter((w) => w.code !== 'UNPLACED_FIGURE')).toEqual([]);
    expect(d.warnings.map((w) => [w.line, /"(.+)"/.exec(w.message)![1]])).toEqual([
      [15, '“三公”经费合计 13.00'],
      [20, '因公出国（境）费 0'],
      [25, '公务用车购置及运行维护费 8.50'],
      [30, '其中：公务用车购置费 0'],
      [35, '公务用车运行维护费 8.50'],
      [40, '公务接待费 4.50'],
    ]);
  });
});

describe('performance on fixtures', () => {
  it('reads a department-wide table with split operator / value / unit columns', () => {
    const p = fixture('docs/department-indicators.txt').performance!;
    expect(p.overallGoal).toBe('保障乡政府正常运转。');
    expect(p.departmentIndicators.map((i) => [i.level1, i.level2, i.category1, i.category2, i.name, i.scoring, i.target.raw, i.target.operator, i.target.value, i.target.unit, i.basis, i.line])).toEqual([
      ['部门产出', '数量', 'output', 'quantity', '服务村数', '每少1个扣10%', '≥12个', '≥', 12, '个', '计划', 26],
      ['部门产出', '时效', 'output', 'timeliness', '完成时间', '每延期一月扣5%', '≤10月份', '≤', 10, '月份', '计划', 37],
      ['部门产出', '成本', 'output', 'cost', '人均成本', '偏离扣分', '＝1,500元', '=', 1500, '元', '预算', 47],
      ['部门效果', '社会效益', 'effect', 'social', '覆盖率', '每降1%扣1分', '90-100%', null, 90, '%', '统计', 57],
    ]);
    expect(p.departmentIndicators[1]!.target.date).toBe('2023-10-31');
    expect(p.departmentIndicators[2]!.target.yuan).toBe(1500);
    expect(p.departmentIndicators[3]!.target.upper).toBe(100);
  });

  it('reads a project table in 万元 with schedule, goals, a range, a deadline and a Chinese numeral', () => {
    const [a] = fixture('docs/project-wan-truncated.txt').performance!.projects;
    expect(a).toMatchObject({
      title: '1.农田建设项目绩效目标表',
      name: '农田建设项目',
      code: 'PRJ-2024-001',
      unitName: '123001示例县农业农村局',
      amountUnit: '万元',
      budget: { total: { yuan: 12864500, raw: '1,286.45', line: 14 }, fiscal: { yuan: 12000000 }, other: { yuan: 864500 } },
      purpose: '高标准农田建设。',
      goals: ['建设高标准农田。', '提高粮食产量。'],
      truncated: false,
      line: 3,
    });
    expect(a!.schedule.map((s) => [s.month, s.percent])).toEqual([[3, 10], [6, 40], [10, 80], [12, 100]]);
    expect(a!.indicators.map((i) => [i.name, i.target.kind, i.target.operator, i.target.value, i.target.upper, i.target.unit, i.target.yuan, i.target.date])).toEqual([
      ['建设面积', 'quantitative', null, 5000, 6000, '亩', null, null],
      ['完工时间', 'date', '≤', null, null, null, null, '2024-10-31'],
      ['亩均成本', 'quantitative', '≤', 0.25, null, '万元', 2500, null],
      ['增产', 'quantitative', '=', 2, null, '成', null, null],
    ]);
    expect(a!.indicators.map((i) => i.level1)).toEqual(['产出指标', '产出指标', '产出指标', '效益指标']);
  });

  it('keeps a table cut off by the end of the file, with a warning', () => {
    const d = fixture('docs/project-wan-truncated.txt');
    const b = d.performance!.projects[1]!;
    expect(b).toMatchObject({ name: '农机补贴项目', code: null, truncated: true, budget: { total: { yuan: 500000 }, other: null } });
    expect(b.indicators.map((i) => [i.name, i.target.value, i.target.unit])).toEqual([['补贴台数', 30, '台']]);
    expect(d.warnings).toEqual([expect.objectContaining({ code: 'TRUNCATED_TABLE', line: 103 })]);
  });

  it('reads Tika cell traps: split label 项目/编码, multi-line name, field code, bookmark, 有效/保障', () => {
    const [p] = fixture('docs/cells.txt').performance!.projects;
    expect(p).toMatchObject({ title: '1、示例项目绩效目标表', name: '示例项目', code: null, purpose: '用于示例工作。', budget: { total: { yuan: 125000 } } });
    expect(p!.indicators.map((i) => [i.level1, i.level2, i.target.raw, i.target.kind])).toEqual([
      ['产出指标', '数量指标', '≥十二项', 'quantitative'],
      ['产出指标', '质量指标', '≥ 90 ％', 'quantitative'],
      ['效益指标', '社会效益指标', '有效\n保障', 'qualitative'],
    ]);
  });
});

describe('metadata and duties in other layouts', () => {
  it('takes each paragraph as a duty when the duties are not numbered; strips 关于 from the department', async () => {
    const { parseDocument } = await import('../src/index.js');
    const d = parseDocument(['关于示例市林业局2025年部门预算公开的说明', '一、部门主要职责', '负责全市林业资源保护。', '负责森林防火。', '二、部门预算安排的总体情况', '2025年预算收入50万元。'].join('\n'));
    expect([d.department, d.year]).toEqual(['示例市林业局', 2025]);
    expect(d.duties).toEqual([{ text: '负责全市林业资源保护。', line: 3 }, { text: '负责森林防火。', line: 4 }]);
  });
});

describe('assets: columns from the header', () => {
  it('reads 价值 and 数量 wherever the header puts them', async () => {
    const { parseDocument } = await import('../src/index.js');
    const T = '\t';
    const d = parseDocument(['示例局2024年部门预算公开说明', '七、国有资产信息', `${T}项目`, `${T}价值（金额单位：万元）`, `${T}数量`, '', `${T}车辆（辆）`, `${T}35.50`, `${T}3`, '', ''].join('\n'));
    expect(d.assets?.items).toEqual([{ name: '车辆', quantity: 3, quantityUnit: '辆', value: { yuan: 355000, raw: '35.50', unit: '万元', line: 8 }, line: 7, parent: null, role: 'part' }]);
  });
});

describe('procurement from a table, operating expenses with a change', () => {
  const d = fixture('docs/procurement-table.txt');
  it('reads table items in the header unit and checks the 合计 row against the text', () => {
    expect(d.procurement).toEqual({
      total: { yuan: 355000, raw: '35.50万元', unit: '万元', line: 3 },
      items: [
        { name: '办公设备购置', amount: { yuan: 120000, raw: '12.00', unit: '万元', line: 15 }, parent: null, role: 'part' },
        { name: '校舍维修', amount: { yuan: 235000, raw: '23.50', unit: '万元', line: 20 }, parent: null, role: 'part' },
      ],
      note: null,
    });
    expect(d.warnings).toEqual([]);
  });
  it('reads the change of 机关运行经费 with its sign and year', () => {
    expect(d.operatingExpenses?.change).toEqual({
      comparedYear: 2023,
      basis: null,
      base: { yuan: 500000, raw: '50.00万元', unit: '万元', line: 29 },
      amount: { yuan: -20000, raw: '2.00万元', unit: '万元', line: 29 },
      items: [],
      reason: null,
    });
    expect(d.operatingExpenses?.items.map((i) => i.name)).toEqual(['办公费', '印刷费']);
  });
});
