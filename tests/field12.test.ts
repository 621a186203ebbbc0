import { describe, expect, it } from 'vitest';
import { fixture, y } from './helpers.js';

// Field test 12: 项目支出绩效自评表 / 部门整体支出绩效自评表 and the targets of 绩效目标表, in the layouts and wordings of
// several provinces, each written here as a synthetic document with invented departments and figures.

const codes = (d: { warnings: readonly { code: string }[] }, code: string) => d.warnings.filter((w) => w.code === code);
const t = (x: { kind: string; operator: string | null; value: number | null; upper: number | null; unit: string | null; yuan: number | null; date: string | null }) =>
  [x.kind, x.operator, x.value, x.upper, x.unit, x.yuan, x.date];

describe('field12: targets', () => {
  const d = fixture('field12/target-ranges-frequency-money.txt');
  const target = (name: string) => t(d.performance!.projects[0]!.indicators.find((i) => i.name === name)!.target);
  it('"≥95%且≤100%" · "不低于90%且不高于100%": two bounds of one unit are a range (value, upper, no operator; was qualitative)', () => {
    expect(target('设施完好率')).toEqual(['quantitative', null, 95, 100, '%', null, null]);
    expect(target('受益群众满意度')).toEqual(['quantitative', null, 90, 100, '%', null, null]);
    expect(target('设施使用率')).toEqual(['quantitative', null, 90, 100, '%', null, null]); // ≥90%，且≤100%
    expect(target('维护验收合格率')).toEqual(['quantitative', null, 95, 100, '%', null, null]);
    expect(target('灌溉保证率')).toEqual(['quantitative', null, 90, 100, '%', null, null]);
  });
  it('"每月1次" · "每周≥2次": a frequency, the period in the unit (次/月; was = 1 次, and 每周≥2次 lost its ≥)', () => {
    expect(target('巡查频次')).toEqual(['quantitative', '=', 1, null, '次/月', null, null]);
    expect(target('汛期检查频次')).toEqual(['quantitative', '≥', 2, null, '次/周', null, null]);
  });
  it('"2025年内全部完成": a deadline ≤ 2025-12-31 (was qualitative)', () => {
    expect(target('维护任务完成时间')).toEqual(['date', '≤', null, null, null, null, '2025-12-31']);
  });
  it('"≤5%（含）" · "85%~95%之间" · "【≥】95%": the note, 之间 and the brackets are no unit and no lost operator (units were "%(含)", "%之间"; = 95 implied)', () => {
    expect(target('返工率')).toEqual(['quantitative', '≤', 5, null, '%', null, null]);
    expect(target('出水达标率')).toEqual(['quantitative', null, 85, 95, '%', null, null]);
    expect(target('巡查覆盖率')).toEqual(['quantitative', '≥', 95, null, '%', null, null]);
  });
  it('"95%–100%" (an en dash) · "90%－－100%" (a doubled dash): a range (was qualitative)', () => {
    expect(target('泵站完好率')).toEqual(['quantitative', null, 95, 100, '%', null, null]);
    expect(target('闸门完好率')).toEqual(['quantitative', null, 90, 100, '%', null, null]);
  });
  it('"≤-5%": the value keeps its sign (was 5)', () => {
    expect(target('运维成本变动率')).toEqual(['quantitative', '≤', -5, null, '%', null, null]);
  });
  it('"≤30万" of a 成本 indicator is money (yuan 300000; was none); "≥3万" 受益人口 stays a count', () => {
    expect(target('单处维护成本')).toEqual(['quantitative', '≤', 30, null, '万', 300000, null]);
    expect(target('受益人口')).toEqual(['quantitative', '≥', 3, null, '万', null, null]);
  });
});

describe('field12: SUM_PROJECT_FUNDS with no 其他资金 figure', () => {
  it('预算数 80.00, 财政资金 60.00, 其他资金 blank: no mismatch is claimed (the blank is no 0); 财政资金 45.00 above 预算数 40.00 still is one', () => {
    const d = fixture('field12/target-funds-other-blank.txt');
    const [a, b] = d.performance!.projects;
    expect([y(a!.budget.total), y(a!.budget.fiscal), a!.budget.other]).toEqual([800000, 600000, null]);
    expect(codes(d, 'SUM_PROJECT_FUNDS').map((w) => w.line)).toEqual([15]);
    expect([y(b!.budget.total), y(b!.budget.fiscal)]).toEqual([400000, 450000]);
  });
});

