import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, readFormat } from '../src/formats/index.js';
import type { BudgetDocument, Money } from '../src/index.js';
import { FIXTURES } from './helpers.js';

// Field test 15: published files (spreadsheets, Word files, web pages) with one trap each that real disclosures
// carry. The fixtures are written by fixtures/formats/make-field15.mjs (invented departments, figures that add up).

const DIR = join(FIXTURES, 'formats', 'field15');
const parse = (name: string): Promise<BudgetDocument> => parseFile(new Uint8Array(readFileSync(join(DIR, name))), { path: name });
/** A figure as a person checks it: yuan, raw text, sheet and cell. */
const cell = (m: Money | null | undefined) => (m ? [m.yuan, m.raw, m.sheet, m.cell] : null);
/** Every row of every table: name → its values as [yuan, raw, cell]. */
const tableValues = (d: BudgetDocument) =>
  d.tables.flatMap((t) => t.rows.map((r) => [r.name, Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, v ? [v.yuan, v.raw, v.cell] : null]))]));
const codes = (d: BudgetDocument) => d.warnings.map((w) => w.code);

describe('field15: XLSX numbers stored as binary floats', () => {
  it('2400.0000000000005, 1568.3000000000002, a formula cached as 2468.3000000000006: read as Excel shows them, exact to the fen', async () => {
    const d = await parse('xlsx-binary-floats.xlsx');
    expect(cell(d.budget!.revenue!.total)).toEqual([24683000, '2468.3', '收支总表', 'B6']);
    expect(cell(d.budget!.expenditure!.total)).toEqual([24683000, '2468.3', '收支总表', 'D6']);
    expect(tableValues(d)).toEqual([
      ['一般公共预算拨款收入', { total: [24000000, '2400', 'B4'] }],
      ['上年结转', { total: [683000, '68.3', 'B5'] }],
      ['收入总计', { total: [24683000, '2468.3', 'B6'] }],
      ['基本支出', { total: [15683000, '1568.3', 'D4'] }],
      ['项目支出', { total: [9000000, '900', 'D5'] }],
      ['支出总计', { total: [24683000, '2468.3', 'D6'] }],
    ]);
    expect(codes(d).filter((c) => c !== 'NOT_A_DISCLOSURE')).toEqual([]);
  });
});

describe('field15: XLSX cells without r=""', () => {
  it('rows and cells that leave out their reference (allowed by the format) are read in order, with their cells named', async () => {
    const d = await parse('xlsx-no-cell-refs.xlsx');
    expect(cell(d.budget!.revenue!.total)).toEqual([24683000, '2468.3', '收支总表', 'B6']);
    expect(cell(d.budget!.expenditure!.total)).toEqual([24683000, '2468.3', '收支总表', 'D6']);
    expect(tableValues(d).map(([n, v]) => [n, (v as Record<string, unknown[]>).total![2]])).toEqual([
      ['一般公共预算拨款收入', 'B4'],
      ['上年结转', 'B5'],
      ['收入总计', 'B6'],
      ['基本支出', 'D4'],
      ['项目支出', 'D5'],
      ['支出总计', 'D6'],
    ]);
  });
});

