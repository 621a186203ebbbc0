import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/formats/index.js';
import type { BudgetDocument, Money } from '../src/index.js';
import { FIXTURES } from './helpers.js';

// Mends of field test 15's review: the fixtures are written by fixtures/formats/make-field15.mjs (invented
// departments, figures that add up).

const DIR = join(FIXTURES, 'formats', 'field15');
const parse = (name: string): Promise<BudgetDocument> => parseFile(new Uint8Array(readFileSync(join(DIR, name))), { path: name });
const cell = (m: Money | null | undefined) => (m ? [m.yuan, m.raw, m.sheet, m.cell] : null);
const tableValues = (d: BudgetDocument) =>
  d.tables.flatMap((t) => t.rows.map((r) => [r.name, Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, v ? [v.yuan, v.raw, v.cell] : null]))]));
const codes = (d: BudgetDocument) => d.warnings.map((w) => w.code);

describe('field15m: XLSX number formats read as Excel shows them', () => {
  it('0!.0000"万元" on yuan under 单位：元: the cell shows 2468.3000万元 (its own unit), 24683000 yuan, not 2468.3 yuan', async () => {
    const d = await parse('xlsx-format-literal-unit.xlsx');
    expect(cell(d.budget!.revenue!.total)).toEqual([24683000, '2468.3万元', '收支总表', 'B6']);
    expect(cell(d.budget!.expenditure!.total)).toEqual([24683000, '2468.3万元', '收支总表', 'D6']);
    expect(tableValues(d).map(([n, v]) => [n, (v as Record<string, unknown[]>).total![0]])).toEqual([
      ['一般公共预算拨款收入', 24000000],
      ['上年结转', 683000],
      ['收入总计', 24683000],
      ['基本支出', 15683000],
      ['项目支出', 9000000],
      ['支出总计', 24683000],
    ]);
    expect(codes(d).filter((c) => c !== 'NOT_A_DISCLOSURE')).toEqual([]);
  });
  it('#,##0.00,,"百万" (text that is no unit): the stored yuan are read, said by NUMBER_FORMAT_UNSURE, never 24.683 yuan', async () => {
    const d = await parse('xlsx-format-unknown-text.xlsx');
    expect(cell(d.budget!.revenue!.total)).toEqual([24683000, '24683000', '收支总表', 'B6']);
    const w = d.warnings.filter((x) => x.code === 'NUMBER_FORMAT_UNSURE');
    expect(w.map((x) => x.message.split(':')[0])).toEqual(['sheet 收支总表 cells B4, D4, B5 and 3 more']);
    expect(w[0]!.message).toContain('#,##0.00,,"百万"');
  });
  it('[>=100000]0!.0000"万";0: the section is chosen by its condition (6830 shows 6830, not 0.683)', async () => {
    const d = await parse('xlsx-format-conditional.xlsx');
    expect(tableValues(d)).toEqual([
      ['一般公共预算拨款收入', { total: [24000000, '2400万', 'B4'] }],
      ['上年结转', { total: [6830, '6830', 'B5'] }],
      ['收入总计', { total: [24006830, '2400.683万', 'B6'] }],
      ['基本支出', { total: [15006830, '1500.683万', 'D4'] }],
      ['项目支出', { total: [9000000, '900万', 'D5'] }],
      ['支出总计', { total: [24006830, '2400.683万', 'D6'] }],
    ]);
    expect(codes(d).filter((c) => c !== 'NOT_A_DISCLOSURE')).toEqual([]);
  });
});

describe('field15m: XLSX float residues', () => {
  it('-1.4210854715202004E-14 and 2.2737367544323206E-13 in #,##0.00 (Excel shows 0.00): read as 0, no float noise', async () => {
    const d = await parse('xlsx-format-residual.xlsx');
    expect(tableValues(d).filter(([n]) => /其他/.test(n as string))).toEqual([
      ['其他收入', { total: [0, '0', 'B6'] }],
      ['其他支出', { total: [0, '0', 'D6'] }],
    ]);
    expect(cell(d.budget!.revenue!.total)).toEqual([24683000, '2468.3', '收支总表', 'B7']);
  });
});

