/**
 * A document's JSON as UTF-8 bytes, in a buffer of its own (transferable from a worker), with an
 * optional ASCII prefix and suffix (`,\n`, `\n`). One encoding pass into a buffer sized for the
 * worst case (a UTF-16 unit is at most 3 bytes of UTF-8; a surrogate pair, 2 units, is 4), then
 * the view of what was written: measuring the exact length first (`Buffer.byteLength`) was a second
 * pass over the 100 000-character string and cost as much as the encoding (5 % of a `--jobs 1`
 * profile). No concatenated copy of the string before it is encoded (`s + '\n'` flattens it). Only
 * a few documents are in flight at a time, so the unused tails are a few megabytes at most.
 */
export function utf8(text: string, prefix = '', suffix = ''): Buffer {
  const out = Buffer.allocUnsafeSlow(prefix.length + 3 * text.length + suffix.length);
  out.write(prefix, 0, 'latin1');
  const n = out.write(text, prefix.length, 'utf8');
  out.write(suffix, prefix.length + n, 'latin1');
  return out.subarray(0, prefix.length + n + suffix.length);
}
