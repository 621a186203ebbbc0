/**
 * Mends of field test 14's review: each case a synthetic table of its own (invented departments and figures).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';

const doc = (...lines: string[]) => parseDocument([...lines, ''].join('\n'));
const INDICATORS = ['| 一级指标 | 二级指标 | 三级指标 | 指标值 |', '| 产出指标 | 数量指标 | 巡检村数 | ≥120个 |'];

describe('绩效目标表: a unit in the funds row\'s own labels wins over the unit above the table', () => {
  it('| 项目资金 | 预算数（元） | 600000.00 | under 单位：万元 is 600000 元 (was 600000 万元)', () => {
    const d = doc('示例局2024年项目支出绩效目标表', '单位：万元', '| 项目名称 | 甲项目 | |', '|---|---|---|', '| 项目资金 | 预算数（元） | 600000.00 |', ...INDICATORS);
    expect(d.performance!.projects[0]!.budget.total).toMatchObject({ yuan: 600000, unit: '元', line: 5 });
  });
  it('| 项目资金 | 预算数（万元） | 60.00 | with no unit above is 60 万元 (was 60 元)', () => {
    const d = doc('示例局2024年项目支出绩效目标表', '| 项目名称 | 甲项目 | |', '|---|---|---|', '| 项目资金 | 预算数（万元） | 60.00 |', '| | 其中：财政拨款 | 50.00 |', ...INDICATORS);
    expect(d.performance!.projects[0]!.budget).toMatchObject({ total: { yuan: 600000, unit: '万元', line: 4 }, fiscal: { yuan: 500000, unit: '万元', line: 5 } });
  });
});

describe('two figures apart by spaces in one table cell: no figure for any reader, and reported', () => {
  it('figuresApart decides by the grouping: a space that splits a thousands group (three digits after it) is kept, any other refused', async () => {
    const { figuresApart, toMoney } = await import('../src/normalize/money.js');
    // refused: the digits after the space are not exactly three, or the piece before it holds a point or more than three digits
    // (or the gap is a column's, two spaces or more or a tab: `6      520.00` is a 行次 and 520.00, not 6,520.00)
    for (const t of ['4      1,180.00', '32 1，050.00', '34 5.00万元', '35 36 5.00', '１２  ３４.００', '12.00 11.00', '1 05.00', '1234 567.00', '6      520.00', '6  520.00', '6\t520.00']) {
      expect([t, figuresApart(t), toMoney(t, 1, '万元')]).toEqual([t, true, null]);
    }
    // kept: one figure cut inside its grouping, a space beside the point or before the unit
    for (const [t, yuan] of [['1 050.00', 10500000], ['1, 050.00', 10500000], ['12 345.67', 123456700], ['1 234 567.00', 12345670000], ['787. 50', 7875000], ['60.00 万元', 600000]] as const) {
      expect([t, figuresApart(t), toMoney(t, 1, '万元')?.yuan]).toEqual([t, false, yuan]);
    }
  });
  it('收入支出决算总表 | 本年收入合计 | 4      1,180.00 | 本年支出合计 | 34      1,140.00 |: no revenue item 41,180万元 nor total 71,260万元; each cell reported', () => {
    const d = doc('示例县水务局2023年度部门决算', '收入支出决算总表', '单位：万元', '| 收入 | 金额 | 支出 | 金额 |', '|---|---|---|---|',
      '| 一般公共预算财政拨款收入 | 1,150.00 | 社会保障和就业支出 | 90.00 |', '| 其他收入 | 30.00 | 农林水支出 | 1,050.00 |', '| 本年收入合计 | 4      1,180.00 | 本年支出合计 | 34      1,140.00 |');
    const yuan = JSON.stringify(d.budget);
    expect(yuan).not.toContain('411800000');
    expect(yuan).not.toContain('3411400000');
    expect(d.warnings.filter((w) => w.code === 'UNREAD_TABLE_CELL').map((w) => [w.line, /“([^”]+)”/.exec(w.message)![1]])).toEqual([[8, '4      1,180.00'], [8, '34      1,140.00']]);
  });
  it('机关运行经费, 政府采购 and 绩效目标表 cells (4 86.40 · 5 42.00 · 4 60.00): no amount (were 486.40, 542.00, 460000 万元), reported', () => {
    const d = doc('示例县水务局2023年度部门决算', '三、机关运行经费支出情况', '单位：万元', '| 项目 | 金额 |', '|---|---|', '| 合计 | 4    86.40 |', '| 办公费 | 30.00 |', '| 水电费 | 25.40 |', '| 差旅费 | 31.00 |', '',
      '四、政府采购支出情况', '单位：万元', '| 项目 | 金额 |', '|---|---|', '| 政府采购支出合计 | 5    42.00 |', '| 政府采购货物支出 | 12.00 |', '| 政府采购服务支出 | 30.00 |');
    expect(d.operatingExpenses?.total ?? null).toBeNull();
    expect(d.procurement?.total ?? null).toBeNull();
    // (the 机关运行经费 table, read by no reader now, is reported whole; the 政府采购 cell on its own)
    expect(d.warnings.filter((w) => w.code.startsWith('UNREAD_TABLE')).map((w) => [w.code, w.line])).toEqual([['UNREAD_TABLE', 4], ['UNREAD_TABLE_CELL', 15]]);
    const p = doc('示例局2024年项目支出绩效目标表', '单位：万元', '| 项目名称 | 甲项目 | |', '|---|---|---|', '| 项目资金 | 预算数 | 4     60.00 |', ...INDICATORS);
    expect(p.performance!.projects[0]!.budget.total).toBeNull();
    expect(p.warnings.filter((w) => w.code === 'UNREAD_TABLE_CELL').map((w) => w.line)).toEqual([5]);
  });
});

describe('绩效目标表: one unit line over several numbered project tables', () => {
  const project = (n: string, name: string, funds: string) => [`${n}.${name}绩效目标表`, `| 项目名称 | ${name} | | |`, '|---|---|---|---|', funds, ...INDICATORS, ''];
  it('单位：万元 above project 1 applies to projects 2, 3 and 4 (were 45.00 dropped, 30 元, 60.00 after a blank cell dropped)', () => {
    const d = doc('示例局2024年项目支出绩效目标表', '单位：万元', ...project('1', '甲项目', '| 项目资金 | 预算数 | 60.00 | |'), ...project('2', '乙项目', '| 项目资金 | 年度资金总额 | 45.00 | |'),
      ...project('3', '丙项目', '| 项目资金 | 预算数 | 30.00 | |'), ...project('4', '丁项目', '| 项目资金 | 年度资金总额 | | 60.00 |'), '备注');
    expect(d.performance!.projects.filter((p) => p.name).map((p) => [p.name, p.budget.total?.yuan, p.budget.total?.unit])).toEqual([
      ['甲项目', 600000, '万元'], ['乙项目', 450000, '万元'], ['丙项目', 300000, '万元'], ['丁项目', 600000, '万元']]);
  });
  it('a heading of another kind ends the unit line (第二部分 …: the 30.00 below is no 万元 of the line above)', () => {
    const d = doc('示例局2024年项目支出绩效目标表', '单位：万元', ...project('1', '甲项目', '| 项目资金 | 预算数 | 60.00 | |'), '第二部分 部门整体支出绩效目标',
      ...project('2', '乙项目', '| 项目资金 | 年度资金总额 | 30.00 | |'), '备注');
    expect(d.performance!.projects.filter((p) => p.name).map((p) => [p.name, p.budget.total?.yuan ?? null])).toEqual([['甲项目', 600000], ['乙项目', null]]);
    // (with no unit stated, the 年度资金总额 figure is reported, never read in 元 by guess nor dropped)
    expect(d.warnings.filter((w) => w.code === 'TABLE_NO_UNIT').map((w) => [w.line, w.message.includes('30.00')])).toEqual([[14, true]]);
  });
});

describe('绩效自评表 funds whose header was not read', () => {
  const form = (total: string, fiscal: string, other: string) => doc('示例县水务局2023年度部门决算', '项目支出绩效自评表', '| 项目名称 | 农村饮水工程维修养护 | | |', '|---|---|---|---|',
    total, fiscal, other, '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |', '| 产出指标 | 数量指标 | 维修养护工程处数 | ≥25处 | 26处 | 20 | 20 |', '| 总分 | | | | | 20 | 20 |', '');
  const unplaced = (d: ReturnType<typeof doc>) => d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => [w.line, /"([^"]+)"/.exec(w.message)![1]]);
  it('| 项目资金（万元） | 年度资金总额 | 300.00 | placed as the budget is no UNPLACED_FIGURE (it was both)', () => {
    const d = form('| 项目资金（万元） | 年度资金总额 | 300.00 | |', '| | 其中：当年财政拨款 | 280.00 | |', '| | 其他资金 | 20.00 | |');
    expect(d.performance!.projects[0]!.budget).toMatchObject({ total: { yuan: 3000000 }, fiscal: { yuan: 2800000 }, other: { yuan: 200000 } });
    expect(unplaced(d)).toEqual([]);
  });
  it('with two figures a row (no field takes them), the rows of its parts are reported too (其中：当年财政拨款 · 其他资金 were dropped without a word)', () => {
    const d = form('| 项目资金（万元） | 年度资金总额 | 300.00 | 310.00 |', '| | 其中：当年财政拨款 | 280.00 | 290.00 |', '| | 其他资金 | 20.00 | 20.00 |');
    expect(unplaced(d)).toEqual([[5, '年度资金总额 300.00'], [5, '年度资金总额 310.00'], [6, '其中：当年财政拨款 280.00'], [6, '其中：当年财政拨款 290.00'], [7, '其他资金 20.00'], [7, '其他资金 20.00']]);
  });
});

describe('tables: a row whose figures are in full-width digits', () => {
  it('| 二、住房保障支出 | ６０.００ | is a row of 60 万元 (it disappeared: the header-row test knew ASCII digits only)', () => {
    const d = doc('示例县水务局2023年度部门决算', '支出决算表', '单位：万元', '| 项目 | 金额 |', '|---|---|', '| 一、社会保障和就业支出 | 90.00 |', '| 二、住房保障支出 | ６０.００ |', '| 合计 | 150.00 |');
    expect(d.tables.flatMap((t) => t.rows.map((r) => [r.name, r.values.total?.yuan, r.values.total?.line]))).toEqual([
      ['一、社会保障和就业支出', 900000, 6], ['二、住房保障支出', 600000, 7], ['合计', 1500000, 8]]);
  });
});

describe('国有资产: a table headed | 资产 | 金额 | (no 数量 column)', () => {
  it('its 金额 figures are values, not counts (流动资产 was quantity 120, value null; 资产总额 520.00 dropped without a word)', () => {
    const d = doc('示例县水务局2023年度部门决算', '五、国有资产占有使用情况', '单位：万元', '| 资产 | 金额 |', '|---|---|', '| 资产总额 | 520.00 |', '| 流动资产 | 120.00 |', '| 固定资产 | 380.00 |', '| 无形资产 | 20.00 |');
    expect(d.assets!.total).toMatchObject({ yuan: 5200000, line: 6 });
    expect(d.assets!.items.map((i) => [i.name, i.quantity, i.value?.yuan ?? null])).toEqual([['流动资产', null, 1200000], ['固定资产', null, 3800000], ['无形资产', null, 200000]]);
  });
});
