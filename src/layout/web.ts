import type { Block } from '../blocks/index.js';
import type { Line } from '../lines/index.js';
import { readCellTable } from './cell-per-line.js';
import { readPipeTable } from './pipe.js';

/**
 * Text saved from a web page (or written by hand): one paragraph per line, tables as pipe rows
 * or as one cell per line. The three may mix in one file.
 */
export interface WebCounts {
  pipe: number;
  cellPerLine: number;
}

export function readWeb(lines: readonly Line[], counts: WebCounts = { pipe: 0, cellPerLine: 0 }): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (line.blank) {
      i++;
      continue;
    }
    const t = line.text;
    const found = (t.includes('|') || t.includes('｜') ? readPipeTable(lines, i) : null) ?? (t.length <= 30 ? readCellTable(lines, i) : null);
    if (found) {
      if (found.table.rows[0]!.cells.length && (t.includes('|') || t.includes('｜'))) counts.pipe += found.next - i;
      else counts.cellPerLine += found.next - i;
      blocks.push(found.table);
      i = found.next;
      continue;
    }
    blocks.push({ kind: 'paragraph', text: t, line: line.no });
    i++;
  }
  return blocks;
}
