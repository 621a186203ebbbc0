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
