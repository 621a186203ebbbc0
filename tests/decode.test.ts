import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, hasBinaryControls } from '../src/decode/index.js';
import { parseDocument } from '../src/index.js';
import { FIXTURES } from './helpers.js';

const utf8Text = readFileSync(join(FIXTURES, 'docs', 'budget-basic.txt'), 'utf8');

describe('decode', () => {
  it.each([
    ['gb18030.txt', 'gb18030'],
    ['utf16le-bom.txt', 'utf-16le'],
    ['utf16be-bom.txt', 'utf-16be'],
    ['utf16le-nobom.txt', 'utf-16le'],
    ['utf8-bom-crlf.txt', 'utf-8-bom'],
    ['utf8-cr.txt', 'utf-8'],
  ])('%s decodes as %s to the same text', (file, encoding) => {
    const r = decode(readFileSync(join(FIXTURES, 'encodings', file)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.encoding).toBe(encoding);
    expect(r.text.replace(/\r\n|\r/g, '\n')).toBe(utf8Text);
  });

  it('every encoding of a document gives the same extraction', () => {
    const base = parseDocument(readFileSync(join(FIXTURES, 'docs', 'budget-basic.txt')));
    for (const file of ['gb18030.txt', 'utf16le-bom.txt', 'utf16be-bom.txt', 'utf8-bom-crlf.txt', 'utf8-cr.txt']) {
      const d = parseDocument(readFileSync(join(FIXTURES, 'encodings', file)));
      expect({ ...d, source: null }).toEqual({ ...base, source: null });
    }
  });

  it('drops a UTF-8 character cut off at the end, with a warning', () => {
    const bytes = Buffer.from('示例文本', 'utf8');
    const r = decode(bytes.subarray(0, bytes.length - 1));
    expect(r.ok && r.text).toBe('示例文');
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['TRUNCATED_CHARACTER']);
  });

  it('rejects empty files and binary formats with stable codes', () => {
    expect(decode(new Uint8Array())).toMatchObject({ ok: false, code: 'EMPTY_FILE' });
    expect(decode(Buffer.from('%PDF-1.7\n...'))).toMatchObject({ ok: false, code: 'NOT_TEXT' });
    expect(decode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatchObject({ ok: false, code: 'NOT_TEXT' });
    expect(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2]))).toMatchObject({ ok: false, code: 'NOT_TEXT' });
    expect(decode(Buffer.from([1, 2, 3, 0, 0, 5, 6, 7, 0x80, 0xff, 0, 0]))).toMatchObject({ ok: false, code: 'NOT_TEXT' });
  });

  it('reads GBK bytes that are not valid UTF-8 as GB18030', () => {
    const gbk = Buffer.from([0xd6, 0xd0, 0xce, 0xc4]); // 中文
    expect(decode(gbk)).toMatchObject({ ok: true, encoding: 'gb18030', text: '中文' });
  });
});

// hasBinaryControls skips its count when a regular expression finds no control at all: the answer
// must be the count's, for every C0 control, at the edges of the 64K sample and of the 0.1 % share.
describe('hasBinaryControls (a regular expression before the count)', () => {
  const counted = (text: string): boolean => {
    const sample = text.length > 65536 ? text.slice(0, 65536) : text;
    let bad = 0;
    for (let i = 0; i < sample.length; i++) {
      const c = sample.charCodeAt(i);
      if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) bad++;
    }
    return bad > 0 && bad >= Math.max(1, sample.length * 0.001);
  };
  it('each C0 control, DEL and the characters around them', () => {
    for (let c = 0; c < 0x22; c++) {
      for (const text of [String.fromCharCode(c), `预算${String.fromCharCode(c)}说明`, `${'x'.repeat(999)}${String.fromCharCode(c)}`, `${'全'.repeat(1000)}${String.fromCharCode(c)}`]) {
        expect(hasBinaryControls(text), `U+${c.toString(16)} in ${text.length} characters`).toBe(counted(text));
      }
    }
    for (const text of ['\x7f', '\u0085', '\u2028', '\t\n\r\f\v'.repeat(100), '']) expect(hasBinaryControls(text)).toBe(counted(text));
  });
  it('at the edges of the sample and of the share', () => {
    const texts = [
      `${'字'.repeat(65470)}${'\u0000'.repeat(66)}`, // 66 at the end of the sample: binary
      `${'字'.repeat(65471)}${'\u0000'.repeat(66)}`, // the last one past the sample: 65, not
      `${'字'.repeat(65536)}${'\u0000'.repeat(100)}`, // all past the sample
      `\u0001${'a'.repeat(999)}`, // 1 in 1000: binary
      `\u0001${'a'.repeat(1000)}`, // 1 in 1001: not
      `${'\u0002'.repeat(66)}${'b'.repeat(65536)}`,
      `${'\u0002'.repeat(65)}${'b'.repeat(65536)}`,
    ];
    for (const t of texts) expect(hasBinaryControls(t)).toBe(counted(t));
    expect(texts.map(hasBinaryControls)).toEqual([true, false, false, true, false, true, false]);
  });
});

// decode reads valid UTF-8 with isUtf8 + transcode (simdutf) instead of a fatal TextDecoder: the same
// text for every kind of character, and invalid bytes still go on to GB18030 / the lossy decoder.
describe('decode: UTF-8 through isUtf8 and transcode gives what a fatal TextDecoder gives', () => {
  const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const pick = [() => 0x41 + rand(26), () => 0x4e00 + rand(0x51a5), () => 0x3000 + rand(0x40), () => 0xff01 + rand(0x5e), () => 0x1f600 + rand(0x40), () => 0x20000 + rand(0xa6d6), () => 0xfeff, () => 0x0a, () => 0x09, () => 0xe9];
  for (let k = 0; k < 40; k++) {
    it(`random text ${k}`, () => {
      const text = String.fromCodePoint(0x4e00 + rand(100), ...Array.from({ length: 1 + rand(400) }, () => pick[rand(pick.length)]!()));
      const bytes = Buffer.from(text, 'utf8');
      const r = decode(bytes);
      expect(r.ok && r.text).toBe(fatal.decode(bytes));
    });
  }
  it('a BOM inside the text is kept, and invalid bytes are no UTF-8', () => {
    const r = decode(Buffer.from('预算\ufeff说明', 'utf8'));
    expect(r.ok && r.text).toBe('预算\ufeff说明');
    const gb = decode(Buffer.from([0xd4, 0xa4, 0xcb, 0xe3, 0xcb, 0xb5, 0xc3, 0xf7])); // 预算说明 in GB18030
    expect(gb.ok && [gb.encoding, gb.text]).toEqual(['gb18030', '预算说明']);
  });
});