describe('field15: XLSX number formats that change the number shown', () => {
  it('yuan stored, 万元 shown by the format 0!.0000 (24683000 → 2468.3000) under 单位：万元: read as shown, 24683000 yuan, not 2468.3亿', async () => {
    const d = await parse('xlsx-scaled-format.xlsx');
    expect(cell(d.budget!.revenue!.total)).toEqual([24683000, '2468.3', '收支总表', 'B6']);
    expect(cell(d.budget!.expenditure!.total)).toEqual([24683000, '2468.3', '收支总表', 'D6']);
    expect(tableValues(d).map(([n, v]) => [n, (v as Record<string, unknown[]>).total![0]])).toEqual([
      ['一般公共预算拨款收入', 24000000],
      ['上年结转', 683000],
      ['收入总计', 24683000],
      ['基本支出', 15683000],
      ['项目支出', 9000000],
      ['支出总计', 24683000],
    ]);
  });
  it('0.0% shows 0.98018750000000005 as a percentage at its decimals (98.0%, as Excel shows it), a date format a serial as a date, #,##0.00, yuan as 千元', async () => {
    const p = await readFormat(new Uint8Array(readFileSync(join(DIR, 'xlsx-percent-date-thousands.xlsx'))), 'x.xlsx');
    if (!p || !('text' in p)) throw new Error('not read');
    const cells = p.text.split('\n').filter((l) => l.startsWith('\t')).map((l) => l.slice(1));
    expect(cells.slice(5)).toEqual(['基本支出', '1600', '1568.3', '98%', '2026-01-15', '项目支出', '1000', '900', '90%', '2026-01-15', '合计', '2600', '2468.3', '94.9%', '2026-01-15']);
    // 千元 is no unit the readers know: the table's figures are not read (a warning), never read as 万元 or 元.
    const d = await parse('xlsx-percent-date-thousands.xlsx');
    expect(d.tables[0]!.rows.map((r) => Object.keys(r.values).length)).toEqual([0, 0, 0]);
    expect(codes(d)).toContain('TABLE_NO_UNIT');
  });
});

describe('field15: XLSX formula cells', () => {
  it('a formula saved without its result (收入总计 =B4+B5, no <v>): a FORMULA_NO_VALUE warning naming sheet and cell, no figure', async () => {
    const d = await parse('xlsx-formula-no-value.xlsx');
    expect(d.warnings.filter((w) => w.code === 'FORMULA_NO_VALUE').map((w) => [w.message.split(' has ')[0], w.severity])).toEqual([
      ['sheet 收支总表 cell B6: the formula =B4+B5', 'warning'],
      ['sheet 收支总表 cell D6: the formula =D4+D5', 'warning'],
    ]);
    expect(d.budget?.revenue?.total ?? null).toBeNull();
    expect(tableValues(d).map(([n, v]) => [n, Object.keys(v as object).length])).toEqual([
      ['一般公共预算拨款收入', 1],
      ['上年结转', 1],
      ['收入总计', 0],
      ['基本支出', 1],
      ['项目支出', 1],
      ['支出总计', 0],
    ]);
  });
});

const money = (m: Money | null | undefined) => (m ? [m.yuan, m.raw, m.line] : null);

describe('field15: DOCX tracked changes', () => {
  it('w:del 2,486.30 → w:ins 2,468.30 reads the inserted figure; a clause moved (w:moveTo … w:moveFrom) is read once, where it went', async () => {
    const d = await parse('docx-tracked-changes.docx');
    const e = d.budget!.expenditure!;
    expect([money(d.budget!.revenue!.total), money(e.total), money(e.basic), money(e.project)]).toEqual([
      [24683000, '2,468.30万元', 3],
      [24683000, '2,468.30万元', 3],
      [15683000, '1,568.30万元', 3],
      [9000000, '900.00万元', 3],
    ]);
    // The moved-away text (基本支出1,586.30万元，项目支出882.00万元) is no figure of the document.
    expect(d.warnings.map((w) => w.message).filter((m) => /1,586\.30|882\.00|2,486\.30/.test(m))).toEqual([]);
    expect(codes(d)).not.toContain('UNPLACED_FIGURE');
  });
});

describe('field15: DOCX text boxes', () => {
  it('a text box (mc:AlternateContent: the shape and its VML fallback) is read once', async () => {
    const d = await parse('docx-text-box.docx');
    const t = d.threePublic!;
    expect([money(t.total), money(t.reception), money(t.vehicleOperation)]).toEqual([
      [126000, '12.60万元', 4],
      [40000, '4.00万元', 4],
      [86000, '8.60万元', 4],
    ]);
    const p = await readFormat(new Uint8Array(readFileSync(join(DIR, 'docx-text-box.docx'))), 'x.docx');
    if (!p || !('text' in p)) throw new Error('not read');
    expect(p.text.split('\n')[3]).toBe('“三公”经费预算安排12.60万元，其中公务接待费4.00万元，公务用车运行维护费8.60万元。');
  });
});

