/**
 * Mends of the review of field test 14, part 2: synthetic pages (invented departments and figures), each one trap.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';

describe('field14 review 2: a 收支总表 one cell per line whose page left its empty cells out', () => {
  it('项目 ⏎ 金额 ⏎ 项目 ⏎ 金额 ⏎ … ⏎ 三、社会保障和就业支出 ⏎ 50.00 (no revenue beside it): no row read across the halves', () => {
    const input = ['示例县园林局2024年部门预算', '收支总表', '单位：万元', '', '项目', '金额', '项目', '金额',
      '一、一般公共预算拨款收入', '450.00', '一、农林水支出', '380.00', '二、其他收入', '50.00', '二、住房保障支出', '70.00',
      '三、社会保障和就业支出', '50.00', '收入总计', '500.00', '支出总计', '500.00', '', '二、说明', ''].join('\n');
    const d = parseDocument(input);
    const pairs = d.tables.flatMap((t) => t.rows.map((r) => [r.name, ...Object.values(r.values).map((m) => m.yuan)]));
    // Each name keeps its own figure (before: revenue held 三、社会保障和就业支出, expenditure 收入总计).
    for (const [name, yuan] of [['三、社会保障和就业支出', 500000], ['收入总计', 5000000], ['支出总计', 5000000], ['一、农林水支出', 3800000]] as const) {
      for (const p of pairs.filter((p) => p[0] === name)) expect(p.slice(1)).toEqual([yuan]);
    }
    expect(d.tables.filter((t) => t.side === 'revenue').flatMap((t) => t.rows.map((r) => r.name))).not.toContain('三、社会保障和就业支出');
    expect(d.tables.filter((t) => t.side === 'expenditure').flatMap((t) => t.rows.map((r) => r.name))).not.toContain('收入总计');
  });
  it('项目 ⏎ 行次 ⏎ 金额 ×2, the last 总计 with nothing beside it: 二、住房保障支出 is no revenue', () => {
    const input = ['示例县园林局2023年度部门决算', '收入支出决算总表', '单位：万元', '', '项目', '行次', '金额', '项目', '行次', '金额',
      '一、一般公共预算财政拨款收入', '1', '500.00', '一、农林水支出', '31', '420.00', '二、住房保障支出', '32', '80.00',
      '总计', '37', '500.00', '总计', '7', '500.00', '', '三、说明', ''].join('\n');
    const d = parseDocument(input);
    expect(d.tables.filter((t) => t.side === 'revenue').flatMap((t) => t.rows.map((r) => r.name))).not.toContain('二、住房保障支出');
    const housing = d.tables.flatMap((t) => t.rows.filter((r) => r.name === '二、住房保障支出').map((r) => Object.values(r.values).map((m) => m.yuan)));
    for (const v of housing) expect(v).toEqual([800000]);
  });
});

describe('field14 review 2: a 自评表 figure under no heading moves only when it cannot belong to the cell on its left', () => {
  const form = (row: string) => ['示例县渔业局2023年度项目支出绩效自评表', '', '| 项目名称 | 鱼苗放流补助 | | | | | | | | | | | | |', '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    '| 绩效指标 | 一级指标 | | 二级指标 | | 三级指标 | | 年度指标值 | | 实际完成值 | | 分值 | | 得分 |',
    '| | 产出指标 | | 数量指标 | | 放流数量 | | ≥300万尾 | 320万尾 | | 20 | | 20 | |',
    row, '| 总分 | | | | | | | | | | | 30 | 29 | |', '', '说明：以上为自评结果。', ''].join('\n');
  const read = (row: string) => {
    const d = parseDocument(form(row));
    return {
      got: d.performance!.projects[0]!.indicators.map((i) => [i.name, i.target.raw, i.actual?.raw ?? null, i.weight, i.score]),
      unread: d.warnings.filter((w) => w.code === 'UNREAD_INDICATOR').map((w) => w.line),
    };
  };
  it('| ≥95% | 较上年提高2个百分点 |: no actual 2% (before: 较上年提高2个百分点 read as the actual), UNREAD_INDICATOR', () => {
    const { got, unread } = read('| | | | 质量指标 | | 放流成活率 | | ≥95% | 较上年提高2个百分点 | | | 10 | | 9 |');
    expect(got).toEqual([['放流数量', '≥300万尾', '320万尾', 20, 20]]);
    expect(unread).toEqual([7]);
  });
  it('| ≥ | 95% |: no target ≥ with actual 95% (before), UNREAD_INDICATOR', () => {
    const { got, unread } = read('| | | | 质量指标 | | 放流成活率 | | ≥ | 95% | | | 10 | | 9 |');
    expect(got).toEqual([['放流数量', '≥300万尾', '320万尾', 20, 20]]);
    expect(unread).toEqual([7]);
  });
  it('| 95% | 90% |: a whole target, then a whole value: still moved', () => {
    const { got, unread } = read('| | | | 质量指标 | | 放流成活率 | | 95% | 90% | | | 10 | | 9 |');
    expect(got).toEqual([['放流数量', '≥300万尾', '320万尾', 20, 20], ['放流成活率', '95%', '90%', 10, 9]]);
    expect(unread).toEqual([]);
  });
});

describe('field14 review 2: 项目金额 is a money heading, no joined header', () => {
  it('| 项目名称 | 项目金额 | 资金来源 |: 150.00 / 90.00 / 240.00 read (before: TABLE_COLUMNS_UNSURE, no values)', () => {
    const input = ['示例县档案局2024年部门预算', '', '项目支出预算表', '单位：万元', '', '| 项目名称 | 项目金额 | 资金来源 |', '|---|---|---|',
      '| 档案数字化专项 | 150.00 | 一般公共预算 |', '| 档案库房维护 | 90.00 | 一般公共预算 |', '| 合计 | 240.00 | |', ''].join('\n');
    const d = parseDocument(input);
    expect(d.tables.flatMap((t) => t.rows.map((r) => [r.name, r.values.total?.yuan ?? null]))).toEqual([['档案数字化专项', 1500000], ['档案库房维护', 900000], ['合计', 2400000]]);
    expect(d.warnings.map((w) => w.code)).not.toContain('TABLE_COLUMNS_UNSURE');
  });
});

describe('field14 review 2: a target standing alone with no operator, in an unread indicator table', () => {
  it('200个 · 1份 · 100% · 400条以上 · 不低于95% alone in a 绩效目标表 one cell a line: UNPLACED_FIGURE each (dropped before); a page number, a year are none', () => {
    const input = ['示例县气象局2024年项目支出绩效目标表', '', '不低于95%', '', '100%', '', '200个', '', '1份', '', '400条以上', '', '2024年', '', '3', ''].join('\n');
    const d = parseDocument(input);
    const lone = d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => [w.line, /"([^"]+)"/.exec(w.message)![1]]);
    expect(lone).toEqual([[3, '不低于95%'], [5, '100%'], [7, '200个'], [9, '1份'], [11, '400条以上']]);
  });
  it('outside a 绩效 section a figure and its unit alone is not taken for a target', () => {
    const input = ['示例县气象局2024年部门预算', '', '一、部门职责', '', '负责全县气象观测。', '', '200个', ''].join('\n');
    const d = parseDocument(input);
    expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE' && w.message.includes('standing alone'))).toEqual([]);
  });
});