describe('field15m: XLSX formulas whose result is an empty string', () => {
  it('=IF(B4=0,"",B4) saved as t="str" with an empty <v>: an empty cell, no FORMULA_NO_VALUE', async () => {
    const d = await parse('xlsx-formula-empty-string.xlsx');
    expect(codes(d).filter((c) => c !== 'NOT_A_DISCLOSURE')).toEqual([]);
    expect(cell(d.budget!.revenue!.total)).toEqual([24683000, '2468.3', '收支总表', 'B6']);
  });
});

const money = (m: Money | null | undefined) => (m ? [m.yuan, m.raw, m.line] : null);

describe('field15m: HTML hidden content is read', () => {
  it('a tab panel kept display:none (the “三公” table in whole yuan) is read and said once by HIDDEN_CONTENT with its first figure', async () => {
    const d = await parse('html-hidden-tab.html');
    expect([money(d.threePublic!.total), money(d.threePublic!.reception), money(d.threePublic!.vehicleOperation)].map((m) => m?.slice(0, 2))).toEqual([
      [126000, '126000'],
      [40000, '40000'],
      [86000, '86000'],
    ]);
    expect(d.warnings.filter((w) => w.code === 'HIDDEN_CONTENT').map((w) => w.message.replace(/;.*$/, ''))).toEqual([
      'a hidden element (display:none) holds figures the page does not show until opened (first: 0)',
    ]);
  });
  it('-webkit-backface-visibility:hidden is no hiding: the sentence is read, no warning', async () => {
    const d = await parse('html-backface.html');
    expect(money(d.budget!.revenue!.total)).toEqual([24683000, '2,468.30万元', 3]);
    expect(codes(d)).toEqual([]);
  });
});

describe('field15m: a table of contents whose body starts its numbers again', () => {
  it.each(['docx', 'html', 'txt'])('目录 / 一、部门职责 / 二、收支预算总体情况 / 一、部门主要职责 (%s): the body heading 一、 ends the contents, its duties read', async (ext) => {
    const d = await parse(`${ext === 'txt' ? 'text' : ext}-toc-restart.${ext}`);
    expect(d.sections.map((s) => s.heading)).toEqual(['青川市湖滨公园管理处2026年部门预算', '一、部门主要职责', '二、2026年收支预算总体情况']);
    expect(d.duties.map((x) => x.text)).toEqual(['1.负责全市公园绿地的养护管理。', '2.负责古树名木的保护工作。']);
  });
});

describe('field15m: HTML tables with a small table in a cell', () => {
  it('a header corner cell holding a nested table (年度 / 项目) is a cell’s decoration: the 收支总表 is read, six figures in 万元', async () => {
    const d = await parse('html-nested-corner.html');
    expect(d.tables.flatMap((t) => t.rows.map((r) => [r.name, Object.values(r.values).map((v) => v?.yuan)]))).toEqual([
      ['一般公共预算拨款收入', [24000000]],
      ['上年结转', [683000]],
      ['收入总计', [24683000]],
      ['基本支出', [15683000]],
      ['项目支出', [9000000]],
      ['支出总计', [24683000]],
    ]);
    expect(codes(d).filter((c) => c !== 'NOT_A_DISCLOSURE')).toEqual([]);
  });
});

describe('field15m: a footnote mark after a whole number', () => {
  it.each(['html', 'docx'])('2,468<sup>1</sup>万元 (%s): never 24681 nor 2,468: UNPLACED_FIGURE names the figure and the mark', async (ext) => {
    const d = await parse(`${ext}-footnote-whole.${ext}`);
    expect(d.budget?.revenue?.total ?? null).toBeNull();
    expect(money(d.budget!.expenditure!.total)).toEqual([24683000, '2,468.30万元', 3]);
    expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => w.message)).toEqual([
      '“2,468” is followed by a superscript “1” (a footnote mark, or a power?): the figure is not read',
    ]);
  });
});

describe('field15m: XLSX accounting format', () => {
  it('_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ (会计专用): a zero shown “-” is 0 with no NUMBER_FORMAT_UNSURE; a negative stays negative', async () => {
    const { shownBy, showNumber } = await import('../src/formats/xlsx/number-format.js');
    const f = shownBy('_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ');
    expect([showNumber('0', f, false), showNumber('-5.5', f, false), showNumber('1234.567', f, false)]).toEqual([{ text: '0' }, { text: '-5.5' }, { text: '1234.57' }]);
    const red = shownBy('#,##0.00;[Red](#,##0.00)');
    expect(showNumber('-100.5', red, false)).toEqual({ text: '-100.5' });
  });
});
