import { describe, expect, it } from 'vitest';
import { readFormat } from '../src/formats/index.js';
import { pdfAssetReads } from '../src/formats/pdf/load.js';
// @ts-expect-error a fixture helper in plain JavaScript
import { cjkFonts, tinyPdf } from '../fixtures/formats/tiny-pdf.mjs';

/**
 * A one-page PDF whose fonts are not embedded: a CID font in the predefined CMap UniGB-UCS2-H
 * (pdf.js loads cmaps/UniGB-UCS2-H.bcmap) and Helvetica (pdf.js loads a standard font file).
 */
function pdfWithBuiltInCMap(words: string): Uint8Array {
  const ucs2 = [...words].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('');
  const content = `BT /F1 16 Tf 72 700 Td <${ucs2}> Tj ET BT /F2 12 Tf 72 660 Td (Page 1) Tj ET`;
  return tinyPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 8 0 R >> >> /Contents 4 0 R >>',
    { dict: '', stream: content },
    ...cjkFonts(5),
  ]);
}

describe('PDF: CMaps and standard fonts are read once per process', () => {
  it('reads the CMap and font files for the first document only', async () => {
    const text = async (words: string) => {
      const p = await readFormat(pdfWithBuiltInCMap(words), 'cmap.pdf');
      if (!p || !('blocks' in p)) throw new Error(`not read: ${JSON.stringify(p)}`);
      return p.text;
    };
    const before = pdfAssetReads();
    expect(await text('部门预算')).toContain('部门预算');
    const afterFirst = pdfAssetReads();
    // UniGB-UCS2-H (and what it uses) and the Helvetica substitute: at least two files.
    expect(afterFirst - before).toBeGreaterThanOrEqual(2);
    expect(await text('收支总表')).toContain('收支总表');
    expect(await text('三公经费')).toContain('三公经费');
    expect(pdfAssetReads()).toBe(afterFirst);
  });
});
