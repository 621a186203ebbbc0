import { describe, expect, it } from 'vitest';
import { matchHeading } from '../src/sections/headings.js';
import { parseNumbering } from '../src/sections/numbering.js';
import { fixture } from './helpers.js';

describe('section headings', () => {
  it.each([
    ['一、部门职责及机构设置情况', 'duties'],
    ['    二、部门预算安排的总体情况'.trim(), 'budgetOverview'],
    ['三、机关运行经费安排情况', 'operatingExpenses'],
    ['四、财政拨款“三公”经费预算情况及增减变化原因', 'threePublic'],
    ['五、绩效预算信息', 'performance'],
    ['第一部分 部门整体绩效目标', 'performance'],
    ['（四）政府采购预算情况', 'procurement'],
    ['7. 国有资产信息', 'assets'],
    ['八、名词解释', 'glossary'],
    ['机构设置：', 'organization'],
    ['部门职责：', 'duties'],
    ['第三部分 “三公”经费', 'threePublic'],
    ['2023年部门整体绩效目标', 'performance'],
    ['九、其他需要说明的事项', 'other'],
  ])('%s → %s', (text, kind) => {
    expect(matchHeading(text)?.kind).toBe(kind);
  });

  it.each([
    '7、机关运行费：是指各部门的公用经费，包括办公及印刷费。',
    '（三）负责办理上级人大常委会交办的监督、选举以及其他工作，做好人大代表工作，联系选民、反映群众意见和要求。',
    '1、收入说明',
    '主要职责是指导社区开展各项工作。',
    // an indicator of a 绩效 form printed one cell per line (pdftotext without -layout)
    '“三公”经费控制率',
    '三公经费压减比例',
  ])('%s is no section heading', (text) => {
    expect(matchHeading(text)).toBeNull();
  });

  it('parses numbering styles, but not decimal numbers', () => {
    expect(parseNumbering('（七）按照')?.style).toBe('paren-cn');
    expect(parseNumbering('(七)按照')?.style).toBe('paren-cn');
    expect(parseNumbering('1.对标')?.style).toBe('arabic');
    expect(parseNumbering('第二部分 预算')?.style).toBe('part');
    expect(parseNumbering('1.5万元')).toBeNull();
  });

  it('splits a document with 第一部分 / 1. numbering into sections with line spans', () => {
    const d = fixture('docs/headings.txt');
    expect(d.sections.map((s) => [s.kind, s.startLine, s.endLine])).toEqual([
      ['other', 1, 1],
      ['duties', 2, 4],
      ['budgetOverview', 5, 6],
      ['threePublic', 7, 8],
      ['performance', 9, 11],
      ['glossary', 12, 13],
    ]);
    expect(d.duties.map((x) => x.line)).toEqual([3, 4]);
    expect(d.glossary).toEqual([{ term: '收入', definition: '指本年收入。', line: 13 }]);
  });
});

describe('a heading that names the department and the year before its words', () => {
  it.each([
    ['（二）关于示范市某某事务局 2026 年收入预算情况说明', 'budgetOverview'],
    ['（三）关于示范市某某事务局2026年支出预算情况说明', 'budgetOverview'],
    ['（五）关于示范市某某事务局 2026 年一般公共预算当年拨款情况说明', 'budgetOverview'],
    ['二、示范县教育局2025年度收入预算情况说明', 'budgetOverview'],
  ])('%s → %s', (text, kind) => {
    expect(matchHeading(text)?.kind).toBe(kind);
  });

  it.each([['（二）关于2026年开展专项检查的说明'], ['（三）示范市某某事务局2026年工作要点']])('%s is no section of a known kind', (text) => {
    expect(matchHeading(text)).toBeNull();
  });
});

describe('a section ends at the last line of its last block', () => {
  it('a paragraph joined from wrapped lines ends the section at its last line, not its first', () => {
    const d = fixture('layouts/web-wrapped.txt');
    expect(d.source.layout).toBe('pdf-text');
    expect(d.sections.map((s) => [s.kind, s.startLine, s.endLine])).toEqual([
      ['other', 1, 1], ['duties', 2, 4], ['budgetOverview', 5, 8], ['threePublic', 9, 14], ['operatingExpenses', 15, 17], ['procurement', 18, 21], ['threePublic', 22, 28],
    ]);
  });
});

describe('review: a numbered item with a figure is no heading, whatever lead it has', () => {
  it.each([['1、2025年财政拨款收入120万元'], ['（一）2025年一般公共预算支出1,200.00万元']])('%s', (text) => {
    expect(matchHeading(text)).toBeNull();
  });
});
