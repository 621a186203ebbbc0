import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import type { Row } from '../src/blocks/index.js';
import { rowLabels } from '../src/blocks/row-labels.js';

// The 绩效 reader shares work between its parts (row labels built once, the columns of a repeated
// header memoized, indicator rows read in place): these cases pin what the shared paths must still see.
const lines = (...ls: string[]) => ls.join('\n');
const project = (...table: string[]) =>
  lines('示例街道办事处2025年部门预算', '五、绩效预算信息', '第二部分 预算项目绩效目标', '1、示例巡查经费绩效目标表', '\t绩效目标', '\t1.完成巡查任务。', '2.提升居民满意度。', '', '', '', ...table, '', '', '', '六、名词解释', '基本支出：保障机构运转的支出。');
const header = ['\t一级指标', '\t二级指标', '\t三级指标', '\t指标值', '\t指标值确定依据', ''];

describe('绩效 reader: shared row labels and header columns', () => {
  it('reads a letter-spaced 符 号 | 值 | 单 位 sub-header as the split target (the pre-check looks for a first character)', () => {
    const d = parseDocument(project(...header, '\t', '\t', '\t', '\t符 号', '\t值', '\t单 位', '\t', '', '\t产出指标', '\t数量指标', '\t巡查次数', '\t≥', '\t12', '\t次', '\t计划'));
    const [ind] = d.performance!.projects[0]!.indicators;
    expect(ind).toMatchObject({ name: '巡查次数', basis: '计划', target: { raw: '≥12次', operator: '≥', value: 12, unit: '次' } });
  });

  it('gives every project of a repeated header its own columns (a sub-header read for one is not kept for the next)', () => {
    const second = ['2、示例保洁经费绩效目标表', '\t绩效目标', '\t保持街面整洁。', '', '', ''];
    const d = parseDocument(
      project(...header, '\t', '\t', '\t', '\t符号', '\t值', '\t单位', '\t', '', '\t产出指标', '\t数量指标', '\t巡查次数', '\t≥', '\t12', '\t次', '\t计划', '', '', '', ...second, ...header, '\t产出指标', '\t质量指标', '\t保洁合格率', '\t≥95%', '\t标准'),
    );
    const [a, b] = d.performance!.projects;
    expect(a!.indicators[0]).toMatchObject({ name: '巡查次数', basis: '计划', target: { raw: '≥12次' } });
    expect(b!.indicators).toEqual([expect.objectContaining({ name: '保洁合格率', basis: '标准', target: expect.objectContaining({ raw: '≥95%', operator: '≥', value: 95 }) })]);
  });

  it('ends the indicators at a 总分 row whose first cells are blank, and reports an indicator row after it', () => {
    const d = parseDocument(
      project(...header, '\t产出指标', '\t数量指标', '\t巡查次数', '\t≥12次', '\t计划', '', '\t ', '\t总 分', '\t', '\t100', '\t', '', '\t产出指标', '\t质量指标', '\t巡查合格率', '\t100%', '\t计划'),
    );
    expect(d.performance!.projects[0]!.indicators.map((i) => i.name)).toEqual(['巡查次数']);
    expect(d.warnings).toContainEqual(expect.objectContaining({ code: 'UNREAD_INDICATOR', message: expect.stringContaining('巡查合格率') }));
  });

  it('builds the labels of a row copied with other cells anew', () => {
    const row: Row = { cells: [{ text: '项目\n名称', startLine: 1, endLine: 2 }, { text: '示例', startLine: 1, endLine: 1 }], startLine: 1, endLine: 2 };
    expect(rowLabels(row).list).toEqual(['项目名称', '示例']);
    expect(rowLabels(row)).toBe(rowLabels(row));
    const copy: Row = { ...row, cells: [{ text: '项目 编码', startLine: 1, endLine: 1 }] };
    expect(rowLabels(copy)).toEqual(expect.objectContaining({ list: ['项目编码'], text: '项目编码' }));
    expect(rowLabels(row).text).toBe('项目名称\u0001示例');
  });

  it('takes a goal title from the words before an amount in its first clause only (the clause found by a search); a long item with its amount later is no goal', () => {
    const d = parseDocument(
      lines('示例街道办事处2025年部门预算', '五、绩效预算信息', '第一部分 部门整体绩效目标', '（二）分项绩效目标',
        '1、社区服务经费20.5万元，项目主要目标为提升社区服务水平。',
        '2、巡查设备购置费合计8万元',
        '3、环境整治，预计投入12万元，主要目标为改善人居环境，提升居民的幸福感与获得感，打造整洁有序的街巷。',
        '4、保洁服务，共计3万元',
        '第二部分 预算项目绩效目标'),
    );
    const goals = d.performance!.goals.map((g) => [g.title, g.amount?.raw ?? null, g.goal]);
    expect(goals).toEqual([
      ['社区服务经费', '20.5万元', '提升社区服务水平'],
      ['巡查设备购置费', '8万元', null],
      ['保洁服务，共计3万元', null, null],
    ]);
  });
});

describe('review: the joined header labels are only a memo key', () => {
  it('a header cell holding U+0001 moves no column: the target and the basis stay in theirs', () => {
    // a long text around it, so that one control character is no sign of a binary file
    const pad = `六、其他说明\n${'本部门严格执行预算管理制度，'.repeat(90)}`;
    const h = ['\t一级指标', '\t二级指标', '\t三级\u0001指标', '\t指标值', '\t指标值确定依据', ''];
    const d = parseDocument(`${project(...h, '\t产出指标', '\t数量指标', '\t巡查次数', '\t≥12次', '\t计划')}\n${pad}\n`);
    const [ind] = d.performance!.projects[0]!.indicators;
    expect(ind).toMatchObject({ name: '巡查次数', basis: '计划', target: { raw: '≥12次' } });
  });
});
