import type { Block } from '../blocks/index.js';
import type { SectionKind } from '../schema/index.js';
import { isBarePart, matchHeading } from './headings.js';

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
  return b.kind === 'table' ? b.endLine : b.line;
}

export function splitSections(blocks: readonly Block[]): SectionNode[] {
  const sections: SectionNode[] = [];
  let current = null as SectionNode | null;
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
