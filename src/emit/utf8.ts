/**
 * A document's JSON as UTF-8 bytes, in a buffer of its own (transferable from a worker) of exactly
 * its size, with an optional ASCII prefix and suffix (`,\n`, `\n`). The text is encoded in one pass
 * into a scratch buffer sized for the worst case (a UTF-16 unit is at most 3 bytes of UTF-8; a
 * surrogate pair, 2 units, is 4), then copied: measuring the exact length first
 * (`Buffer.byteLength`) was a second pass over the 100 000-character string and cost as much as
 * the encoding (5 % of a `--jobs 1` profile); a copy of the bytes costs a tenth of that. No
 * concatenated copy of the string before it is encoded (`s + '\n'` flattens it).
 */
let scratch = Buffer.allocUnsafeSlow(1 << 20);
/** A scratch buffer grown past this for one huge document is not kept (memory stays flat). */
const KEEP = 16 << 20;

export function utf8(text: string, prefix = '', suffix = ''): Buffer {
  const view = utf8View(text, prefix, suffix);
  if (view.buffer !== scratch.buffer) return view; // a huge document: already a buffer of its own
  const out = Buffer.allocUnsafeSlow(view.length);
  view.copy(out, 0, 0, view.length);
  return out;
}

/**
 * The same bytes as utf8(), as a view of the scratch buffer: valid only until the next call of
 * utf8() or utf8View(), for a writer that hands them to the system at once (writeSync). No copy,
 * and no fresh memory per document: the output of `--jobs 1` to a file is written this way.
 */
export function utf8View(text: string, prefix = '', suffix = ''): Buffer {
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
