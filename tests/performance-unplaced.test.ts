import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { unplaced } from './helpers.js';

describe('figures in a 绩效 section’s paragraphs', () => {
  it('are reported when no goal keeps their paragraph (they were dropped without a word)', () => {
    const d = parseDocument('青禾市档案馆2024年度部门决算公开说明\n\n五、预算绩效管理情况说明\n根据预算绩效管理要求，本部门组织对2024年度一般公共预算项目支出全面开展绩效自评，共涉及项目5个，资金120.50万元，占一般公共预算项目支出总额的100%。自评结果显示，项目平均得分92.6分。\n');
    expect(unplaced(d)).toEqual([expect.stringContaining('120.50万元')]);
    expect(unplaced(d)[0]).toMatch(/^绩效: /);
  });

  it('a goal keeps its paragraph, figure and all: no warning', () => {
    const d = parseDocument('青禾市档案馆2025年部门预算绩效文本\n\n一、部门整体绩效目标\n（一）总体绩效目标\n保障档案馆正常运转，全年档案数字化投入25.00万元。\n（二）分项绩效目标\n1、档案数字化25.00万元，项目主要目标为完成馆藏档案数字化20万页。\n');
    expect(unplaced(d)).toEqual([]);
    expect(d.performance?.goals[0]?.amount?.yuan).toBe(250000);
  });
});
