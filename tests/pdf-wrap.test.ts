// A PDF line that ends short only because the number after it is not broken (其中：基本支出 ⏎
// 9,845.44万元) continues its paragraph: the figure keeps its label.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseFile } from '../src/index.js';
import { FIXTURES } from './helpers.js';

describe('PDF paragraphs: an early wrap before a number is no paragraph end', () => {
  it('reads 基本支出 and 项目支出 from the sentence whose line wraps before the figure (fixtures/bench-pdf)', async () => {
    const file = join(FIXTURES, 'bench-pdf', 'budget-dongl-2026.pdf');
    const doc = await parseFile(readFileSync(file), { path: file });
    const e = doc.budget?.expenditure;
    expect(e?.basic?.raw).toBe('9,845.44万元');
    expect(e?.project?.raw).toBe('9,795.38万元');
    expect(e?.basic?.line).toBe(e?.project?.line);
    const revenue = doc.budget?.revenue?.items.map((i) => `${i.name} ${i.amount.raw}`) ?? [];
    expect(revenue).toContain('其他收入 3,067.44万元');
    expect(doc.threePublic?.abroad?.raw).toBe('0万元');
    expect(doc.warnings.filter((w) => w.code === 'FIGURE_MISMATCH')).toEqual([]);
    // The sentence and the 支出总表 state 项目支出 differently (the sentence counts the carry-over): said, not hidden.
    expect(doc.warnings.some((w) => w.code === 'TEXT_TABLE_MISMATCH' && w.message.includes('9,795.38'))).toBe(true);
  });

  it('reads the 24 项目绩效目标表 printed after 名词解释 (no 绩效 heading above them) as projects', async () => {
    const file = join(FIXTURES, 'bench-pdf', 'budget-dongl-2026.pdf');
    const doc = await parseFile(readFileSync(file), { path: file });
    const projects = doc.performance?.projects ?? [];
    expect(projects.length).toBe(24);
    expect(projects[0]!.name).toBe('农业面源污染治理项目');
    expect(projects.every((p) => p.indicators.length > 0)).toBe(true);
    // 项目资金（万元） | 年度资金总额 | 733.79, then | 其中：财政拨款 | 379.13 and | 其他资金 | 354.66 below it.
    const b = projects[0]!.budget;
    expect([b.total?.raw, b.total?.unit, b.fiscal?.raw, b.other?.raw]).toEqual(['733.79', '万元', '379.13', '354.66']);
    expect(b.total?.yuan).toBe(7337900);
  });

  it('a funds label wrapped into the next row (项目资金（万 ⏎ 元）) still gives the budget and its unit (all 24 projects of fixtures/bench-pdf)', async () => {
    const file = join(FIXTURES, 'bench-pdf', 'budget-dongl-2026.pdf');
    const doc = await parseFile(readFileSync(file), { path: file });
    const projects = doc.performance?.projects ?? [];
    expect(projects.filter((p) => !p.budget.total).map((p) => p.name)).toEqual([]);
    expect(projects.every((p) => p.budget.total?.unit === '万元')).toBe(true);
  });

  it('joins only a short piece that closes the bracket: a second label below stays a label', () => {
    const table = (second: string) =>
      [
        '五、绩效预算信息',
        '1、河道保洁项目绩效目标表',
        '\t项目名称', '\t河道保洁项目', '',
        '\t项目资金（万', '\t年度资金总额', '\t48.20', '',
        `\t${second}`, '\t其中：财政拨款', '\t40.00', '',
        '\t', '\t其他资金', '\t8.20', '',
        '\t一级指标', '\t二级指标', '\t三级指标', '\t指标值', '',
        '\t产出指标', '\t数量指标', '\t保洁河道长度', '\t≥12公里', '', '', '',
      ].join('\n');
    const budget = (text: string) => parseDocument(text).performance?.projects[0]?.budget;
    const joined = budget(table('元）'));
    expect([joined?.total?.raw, joined?.total?.unit, joined?.total?.yuan, joined?.fiscal?.yuan, joined?.other?.yuan]).toEqual(['48.20', '万元', 482000, 400000, 82000]);
    expect(joined?.total?.line).toBe(8);
    // Without the closing piece the label names no unit: no budget is guessed (the unit could be 元).
    const other = budget(table('资金来源（说明）'));
    expect(other?.total).toBeNull();
  });
});