describe('field12: a 自评表 printed one cell per line, its empty cells as blank lines (a web page saved as text)', () => {
  it('the funds, goal, indicators, 总分 and 自评等级 are read (all were UNREAD_NUMBERS or lost)', () => {
    const d = fixture('field12/self-eval-cell-lines-blank.txt');
    const p = d.performance!.projects[0]!;
    expect(p.name).toBe('高标准农田管护补助');
    const se = p.selfEvaluation!;
    expect([y(se.initialBudget), y(se.adjustedBudget), y(se.executed)]).toEqual([1200000, 1100000, 990000]);
    expect([se.initialBudget!.line, se.adjustedBudget!.line, se.executed!.line]).toEqual([19, 20, 21]);
    expect([se.executionRate?.percent, se.budgetWeight, se.budgetScore, se.totalWeight, se.totalScore, se.grade]).toEqual([90, 10, 9, 100, 97, '优']);
    expect(p.goals).toEqual(['完成高标准农田管护面积5000亩，保障灌溉设施正常运行。']);
    expect(p.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.actual!.raw, i.weight, i.score, i.deviation])).toEqual([
      ['产出指标', '数量指标', '农田管护面积', '≥5000亩', '5200亩', 20, 20, null],
      ['产出指标', '质量指标', '设施完好率', '≥95%', '92%', 20, 18, '部分渠道老化，下年度加强巡查维修'],
      ['产出指标', '时效指标', '管护任务完成时间', '2024年12月底前', '2024年11月30日', 10, 10, null],
      ['效益指标', '社会效益指标', '受益农户数', '≥800户', '820户', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '农户满意度', '≥90%', '93%', 20, 20, null],
    ]);
    expect(d.performance!.overallGoal).toBeNull();
    // the 其中：当年财政拨款 row's figures fit no field: reported
    expect(d.warnings.map((w) => [w.code, w.line])).toEqual([['UNPLACED_FIGURE', 26], ['UNPLACED_FIGURE', 27], ['UNPLACED_FIGURE', 28]]);
  });
  it('without the 绩效指标 cell, and with a 一级 label that states its points (产出指标（50分）): read the same', () => {
    const d = fixture('field12/self-eval-cell-lines-no-lead.txt');
    const p = d.performance!.projects[0]!;
    expect(p.indicators.map((i) => [i.level1, i.name, i.weight, i.score])).toEqual([
      ['产出指标（50分）', '农田管护面积', 20, 20], ['产出指标（50分）', '设施完好率', 20, 18], ['产出指标（50分）', '管护任务完成时间', 10, 10],
      ['效益指标', '受益农户数', 20, 20], ['满意度指标', '农户满意度', 20, 20],
    ]);
    expect(y(p.selfEvaluation!.executed)).toBe(990000);
  });
  it('a form that dropped one blank cell (the first row\'s empty 偏差原因) cannot be set back: its 质量指标 would be a deviation, so nothing is guessed and the figures stay UNREAD_NUMBERS', () => {
    const d = fixture('field12/self-eval-cell-lines-dropped-blanks.txt');
    const p = d.performance!.projects[0]!;
    expect(p.indicators).toEqual([]);
    expect(p.selfEvaluation).toBeUndefined();
    expect(codes(d, 'UNREAD_NUMBERS').length).toBe(1);
  });
});

describe('field12: a 自评表 funds header with no blank cell over its row labels', () => {
  it('| 项目资金（万元） | 年初预算数 | … | ⏎ | 年度资金总额 | 200.00 | …: the self-evaluation\'s figures, no project budget (was budget.total 200 元)', () => {
    const d = fixture('field12/self-eval-funds-no-label-column.txt');
    const p = d.performance!.projects[0]!;
    expect(p.budget).toEqual({ total: null, fiscal: null, other: null });
    const se = p.selfEvaluation!;
    expect([y(se.initialBudget), y(se.adjustedBudget), y(se.executed), se.executionRate?.percent, se.budgetScore]).toEqual([2000000, 1800000, 1710000, 95, 9.5]);
    expect([se.totalWeight, se.totalScore, se.grade]).toEqual([100, 99.5, '优']);
  });
});

