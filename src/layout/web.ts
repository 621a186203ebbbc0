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

/** `预算数 |`: one cell per line, each closed by a pipe (some sites save a table so). */
const CELL_PIPE = /^[^|｜]*[^|｜\s][^|｜]*\s*[|｜]$/;

/**
 * Lines that are one cell closed by a pipe, in a run of at least four: the pipe is dropped, so that
 * the run is read as cells one per line.
 */
export function unpipeCells(lines: readonly Line[]): Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && !lines[j]!.blank && CELL_PIPE.test(lines[j]!.text)) j++;
    if (j - i >= 4) {
      out ??= lines.slice();
      for (let k = i; k < j; k++) out[k] = { ...lines[k]!, text: lines[k]!.text.replace(/\s*[|｜]$/, '') };
    }
    i = j > i ? j : i + 1;
  }
  return out ?? (lines as Line[]);
}

export function readWeb(input: readonly Line[], counts: WebCounts = { pipe: 0, cellPerLine: 0 }): Block[] {
  const blocks: Block[] = [];
  const lines = input.some((l) => l.text.endsWith('|') || l.text.endsWith('｜')) ? unpipeCells(input) : input;
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
