import type { Block } from '../blocks/index.js';
import { parseNumbering, type NumberingStyle } from '../sections/numbering.js';
import { paragraphs } from './context.js';

export interface Duty {
  text: string;
  line: number;
}

const STYLE_FAMILY: Record<NumberingStyle, string> = {
  part: 'part',
  cn: 'cn',
  'paren-cn': 'paren-cn',
  arabic: 'arabic',
  'paren-arabic': 'paren-arabic',
};

/**
 * 部门职责: one item per numbered duty. The numbering style of the first numbered
 * paragraph decides which paragraphs are items; the paragraphs that follow an item
 * (主要职责是… / 职责目标…) belong to it. Without numbering, one item per paragraph.
 */
export function extractDuties(blocks: readonly Block[]): Duty[] {
  const paras = paragraphs(blocks).slice(1); // the first paragraph is the section heading
  const duties: Duty[] = [];
  let family: string | null = null;
  for (const p of paras) {
    const num = parseNumbering(p.text);
    const fam = num ? STYLE_FAMILY[num.style] : null;
    if (num && fam !== 'part' && (family === null || fam === family) && num.rest.length > 0) {
      family = fam;
      duties.push({ text: p.text, line: p.line });
    } else if (duties.length > 0 && !/^(部门职责|机构设置)[:：]?$/.test(p.text)) {
      const last = duties[duties.length - 1]!;
      last.text = `${last.text}\n${p.text}`;
    }
  }
  if (duties.length === 0) {
    // No numbered list: each paragraph after the headings is one duty, so that none is lost.
    for (const p of paras) if (!/^(部门职责|主要职责|机构设置)[:：]?$/.test(p.text)) duties.push({ text: p.text, line: p.line });
  }
  return duties;
}
