import { describe, expect, it } from 'vitest';
import { utf8 } from '../src/emit/utf8.js';

// The output bytes of every document go through utf8(): they must be exactly Buffer.from of the
// text with its separators, whatever the characters (ASCII, CJK, astral pairs, lone surrogates).
describe('utf8 (one pass into a scratch buffer, then an exact copy)', () => {
  const texts = [
    '',
    '{"a":1}',
    '{"name":"妇联工作经费","raw":"16.4万元"}',
    '𠀀𪚥 astral pairs 🙂',
    'lone \ud800 high and \udc00 low surrogates',
    '全'.repeat(50_000),
  ];
  for (const t of texts) {
    for (const [prefix, suffix] of [['', ''], [',\n', ''], ['', '\n']] as const) {
      it(`${JSON.stringify(t.slice(0, 20))} with ${JSON.stringify(prefix)} / ${JSON.stringify(suffix)}`, () => {
        const out = utf8(t, prefix, suffix);
        expect(Buffer.compare(out, Buffer.from(prefix + t + suffix, 'utf8'))).toBe(0);
        expect(out.length).toBe(Buffer.byteLength(prefix + t + suffix, 'utf8'));
      });
    }
  }
  it('gives each document a buffer of its own, of exactly its size (transferable)', () => {
    const a = utf8('一');
    const b = utf8('二');
    expect(a.buffer).not.toBe(b.buffer);
    expect(a.byteOffset).toBe(0);
    expect(a.buffer.byteLength).toBe(3);
    // a later, larger document does not change an earlier one's bytes (the scratch is reused)
    const c = utf8('三'.repeat(600_000));
    expect(a.toString('utf8')).toBe('一');
    expect(c.length).toBe(1_800_000);
  });
  it('a huge document (past the kept scratch size) is written into a buffer of exactly its size', () => {
    const t = `${'三'.repeat(3_000_000)}a😀${'x'.repeat(2_000_000)}`;
    const out = utf8(t, ',\n', '\n');
    expect(out.buffer.byteLength).toBe(out.length);
    expect(Buffer.compare(out, Buffer.from(`,\n${t}\n`, 'utf8'))).toBe(0);
  });
});
