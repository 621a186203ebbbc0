import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/index.js';
import { readFormat } from '../src/formats/index.js';
// @ts-expect-error a fixture helper in plain JavaScript
import { cjkFonts, tinyPdf } from '../fixtures/formats/tiny-pdf.mjs';

/**
 * A ruled table that runs onto a second page drawn with the same column lines, where one column
 * (基本支出) is empty on the second page. Synthetic: an invented department and figures.
 */
const XS = [50, 120, 250, 340, 430, 520];
const ROW = 20;

/** Text at (x, y): CJK in the CID font F1 (UniGB-UCS2-H), the rest in Helvetica (F2). */
function text(x: number, y: number, s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return `BT /F2 10 Tf ${x} ${y} Td (${s}) Tj ET`;
  const hex = [...s].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('');
  return `BT /F1 10 Tf ${x} ${y} Td <${hex}> Tj ET`;
}

/** A grid with its rows' texts, the top border at `top` (PDF y grows upwards). */
function grid(top: number, rows: readonly (readonly string[])[]): string {
  const out: string[] = ['0.5 w'];
  const bottom = top - ROW * rows.length;
  for (let r = 0; r <= rows.length; r++) out.push(`${XS[0]} ${top - r * ROW} m ${XS[XS.length - 1]} ${top - r * ROW} l S`);
  for (const x of XS) out.push(`${x} ${top} m ${x} ${bottom} l S`);
  rows.forEach((cells, r) => cells.forEach((c, i) => c && out.push(text(XS[i]! + 4, top - (r + 1) * ROW + 6, c))));
  return out.join('\n');
}

function twoPagePdf(): Uint8Array {
  const page1 = [
    text(50, 780, '示范发展局2025年部门预算'),
    text(50, 760, '一般公共预算支出表'),
    text(50, 742, '单位：万元'),
    grid(730, [
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['', '合计', '230.00', '100.00', '130.00'],
      ['201', '一般公共服务支出', '150.00', '100.00', '50.00'],
    ]),
  ].join('\n');
  // The second page starts with the table (no title, no repeated header); nobody there has 基本支出.
  const page2 = grid(800, [
    ['205', '教育支出', '80.00', '', '80.00'],
    ['20502', '普通教育', '80.00', '', '80.00'],
  ]);
  const res = '/Resources << /Font << /F1 6 0 R /F2 9 0 R >> >>';
  return tinyPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${res} /Contents 5 0 R >>`,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${res} /Contents 10 0 R >>`,
    { dict: '', stream: page1 },
    ...cjkFonts(6),
    { dict: '', stream: page2 },
  ]);
}

describe('PDF: a ruled table that runs onto the next page keeps its columns there', () => {
  it('a column empty on the continuation page is still a column: the figures right of it stay in their own columns', async () => {
    const produced = await readFormat(twoPagePdf(), 'continued.pdf');
    if (!produced || !('blocks' in produced)) throw new Error(`not read: ${JSON.stringify(produced)}`);
    const tables = produced.blocks.filter((b) => b.kind === 'table');
    expect(tables.length).toBe(1);
    const rows = tables[0]!.rows.map((r) => r.cells.map((c) => c.text));
    expect(rows.find((r) => r[0] === '205')).toEqual(['205', '教育支出', '80.00', '', '80.00']);
    expect(rows.find((r) => r[0] === '20502')).toEqual(['20502', '普通教育', '80.00', '', '80.00']);
  });

  it('the table stage reads 项目支出 there as 项目支出, not as 基本支出', async () => {
    const doc = await parseFile(twoPagePdf(), { path: 'continued.pdf' });
    const t = doc.tables?.find((x) => x.rows.some((r) => r.code === '205'));
    expect(t).toBeDefined();
    const row = t!.rows.find((r) => r.code === '205')!;
    expect(row.values.project?.raw).toBe('80.00');
    expect(row.values.basic ?? null).toBeNull();
    expect(doc.warnings.filter((w) => w.code === 'TABLE_ROW_SUM')).toEqual([]);
  });
});