/** The rows of the tables: name → [yuan, raw, line] of each value. */
const rowsOf = (d: BudgetDocument) => d.tables.flatMap((t) => t.rows.map((r) => [r.name, ...Object.values(r.values).map((v) => (v ? [v.yuan, v.raw] : null))]));
const SUMMARY = [
  ['一般公共预算拨款收入', [24000000, '2,400.00']],
  ['上年结转', [683000, '68.30']],
  ['收入总计', [24683000, '2,468.30']],
  ['基本支出', [15683000, '1,568.30']],
  ['项目支出', [9000000, '900.00']],
  ['支出总计', [24683000, '2,468.30']],
];

describe('field15: HTML pages laid out with tables', () => {
  it('the article in a cell of a layout table (links left, contacts below): its sentences and its table are read, not glued into one cell', async () => {
    const d = await parse('html-layout-table.html');
    expect([money(d.budget!.revenue!.total), money(d.budget!.expenditure!.total)]).toEqual([
      [24683000, '2,468.30万元', 6],
      [24683000, '2,468.30万元', 6],
    ]);
    expect(d.tables.map((t) => [t.title, t.unit])).toEqual([
      ['表1 收支总表', '万元'],
      ['表1 收支总表', '万元'],
    ]);
    expect(rowsOf(d)).toEqual(SUMMARY);
    // The contacts row (phone number, visitor count, date) gives no figure and no warning.
    expect(d.warnings).toEqual([]);
  });
});

describe('field15: HTML table captions', () => {
  it('<caption>表1 收支总表<br>单位：万元</caption>: the title and the unit stand above the table, its figures read in 万元', async () => {
    const d = await parse('html-caption.html');
    expect(d.tables.map((t) => [t.title, t.unit, t.line])).toEqual([
      ['表1 收支总表', '万元', 3],
      ['表1 收支总表', '万元', 3],
    ]);
    expect(rowsOf(d)).toEqual(SUMMARY);
    expect(codes(d)).not.toContain('TABLE_NO_UNIT');
  });
});

describe('field15: DOCX rows that start past the first grid column', () => {
  it('w:gridBefore="1" (a row with no label cell): 68.30 stands under 预算数 in a row without a name, 项目支出 900.00 in its row', async () => {
    const d = await parse('docx-grid-before.docx');
    expect(d.tables.flatMap((t) => t.rows.map((r) => [r.name, ...Object.values(r.values).map((v) => (v ? [v.yuan, v.raw, v.line] : null))]))).toEqual([
      ['一般公共预算拨款收入', [24000000, '2,400.00', 12]],
      ['', [683000, '68.30', 17]],
      ['收入总计', [24683000, '2,468.30', 22]],
      ['基本支出', [15683000, '1,568.30', 14]],
      ['项目支出', [9000000, '900.00', 19]],
      ['支出总计', [24683000, '2,468.30', 24]],
    ]);
    expect(d.warnings).toEqual([]);
  });
});

describe('field15: a table of contents in a Word file', () => {
  it('TOC field entries (“一、部门预算安排的总体情况⇥3”, PAGEREF) under 目录 are no sections: each section once, at its heading in the text', async () => {
    const d = await parse('docx-toc-field.docx');
    expect(d.sections.map((s) => [s.kind, s.heading, s.startLine])).toEqual([
      ['other', '青川市湖滨公园管理处2026年部门预算', 1],
      ['budgetOverview', '一、部门预算安排的总体情况', 5],
      ['operatingExpenses', '二、机关运行经费安排情况', 7],
    ]);
    expect([money(d.budget!.revenue!.total), money(d.operatingExpenses!.total)]).toEqual([
      [24683000, '2,468.30万元', 6],
      [562000, '56.20万元', 8],
    ]);
  });
});

