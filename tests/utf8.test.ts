import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { JsonArrayWriter, JsonLinesWriter } from '../src/emit/json.js';
import { utf8, utf8View } from '../src/emit/utf8.js';
import { syncFd } from '../src/cli/output.js';

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
  it('utf8View gives the same bytes; a text transcode refuses (a lone surrogate) as a view of the scratch buffer (no copy), valid until the next call', () => {
    for (const t of texts) {
      const v = utf8View(t, ',\n', '\n');
      expect(Buffer.compare(v, Buffer.from(`,\n${t}\n`, 'utf8'))).toBe(0);
    }
    const a = utf8View('一\ud800');
    const b = utf8View('二二\udc00');
    expect(a.buffer).toBe(b.buffer);
    expect(b.toString('utf8')).toBe('二二\ufffd');
    // JSON text (no lone surrogate: JSON.stringify escapes them) goes through transcode, into a buffer of its own
    const c = utf8View(JSON.stringify('三\ud800'));
    expect(c.buffer).not.toBe(a.buffer);
    expect(c.toString('utf8')).toBe('"三\\ud800"');
  });
});

// --jobs 1 to a file: the writers write each document from the scratch buffer with writeSync (and a
// worker's bytes with one writev); the file must hold exactly what the stream path writes, separators
// and all, in order.
describe('JSON writers on a file descriptor (writeSync from the scratch buffer)', () => {
  // strings (serialized in this thread) and bytes (from a worker), mixed
  const docs: (string | Uint8Array)[] = ['{"a":"一"}', Buffer.from('{"w":"工"}'), '{"b":"𠀀🙂"}', `{"c":"${'全'.repeat(70_000)}"}`, Buffer.from(`{"d":"${'预'.repeat(70_000)}"}`)];
  const viaStream = async (W: typeof JsonLinesWriter | typeof JsonArrayWriter): Promise<Buffer> => {
    const s = new PassThrough();
    const chunks: Buffer[] = [];
    s.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
    const w = new W(s);
    for (const d of docs) await w.add(d);
    await w.end();
    return Buffer.concat(chunks);
  };
  for (const W of [JsonLinesWriter, JsonArrayWriter]) {
    it(`${W.name}: the same bytes through the fd as through the stream`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'bp-fd-'));
      try {
        const file = join(dir, 'out');
        const fd = openSync(file, 'w');
        expect(syncFd(fd)).toBe(fd);
        // The stream of the fd path (its end() goes there) writes synchronously to the same file.
        const { createWriteStream } = await import('node:fs');
        const s = createWriteStream('', { fd, autoClose: false });
        const w = new W(s, fd);
        for (const d of docs) await w.add(d);
        await w.end();
        await new Promise<void>((r) => s.end(r));
        closeSync(fd);
        expect(Buffer.compare(readFileSync(file), await viaStream(W))).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
