import type { Block } from '../blocks/index.js';
import type { SectionKind } from '../schema/index.js';
import { headingWords, isBarePart, isPart, matchHeading } from './headings.js';
import { parseNumbering } from './numbering.js';

/**
 * Stage 4: blocks → sections. A recognized heading of another kind starts a section;
 * a heading of the kind already open is a sub-heading and stays inside it.
 * Lines before the first heading form an `other` section (the title page).
 */
export interface SectionNode {
  kind: SectionKind;
  heading: string;
  startLine: number;
  endLine: number;
  blocks: Block[];
}

function blockStart(b: Block): number {
  return b.kind === 'table' ? b.startLine : b.line;
}
function blockEnd(b: Block): number {
  // A paragraph joined from several lines (a PDF or hard-wrapped text) ends at its last piece's line.
  return b.kind === 'table' ? b.endLine : b.pieces ? b.pieces[b.pieces.length - 1]!.line : b.line;
}

/**
 * A numbered paragraph that reads as a title but names no known kind ("（四）重点支出和重大投资项目情况说明"):
 * when it has the numbering style of the open section's heading it is a sibling, and ends that section.
 */
const UNKNOWN_TITLE = /(情况|说明|报表|事项|附件)$/;
/** What may close such a title after its words (a page number, a colon): stripped before the test. */
const TITLE_TAIL = /[\s\d.．…·：:。-]/;
function unknownSibling(text: string, style: string | null): boolean {
  if (!style || text.length > 48) return false;
  // The tail is stripped by walking back over it (a regular expression ending in $ is tried at every position).
  let end = text.length;
  while (end > 0 && TITLE_TAIL.test(text[end - 1]!)) end--;
  if (!UNKNOWN_TITLE.test(end === text.length ? text : text.slice(0, end))) return false;
  const num = parseNumbering(headingWords(text).words);
  return num !== null && num.style === style && !/[，,；;：:。]/.test(num.rest) && UNKNOWN_TITLE.test(num.rest);
}

export function splitSections(blocks: readonly Block[]): SectionNode[] {
  const sections: SectionNode[] = [];
  let current = null as SectionNode | null;
  let style = null as string | null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'paragraph') {
      let heading = b.text;
      let match = matchHeading(b.text);
      // "第一部分" on its own line: the title is the next paragraph.
      const next = blocks[i + 1];
      if (!match && isBarePart(b.text) && next?.kind === 'paragraph') {
        const m2 = matchHeading(next.text);
        if (m2) {
          match = m2;
          heading = `${b.text} ${next.text}`;
        }
      }
      if (match && match.kind !== current?.kind) {
        current = { kind: match.kind, heading, startLine: b.line, endLine: b.line, blocks: [] };
        sections.push(current);
        style = match.style;
      } else if (!match && current && current.kind !== 'other' && (isPart(b.text) || unknownSibling(b.text, style))) {
        // "第二部分 部门预算报表" or a sibling heading of unknown words: the open section ends here.
        current = { kind: 'other', heading, startLine: b.line, endLine: b.line, blocks: [] };
        sections.push(current);
        style = parseNumbering(b.text)?.style ?? null;
      }
    }
    if (!current) {
      current = { kind: 'other', heading: b.kind === 'paragraph' ? b.text : '', startLine: blockStart(b), endLine: blockStart(b), blocks: [] };
      sections.push(current);
    }
    current.blocks.push(b);
    current.endLine = blockEnd(b);
  }
  return sections;
}
