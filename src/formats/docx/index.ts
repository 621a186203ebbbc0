import { TextBuilder, type CellIn, type Produced } from '../builder.js';
import { supAfterFigure, supWarning } from '../footnote.js';
import type { FormatError } from '../types.js';
import { child, elements, parseTree, unzipText, type El } from '../xml.js';
import { Numbering } from './numbering.js';

/**
 * Stage 0 for Word files: word/document.xml read directly. Paragraphs keep their list
 * numbers (from numbering.xml); tables keep merged cells as Tika writes them: a gridSpan
 * cell is one cell, a vMerge continuation an empty cell (the readers fill it down).
 */
export function readDocx(bytes: Uint8Array): Produced | FormatError {
  const files = unzipText(bytes, (n) => n === 'word/document.xml' || n === 'word/numbering.xml' || n === 'word/styles.xml');
  if (!files) return { code: 'BROKEN_DOCX', message: 'the .docx file is not a readable ZIP archive' };
  const xml = files.get('word/document.xml');
  if (!xml) return { code: 'BROKEN_DOCX', message: 'the .docx archive has no word/document.xml' };
  const root = parseTree(xml);
  const body = findFirst(root, 'w:body');
  if (!body) return { code: 'BROKEN_DOCX', message: 'word/document.xml has no body' };
  const numbering = new Numbering(files.get('word/numbering.xml'), files.get('word/styles.xml'));
  const b = new TextBuilder('docx', 'tika');
  walkBody(body, b, numbering);
  return b.finish();
}

function findFirst(el: El, name: string): El | undefined {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) return c;
    const f = findFirst(c, name);
    if (f) return f;
  }
  return undefined;
}

function walkBody(el: El, b: TextBuilder, numbering: Numbering): void {
  for (const c of elements(el)) {
    if (c.name === 'w:p') {
      const notes: string[] = [];
      const t = paragraphText(c, numbering, notes);
      for (const n of notes) b.warn('UNPLACED_FIGURE', n);
      for (const line of t.split('\n')) b.paragraph([{ text: line }]);
    } else if (c.name === 'w:tbl') {
      b.table(tableRows(c, numbering));
    } else if (c.name === 'w:sdt' || c.name === 'w:sdtContent' || c.name === 'w:customXml') {
      walkBody(c, b, numbering);
    }
  }
}

/** The text of a paragraph: runs (w:t), tabs and breaks, with its list number in front. */
export function paragraphText(p: El, numbering: Numbering | null, notes?: string[]): string {
  let text = '';
  const visit = (el: El) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      switch (c.name) {
        case 'w:t':
          text += c.children.filter((x): x is string => typeof x === 'string').join('');
          break;
        case 'w:tab':
          text += ' ';
          break;
        case 'w:br':
        case 'w:cr':
          text += '\n';
          break;
        case 'w:pPr':
        case 'w:rPr':
        case 'w:instrText':
        case 'w:delText':
        case 'w:fldData':
        // Tracked changes: deleted text (w:del holds w:delText, but not every writer keeps to that) and the
        // place text was moved away from (w:moveFrom holds it in w:t, w:moveTo holds it again where it went).
        case 'w:del':
        case 'w:moveFrom':
        // A text box is written twice: the shape (mc:Choice) and the same text in VML for old readers (mc:Fallback).
        case 'mc:Fallback':
          break;
        case 'w:r':
          // Hidden text (w:vanish): neither shown nor printed, often an old figure left in the file.
          if (hidden(c)) break;
          // A footnote mark set as superscript right after a figure would run into it (2,468.30¹万元 → 2,468.301万元).
          if (superscript(c)) {
            const mark = runText(c);
            const r = supAfterFigure(text, mark);
            if (r.what === 'drop') break;
            if (r.what === 'apart') {
              notes?.push(supWarning(r.figure, mark));
              text += r.text;
              break;
            }
          }
          visit(c);
          break;
        default:
          visit(c);
      }
    }
  };
  visit(p);
  const label = numbering?.label(p) ?? '';
  return label + text;
}


function superscript(r: El): boolean {
  const pr = child(r, 'w:rPr');
  const v = pr ? child(pr, 'w:vertAlign') : undefined;
  return v?.attrs['w:val'] === 'superscript';
}

function runText(r: El): string {
  let t = '';
  for (const x of elements(r, 'w:t')) t += x.children.filter((y): y is string => typeof y === 'string').join('');
  return t;
}

/** A run formatted as hidden text: <w:vanish/> in its properties (w:val="0"/"false" turns it off). */
function hidden(r: El): boolean {
  const pr = child(r, 'w:rPr');
  const v = pr ? child(pr, 'w:vanish') : undefined;
  return v !== undefined && v.attrs['w:val'] !== '0' && v.attrs['w:val'] !== 'false' && v.attrs['w:val'] !== 'off';
}

function cellText(tc: El, numbering: Numbering): string {
  const parts: string[] = [];
  for (const c of elements(tc)) {
    if (c.name === 'w:p') parts.push(paragraphText(c, numbering));
    else if (c.name === 'w:tbl') for (const r of tableRows(c, numbering)) parts.push(r.map((x) => x.text).join(' '));
  }
  return parts.join('\n');
}

function tableRows(tbl: El, numbering: Numbering): CellIn[][] {
  const rows: CellIn[][] = [];
  for (const tr of elements(tbl, 'w:tr')) {
    const row: CellIn[] = [];
    // A row that starts past the first grid columns (w:gridBefore) or stops short (w:gridAfter): empty cells
    // there, so that its cells stand under their columns.
    const trPr = child(tr, 'w:trPr');
    const grid = (name: string) => Math.min(64, Math.max(0, Number(trPr && child(trPr, name)?.attrs['w:val']) || 0));
    for (let i = grid('w:gridBefore'); i > 0; i--) row.push({ text: '' });
    for (const tc of elements(tr)) {
      if (tc.name === 'w:sdt') {
        const content = child(tc, 'w:sdtContent');
        for (const inner of content ? elements(content, 'w:tc') : []) row.push(cellOf(inner, numbering));
        continue;
      }
      if (tc.name !== 'w:tc') continue;
      row.push(cellOf(tc, numbering));
    }
    for (let i = grid('w:gridAfter'); i > 0; i--) row.push({ text: '' });
    rows.push(row);
  }
  return rows;
}

function cellOf(tc: El, numbering: Numbering): CellIn {
  const pr = child(tc, 'w:tcPr');
  const vMerge = pr ? child(pr, 'w:vMerge') : undefined;
  // A vMerge without val="restart" continues the cell above: an empty cell, as Tika writes it.
  if (vMerge && vMerge.attrs['w:val'] !== 'restart') return { text: '' };
  return { text: cellText(tc, numbering) };
}
