/**
 * Field test 14: one canonical synthetic 部门决算 (CANONICAL_FINAL) and one 绩效目标表 published alone
 * (CANONICAL_PERFORMANCE) in every text layout. The Tika rendering's figures are compared with the values
 * written in the data; every other rendering's with the Tika rendering's: a layout that reads a table
 * reads it right, a layout that cannot read it reports it, and no figure is ever wrong.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument, type BudgetDocument } from '../src/index.js';
import { renderings, tika, CANONICAL_FINAL, CANONICAL_PERFORMANCE } from './layouts/canonical.js';
import { disagreements, finalExtraction, linesTrue, performance } from './layouts/compare.js';

const W = 10000; // yuan per 万元
const roots = (d: BudgetDocument) => [d.budget, d.threePublic, d.operatingExpenses, d.procurement, d.assets, d.performance, d.tables];
const q = (operator: string, value: number, unit: string) => ['quantitative', operator, value, unit, null];

/** The figures written in CANONICAL_FINAL. */
const FINAL = {
  kind: 'finalAccount',
  department: '示例县水务局',
  year: 2023,
  sections: ['duties', 'budgetOverview', 'threePublic', 'operatingExpenses', 'procurement', 'assets', 'performance', 'glossary'],
  revenue: [1260 * W, [['本年收入合计', 1180 * W], ['一般公共预算财政拨款收入', 1150 * W], ['其他收入', 30 * W], ['使用非财政拨款结余', 0], ['年初结转和结余', 80 * W]]],
  expenditure: [1260 * W, 900 * W, 300 * W, [['本年支出合计', 1200 * W], ['结余分配', 0], ['年末结转和结余', 60 * W]]],
  change: [undefined, null, null, []],
  threePublic: [16.5 * W, 0, 11 * W, 0, 11 * W, 5.5 * W],
  threePublicItems: [['因公出国（境）费支出决算', 0], ['公务用车购置及运行维护费支出决算', 11 * W], ['公务用车购置费', 0], ['公务用车运行维护费', 11 * W], ['公务接待费支出决算', 5.5 * W]],
  threePublicChange: [-1.2 * W, []],
  operating: [86.4 * W, [['办公费', 30 * W], ['水电费', 25.4 * W], ['差旅费', 31 * W]], null],
  procurement: 42 * W,
  warnings: [],
  threePublicBudgeted: [20 * W, 0, 13 * W, 0, 13 * W, 7 * W],
  threePublicRates: [['total', 82.5]],
  threePublicChangeBasis: 'finalAccount',
  procurementItems: [['政府采购货物支出', 12 * W], ['政府采购服务支出', 30 * W]],
  sme: 42 * W,
  assets: [520 * W, 380 * W, [['流动资产', 120 * W], ['固定资产', 380 * W], ['无形资产', 20 * W]]],
  performance: {
    projects: [
      {
        name: '农村饮水工程维修养护',
        budget: null,
        selfEvaluation: { funds: [300 * W, 310 * W, 300 * W], rate: 96.77, budgetWeight: 10, budgetScore: 9.7, totalWeight: 100, totalScore: 98.7, grade: null },
        indicators: [
          ['产出指标', '数量指标', '维修养护工程处数', q('≥', 25, '处'), q('=', 26, '处'), 20, 20],
          ['产出指标', '质量指标', '工程验收合格率', q('≥', 95, '%'), q('=', 96, '%'), 20, 20],
          ['产出指标', '时效指标', '维修完成及时率', q('=', 100, '%'), q('=', 92, '%'), 10, 9],
          ['效益指标', '社会效益指标', '受益人口', q('≥', 3.2, '万人'), q('=', 3.3, '万人'), 20, 20],
          ['满意度指标', '服务对象满意度指标', '受益群众满意度', q('≥', 90, '%'), q('=', 94, '%'), 20, 20],
        ],
      },
    ],
    departmentIndicators: [],
  },
  tables: [
    ['一、一般公共预算财政拨款收入', 1150 * W], ['二、其他收入', 30 * W], ['本年收入合计', 1180 * W], ['使用非财政拨款结余', 0], ['年初结转和结余', 80 * W], ['总计', 1260 * W],
    ['一、社会保障和就业支出', 90 * W], ['二、农林水支出', 1050 * W], ['三、住房保障支出', 60 * W], ['本年支出合计', 1200 * W], ['结余分配', 0], ['年末结转和结余', 60 * W], ['总计', 1260 * W],
    ['合计', 1200 * W], ['合计', 900 * W], ['合计', 300 * W],
    ['社会保障和就业支出', 90 * W], ['社会保障和就业支出', 90 * W], ['社会保障和就业支出', 0],
    ['农林水支出', 1050 * W], ['农林水支出', 750 * W], ['农林水支出', 300 * W],
    ['住房保障支出', 60 * W], ['住房保障支出', 60 * W], ['住房保障支出', 0],
    ['合计', 20 * W], ['合计', 16.5 * W], ['因公出国（境）费', 0], ['因公出国（境）费', 0], ['公务用车购置及运行维护费', 13 * W], ['公务用车购置及运行维护费', 11 * W],
    ['其中：公务用车购置费', 0], ['其中：公务用车购置费', 0], ['公务用车运行维护费', 13 * W], ['公务用车运行维护费', 11 * W], ['公务接待费', 7 * W], ['公务接待费', 5.5 * W],
  ],
};

/** The targets written in CANONICAL_PERFORMANCE. */
const PERFORMANCE = {
  projects: [
    {
      name: '农村饮水安全巡检',
      budget: null,
      selfEvaluation: null,
      indicators: [
        ['产出指标', '数量指标', '巡检村数', q('≥', 120, '个'), null, null, null],
        ['产出指标', '数量指标', '水质检测次数', q('≥', 4, '次'), null, null, null],
        ['产出指标', '质量指标', '水质达标率', q('≥', 95, '%'), null, null, null],
        ['产出指标', '时效指标', '巡检完成时间', ['date', '≤', null, null, '2024-12-31'], null, null, null],
        ['成本指标', '经济成本指标', '巡检成本', q('≤', 60, '万元'), null, null, null],
        ['效益指标', '社会效益指标', '受益人口', q('≥', 3.5, '万人'), null, null, null],
        ['满意度指标', '服务对象满意度指标', '群众满意度', q('≥', 90, '%'), null, null, null],
      ],
    },
  ],
  departmentIndicators: [],
};
PERFORMANCE.projects[0]!.budget = 60 * W as unknown as null;

describe('field test 14: the Tika rendering gives the figures written in the data', () => {
  it('决算: every figure of the sentences, the tables and the 项目支出绩效自评表', () => {
    const d = parseDocument(tika(CANONICAL_FINAL), { path: 'final.tika.txt' });
    expect(d.source.layout).toBe('tika');
    expect(finalExtraction(d)).toEqual(FINAL);
  });
  it('绩效目标表: every indicator, and the 项目资金 | 年度资金总额 | 60.00 row under 单位：万元 above the table', () => {
    const d = parseDocument(tika(CANONICAL_PERFORMANCE), { path: 'performance.tika.txt' });
    expect(d.kind).toBe('performance');
    // (the 60.00 was dropped without a word: the row's lead 项目资金 states no unit, the line above the table does)
    expect(performance(d)).toEqual(PERFORMANCE);
    expect(d.warnings).toEqual([]);
  });
});