describe('field15: traps read right already (kept as tests)', () => {
  it('PDF: figures drawn tail first (“.30” then “68” placed before it; two text objects, or one TJ moving back) read whole, with page and bbox', async () => {
    for (const f of ['pdf-glyphs-backwards.pdf', 'pdf-glyphs-backwards-tj.pdf']) {
      const d = await parse(f);
      expect(d.tables.flatMap((t) => t.rows.map((r) => [r.name, ...Object.values(r.values).map((v) => [v!.yuan, v!.raw, v!.page, v!.bbox![0], v!.bbox![2]])])), f).toEqual([
        ['一般公共预算拨款收入', [24000000, '2,400.00', 1, 211.08, 250]],
        ['上年结转', [683000, '68.30', 1, 224.98, 250]],
        ['收入总计', [24683000, '2,468.30', 1, 211.08, 250]],
        ['基本支出', [15683000, '1,568.30', 1, 471.08, 510]],
        ['项目支出', [9000000, '900.00', 1, 479.42, 510]],
        ['支出总计', [24683000, '2,468.30', 1, 471.08, 510]],
      ]);
      expect(d.warnings, f).toEqual([]);
    }
  });
  it('HTML: one table written as two <table> elements (header, then body), cells padded with &nbsp; and full-width spaces', async () => {
    const d = await parse('html-split-table.html');
    expect(d.tables.map((t) => [t.title, t.unit])).toEqual([
      ['表1 收支总表', '万元'],
      ['表1 收支总表', '万元'],
    ]);
    expect(rowsOf(d)).toEqual(SUMMARY);
    expect(d.warnings).toEqual([]);
  });
});

describe('field15: XLSX hidden sheets', () => {
  it('a hidden sheet (底稿, other figures) is not read into the visible 收支总表: a HIDDEN_SHEET warning names it', async () => {
    const d = await parse('xlsx-hidden-sheet.xlsx');
    expect(tableValues(d).map(([n, v]) => [n, (v as Record<string, unknown[]>).total![0], (v as Record<string, unknown[]>).total![2]])).toEqual([
      ['一般公共预算拨款收入', 24000000, 'B4'],
      ['上年结转', 683000, 'B5'],
      ['收入总计', 24683000, 'B6'],
      ['基本支出', 15683000, 'D4'],
      ['项目支出', 9000000, 'D5'],
      ['支出总计', 24683000, 'D6'],
    ]);
    expect(d.tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.values).map((v) => v!.sheet)))).not.toContain('底稿');
    expect(d.warnings.filter((w) => w.code === 'HIDDEN_SHEET').map((w) => w.message)).toEqual([
      'sheet 底稿 is hidden in the workbook (who opens the file does not see it): its 6 number cells are not read',
    ]);
  });
  it('the unit in a cell beside 编制单位 (a row of two filled cells under the title): the table is in 万元', async () => {
    const d = await parse('xlsx-unit-beside.xlsx');
    expect(d.tables.map((t) => t.unit)).toEqual(['万元', '万元']);
    expect(cell(d.budget!.revenue!.total)).toEqual([24683000, '2468.3', '收支总表', 'B6']);
  });
});

describe('field15: HTML whose <meta> names the wrong charset', () => {
  it('UTF-8 bytes under charset=gb2312 and GBK bytes under charset=utf-8: read in the charset of the bytes, not as mojibake', async () => {
    for (const f of ['html-meta-gb2312-bytes-utf8.html', 'html-meta-utf8-bytes-gbk.html']) {
      const d = await parse(f);
      expect(d.title, f).toBe('青川市湖滨公园管理处2026年部门预算');
      expect([money(d.budget?.revenue?.total), money(d.budget?.expenditure?.total)], f).toEqual([
        [24683000, '2,468.30万元', 3],
        [24683000, '2,468.30万元', 3],
      ]);
      expect(d.warnings, f).toEqual([]);
    }
  });
});

describe('field15: hidden text', () => {
  it('DOCX: a run of hidden text (w:vanish: “2,486.30万元，原”) is not read: revenue 2,468.30万元, no SUM_REVENUE', async () => {
    const d = await parse('docx-hidden-text.docx');
    expect([money(d.budget!.revenue!.total), money(d.budget!.expenditure!.total)]).toEqual([
      [24683000, '2,468.30万元', 3],
      [24683000, '2,468.30万元', 3],
    ]);
    expect(d.warnings).toEqual([]);
  });
});

