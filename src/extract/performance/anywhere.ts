import type { Block } from '../../blocks/index.js';
import type { SectionNode } from '../../sections/index.js';
import { hasProjectRows, isProjectHeading } from './index.js';
import { isIndicatorHeader } from './indicators.js';

/**
 * The blocks the 绩效 reader reads: those of the 绩效 sections, and the project tables that stand
 * anywhere else (a heading is a hint, not a gate): 项目支出绩效目标表 printed among the report
 * tables after 名词解释, or in a document without a 绩效 heading. An outside project table brings
 * its 绩效目标表 heading just above it; other blocks outside stay with their sections (a piece of
 * a project table cut off by a page break outside the 绩效 section is not taken: a table of
 * indicators alone does not say whose they are). In document order; null when there is neither a
 * 绩效 section nor a project table.
 */
export function performanceBlocks(sections: readonly SectionNode[]): Block[] | null {
  let own = false;
  const out: Block[] = [];
  for (const s of sections) {
    if (s.kind === 'performance') {
      own = true;
      out.push(...s.blocks);
      continue;
    }
    for (let i = 0; i < s.blocks.length; i++) {
      const b = s.blocks[i]!;
      // Outside its section a project table must show both its 项目名称 rows and its indicator
      // header (一级 / 二级 / 三级指标): a procurement or 收支 table also has a 项目名称 column.
      if (b.kind !== 'table' || !hasProjectRows(b) || !b.rows.some(isIndicatorHeader)) continue;
      const before = s.blocks[i - 1];
      if (before?.kind === 'paragraph' && isProjectHeading(before.text)) out.push(before);
      out.push(b);
    }
  }
  if (!own && out.length === 0) return null;
  return out.sort((a, b) => (a.kind === 'table' ? a.startLine : a.line) - (b.kind === 'table' ? b.startLine : b.line));
}
