import type { BudgetDocument } from '../schema/index.js';
import { colorClass, COLORS } from './colors.js';
import { DOCUMENT_SCRIPT } from './client-document.js';
import { html, jsonInScript } from './escape.js';
import { HEADLINE } from './headline.js';
import { collectMarks, type Mark } from './marks.js';
import { isOnLine, placeOnLine, type Wanted } from './place.js';
import { findSpread } from './spread.js';
import type { SourceText } from './source.js';
import { CSS } from './style.js';

/** Above this many bytes (UTF-8) of source text, runs of lines far from any figure or warning fold into a gap. */
export const FOLD_ABOVE_BYTES = 2_000_000;
/** Lines kept around a figure or warning when folding. */
const CONTEXT = 3;

export interface DocumentPage {
  html: string;
  marks: Mark[];
}

/** What the client script needs: the marks and warnings, compact. */
interface PageData {
  marks: { p: string; k: string; r: string; v: string; f: string[]; l: number; at?: number[] }[];
  warnings: { code: string; message: string; line: number | null; lines?: number[] }[];
}

function sectionAt(doc: BudgetDocument): (line: number) => string | null {
  const spans = doc.sections.filter((s) => s.kind !== 'other').map((s) => [s.startLine, s.endLine, s.kind] as const);
  return (line) => spans.find(([a, b]) => line >= a && line <= b)?.[2] ?? null;
}

function lineHtml(no: number, text: string, marks: readonly Mark[], wanted: readonly Wanted[], classes: string[]): string {
  const { spans, whole } = placeOnLine(text, wanted);
  let body = '';
  for (const id of whole) body += `<mark class="m whole ${colorClass(marks[id]!.section)}" data-m="${id}" tabindex="0">⌖</mark>`;
  let at = 0;
  for (const s of spans) {
    body += html(text.slice(at, s.start));
    body += `<mark class="m ${colorClass(marks[s.marks[0]!]!.section)}" data-m="${s.marks.join(' ')}" tabindex="0">${html(text.slice(s.start, s.end))}</mark>`;
    at = s.end;
  }
  body += html(text.slice(at));
  const num = classes.includes('w') ? `<i class="wn" tabindex="0" data-wl="${no}">${no}</i>` : `<i>${no}</i>`;
  return `<div class="${classes.join(' ')}" id="L${no}">${num}<b>${body}</b></div>\n`;
}

function sidePanel(doc: BudgetDocument, marks: readonly Mark[]): string {
  const sections = doc.sections
    .map((s) => `<li><span class="sw ${colorClass(s.kind)}"></span><a href="#L${s.startLine}" data-line="${s.startLine}">${html(s.heading || s.kind)}</a> <small>${html(s.kind)} ${s.startLine}–${s.endLine}</small></li>`)
    .join('');
  const byPath = new Map(marks.map((m) => [m.path, m]));
  const figures = HEADLINE.flatMap(([label, path]) => {
    const m = byPath.get(path);
    if (!m || m.kind !== 'money') return [];
    return [`<tr><td>${html(label)}</td><td class="v"><a href="#L${m.line}" data-line="${m.line}" title="${html(path)}">${html(m.value)}</a></td></tr>`];
  }).join('');
  const warnings = doc.warnings
    .map((w, i) => {
      const where = w.line !== null ? `<a href="#L${w.line}" data-line="${w.line}" data-w="${i}">${html(w.code)} · ${w.line}</a>` : `${html(w.code)}`;
      const others = (w.lines ?? []).filter((l) => l !== w.line);
      const also = others.length > 0 ? ` <small>also ${others.map((l) => `<a href="#L${l}" data-line="${l}">${l}</a>`).join(', ')}</small>` : '';
      return `<li id="w${i}">${where} ${html(w.message)}${also}</li>`;
    })
    .join('');
  const legend = Object.keys(COLORS).map((k) => `<li><span class="sw c-${k}"></span>${k}</li>`).join('') +
    '<li><span class="sw" style="--c:var(--unplaced)"></span>UNPLACED_FIGURE line</li><li><span class="sw" style="--c:var(--warn)"></span>line with a warning</li>';
  const error = doc.error ? `<h2>Error</h2><p class="err">${html(doc.error.code)}: ${html(doc.error.message)}</p>` : '';
  return `<aside id="side">${error}
<h2>Sections</h2><ol id="sections">${sections || '<li>none</li>'}</ol>
<h2>Headline figures</h2><table id="headline">${figures || '<tr><td>none</td></tr>'}</table>
<h2>Warnings (${doc.warnings.length})</h2><p><kbd>n</kbd>/<kbd>p</kbd>: next/previous warning</p><ol id="warnings">${warnings || '<li>none</li>'}</ol>
<h2>Colors</h2><ul class="legend">${legend}</ul>
</aside>`;
}

