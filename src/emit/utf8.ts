/**
 * A document's JSON as UTF-8 bytes, in a buffer of its own (transferable from a worker), with an
 * optional ASCII prefix and suffix (`,\n`, `\n`). One measured pass and one encoding pass: no
 * concatenated copy of a 100 000-character string before it is encoded (`s + '\n'` flattens it).
 */
export function utf8(text: string, prefix = '', suffix = ''): Buffer {
  const n = Buffer.byteLength(text, 'utf8');
  const out = Buffer.allocUnsafeSlow(prefix.length + n + suffix.length);
  out.write(prefix, 0, 'latin1');
  out.write(text, prefix.length, 'utf8');
  out.write(suffix, prefix.length + n, 'latin1');
  return out;
}
