import { isUtf8 } from 'node:buffer';
import { decode } from '../../decode/index.js';
import { TextBuilder, type CellIn, type Piece, type Produced } from '../builder.js';
import type { FormatError } from '../types.js';
import { parseTree, type El, type Node } from '../xml.js';
import { supAfterFigure, supWarning } from '../footnote.js';

/**
 * Stage 0 for web pages saved from the publishing site: the charset from <meta> (GB2312/GBK
 * pages are common) or from the bytes; paragraphs from block elements; <table> with rowspan
 * and colspan into the same merged-cell rows as Tika writes Word tables. Scripts, styles,
 * navigation, headers and footers of the site are not content.
 */
export function readHtml(bytes: Uint8Array): Produced | FormatError {
  const text = decodeHtml(bytes);
  if (text === null) return { code: 'NOT_TEXT', message: 'the web page cannot be decoded' };
  const root = parseTree(text, true);
  const body = find(root, 'body') ?? root;
  const b = new TextBuilder('html', 'tika');
  let line = '';
  const flush = () => {
    for (const l of line.split('\n')) {
      const t = l.replace(/[ \t\r\f]+/g, ' ').trim();
      if (t) b.paragraph([{ text: t } as Piece]);
    }
    line = '';
  };
  // Inside a hidden element already said: the elements in it are not said again.
  let hiddenDepth = 0;
  let entering: El | null = null;
  const walk = (el: El) => {
    for (const c of el.children) {
      if (typeof c !== 'string' && c !== entering && isHidden(c) && !SKIP.has(c.name) && !isChrome(c)) {
        if (hiddenDepth === 0) hiddenText(c, b);
        hiddenDepth++;
        entering = c;
        try {
          walk({ ...el, children: [c] });
        } finally {
          hiddenDepth--;
        }
        continue;
      }
      entering = null;
      if (typeof c === 'string') {
        line += c.replace(/\s+/g, ' ');
        continue;
      }
      if (SKIP.has(c.name) || isChrome(c)) continue;
      if (c.name === 'sup') {
        line += supText(line, c, b);
        continue;
      }
      if (c.name === 'table' && !holdsTable(c)) {
        flush();
        if (hiddenDepth === 0) hiddenInside(c, b);
        // The table's title and unit in its <caption> (表1 收支总表<br>单位：万元) stand above it.
        for (const cap of c.children) {
          if (typeof cap === 'string' || cap.name !== 'caption') continue;
          for (const l of cellText(cap).split('\n')) if (l) b.paragraph([{ text: l }]);
        }
        b.table(tableRows(c, b));
        continue;
      }
      if (c.name === 'br') {
        line += '\n';
        continue;
      }
      // A table holding a table lays out the page (a column of links, the article's cell, a bottom row of
      // contacts): its cells are read as blocks, the tables inside them as tables.
      const block = BLOCK.has(c.name) || LAYOUT_CELL.has(c.name);
      if (block) flush();
      walk(c);
      if (block) flush();
    }
  };
  walk(body);
  flush();
  return b.finish();
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'iframe', 'form', 'select', 'button', 'head', 'title', 'svg', 'object']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'center', 'hr', 'figure', 'figcaption', 'caption', 'address', 'tr', 'body']);
const LAYOUT_CELL = new Set(['table', 'td', 'th']);

/**
 * A table with a table in one of its cells lays out the page when a nested table is the page's content: the
 * tables inside hold as much text as the table's own cells, or more rows with figures. A small table in one
 * cell (a header corner drawn as a table: 年度 / 项目) is a cell's decoration: the table stays a table.
 */
function holdsTable(table: El): boolean {
  let own = 0;
  let nested = 0;
  let ownRows = 0;
  let nestedRows = 0;
  const visit = (el: El, depth: number): void => {
    for (const c of el.children) {
      if (typeof c === 'string') {
        const n = c.replace(/\s+/g, '').length;
        if (depth > 0) nested += n;
        else own += n;
        continue;
      }
      if (SKIP.has(c.name)) continue;
      if (c.name === 'tr' && /\d/.test(rowText(c, depth > 0))) {
        if (depth > 0) nestedRows++;
        else ownRows++;
      }
      visit(c, c.name === 'table' ? depth + 1 : depth);
    }
  };
  visit(table, 0);
  return nested > 0 && (nested >= own || nestedRows > ownRows);
}

/** A row's text; outside the nested tables when it is a row of the outer table. */
function rowText(tr: El, inNested: boolean): string {
  const of = (n: Node): string => (typeof n === 'string' ? n : !inNested && n.name === 'table' ? '' : n.children.map(of).join(''));
  return of(tr);
}

/** Class or id names of site chrome: menus, breadcrumbs, sharing bars, footers (not "header": an article header holds the title). */
const CHROME = /(^|[\s_-])(nav|navbar|menu|breadcrumb|crumb|footer|sidebar|share|topbar|copyright|toolbar)([\s_-]|$)/i;

