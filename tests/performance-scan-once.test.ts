/** Field test 14, review 2: the 绩效 reader scans a paragraph holding 元 or 万 for amounts once (it scanned it twice). */
import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('../src/extract/amounts.js', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../src/extract/amounts.js')>();
  return { ...orig, scanAmounts: (...args: Parameters<typeof orig.scanAmounts>) => { calls.texts.push(args[0].text); return orig.scanAmounts(...args); } };
});

import { parseDocument } from '../src/index.js';

describe('field14 review 2: one scan of a 绩效 paragraph for amounts', () => {
  it('共涉及项目3个，资金86.50万元: scanned once, still UNPLACED_FIGURE', () => {
    const para = '本部门共涉及项目3个，资金86.50万元。';
    const d = parseDocument(['示例县统计局2024年部门预算', '', '十、预算绩效管理情况', '', para, ''].join('\n'));
    expect(calls.texts.filter((t) => t === para)).toHaveLength(1);
    expect(d.warnings.some((w) => w.code === 'UNPLACED_FIGURE' && w.message.includes('86.50'))).toBe(true);
  });
});
