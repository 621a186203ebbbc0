#!/usr/bin/env node
// What writing the CLI's own output costs, with no parsing at all (issue 17's targets in context):
//   node tests/bench/output-cost.mjs OUT.jsonl      (OUT.jsonl: `budget-parse --format jsonl` of the corpus)
// Each document of OUT.jsonl is parsed back into an object (not timed), then serialized as the CLI
// serializes it (JSON.stringify, the UTF-8 encoding of src/emit/utf8.ts, one write to /dev/null),
// timed on the wall clock over the whole file after one warm-up pass. Prints one line of JSON:
// {docs, bytes, seconds}. npm run bench sets it beside the floor: a run of the CLI can be no faster
// than the floor plus this on one core, however fast its readers are.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { utf8View } = await import(join(ROOT, 'dist', 'emit', 'utf8.js'));
const file = process.argv[2];
if (!file) {
  console.error('usage: node tests/bench/output-cost.mjs OUT.jsonl');
  process.exit(2);
}

/** Each line of the file, read in pieces (the output of 2000 documents is a quarter of a gigabyte). */
function* jsonLines(path) {
  const fd = openSync(path, 'r');
  const chunk = Buffer.allocUnsafe(16 << 20);
  let rest = Buffer.alloc(0);
  for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0; ) {
    let buf = Buffer.concat([rest, chunk.subarray(0, n)]);
    for (let nl; (nl = buf.indexOf(10)) >= 0; buf = buf.subarray(nl + 1)) if (nl > 0) yield buf.toString('utf8', 0, nl);
    rest = Buffer.from(buf);
  }
  if (rest.length > 0) yield rest.toString('utf8');
  closeSync(fd);
}

const out = openSync('/dev/null', 'w');
let docs = 0;
let bytes = 0;
let ns = 0n;
for (const pass of [0, 1]) {
  docs = 0;
  bytes = 0;
  ns = 0n;
  // (a hundred documents at a time: parsed, then serialized in one timed stretch)
  let batch = [];
  const flush = () => {
    const t = process.hrtime.bigint();
    for (const doc of batch) {
      const b = utf8View(JSON.stringify(doc), '', '\n');
      bytes += b.length;
      writeSync(out, b);
    }
    ns += process.hrtime.bigint() - t;
    docs += batch.length;
    batch = [];
  };
  for (const line of jsonLines(file)) {
    batch.push(JSON.parse(line));
    if (batch.length === 100) flush();
  }
  flush();
  if (pass === 0 && docs > 200) continue; // the warm-up pass (a small file is timed cold)
  break;
}
closeSync(out);
console.log(JSON.stringify({ docs, bytes, seconds: Number(ns) / 1e9 }));
