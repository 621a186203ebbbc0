import { TextBuilder, cellName, type CellIn, type Produced } from '../builder.js';
import type { FormatError } from '../types.js';
import { child, descendants, elements, parseTree, unzipText, type El } from '../xml.js';
import { storedNumber } from './numbers.js';
import { showNumber, styleFormats, type Shown } from './number-format.js';

/**
 * Stage 0 for spreadsheets: each sheet is a table under its name. Numbers are taken as the
 * cell stores them (the `<v>` text, at Excel's 15 significant digits: a binary float
 * 2400.0000000000005 is 2400), not as displayed with rounding; merged ranges become
 * merged cells as Tika writes them (one cell across, empty cells below). Leading rows with a
 * single filled cell (the title, 单位：万元) become paragraphs above the table.
 */
export function readXlsx(bytes: Uint8Array): Produced | FormatError {
  const files = unzipText(bytes, (n) => n === 'xl/workbook.xml' || n === 'xl/sharedStrings.xml' || n === 'xl/styles.xml' || n === 'xl/_rels/workbook.xml.rels' || /^xl\/worksheets\/[^/]+\.xml$/.test(n));
  if (!files) return { code: 'BROKEN_XLSX', message: 'the .xlsx file is not a readable ZIP archive' };
  const wb = files.get('xl/workbook.xml');
  if (!wb) return { code: 'BROKEN_XLSX', message: 'the .xlsx archive has no xl/workbook.xml' };
  const shared = sharedStrings(files.get('xl/sharedStrings.xml'));
  const formats = styleFormats(files.get('xl/styles.xml'));
  const pr = child(child(parseTree(wb), 'workbook') ?? { name: '', attrs: {}, children: [] }, 'workbookPr');
  const date1904 = pr?.attrs.date1904 === '1' || pr?.attrs.date1904 === 'true';
  const rels = new Map<string, string>();
  for (const r of descendants(parseTree(files.get('xl/_rels/workbook.xml.rels') ?? ''), 'Relationship')) {
    const target = r.attrs.Target ?? '';
    rels.set(r.attrs.Id ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const b = new TextBuilder('xlsx', 'tika');
  let i = 0;
  for (const s of descendants(parseTree(wb), 'sheet')) {
    i++;
    const name = s.attrs.name ?? `Sheet${i}`;
    const path = rels.get(s.attrs['r:id'] ?? '') ?? `xl/worksheets/sheet${i}.xml`;
    const xml = files.get(path);
    if (!xml) continue;
    // A hidden sheet (working data, a draft, lookup lists) is not what the workbook shows: not read, but said.
    if (s.attrs.state === 'hidden' || s.attrs.state === 'veryHidden') {
      const numbers = [...descendants(parseTree(xml), 'c')].filter((c) => (c.attrs.t ?? 'n') === 'n' && textIn(child(c, 'v')).trim() !== '').length;
      b.warn('HIDDEN_SHEET', `sheet ${name} is hidden in the workbook (who opens the file does not see it): its ${numbers} number cell${numbers === 1 ? '' : 's'} are not read`);
      continue;
    }
    readSheet(b, name, parseTree(xml), shared, formats, date1904);
  }
  return b.finish();
}

function textIn(el: El | undefined): string {
  if (!el) return '';
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : c.name === 'rPh' ? '' : textIn(c);
  return s;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...descendants(parseTree(xml), 'si')].map((si) => textIn(si));
}

/** "C12" → [row0, col0]. */
function parseRef(ref: string): [number, number] | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref.replace(/\$/g, ''));
  if (!m) return null;
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, c - 1];
}

