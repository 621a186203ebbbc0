export { parseDocument, errorDocument, type ParseOptions } from './parse.js';
export { parseFile, readFormat, textOf, detectFormat, type Produced } from './formats/index.js';
export { decode, type Decoded } from './decode/index.js';
export { splitLines, type Line } from './lines/index.js';
export { readBlocks, lineAt, type Block, type Table, type Paragraph, type Row, type Cell } from './blocks/index.js';
export { readLayout, type LayoutResult } from './layout/index.js';
export { splitSections, type SectionNode } from './sections/index.js';
export * from './schema/index.js';
export { validateDocument, loadValidator } from './validate.js';
export { timeStages, stageTimes } from './stages.js';

// The library exports the zod schemas, so zod is loaded anyway: make validateDocument ready.
import { loadValidator as ready } from './validate.js';
await ready();