describe('field12: 湖北\'s 项目绩效自评表, its headers noted (A) / (B) / (B/A)', () => {
  it('预算数(A) · 执行数(B) · 执行率(B/A) · 得分(20分*执行率) under 年度财政资金总额, 年初目标值(A) · 实际完成值(B), | 总分 | 97 |', () => {
    const d = fixture('field12/self-eval-hubei-ab-columns.txt');
    const p = d.performance!.projects[0]!;
    // was budget.fiscal 40 元 (the 预算数 of 年度财政资金总额, in no unit), and no self-evaluation figure
    expect(p.budget).toEqual({ total: null, fiscal: null, other: null });
    const se = p.selfEvaluation!;
    expect([y(se.initialBudget), y(se.adjustedBudget), y(se.executed), se.executionRate?.percent, se.budgetWeight, se.budgetScore]).toEqual([null, 400000, 360000, 90, null, 18]);
    // (no 分值 column: the lone 总分 figure is the score)
    expect([se.totalWeight, se.totalScore]).toEqual([null, 97]);
    expect(p.indicators.map((i) => [i.name, i.target.raw, i.actual!.raw, i.weight, i.score])).toEqual([
      ['监测断面数', '24个', '24个', null, 20], ['监测数据合格率', '100%', '100%', null, 20],
      ['水质信息公开及时率', '100%', '95%', null, 19], ['公众满意度', '≥90%', '92%', null, 20],
    ]);
    expect(d.warnings.map((w) => w.code)).toEqual([]);
  });
});

describe('field12: 四川\'s 自评表 printed one cell per line, each cell closed by a pipe (a lone pipe an empty cell)', () => {
  it('the goal before the funds, 年度预算数(万元) over the row labels, a 原因 column, 指标性质 / 指标值 / 度量单位, 合计: read (was UNREAD_NUMBERS, no indicator)', () => {
    const d = fixture('field12/self-eval-sichuan-cell-pipes.txt');
    const p = d.performance!.projects[0]!;
    // the code before the name is the project's code (the name was '51000024T000001234567-乡村文化活动经费', the code null)
    expect([p.name, p.code]).toEqual(['乡村文化活动经费', '51000024T000001234567']);
    const se = p.selfEvaluation!;
    expect([y(se.initialBudget), y(se.adjustedBudget), y(se.executed), se.executionRate?.percent, se.budgetWeight, se.budgetScore]).toEqual([300000, 320000, 304000, 95, 10, 9.5]);
    expect([se.totalWeight, se.totalScore]).toEqual([100, 97.5]);
    expect(p.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.actual!.raw, i.weight, i.score, i.deviation])).toEqual([
      ['产出指标', '数量指标', '文化活动场次', '≥60场次', '62场次', 30, 30, null],
      ['产出指标', '质量指标', '活动验收合格率', '=100%', '100%', 30, 30, null],
      ['效益指标', '社会效益指标', '群众参与人次', '≥6000人次', '5800人次', 30, 28, '部分村组受天气影响，下年调整活动时间'],
    ]);
    // (the 原因 note names 其他资金: no row label; the tables stage says its cell is no amount)
    expect(d.warnings.map((w) => [w.code, w.line])).toEqual([['UNPLACED_FIGURE', 35], ['UNPLACED_FIGURE', 36], ['UNPLACED_FIGURE', 37], ['UNREAD_TABLE_CELL', 33]]);
  });
});

describe('field12: the parts of a 自评表\'s funds below 年度资金总额', () => {
  it('部门整体支出绩效自评表: 其中：基本支出 / 项目支出 (and a project\'s 其中：当年财政拨款) fit no field: UNPLACED_FIGURE (were dropped without a word); 0.00 is none', () => {
    const d = fixture('field12/dept-self-eval-pipe.txt');
    const se = d.performance!.projects[0]!.selfEvaluation!;
    expect([y(se.initialBudget), y(se.adjustedBudget), y(se.executed), se.totalScore]).toEqual([9000000, 9500000, 9120000, 98.6]);
    expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => [w.line, w.message.replace(/^绩效: the figure "([^"]+)".*/, '$1')])).toEqual([
      [6, '其中：基本支出 年初预算数 700.00'], [6, '其中：基本支出 全年预算数 720.00'], [6, '其中：基本支出 全年执行数 715.00'],
      [7, '项目支出 年初预算数 200.00'], [7, '项目支出 全年预算数 230.00'], [7, '项目支出 全年执行数 197.00'],
    ]);
    expect(d.warnings.length).toBe(6);
  });
});

