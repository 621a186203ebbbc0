import { describe, expect, it } from 'vitest';
import { statedNone } from '../src/extract/amounts.js';

// A figure of 0 stated in words (无机关运行经费 · 无“三公”经费预算 · 无新增固定资产) keeps the line its words stand on,
// also in a paragraph joined from wrapped lines (pdftotext).
describe('statedNone', () => {
  const NONE = /(?:无|没有|不涉及)机关运行经费/;
  it('the words, as raw, on the line they stand on; the first paragraph that says so; null when none does', () => {
    const wrapped = { kind: 'paragraph' as const, text: '三、机关运行经费情况说明：本单位为事业单位，无机关运行经费。', line: 10, pieces: [{ offset: 0, line: 10 }, { offset: 18, line: 11 }] };
    expect(statedNone([wrapped], '运行经费', NONE)).toEqual({ yuan: 0, raw: '无机关运行经费', unit: '元', line: 11 });
    const other = { kind: 'paragraph' as const, text: '机关运行经费安排情况如下。', line: 3 };
    expect(statedNone([other, wrapped], '运行经费', NONE)?.line).toBe(11);
    expect(statedNone([other], '运行经费', NONE)).toBeNull();
    // The cue is a cheap pre-check: a paragraph without it is not searched.
    expect(statedNone([wrapped], '三公', NONE)).toBeNull();
  });
});
