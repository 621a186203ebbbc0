// One-pass dispatch (issue 17): the combined cue pattern and the table text index must decide as
// the one-by-one tests they replaced did.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, readLayout, splitLines, type Table } from '../src/index.js';
import { tableText } from '../src/blocks/table-text.js';
import { cueOf } from '../src/extract/claims.js';
import { hasSpace } from '../src/extract/context.js';
import { SENTENCE_CUES, type ReaderKind } from '../src/extract/claim-patterns.js';
import { FIXTURES, hasSeeds, SEEDS } from './helpers.js';

/** The rule as first written: every cue tested on its own, the earliest before the first figure wins. */
function cueOneByOne(text: string): ReaderKind | null {
  let best: ReaderKind | null = null;
  const f = /\d\s*(?:万|亿|元)|持平|(?:上年|去年|\d{4}年)[^，,。；;\d]{0,8}?相同/.exec(text);
  let at = f ? f.index + 1 : Number.POSITIVE_INFINITY;
  for (const c of SENTENCE_CUES) {
    const m = c.re.exec(text);
    if (m && m.index < at) {
      at = m.index;
      best = c.kind;
    }
  }
  return best;
}

function textFiles(): string[] {
  const dirs = ['docs', 'layouts', 'final-account', 'wording', 'tables', 'structure'].map((d) => join(FIXTURES, d));
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => join(d, f)));
  return hasSeeds ? [...files, ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f))] : files;
}

function blocksOf(file: string) {
  const d = decode(readFileSync(file));
  if (!d.ok) return [];
  return readLayout(splitLines(d.text), d.text).blocks;
}

describe('one-pass dispatch', () => {
  it('the combined cue pattern picks the reader the cues tested one by one pick, on every paragraph of the fixtures (and seeds)', () => {
    let n = 0;
    let cued = 0;
    for (const f of textFiles()) {
      for (const b of blocksOf(f)) {
        if (b.kind !== 'paragraph') continue;
        n++;
        const want = cueOneByOne(b.text);
        if (want) cued++;
        expect(cueOf(b.text), `${f}:${b.line} ${b.text.slice(0, 60)}`).toBe(want);
      }
    }
    expect(n).toBeGreaterThan(500);
    expect(cued).toBeGreaterThan(20);
  });

  it('ties and order: the cue that stands first wins, at the same place the one listed first, never one after the first figure', () => {
    for (const t of [
      '三公经费预算12万元，政府采购预算5万元。',
      '政府采购预算5万元，三公经费预算12万元。',
      '公用经费834.69万元，主要包括因公出国（境）费用。',
      '机关运行经费是指…，其中公务接待费1万元。',
      '一、收入：792.22万元',
      '固定资产总额30万元，政府采购5万元。',
      '本部门无机关运行经费。',
    ]) expect(cueOf(t), t).toBe(cueOneByOne(t));
    expect(cueOf('公用经费834.69万元，主要包括因公出国（境）费用。')).toBe(null);
    expect(cueOf('政府采购预算5万元，三公经费预算12万元。')).toBe('procurement');
  });

  it('the table text index holds every cell of a table, each once, in order', () => {
    const t: Table = {
      kind: 'table',
      startLine: 1,
      endLine: 3,
      rows: [
        { startLine: 1, endLine: 1, cells: [{ text: '项目名称', startLine: 1, endLine: 1 }, { text: '得 分', startLine: 1, endLine: 1 }] },
        { startLine: 2, endLine: 3, cells: [{ text: '××', startLine: 2, endLine: 2 }, { text: '执行\n数', startLine: 2, endLine: 3 }] },
      ],
    };
    expect(tableText(t)).toBe('项目名称\u0001得 分\u0001××\u0001执行\n数');
    // Built once per table: blocks are final after the layout stage, so later readers see the first text.
    t.rows[0]!.cells[0]!.text = '改过';
    expect(tableText(t).startsWith('项目名称')).toBe(true);
    // The text is kept on the table: a table built from the same rows builds its own.
    const copy: Table = { kind: 'table', startLine: t.startLine, endLine: t.endLine, rows: [...t.rows] };
    expect(tableText(copy).startsWith('改过')).toBe(true);
  });

  it('hasSpace (behind compact) finds exactly the characters of \\s, over the whole BMP', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const t = `甲${String.fromCharCode(c)}`;
      if (hasSpace(t) !== /\s/.test(t)) differ.push(c);
    }
    expect(differ).toEqual([]);
    expect(hasSpace('执 行')).toBe(true);
    expect(hasSpace('执行数')).toBe(false);
  });
});
