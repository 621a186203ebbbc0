import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { fixture, hasSeeds, ROOT, seed } from './helpers.js';

// Nothing is dropped silently: a table with figures that no reader took anything from is reported
// once (UNREAD_TABLE, src/extract/unread-tables.ts).
const unread = (d: { warnings: readonly { code: string; line: number | null; message: string }[] }) => d.warnings.filter((w) => w.code === 'UNREAD_TABLE');

describe('UNREAD_TABLE', () => {
  it('a 机关运行经费 items table beside a sentence that gives only the total is reported, with its lines and first cells', () => {
    const d = fixture('formats/final-account.txt');
    expect(d.operatingExpenses?.items).toEqual([]);
    const w = unread(d);
    expect(w.map((x) => x.line)).toEqual([6]);
    expect(w[0]!.message).toContain('lines 6–24');
    expect(w[0]!.message).toContain('“办公费”');
  });

  it('a table whose figures agree with the sentences (read by the 三公 reader), or a standard table, is not reported', () => {
    expect(unread(fixture('layouts/canonical.tika.txt'))).toEqual([]);
    expect(unread(fixture('final-account/three-public-wide.txt'))).toEqual([]);
  });

  it('a table without figures (words, integers) is not reported; the same table with an amount is', () => {
    const doc = (cell: string) => parseDocument(`某局2024年部门预算\n\n一、其他情况\n\n| 事项 | 数量 |\n| --- | --- |\n| 培训班 | ${cell} |\n| 会议 | 3 |\n`, { path: 't.txt' });
    expect(unread(doc('2'))).toEqual([]);
    expect(unread(doc('2.50'))).toHaveLength(1);
  });

  it.runIf(hasSeeds)('the seeds have no unread table', () => {
    for (const p of ['000', '001', '002', '004']) expect(unread(seed(p)), p).toEqual([]);
  });

  const dev = join(ROOT, '..', 'shared', 'dev', 'd10.layout.txt');
  if (!existsSync(dev)) console.warn('\n[budget-parse tests] ../shared/dev not found: the UNREAD_TABLE test over d10.layout is SKIPPED.\n');
  it.runIf(existsSync(dev))('dev d10 (pdftotext -layout of a one-page 绩效目标申报表, which no 绩效 reader reads): its tables are reported, not silently dropped', () => {
    const d = parseDocument(readFileSync(dev), { path: dev });
    expect(d.performance?.departmentIndicators?.length ?? 0).toBe(0);
    // Its two tables: the funds block at the top and the indicator grid, each once, at its first line, with its lines.
    const w = unread(d);
    expect(w.map((x) => x.line)).toEqual([2, 58]);
    expect(w[0]!.message).toContain('lines 2–9');
    expect(w[1]!.message).toContain('lines 58–120');
    expect(d.warnings.map((x) => x.code)).toEqual(['UNREAD_TABLE', 'UNREAD_TABLE']);
  });
});