describe('field12: a 部门整体支出绩效自评表 printed one cell per line (a table the layout made of its cells)', () => {
  it('部门（单位）名称 ⏎ … ⏎ 年度预算情况（万元） ⏎ ⏎ 年初预算数 …: funds, goal, indicators and 总分 read (the layout\'s one-row table gave two indicators with a score and no name)', () => {
    const d = fixture('field12/dept-self-eval-cell-lines.txt');
    const p = d.performance!.projects[0]!;
    const se = p.selfEvaluation!;
    expect([y(se.initialBudget), y(se.adjustedBudget), y(se.executed), se.executionRate?.percent, se.budgetWeight, se.budgetScore, se.totalWeight, se.totalScore]).toEqual([9000000, 9500000, 9120000, 96, 10, 9.6, 100, 98.6]);
    expect(p.goals).toEqual(['完成食品安全抽检1500批次']);
    expect(p.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.actual!.raw, i.weight, i.score, i.deviation])).toEqual([
      ['产出指标', '数量指标', '食品安全抽检批次', '≥1500批次', '1560批次', 30, 30, null],
      ['产出指标', '时效指标', '投诉举报按时办结率', '≥98%', '97%', 20, 19, '个别案件调查周期长'],
      ['效益指标', '社会效益指标', '食品安全事件发生数', '0起', '0起', 20, 20, null],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93%', 20, 20, null],
    ]);
    expect(d.warnings.map((w) => [w.code, w.line])).toEqual([20, 21, 22, 27, 28, 29].map((n) => ['UNPLACED_FIGURE', n]));
  });
});

describe('field12: 四川\'s web page prints no merged lead cell in its rows (| 总额 | 8.00 | … under | 预算执行情况(10分) | 年度预算数(万元) | …)', () => {
  const d = fixture('field12/self-eval-sichuan-goal-row.txt');
  const p = d.performance!.projects[0]!;
  it('the funds row is set under its header: 权重 10 was the 执行率 (10 %), 得分 9.6 the 权重, 预算执行数 null', () => {
    const se = p.selfEvaluation!;
    expect([y(se.initialBudget), y(se.adjustedBudget), y(se.executed), se.executionRate?.percent, se.budgetWeight, se.budgetScore]).toEqual([80000, 85000, 81600, 96, 10, 9.6]);
    expect([se.totalWeight, se.totalScore]).toEqual([100, 97.6]);
  });
  it('an indicator row without the 绩效指标(90分) cell (or without its merged 一级) is set under 一级 (二级): was level1 数量指标, target "300件312"', () => {
    expect(p.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.actual!.raw, i.weight, i.score, i.deviation])).toEqual([
      ['产出指标', '数量指标', '调解矛盾纠纷件数', '≥300件', '312件', 30, 30, null],
      ['产出指标', '质量指标', '调解协议履行率', '≥95%', '96%', 15, 15, null],
      ['满意度指标', '服务对象满意度指标', '当事人满意度', '≥90%', '86%', 45, 43, '部分当事人对调解时长不满意'],
    ]);
  });
  it('| 项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况 | ⏎ | goal | done |: the goal is read (was none); the name\'s code is the code', () => {
    expect(p.goals).toEqual(['按时发放人民调解员补贴，调解矛盾纠纷300件。']);
    expect([p.name, p.code]).toEqual(['2024年人民调解员补贴', '51000024T000007654321']);
    expect(d.warnings.map((w) => [w.code, w.line])).toEqual([['UNPLACED_FIGURE', 10], ['UNPLACED_FIGURE', 10], ['UNPLACED_FIGURE', 10]]);
  });
});