function isChrome(el: El): boolean {
  const role = el.attrs.role ?? '';
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo') return true;
  const names = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`;
  return names.trim() !== '' && CHROME.test(names);
}

/**
 * An element the page does not show until opened: the hidden attribute, or the declaration display:none /
 * visibility:hidden in its style (exactly those properties: -webkit-backface-visibility:hidden shows its text).
 */
const HIDDEN_STYLE = /(?:^|;)\s{0,20}(?:display\s{0,20}:\s{0,20}none|visibility\s{0,20}:\s{0,20}hidden)\s{0,20}(?:!\s{0,20}important\s{0,20})?(?:;|$)/i;
function isHidden(el: El): boolean {
  return el.attrs.hidden !== undefined || (el.attrs.style !== undefined && HIDDEN_STYLE.test(el.attrs.style));
}

/** The first figure of a text, best first: an amount (12.60万元, 2,486.30), a number that is no year or table number (126000), any. */
const FIRST_FIGURE = [
  /\d[\d,，]{0,20}\.\d{1,6}(?:\s{0,3}(?:万元|亿元|元|%|％))?|\d[\d,，]{0,20}\s{0,3}(?:万元|亿元|元|%|％)/,
  /(?<![表第\d])\d[\d,，]{0,20}(?![\d年月日号])/,
  /\d+/,
];

/**
 * A hidden element is read: hidden panels are real content (the tabs of a page, a "read more" part); but
 * what the page does not show may also be an old wording a template keeps out of sight, so one holding a
 * figure is said (HIDDEN_CONTENT, once per element, with its first figure).
 */
function hiddenText(el: El, b: TextBuilder): void {
  const t = el.children.map(textOf).join('').replace(/\s+/g, ' ').trim();
  const fig = FIRST_FIGURE.map((re) => re.exec(t)).find((m) => m);
  if (!fig) return;
  b.warn('HIDDEN_CONTENT', `a hidden element (${el.attrs.hidden !== undefined ? 'hidden' : el.attrs.style!.trim()}) holds figures the page does not show until opened (first: ${fig[0].trim()}); read as content: “${t.length > 80 ? `${t.slice(0, 80)}…` : t}”`);
}

/** The hidden elements inside a table (a row, a cell, a span), each said once, read as the rest. */
function hiddenInside(el: El, b: TextBuilder): void {
  for (const c of el.children) {
    if (typeof c === 'string' || SKIP.has(c.name)) continue;
    if (isHidden(c)) hiddenText(c, b);
    else hiddenInside(c, b);
  }
}

function find(el: El, name: string): El | undefined {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) return c;
    const f = find(c, name);
    if (f) return f;
  }
  return undefined;
}

function textOf(n: Node): string {
  if (typeof n === 'string') return n;
  if (SKIP.has(n.name)) return '';
  if (n.name === 'br') return '\n';
  let inner = '';
  for (const c of n.children) inner += typeof c !== 'string' && c.name === 'sup' ? supText(inner, c) : textOf(c);
  return BLOCK.has(n.name) ? `\n${inner}\n` : inner;
}

/**
 * The text of a <sup>. Right after a figure with decimals (`2,468.30<sup>1</sup>万元`) a footnote mark is
 * left out: kept, it ran into the figure (2,468.301万元). After a whole number (`2,468<sup>1</sup>万元`: a
 * footnote or a power?) it is set apart as superscript digits and said (UNPLACED_FIGURE) when `b` is given.
 */
function supText(before: string, sup: El, b?: TextBuilder): string {
  const t = textOf(sup);
  const r = supAfterFigure(before, t);
  if (r.what !== 'apart') return r.what === 'drop' ? '' : t;
  b?.warn('UNPLACED_FIGURE', supWarning(r.figure, t));
  return r.text;
}

function cellText(td: El): string {
  return textOf(td)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l)
    .join('\n');
}

/** Rows of a table: a colspan cell is one cell; a rowspan cell is an empty cell in the rows below. */
function tableRows(table: El, b: TextBuilder): CellIn[][] {
  const trs: El[] = [];
  // A <tfoot> is shown after the body wherever it is written (HTML 4 put it before <tbody>).
  const foot: El[] = [];
  const collect = (el: El, into: El[]) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'tr') into.push(c);
      else if (c.name === 'thead' || c.name === 'tbody') collect(c, into);
      else if (c.name === 'tfoot') collect(c, foot);
    }
  };
  collect(table, trs);
  trs.push(...foot);
  // Occupancy grid: which origin cell covers (row, col).
  type Origin = { r: number; c: number; text: string; colspan: number };
  const grid: (Origin | undefined)[][] = [];
  trs.forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const td of tr.children) {
      if (typeof td === 'string' || (td.name !== 'td' && td.name !== 'th')) continue;
      while (grid[r]![c]) c++;
      const colspan = Math.max(1, Math.min(1000, Number(td.attrs.colspan) || 1));
      const rowspan = Math.max(1, Math.min(1000, Number(td.attrs.rowspan) || 1, trs.length - r));
      const o: Origin = { r, c, text: cellText(td), colspan };
      for (let dr = 0; dr < rowspan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colspan; dc++) grid[r + dr]![c + dc] = o;
      }
      c += colspan;
    }
  });
  return grid.map((row, r) => {
    const out: CellIn[] = [];
    for (let c = 0; c < row.length; c++) {
      const o = row[c];
      if (!o || o.c !== c) continue; // covered by a colspan from the left
      out.push({ text: o.r === r ? o.text : '' });
    }
    return out;
  });
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/i;

/** The page's text: the charset its <meta> names, else what the bytes say (decode stage). */
export function decodeHtml(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const m = META_CHARSET.exec(head);
  const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  if (m && !bom) {
    const cs = m[1]!.toLowerCase();
    const label = /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/.test(cs) ? 'gb18030' : cs;
    // A <meta> that names another charset than the bytes are in (a page saved again in UTF-8 that kept its
    // charset=gb2312, GBK bytes under charset=utf-8) would give mojibake: the bytes tell then. Chinese text in
    // GBK is practically never valid UTF-8.
    const wrong = label === 'gb18030' ? bytes.some((x) => x >= 0x80) && isUtf8(bytes) : /^utf-?8$/.test(label) && !isUtf8(bytes);
    if (!wrong) {
      try {
        return new TextDecoder(label).decode(bytes);
      } catch {
        // An unknown label: let the bytes tell.
      }
    }
  }
  const d = decode(bytes);
  return d.ok ? d.text : null;
}
