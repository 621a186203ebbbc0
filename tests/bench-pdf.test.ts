import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentOptions, pdfjs } from '../src/formats/pdf/load.js';
import { FIXTURES } from './helpers.js';

/** The PDF corpus of the benchmark (tests/bench/pdf.mjs): our own PDFs, 20+ pages each, committed small. */
describe('the bench PDF corpus (fixtures/bench-pdf)', () => {
  const dir = join(FIXTURES, 'bench-pdf');
  const files = readdirSync(dir).filter((f) => f.endsWith('.pdf'));

  it('holds at least four PDFs of 20 or more pages, under 2 MB in all', async () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(files.reduce((s, f) => s + statSync(join(dir, f)).size, 0)).toBeLessThan(2_000_000);
    const { getDocument } = await pdfjs();
    for (const f of files) {
      const doc = await getDocument(documentOptions(new Uint8Array(readFileSync(join(dir, f))))).promise;
      expect([f, doc.numPages >= 20]).toEqual([f, true]);
      await doc.destroy();
    }
  });
});