describe('field12: a target split over 指标性质 / 指标值 / 度量单位', () => {
  it('| 区间 | 95-100 | % |: 区间 names the kind, no operator: a range 95–100 % (was qualitative, raw "区间95-100%")', () => {
    const d = fixture('field12/target-split-range-nature.txt');
    const ind = d.performance!.projects[0]!.indicators;
    expect(ind.map((i) => [i.name, i.target.raw, ...t(i.target)])).toEqual([
      ['监测站点在线率', '95-100%', 'quantitative', null, 95, 100, '%', null, null],
      ['预警信息发布次数', '≥12次', 'quantitative', '≥', 12, null, '次', null, null],
      ['预警覆盖水平', '有效提升', 'qualitative', null, null, null, null, null, null],
    ]);
  });
});

describe('field12: 湖北\'s 年初指标值 | 年终完成值 | 自评分 | 复核分', () => {
  it('年终完成值 is the actual, 自评分 the score (复核分, the reviewer\'s, is not); | 总分 | 97.7 | the score (were none: no self-evaluation field)', () => {
    const d = fixture('field12/self-eval-hubei-review-score.txt');
    const p = d.performance!.projects[0]!;
    expect(p.indicators.map((i) => [i.name, i.target.raw, i.actual?.raw, i.weight, i.score])).toEqual([
      ['道路养护里程', '300公里', '300公里', null, 30], ['养护验收合格率', '≥95%', '96%', null, 30], ['沿线群众满意度', '≥90%', '88%', null, 28],
    ]);
    const se = p.selfEvaluation!;
    expect([y(se.adjustedBudget), y(se.executed), se.executionRate?.percent, se.budgetScore, se.totalScore]).toEqual([3000000, 2910000, 97, 9.7, 97.7]);
    // the 复核分 figures fit no field: reported (they were dropped without a word)
    expect(d.warnings.map((w) => [w.code, w.line, w.message.replace(/^绩效: the figure "([^"]+)".*/, '$1')])).toEqual([
      ['UNPLACED_FIGURE', 7, '道路养护里程 复核分 28'], ['UNPLACED_FIGURE', 8, '养护验收合格率 复核分 30'], ['UNPLACED_FIGURE', 9, '沿线群众满意度 复核分 25'],
    ]);
  });
});

describe('field12: a 部门整体支出绩效自评表 with its tasks (| 年度主要任务 | 任务名称 | 主要内容 | 全年预算数 | 全年执行数 |)', () => {
  it('the tasks header is no funds header: the funds stand (were null, with a false TABLE_NO_UNIT and SUM_SELF_EVAL), the tasks\' figures are reported', () => {
    const d = fixture('field12/dept-self-eval-tasks.txt');
    const se = d.performance!.projects[0]!.selfEvaluation!;
    expect([y(se.initialBudget), y(se.adjustedBudget), y(se.executed), se.executionRate?.percent, se.budgetScore, se.totalScore]).toEqual([3000000, 3200000, 3040000, 95, 9.5, 99.5]);
    expect(d.warnings.filter((w) => w.code !== 'UNPLACED_FIGURE')).toEqual([]);
    expect(d.warnings.filter((w) => /a task of/.test(w.message)).map((w) => [w.line, w.message.replace(/^绩效: the figure "([^"]+)".*/, '$1')])).toEqual([
      [9, '公共文化服务 开展群众文化活动 全年预算数 50.00'], [9, '公共文化服务 开展群众文化活动 全年执行数 42.00'],
      [10, '非遗保护 非遗项目调查记录 全年预算数 20.00'], [10, '非遗保护 非遗项目调查记录 全年执行数 14.00'],
      [11, '合计 全年预算数 70.00'], [11, '合计 全年执行数 56.00'],
    ]);
  });
});

describe('field12: a 部门整体支出绩效自评表 one cell per line with its tasks (年度主要任务 ⏎ 任务名称 ⏎ 主要内容 ⏎ 全年预算数 ⏎ 全年执行数 ⏎ …)', () => {
  it('the form is set back (was the layout\'s table: an indicator with no 一级 and no actual, a false SUM_SELF_EVAL), the tasks\' figures reported', () => {
    const d = fixture('field12/dept-self-eval-cell-lines-tasks.txt');
    const p = d.performance!.projects[0]!;
    const se = p.selfEvaluation!;
    expect([y(se.initialBudget), y(se.adjustedBudget), y(se.executed), se.executionRate?.percent, se.budgetScore, se.totalWeight, se.totalScore]).toEqual([9000000, 9500000, 9120000, 96, 9.6, 100, 98.6]);
    expect(p.indicators.map((i) => [i.level1, i.name, i.actual!.raw, i.weight, i.score])).toEqual([
      ['产出指标', '食品安全抽检批次', '1560批次', 30, 30], ['产出指标', '投诉举报按时办结率', '97%', 20, 19],
      ['效益指标', '食品安全事件发生数', '0起', 20, 20], ['满意度指标', '群众满意度', '93%', 20, 20],
    ]);
    expect(d.warnings.filter((w) => w.code !== 'UNPLACED_FIGURE')).toEqual([]);
    expect(d.warnings.filter((w) => /a task of/.test(w.message)).map((w) => w.line)).toEqual([40, 41, 44, 45, 48, 49]);
  });
});