/** Which lines to show: all, or (for a very long text) those near a figure or a warning. */
function shownLines(src: SourceText, keep: Set<number>): (no: number) => boolean {
  let size = 0;
  for (const l of src.lines) size += Buffer.byteLength(l);
  if (size <= FOLD_ABOVE_BYTES) return () => true;
  const near = new Set<number>();
  for (const l of keep) for (let d = -CONTEXT; d <= CONTEXT; d++) near.add(l + d);
  return (no) => near.has(no);
}

/** The review page of one document: its text with every figure marked, and the side panel. */
export function documentPage(doc: BudgetDocument, src: SourceText, indexHref = 'index.html'): DocumentPage {
  const marks = collectMarks(doc);
  const byLine = new Map<number, Wanted[]>();
  const want = (line: number, w: Wanted) => {
    const list = byLine.get(line);
    if (list) list.push(w);
    else byLine.set(line, [w]);
  };
  marks.forEach((m, id) => {
    const text = src.lines[m.line - 1];
    // Not on its own line: a target whose cells follow the row's first line, or words that a
    // line break cut ("1,568.30万" | "元"). A Money must start on its own line.
    let pieces = text !== undefined && !isOnLine(text, m.raw) ? findSpread(src.lines, m.line, m.raw) : null;
    if (pieces && m.kind === 'money' && pieces[0]!.line !== m.line) pieces = null;
    if (pieces) {
      m.placedAt = pieces.map((p) => p.line);
      for (const p of pieces) want(p.line, { id, raw: p.raw });
    } else {
      want(m.line, { id, raw: m.raw });
    }
  });
  const warnLines = new Set<number>();
  const unplaced = new Set<number>();
  for (const w of doc.warnings) {
    if (w.line === null) continue;
    warnLines.add(w.line);
    if (w.code === 'UNPLACED_FIGURE') unplaced.add(w.line);
  }
  const section = sectionAt(doc);
  const shown = shownLines(src, new Set([...byLine.keys(), ...warnLines, ...doc.sections.map((s) => s.startLine)]));
  const parts: string[] = [];
  let folded = 0;
  for (let i = 0; i < src.lines.length; i++) {
    const no = i + 1;
    if (!shown(no)) {
      folded++;
      continue;
    }
    if (folded > 0) parts.push(`<div class="gap">… ${folded} lines without figures or warnings …</div>\n`);
    folded = 0;
    const kind = section(no);
    const classes = ['l'];
    if (kind) classes.push(colorClass(kind));
    if (src.cells.has(no)) classes.push('cell');
    if (warnLines.has(no)) classes.push('w');
    if (unplaced.has(no)) classes.push('uf');
    parts.push(lineHtml(no, src.lines[i]!, marks, byLine.get(no) ?? [], classes));
  }
  if (folded > 0) parts.push(`<div class="gap">… ${folded} lines without figures or warnings …</div>\n`);
  // Figures on lines the text does not have (a bug, or text not available) are listed, not lost.
  const orphans = marks.map((m, i) => [m, i] as const).filter(([m]) => m.line > src.lines.length);
  if (orphans.length > 0) {
    parts.push(`<div class="note">Figures on lines past the end of the text:</div>\n`);
    const byOrphanLine = new Map<number, Wanted[]>();
    for (const [m, id] of orphans) byOrphanLine.set(m.line, [...(byOrphanLine.get(m.line) ?? []), { id, raw: m.raw }]);
    for (const [line, wanted] of [...byOrphanLine].sort((a, b) => a[0] - b[0])) parts.push(lineHtml(line, '', marks, wanted, ['l', 'orphan']));
  }
  const data: PageData = {
    marks: marks.map((m) => ({ p: m.path, k: m.kind, r: m.raw, v: m.value, f: m.fields, l: m.line, ...(m.placedAt ? { at: m.placedAt } : {}) })),
    warnings: doc.warnings.map((w) => ({ code: w.code, message: w.message, line: w.line, ...(w.lines ? { lines: w.lines } : {}) })),
  };
  const title = doc.title ?? doc.source.path;
  const meta = [doc.department ?? '—', doc.year ?? '—', doc.kind, doc.source.layout ?? '—', `${marks.length} figures`, `${doc.warnings.length} warnings`, doc.source.path]
    .map((x) => html(String(x)))
    .join(' · ');
  const page = `<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${html(title)}</title><style>${CSS}</style></head>
<body class="doc">
<header><a href="${html(indexHref)}">← all documents</a><h1>${html(title)}</h1><p>${meta}</p></header>
<main>${sidePanel(doc, marks)}
<div id="text">${src.note ? `<p class="note">No source text: ${html(src.note)}</p>` : ''}
${parts.join('')}</div></main>
<div id="tip" role="tooltip" hidden></div>
<script type="application/json" id="data">${jsonInScript(data)}</script>
<script>${DOCUMENT_SCRIPT}</script>
</body></html>
`;
  return { html: page, marks };
}
