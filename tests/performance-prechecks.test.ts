import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import type { Row, Table } from '../src/blocks/index.js';
import { isLabel, mayLeadWith, neverSpace } from '../src/blocks/row-labels.js';
import { compact } from '../src/normalize/text.js';
import { hasProjectRows, isProjectHeading } from '../src/extract/performance/index.js';
import { isIndicatorHeader, isIndicatorHeaderOf } from '../src/extract/performance/indicators.js';
import { rowLabels } from '../src/blocks/row-labels.js';

// The 绩效 reader rules cells and rows out by a first or last character, a comparison of labels, or
// an ASCII fast path before it compacts, normalizes or runs an expression. These cases pin that the
// cheap tests never skip what the full ones catch (white space where the character is looked at,
// letter-spaced labels, full-width digits).
const row = (...texts: string[]): Row => ({ cells: texts.map((text) => ({ text, startLine: 1, endLine: 1 })), startLine: 1, endLine: 1 });
const table = (...rows: Row[]): Table => ({ kind: 'table', rows, startLine: 1, endLine: rows.length });

describe('绩效 pre-checks: a first character rules out only what compacting would', () => {
  it('never calls white space a character that is never white space', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (neverSpace(c) && /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('isLabel answers compact(text) === word, leading white space and letter-spacing included', () => {
    const cases = ['项目名称', ' 项目名称', '\n项目名称', '\u3000项目名称', '项 目 名 称', '项目名称 ', '项目名', '名称项目', '1、项目名称', '', '  '];
    for (const t of cases) expect(isLabel(t, '项目名称')).toBe(compact(t) === '项目名称');
    expect(mayLeadWith('\t项', '项'.charCodeAt(0))).toBe(true);
    expect(mayLeadWith('绩效', '项'.charCodeAt(0))).toBe(false);
  });

  it('finds a 项目名称 cell after white space or letter-spaced as before (the label must still hold 项目 unbroken)', () => {
    expect(hasProjectRows(table(row('绩效目标', '1.通过项目的开展'), row('\n项目名称', '示例')))).toBe(true);
    expect(hasProjectRows(table(row('项目 编码', '001')))).toBe(true);
    expect(hasProjectRows(table(row('项 目名称', '示例')))).toBe(false);
    expect(hasProjectRows(table(row('一级指标', '项目总支出控制在预算范围内')))).toBe(false);
  });

  it('takes a project heading that ends in white space or a year in brackets, and no other paragraph', () => {
    expect(isProjectHeading('1、妇联工作经费绩效目标表')).toBe(true);
    expect(isProjectHeading('项目绩效目标表 ')).toBe(true);
    expect(isProjectHeading('项目绩效目标表\u3000')).toBe(true);
    expect(isProjectHeading('示例经费绩效自评表（2025年度）')).toBe(true);
    expect(isProjectHeading('示例经费绩效目标表(2025年)')).toBe(true);
    expect(isProjectHeading('示例经费绩效目标表。')).toBe(false);
    expect(isProjectHeading('详见绩效目标表说明')).toBe(false);
  });

  it('reads an indicator header by its labels as isIndicatorHeader does (letter-spaced 一 级 has no 一级 in its text)', () => {
    for (const r of [row('一级指标', '二级指标', '三级指标'), row('一级', '指标名称'), row('一 级', '二级'), row('一级指标', '指标值'), row('\n一级\n指标', '二级\n指标', '三级指标')]) {
      expect(isIndicatorHeaderOf(r, rowLabels(r).list)).toBe(isIndicatorHeader(r));
    }
    expect(isIndicatorHeader(row('\n一级\n指标', '二级\n指标', '三级指标'))).toBe(true);
    expect(isIndicatorHeader(row('一 级', '二级'))).toBe(false);
  });
});

describe('绩效 pre-checks: the schedule reads ASCII figures directly and the others through normalizeDigits', () => {
  const doc = (months: string[], percents: string[]) =>
    [
      '示例街道办事处2025年部门预算', '五、绩效预算信息', '第二部分 预算项目绩效目标', '1、示例巡查经费绩效目标表',
      '\t示例街道办事处本级', '\t单位：元', '',
      '\t项目编码', '\t001', '\t项目名称', '\t示例巡查经费', '',
      '\t预算规模及资金用途', '\t预算数', '\t1000.00', '\t其中：财政资金', '\t1000.00', '\t其他资金', '\t', '',
      '\t', '\t巡查', '',
      '\t资金支出计划（%）', ...months.map((m) => `\t${m}`), '',
      '\t', ...percents.map((p) => `\t${p}`), '',
      '\t绩效目标', '\t1.完成巡查', '', '', '',
      '\t一级指标', '\t二级指标', '\t三级指标', '\t指标值', '',
      '\t产出指标', '\t数量指标', '\t巡查次数', '\t≥12次', '', '', '',
      '六、名词解释', '基本支出：保障机构运转的支出。',
    ].join('\n');

  it('reads 3月底 · １２月 · 截至6月 and 30% · １００％ · 12.5 · 50%% · 1,000', () => {
    const d = parseDocument(doc(['3月底', '６月底', '截至10月', '１２月'], ['30%', '１００％', '12.5', '50%%']));
    const p = d.performance!.projects[0]!;
    expect(p.schedule.map((s) => [s.month, s.percent])).toEqual([[3, 30], [6, 100], [10, 12.5], [12, null]]);
    const e = parseDocument(doc(['3月', '123月', '6月'], ['1,000', '', '40']));
    expect(e.performance!.projects[0]!.schedule.map((s) => [s.month, s.percent])).toEqual([[3, 1000], [6, null]]);
  });
});

describe('绩效 pre-checks: one expression for the three goal headings', () => {
  it('still opens the overall goal and the itemized goals and ends them at any closing heading', async () => {
    const { extractGoals } = await import('../src/extract/performance/goals.js');
    const para = (text: string, line: number) => ({ kind: 'paragraph' as const, text, line });
    const texts = ['（一）总体绩效目标：完成年度任务', '继续做好服务。', '（二）分项绩效目标', '1、巡查工作', '绩效目标：巡查全覆盖', '（三）工作保障措施', '2、不是目标的一段'];
    const { overallGoal, goals } = extractGoals(texts.map(para));
    expect(overallGoal).toBe('完成年度任务\n继续做好服务。');
    expect(goals.map((g) => [g.title, g.goal])).toEqual([['巡查工作', '巡查全覆盖']]);
  });
});
