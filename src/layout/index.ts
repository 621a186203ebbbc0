import { readBlocks, type Block } from '../blocks/index.js';
import type { Line } from '../lines/index.js';
import type { Layout } from '../schema/index.js';

/**
 * Stage 3: the layout stage. It finds how the text was laid out (Tika cells, pipe tables,
 * PDF text …) and hands the lines to the reader of that layout; every reader produces the
 * same blocks (paragraphs and tables with their line spans).
 */
export interface LayoutResult {
  /** The main layout of the file. */
  layout: Layout;
  blocks: Block[];
}

export function readLayout(lines: readonly Line[]): LayoutResult {
  return { layout: lines.some((l) => l.cell) ? 'tika' : 'plain', blocks: readBlocks(lines) };
}