describe('field12 review: a full row is as printed (no shift)', () => {
  it('field12 review: a 部门整体 自评表 row | 履职效能指标 | 重点工作 | … | 40 | 40 | | (a blank last cell, a 一级 word not on the list) stays as printed (was level1 null, name 重点工作, target the name, weight null)', () => {
    const d = fixture('field12/review-shift-full-rows.txt');
    expect(d.performance!.projects[0]!.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.actual!.raw, i.weight, i.score])).toEqual([
      ['履职效能指标', '重点工作', '食品安全抽检批次', '≥1200批次', '1260批次', 40, 40],
      ['管理效率指标', '预算管理', '预算执行率', '≥95%', '95%', 30, 30],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '92%', 20, 20],
    ]);
  });
  it('field12 review: a 绩效目标表 with a blank 备注 column keeps its rows as printed (≥98% · ≥95% were lost without a word)', () => {
    const d = fixture('field12/review-target-blank-note.txt');
    expect(d.performance!.projects[0]!.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw])).toEqual([
      ['履职效能指标', '重点工作', '义务教育巩固率', '≥98%'],
      ['管理效率指标', '预算管理', '预算执行率', '≥95%'],
      ['满意度指标', '服务对象满意度指标', '家长满意度', '≥90%'],
    ]);
  });
  it('field12 review: a funds row whose label spans two columns (| 年度资金总额 | | 500.00 | …) is as printed (was 年初 null, 全年预算数 500, 执行率 10 %, 分值 494)', () => {
    const d = fixture('field12/review-funds-label-span.txt');
    const se = d.performance!.projects[0]!.selfEvaluation!;
    expect([y(se.initialBudget), y(se.adjustedBudget), y(se.executed), se.executionRate?.percent, se.budgetWeight, se.budgetScore]).toEqual([5000000, 5200000, 4940000, 95, 10, 9.5]);
    expect(d.warnings.map((w) => [w.code, w.line, w.message.replace(/^绩效: the figure "([^"]+)".*/, '$1')])).toEqual([
      ['UNPLACED_FIGURE', 6, '其中：基本支出 年初预算数 400.00'], ['UNPLACED_FIGURE', 6, '其中：基本支出 全年预算数 410.00'], ['UNPLACED_FIGURE', 6, '其中：基本支出 全年执行数 405.00'],
    ]);
  });
});

describe('field12 review: a bare 万 is money only for a name or a heading of money', () => {
  it('field12 review: counts named 补助 / 资金 / 补贴 (补助对象人数 ≥3万 · 资金惠及人口 · 补贴发放户数 · 补助对象) and 社会成本 ones (受影响群众人数 ≤1万 · 临时占用场地) get no yuan (were 30000 …); 项目总成本 ≤90万 and 发放补助资金 ≥40万 (产出, a money name) do; 人均补助标准 and 发放工作控制 (a 经济成本 heading alone) do not (review 2: were 5000 / 80000)', () => {
    const d = fixture('field12/review-money-counts.txt');
    expect(d.performance!.projects[0]!.indicators.map((i) => [i.name, i.target.yuan])).toEqual([
      ['补助对象人数', null], ['资金惠及人口', null], ['补贴发放户数', null], ['补助对象', null], ['受影响群众人数', null],
      ['项目总成本', 900000], ['人均补助标准', null], ['发放工作控制', null], ['发放补助资金', 400000], ['临时占用场地', null], ['受益群众', null],
    ]);
  });
});

