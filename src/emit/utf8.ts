/**
 * A document's JSON as UTF-8 bytes, in a buffer of its own (transferable from a worker) of exactly
 * its size, with an optional ASCII prefix and suffix (`,\n`, `\n`).
 *
 * The text is first copied as UTF-16 (a memcpy of V8's two-byte string) into a scratch buffer,
 * then converted by `buffer.transcode` (native, into a buffer of its own): V8's `WriteUtf8`, the
 * encoder of `Buffer.write`, converts one character at a time, and took 4 % of the instructions of a
 * `--jobs 1` run; the two steps cost about two thirds of it (microbench: 26 against 40 ms for 200
 * bench documents). `transcode` refuses a lone surrogate, which JSON.stringify never leaves (it
 * escapes them); any other text falls back to the one-pass encoder below.
 *
 * The fallback: one pass into a scratch buffer sized for the worst case (a UTF-16 unit is at most
 * 3 bytes of UTF-8; a surrogate pair, 2 units, is 4), then copied: measuring the exact length first
 * (`Buffer.byteLength`) was a second pass over the 100 000-character string and cost as much as
 * the encoding; a copy of the bytes costs a tenth of that. No concatenated copy of the string
 * before it is encoded (`s + '\n'` flattens it).
 */
import { transcode } from 'node:buffer';

/** A scratch buffer grown past this for one huge document is not kept (memory stays flat). */
const KEEP = 16 << 20;
let wide = Buffer.allocUnsafeSlow(1 << 21);

/** The UTF-8 bytes through UTF-16 and `transcode`, in a buffer of their own; null when transcode refuses the text. */
function viaUtf16(text: string, prefix: string, suffix: string): Buffer | null {
  const need = 2 * (prefix.length + text.length + suffix.length);
  if (need > KEEP) return null;
  if (wide.length < need) wide = Buffer.allocUnsafeSlow(need);
  let n = wide.write(prefix, 0, 'utf16le');
  n += wide.write(text, n, 'utf16le');
  n += wide.write(suffix, n, 'utf16le');
  try {
    return transcode(wide.subarray(0, n), 'utf16le', 'utf8');
  } catch {
    return null; // a lone surrogate (not in JSON): the encoder below replaces it as Buffer.from does
  }
}

let scratch = Buffer.allocUnsafeSlow(1 << 20);

export function utf8(text: string, prefix = '', suffix = ''): Buffer {
  const own = viaUtf16(text, prefix, suffix);
  if (own) return own;
  const view = encodeInto(text, prefix, suffix);
  if (view.buffer !== scratch.buffer) return view; // a huge document: already a buffer of its own
  const out = Buffer.allocUnsafeSlow(view.length);
  view.copy(out, 0, 0, view.length);
  return out;
}

/**
 * The same bytes as utf8(), valid only until the next call of utf8() or utf8View(), for a writer
 * that hands them to the system at once (writeSync): the output of `--jobs 1` to a file is written
 * this way. (Since the transcode path gives a buffer of its own, this is utf8(); the fallback gives
 * a view of the scratch buffer, without a copy.)
 */
export function utf8View(text: string, prefix = '', suffix = ''): Buffer {
  return viaUtf16(text, prefix, suffix) ?? encodeInto(text, prefix, suffix);
}

/** The one-pass encoder: a view of the scratch buffer (or, for a huge text, a buffer of its own). */
function encodeInto(text: string, prefix: string, suffix: string): Buffer {
  const need = prefix.length + 3 * text.length + suffix.length;
  if (need > KEEP) {
    // A huge document: measured, and written straight into its own buffer (no 3× scratch copy).
    const n = Buffer.byteLength(text, 'utf8');
    const out = Buffer.allocUnsafeSlow(prefix.length + n + suffix.length);
    out.write(prefix, 0, 'latin1');
    out.write(text, prefix.length, 'utf8');
    out.write(suffix, prefix.length + n, 'latin1');
    return out;
  }
  let into = scratch;
  if (into.length < need) into = scratch = Buffer.allocUnsafeSlow(need);
  into.write(prefix, 0, 'latin1');
  const n = prefix.length + into.write(text, prefix.length, 'utf8');
  into.write(suffix, n, 'latin1');
  return into.subarray(0, n + suffix.length);
}
