import type { SectionKind } from '../schema/index.js';
import { parseNumbering } from './numbering.js';

/**
 * The registry of section headings: one entry per section kind, tried in order.
 * A heading is a short paragraph, numbered (一、 （一） 1. 第一部分 …) or standing alone,
 * whose words name the section.
 */
interface HeadingConstruct {
  kind: SectionKind;
  /** Words that name the section in a numbered heading. */
  numbered: RegExp;
  /** Words that name the section in a heading without numbering (stricter). */
  bare: RegExp;
}

export const HEADINGS: readonly HeadingConstruct[] = [
  { kind: 'threePublic', numbered: /三公/, bare: /^.{0,12}[“"]?三公[”"]?经费.{0,16}$/ },
  { kind: 'operatingExpenses', numbered: /机关运行(经)?费/, bare: /^.{0,8}机关运行经?费.{0,10}$/ },
  { kind: 'procurement', numbered: /政府采购/, bare: /^.{0,8}政府采购(预算)?(情况)?[:：]?$/ },
  { kind: 'assets', numbered: /国有资产|固定资产/, bare: /^.{0,8}国有资产(信息|占用情况)?[:：]?$/ },
  { kind: 'glossary', numbered: /名词解释/, bare: /^名词解释[:：]?$/ },
  { kind: 'performance', numbered: /绩效/, bare: /^(.{0,20}绩效(目标|文本|预算信息|目标表)|项目绩效目标表)[:：]?$/ },
  { kind: 'budgetOverview', numbered: /预算.{0,4}总体情况|收支(预算|总体)|预算安排的?总体|预算总体情况|收支情况/, bare: /^.{0,8}(收支预算|预算安排的?总体情况)[:：]?$/ },
  { kind: 'duties', numbered: /部门职责|主要职能|职能职责|部门主要职责/, bare: /^(部门)?(主要)?职责[:：]?$/ },
  { kind: 'organization', numbered: /机构设置/, bare: /^(部门)?机构设置[:：]?$/ },
  { kind: 'other', numbered: /其他需要说明|其他事项|其他说明/, bare: /^其他需要说明的事项[:：]?$/ },
];

const MAX_HEADING = 40;

export interface HeadingMatch {
  kind: SectionKind;
  /** The numbering style, or null for a heading standing alone. */
  style: string | null;
}

/** Recognize a section heading in a paragraph's text, or return null. */
export function matchHeading(text: string): HeadingMatch | null {
  if (text.length > MAX_HEADING) return null;
  const num = parseNumbering(text);
  if (num) {
    const rest = num.rest;
    // "7、机关运行费：是指…" is a glossary entry, not a heading.
    if (/[：:]./.test(rest) || /[。；;]$/.test(rest)) return null;
    for (const h of HEADINGS) if (h.numbered.test(rest)) return { kind: h.kind, style: num.style };
    return null;
  }
  for (const h of HEADINGS) if (h.bare.test(text)) return { kind: h.kind, style: null };
  return null;
}

/** A line holding nothing but a part number ("第一部分"), whose title follows on the next line. */
export function isBarePart(text: string): boolean {
  const num = parseNumbering(text);
  return num !== null && num.style === 'part' && num.rest.trim() === '';
}
