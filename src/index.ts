export { parseDocument, errorDocument, type ParseOptions } from './parse.js';
export { decode, type Decoded } from './decode/index.js';
export { splitLines, type Line } from './lines/index.js';
export { readBlocks, lineAt, type Block, type Table, type Paragraph, type Row, type Cell } from './blocks/index.js';
export { readLayout, type LayoutResult } from './layout/index.js';
export { splitSections, type SectionNode } from './sections/index.js';
export * from './schema/index.js';
