import { readBlocks, type Block, type Paragraph } from '../blocks/index.js';
import type { Line } from '../lines/index.js';
import type { Layout } from '../schema/index.js';
import { detectLayout, type Detection } from './detect.js';
import { readFlat } from './flat.js';
import { removeNoise, denoiseRaw } from './noise.js';
import { pageChrome } from './pages.js';
import { readPdfLayout } from './pdf-layout.js';
import { closeUp, indented, readPdfText } from './pdf-text.js';
import { readColumnRuns } from './column-runs.js';
import { hasTocField, mayHaveToc, tocLines } from './toc.js';
import { countTabRows, joinWrappedParagraphs, readWeb } from './web.js';

/**
 * Stage 3: the layout stage. It finds how the text was laid out (Tika cells, pipe tables,
 * PDF text …) and hands the lines to the reader of that layout; every reader produces the
 * same blocks (paragraphs and tables with their line spans). Before that, mirror-site noise
 * (traditional characters, pinyin, page chrome) is removed, and a table of contents is taken
 * out of the blocks (returned as `toc`), so that it never becomes a section or a heading.
 */
export interface LayoutResult {
  /** The main layout of the file. */
  layout: Layout;
  blocks: Block[];
  /** The lines of a table of contents, as paragraphs: not part of `blocks`. */
  toc: Paragraph[];
  /** Line numbers dropped as page furniture (page numbers, running headers, web-page chrome). */
  dropped: number[];
  detection: Detection;
  /** pdftotext -layout: the lines as written, with the spaces that set their columns (index = line number − 1). */
  columnText?: readonly string[];
}

/** The same split as the lines stage, the text as written (leading spaces kept, a form feed removed), and where pages start. */
function rawLines(text: string, n: number, keepTabs = false): { raw: string[]; pages: number[] } {
  const all = text.split(/\r\n|\r|\n/);
  const raw = all.length > n ? all.slice(0, n) : all;
  const pages = [0];
  for (let i = 0; i < n; i++) {
    let r = raw[i] ?? '';
    if (r.charCodeAt(0) === 12) {
      r = r.slice(1);
      if (i > 0) pages.push(i);
    }
    if (!keepTabs && r.includes('\t')) r = r.replace(/\t/g, ' ');
    if (r.includes('\u3000')) r = r.replace(/\u3000/g, '  ');
    raw[i] = r;
  }
  return { raw, pages };
}

/**
 * @param lines the lines of the file (stage 2)
 * @param text the decoded text the lines come from; it lets the column reader see leading
 *   spaces and page breaks (without it, page breaks are not known and columns start at the text)
 */
export function readLayout(lines: readonly Line[], text?: string): LayoutResult {
  const source = text ?? lines.map((l) => l.text).join('\n');
  const noise = removeNoise(lines, source);
  const ls = noise.lines;
  const detection = detectLayout(ls, source);
  let layout = detection.layout;
  const skip = new Set<number>(noise.chrome);
  let raw: string[] | null = null;
  let pages: number[] = [0];
  // Word TOC fields are looked for in the text as written (the lines stage strips them).
  const tocField = hasTocField(source);
  const needRaw = layout === 'pdf-layout' || layout === 'pdf-text' || tocField;
  if (needRaw) ({ raw, pages } = rawLines(source, ls.length));
  // Web text with TAB-separated rows (a table copied from a browser): a delimited table like pipe rows.
  let webRaw: string[] | undefined;
  if ((layout === 'plain' || layout === 'cell-per-line' || layout === 'pipe' || (layout === 'pdf-text' && detection.formFeeds === 0)) && source.includes('\t')) {
    webRaw = rawLines(source, ls.length, true).raw;
    if (layout !== 'pipe' && countTabRows(webRaw) >= 2) layout = 'pipe';
    else if (layout === 'pdf-text') webRaw = undefined;
  }
  const toc = mayHaveToc(source, tocField) ? tocLines(ls, raw ?? undefined) : new Set<number>();
  for (const i of toc) skip.add(i);
  if ((layout === 'pdf-layout' || layout === 'pdf-text') && raw) for (const i of pageChrome(ls, pages)) skip.add(i);

  let blocks: Block[];
  if (layout === 'tika') blocks = readBlocks(skip.size ? ls.filter((_, i) => !skip.has(i)) : ls);
  else if (layout === 'pdf-layout') {
    const r = raw!;
    const rs = noise.traditional || noise.pinyin ? r.map((x) => denoiseRaw(x, noise)) : r;
    blocks = readPdfLayout(ls.map(closeUp), rs, skip, new Set(pages));
  } else if (layout === 'pdf-text' && detection.wrapped >= 0) {
    // Web text hard-wrapped at a fixed width: read as web text (its tables kept), its paragraphs re-joined.
    const kept = skip.size ? ls.filter((_, i) => !skip.has(i)) : ls;
    blocks = joinWrappedParagraphs(readWeb(kept), raw ? indented(kept, raw) : undefined);
  } else if (layout === 'pdf-text') blocks = readColumnRuns(readPdfText(ls, skip, raw ?? undefined));
  else if (layout === 'flat') blocks = readFlat(ls.filter((_, i) => !skip.has(i)));
  else blocks = readWeb(skip.size ? ls.filter((_, i) => !skip.has(i)) : ls, undefined, webRaw);

  const tocParas: Paragraph[] = [];
  const dropped: number[] = [];
  for (const i of [...skip].sort((a, b) => a - b)) {
    const l = ls[i]!;
    if (toc.has(i)) tocParas.push({ kind: 'paragraph', text: l.text, line: l.no });
    else dropped.push(l.no);
  }
  return layout === 'pdf-layout' && raw ? { layout, blocks, toc: tocParas, dropped, detection, columnText: raw } : { layout, blocks, toc: tocParas, dropped, detection };
}
