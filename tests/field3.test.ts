import { describe, expect, it } from 'vitest';
import type { Money } from '../src/index.js';
import { fixture } from './helpers.js';

// Field test 3: traps met on real published disclosures (web pages saved as text), each written
// here as a synthetic document with invented departments and figures.
const y = (x: Money | null | undefined) => (x ? x.yuan : null);
const unplaced = (d: { warnings: { code: string; message: string }[] }) => d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => w.message);

describe('field3: 事业运行经费 (the running costs of the subordinate 事业单位)', () => {
  it('is neither 机关运行经费 nor “三公”: under a 机关运行经费 heading its figures and its change are UNPLACED_FIGURE', () => {
    const d = fixture('field/operating-institutions-budget.txt');
    const o = d.operatingExpenses!;
    expect(y(o.total)).toBe(120000);
    expect(y(o.change?.amount)).toBe(-8000);
    expect(o.change?.items).toEqual([]);
    expect(o.items).toEqual([]);
    // The list of what the running costs cover (…会议费、公务接待费…) names no “三公” figure.
    expect(d.threePublic).toBeNull();
    const u = unplaced(d);
    for (const f of ['960000', '210000', '750000', '310000']) expect(u.some((m) => m.includes(f)), f).toBe(true);
    expect(d.warnings.map((w) => w.code).filter((c) => c !== 'UNPLACED_FIGURE')).toEqual([]);
  });

  it('after a sentence that lists 公务接待费, with letters spaced out by the PDF, it is no “三公” total', () => {
    const d = fixture('field/operating-institutions-spaced.txt');
    expect(d.threePublic).toBeNull();
    expect(y(d.procurement?.total)).toBe(45000);
    const u = unplaced(d);
    for (const f of ['960000', '210000', '750000', '310000']) expect(u.some((m) => m.includes(f)), f).toBe(true);
  });
});