describe('field12 review: a lone 总分 figure is the score only where nothing else can be', () => {
  const total = (f: string) => { const se = fixture(f).performance!.projects[0]!.selfEvaluation!; return [se.totalWeight, se.totalScore]; };
  it('field12 review: | 标准分 | 得分 | with the 得分 cells blank, | 总分 | 100 |: no score (was totalScore 100, the points)', () => {
    expect(total('field12/review-total-standard-score.txt')).toEqual([null, null]);
  });
  it('field12 review: a 指标权重 column beside 得分, | 总分 | 97.5 |: neither is guessed (was totalScore 97.5)', () => {
    expect(total('field12/review-total-weight-header.txt')).toEqual([null, null]);
  });
  it('field12 review: a 得分 column with no score in it, | 总分 | 100 |: no score (was totalScore 100)', () => {
    expect(total('field12/review-total-no-scores.txt')).toEqual([null, null]);
  });
});

describe('field12 review: SUM_PROJECT_FUNDS with a dash for 其他资金', () => {
  it('field12 review: | 其他资金 | — | and | 其他资金 | - | are 0: 财政资金 60.00 under 预算数 80.00 is a mismatch (was silent); a blank cell stays unknown, 30.00 = 30.00 agrees', () => {
    const d = fixture('field12/review-funds-other-dash.txt');
    expect(codes(d, 'SUM_PROJECT_FUNDS').map((w) => w.line)).toEqual([7, 14]);
    expect(d.performance!.projects.map((p) => p.budget.other)).toEqual([null, null, null, null]);
  });
});

describe('field12 review: a 自评表 one cell per line that lost a cell and gained one later is not set back', () => {
  it('field12 review: row 1\'s blank 偏差原因 dropped, a blank line added after row 2: no indicator named "≥95%" with target 92 %, actual 20, weight 18 (the name is a target); the figures stay UNREAD_NUMBERS', () => {
    const d = fixture('field12/review-cell-lines-compensating.txt');
    expect(d.performance!.projects.flatMap((p) => p.indicators)).toEqual([]);
    expect(codes(d, 'UNREAD_NUMBERS').length).toBeGreaterThan(0);
  });
  it('field12 review: the same with a text target (基本完好): the 分值 (20 + 18 + 10 + 20 + 20 and the funds\' 10) do not add up to the 总分\'s 100: not set back', () => {
    const d = fixture('field12/review-cell-lines-compensating-text.txt');
    expect(d.performance!.projects.flatMap((p) => p.indicators)).toEqual([]);
    expect(codes(d, 'UNREAD_NUMBERS').length).toBeGreaterThan(0);
  });
});

describe('field12 review: 四川 rows that print neither merged level cell', () => {
  it('field12 review: | 援助律师人数 | ≥ | 12 | 人 | … | and a name ending in 指标 (援助质量达标指标) are set under 三级 (were name "人", target "121010" and a level1 "≥"; the 指标 name a 二级 with actual "9415")', () => {
    const d = fixture('field12/review-sichuan-no-level-cells.txt');
    expect(d.performance!.projects[0]!.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.actual!.raw, i.weight, i.score])).toEqual([
      ['产出指标', '数量指标', '法律援助案件数', '≥150件', '162件', 20, 20],
      ['产出指标', '数量指标', '援助律师人数', '≥12人', '12人', 10, 10],
      ['产出指标', '质量指标', '案件办结率', '≥95%', '97%', 15, 15],
      ['产出指标', '质量指标', '援助质量达标指标', '≥90%', '94%', 15, 15],
      ['满意度指标', '服务对象满意度指标', '受援人满意度', '≥90%', '92%', 30, 30],
    ]);
  });
});

describe('field12 review 2: a funds row with one spare blank cell at its end', () => {
  it('review 2: | 年度资金总额 | 180.00 | … | 9.5 | | under | 项目资金（万元） | | 年初预算数 | …: 180 / 170 / 161.5 / 95 % / 10 / 9.5 (was 年初 170, 全年 161.5, 执行数 10 from the 分值, 执行率 9.5)', () => {
    const d = fixture('field12/review2-funds-spare-blank.txt');
    const se = d.performance!.projects[0]!.selfEvaluation!;
    expect([y(se.initialBudget), y(se.adjustedBudget), y(se.executed), se.executionRate?.percent, se.budgetWeight, se.budgetScore]).toEqual([1800000, 1700000, 1615000, 95, 10, 9.5]);
    expect(codes(d, 'UNPLACED_FIGURE').map((w) => w.message.replace(/^绩效: the figure "([^"]+)".*/, '$1'))).toEqual([
      '其中：财政资金 年初预算数 180.00', '其中：财政资金 全年预算数 170.00', '其中：财政资金 全年执行数 161.50',
    ]);
    expect(codes(d, 'EXECUTION_RATE')).toEqual([]);
  });
});

