/**
 * Mends of the review of field test 14, part 2: synthetic pages (invented departments and figures), each one trap.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';

describe('f14c: a 收支总表 one cell per line whose page left its empty cells out', () => {
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
