#!/usr/bin/env node
// The time of each stage of the pipeline over a corpus, in one process (no workers):
//   node tests/bench/stages.mjs DIR [N]     (after npm run build; npm run bench runs it)
// Files are read first (the `read` row), then parsed with the stages timed (src/stages.ts), then
// serialized as jsonl does. CPU time of the process per stage (src/stages.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { parseFile, timeStages } = await import(join(ROOT, 'dist', 'index.js'));
const dir = process.argv[2];
const n = Number(process.argv[3] ?? Infinity);
if (!dir) {
  console.error('usage: node tests/bench/stages.mjs DIR [N]');
  process.exit(2);
}
const names = readdirSync(dir).sort().slice(0, n);
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const t0 = cpu();
const files = names.map((f) => readFileSync(join(dir, f)));
const readMs = cpu() - t0;

// One warm-up pass (the JIT), then the timed pass.
for (const b of files.slice(0, 50)) JSON.stringify(await parseFile(b, { path: 'warm-up', validate: false }));
timeStages(true);
let serializeMs = 0;
let bytesOut = 0;
const t1 = cpu();
for (let i = 0; i < files.length; i++) {
  const doc = await parseFile(files[i], { path: join(dir, names[i]), validate: false });
  const s = cpu();
  bytesOut += JSON.stringify(doc).length;
  serializeMs += cpu() - s;
}
const totalMs = cpu() - t1 + readMs;
const times = timeStages(false);
const rows = [['read files', readMs], ...[...times].sort((a, b) => b[1] - a[1]), ['serialize (JSON.stringify)', serializeMs]];
const accounted = rows.reduce((s, [, ms]) => s + ms, 0);
rows.push(['other (between stages, GC)', totalMs - accounted]);
console.log(`stages over ${files.length} documents (${(files.reduce((s, b) => s + b.length, 0) / 1e6).toFixed(1)} MB) from ${dir}: ${(totalMs / 1000).toFixed(2)} s, ${(totalMs / files.length).toFixed(2)} ms per document (CPU)\n`);
for (const [name, ms] of rows) console.log(`  ${name.padEnd(30)} ${(ms / 1000).toFixed(2).padStart(6)} s ${((100 * ms) / totalMs).toFixed(1).padStart(5)} %`);