function readSheet(b: TextBuilder, name: string, root: El, shared: string[], formats: readonly (Shown | null)[], date1904: boolean): void {
  const values = new Map<string, string>();
  // Formats that cannot be shown with certainty: their cells keep the stored number, said once per format.
  const unsure = new Map<string, { why: string; cells: string[] }>();
  let maxR = -1;
  let maxC = -1;
  // A row or cell may leave out its r="" (the format allows it): it then follows the one before.
  let rowNo = -1;
  for (const row of descendants(root, 'row')) {
    const rn = Number(row.attrs.r);
    rowNo = Number.isInteger(rn) && rn > 0 ? rn - 1 : rowNo + 1;
    let colNo = -1;
    for (const c of elements(row, 'c')) {
      const rc = c.attrs.r ? parseRef(c.attrs.r) : ([rowNo, colNo + 1] as [number, number]);
      if (!rc) continue;
      colNo = rc[1];
      const t = c.attrs.t ?? 'n';
      const v = textIn(child(c, 'v'));
      let text: string;
      if (t === 's') text = shared[Number(v)] ?? '';
      else if (t === 'inlineStr') text = textIn(child(c, 'is'));
      else if (t === 'b') text = v === '1' ? 'TRUE' : 'FALSE';
      else if (t === 'n') {
        // Numbers and formula results as Excel shows them (the section, its text, scale, decimals; % and dates).
        const fmt = formats[Number(c.attrs.s ?? 0)] ?? null;
        const shown = showNumber(storedNumber(v), fmt, date1904);
        text = shown.text;
        if (shown.unsure && (fmt?.kind === 'unsure' || fmt?.kind === 'number')) {
          const u = unsure.get(fmt.code) ?? { why: shown.unsure, cells: [] };
          u.cells.push(cellName(rc[0], rc[1]));
          unsure.set(fmt.code, u);
        }
      } else text = v;
      // A formula whose result is an empty string (=IF(B4=0,"",B4)): an empty cell, as shown.
      if (text.trim() === '' && t === 'str' && child(c, 'v')) continue;
      if (text.trim() === '') {
        // A formula saved without its result (a program that writes files but does not calculate): the figure is not in the file.
        const f = child(c, 'f');
        if (f && t !== 's' && t !== 'inlineStr') {
          const formula = textIn(f).trim();
          b.warn('FORMULA_NO_VALUE', `sheet ${name} cell ${cellName(rc[0], rc[1])}: the formula ${formula ? `=${formula}` : '(shared with the cells around it)'} has no stored result, so its figure is not read (open and save the file in a spreadsheet program to store it)`);
        }
        continue;
      }
      values.set(`${rc[0]},${rc[1]}`, text);
      maxR = Math.max(maxR, rc[0]);
      maxC = Math.max(maxC, rc[1]);
    }
  }
  for (const [code, u] of unsure) {
    b.warn('NUMBER_FORMAT_UNSURE', `sheet ${name} cell${u.cells.length === 1 ? '' : 's'} ${u.cells.slice(0, 3).join(', ')}${u.cells.length > 3 ? ` and ${u.cells.length - 3} more` : ''}: the number format ${code} cannot be shown with certainty (${u.why}): the stored number is read, which may not be the figure shown`);
  }
  // Merged ranges: the top-left cell holds the value.
  const covered = new Map<string, 'left' | 'above'>();
  for (const m of descendants(root, 'mergeCell')) {
    const [a, z] = (m.attrs.ref ?? '').split(':');
    const from = parseRef(a ?? '');
    const to = parseRef(z ?? '');
    if (!from || !to) continue;
    for (let r = from[0]; r <= to[0]; r++) {
      for (let c = from[1]; c <= to[1]; c++) {
        if (r === from[0] && c === from[1]) continue;
        covered.set(`${r},${c}`, c === from[1] ? 'above' : 'left');
      }
    }
    maxR = Math.max(maxR, to[0]);
    maxC = Math.max(maxC, to[1]);
  }
  b.paragraph([{ text: name, spans: [{ start: 0, end: name.length, place: { sheet: name, cell: 'A1' } }] }]);
  if (maxR < 0) return;
  let r = 0;
  // Title rows above the table: one filled cell and nothing else.
  for (; r <= maxR; r++) {
    const filled: number[] = [];
    for (let c = 0; c <= maxC; c++) if (values.has(`${r},${c}`)) filled.push(c);
    if (filled.length > 1) break;
    if (filled.length === 1) {
      const text = values.get(`${r},${filled[0]}`)!;
      b.paragraph([{ text, spans: [{ start: 0, end: text.length, place: { sheet: name, cell: cellName(r, filled[0]!) } }] }]);
    }
  }
  const rows: CellIn[][] = [];
  for (; r <= maxR; r++) {
    const row: CellIn[] = [];
    for (let c = 0; c <= maxC; c++) {
      const k = `${r},${c}`;
      const cov = covered.get(k);
      if (cov === 'left') continue;
      if (cov === 'above') {
        row.push({ text: '' });
        continue;
      }
      const text = values.get(k) ?? '';
      row.push({ text, spans: [{ start: 0, end: text.length, place: { sheet: name, cell: cellName(r, c) } }] });
    }
    if (row.some((x) => x.text !== '')) rows.push(row);
  }
  b.table(rows);
}