describe('field15: HTML hidden elements', () => {
  it('display:none, the hidden attribute, a hidden <tr>: read (hidden panels are content), each said by HIDDEN_CONTENT; the stale 99.00 is caught by FIGURE_MISMATCH', async () => {
    const d = await parse('html-hidden-elements.html');
    expect(rowsOf(d)).toEqual([
      ['园林养护', [6000000, '600.00']],
      ['古树名木保护（旧）', [3200000, '320.00']],
      ['古树名木保护', [3000000, '300.00']],
      ['合计', [9000000, '900.00']],
    ]);
    expect(d.warnings.map((w) => [w.code, /\(first: ([^)]*)\)/.exec(w.message)?.[1] ?? w.message.split(':')[0]])).toEqual([
      ['HIDDEN_CONTENT', '2,486.30万元'],
      ['HIDDEN_CONTENT', '99.00万元'],
      ['HIDDEN_CONTENT', '320.00'],
      ['FIGURE_MISMATCH', 'revenue total stated twice differ'],
      ['FIGURE_MISMATCH', 'expenditure total stated twice differ'],
      ['FIGURE_MISMATCH', '三公 “三公”经费 stated twice differ'],
    ]);
    expect(d.warnings[5]!.message).toContain('99.00万元 (line 5) vs 12.60万元 (line 7)');
  });
});

describe('field15: HTML <tfoot> written before <tbody>', () => {
  it('the 总计 row of a <tfoot> written first is the table\'s last row, as the browser shows it', async () => {
    const d = await parse('html-tfoot-first.html');
    expect(d.tables.flatMap((t) => t.rows.map((r) => [r.name, r.line]))).toEqual([
      ['一般公共预算拨款收入', 10],
      ['上年结转', 15],
      ['收入总计', 20],
      ['基本支出', 10],
      ['项目支出', 15],
      ['支出总计', 20],
    ]);
    expect(rowsOf(d)).toEqual(SUMMARY);
    expect(d.warnings).toEqual([]);
  });
});

describe('field15: XLSX 绩效 sheet with merged 一级指标 / 二级指标', () => {
  it('merged down (A6:A8, B6:B7): each indicator under its 一级 and 二级指标; a 指标值 stored 0.42 in a 0% format reads 42%', async () => {
    const d = await parse('xlsx-performance-merged.xlsx');
    expect(d.performance!.projects.map((p) => p.name)).toEqual(['湖滨公园园林养护']);
    expect(d.performance!.projects[0]!.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.raw])).toEqual([
      ['产出指标', '数量指标', '养护绿地面积', '≥120公顷'],
      ['产出指标', '数量指标', '补植乔木', '≥300株'],
      ['产出指标', '质量指标', '绿化完好率', '≥95%'],
      ['效益指标', '社会效益指标', '游客满意度', '≥90%'],
      ['效益指标', '生态效益指标', '绿地覆盖率', '42%'],
    ]);
  });
});

describe('field15: HTML footnote marks after figures', () => {
  it('2,468.30<sup>1</sup>万元 is 2,468.30万元 (was 2,468.301万元, without a word); 2,400.00<sup>*</sup> and 68.30<sup>[3]</sup> in cells read as the figures', async () => {
    const d = await parse('html-footnote-marks.html');
    expect([money(d.budget!.revenue!.total), money(d.budget!.expenditure!.total)]).toEqual([
      [24683000, '2,468.30万元', 3],
      [24683000, '2,468.30万元', 3],
    ]);
    expect(rowsOf(d)).toEqual(SUMMARY);
    expect(d.warnings).toEqual([]);
  });
});

describe('field15: DOCX footnote marks after figures', () => {
  it('a superscript run “1” right after 2,468.30 (then 万元): revenue 2,468.30万元, not 2,468.301万元', async () => {
    const d = await parse('docx-footnote-mark.docx');
    expect([money(d.budget!.revenue!.total), money(d.budget!.expenditure!.total)]).toEqual([
      [24683000, '2,468.30万元', 3],
      [24683000, '2,468.30万元', 3],
    ]);
    // The note's own figure is said, not dropped.
    expect(d.warnings.map((w) => [w.code, w.line])).toEqual([['UNPLACED_FIGURE', 4]]);
  });
});