describe('field12 review 2: a bare 万 is money only for a name ending in 成本 / 资金 / 经费 / 费用 / 金额', () => {
  it('review 2: 巡防人力投入 ≥2万 · 路灯维护标准 ≥3万 · 培训人员 / 节约电量 / 受惠居民 under a 成本 heading get no yuan (were 20000 / 30000 / 15000 / 40000 / 20000); …总成本 · …经费 · …费用 · …金额 · …资金 do', () => {
    const d = fixture('field12/review2-money-names.txt');
    expect(d.performance!.projects[0]!.indicators.map((i) => [i.name, i.target.unit, i.target.yuan])).toEqual([
      ['巡防人力投入', '万', null], ['路灯维护标准', '万', null], ['培训人员', '万', null], ['节约电量', '万', null], ['受惠居民', '万', null],
      ['项目总成本', '万', 600000], ['年度运维经费', '万', 120000], ['宣传印制费用', '万', 20000], ['维修补助金额', '万', 5000], ['发放维护资金', '万', 400000],
    ]);
  });
});

describe('field12 review 2: a lone 总分 beside a 分数 / 权数 column is not the score', () => {
  for (const [f, w] of [['field12/review2-total-points.txt', '分数'], ['field12/review2-total-weights.txt', '权数']] as const) {
    it(`review 2: | … | ${w} | 得分 | with scores 38 / 25 / 24, | 总分 | 100 |: no totalScore (was 100 with a SUM_SELF_EVAL); the ${w} figures 40 / 25 / 25 and the lone 100 are UNPLACED_FIGURE (were lost without a word)`, () => {
      const d = fixture(f);
      const se = d.performance!.projects[0]!.selfEvaluation!;
      expect([se.totalWeight, se.totalScore]).toEqual([null, null]);
      expect(codes(d, 'SUM_SELF_EVAL')).toEqual([]);
      expect(codes(d, 'UNPLACED_FIGURE').map((x) => x.message.replace(/^绩效: the figure "([^"]+)".*/, '$1'))).toEqual([
        `文化下乡场次 ${w} 40`, `群众参与程度 ${w} 25`, `观众满意度 ${w} 25`, '总分 100',
      ]);
    });
  }
});

describe('field12 review 2: SUM_PROJECT_FUNDS with / or 无 for 其他资金', () => {
  it('review 2: | 其他资金 | / | and | 其他资金 | 无 | are 0 like a dash: 财政资金 55.00 under 预算数 70.00 and 36.00 under 40.00 are mismatches (were silent); 25.00 = 25.00 agrees', () => {
    const d = fixture('field12/review2-funds-other-slash.txt');
    expect(codes(d, 'SUM_PROJECT_FUNDS').map((w) => w.line)).toEqual([7, 14]);
    expect(d.performance!.projects.map((p) => p.budget.other)).toEqual([null, null, null]);
  });
});

describe('field12 review 2: an indicator row that leaves out the lead column', () => {
  it('review 2: | 产出 | 数量 | 来访接待件数 | 30 | 28 | under | 绩效指标 | 一级指标 | 二级指标 | 三级指标 | …: no indicator (was one named "30", level1 数量, target 28): UNREAD_INDICATOR with the row\'s words', () => {
    const d = fixture('field12/review2-rows-no-lead.txt');
    expect(d.performance!.projects[0]!.indicators).toEqual([]);
    expect(codes(d, 'UNREAD_INDICATOR').map((w) => [w.line, w.message.replace(/^.*the indicator row "([^"]+)".*$/, '$1')])).toEqual([
      [9, '产出 数量 来访接待件数 30 28'], [10, '效益 社会效益 群众反映问题解决率 60 60'],
    ]);
  });
});
