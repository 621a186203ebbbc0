#!/usr/bin/env node
// The PDF corpus of the benchmark: ../shared/dev/*.pdf when present (real disclosures), else the
// fixture PDFs. For each file: pages, CPU time of reading it (pdf.js + layout, after pdf.js is
// loaded once), and pages per second; then the whole parse of the corpus with the CLI (--jobs 1).
// Run alone with `node tests/bench/pdf.mjs` (after `npm run build`); `npm run bench` runs it too.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEV = join(ROOT, '..', 'shared', 'dev');
const dir = existsSync(join(DEV, 'd01.pdf')) ? DEV : join(ROOT, 'fixtures', 'formats');
const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(dir, f));

const { readFormat } = await import(join(ROOT, 'dist', 'index.js'));
const { pdfjs, documentOptions } = await import(join(ROOT, 'dist', 'formats', 'pdf', 'load.js'));
const lib = await pdfjs();
const pages = async (bytes) => {
  const d = await lib.getDocument(documentOptions(new Uint8Array(bytes))).promise;
  const n = d.numPages;
  await d.destroy();
  return n;
};
await readFormat(readFileSync(files[0])); // load pdf.js once, as a worker does for its first file

console.log(`PDF corpus: ${files.length} files from ${dir}\n`);
let totalPages = 0;
let totalCpu = 0;
for (const f of files) {
  const bytes = readFileSync(f);
  const n = await pages(bytes);
  const c0 = process.cpuUsage();
  const p = await readFormat(new Uint8Array(bytes), f);
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  const what = p && 'blocks' in p ? `${p.lines} lines, ${p.blocks.filter((b) => b.kind === 'table').length} tables` : (p?.code ?? 'text');
  totalPages += n;
  totalCpu += cpu;
  console.log(`${f.split('/').pop().padEnd(20)} ${String(n).padStart(3)} pages ${cpu.toFixed(2).padStart(6)} s CPU ${(n / cpu).toFixed(0).padStart(5)} pages/s  ${what}`);
}
console.log(`\nall: ${totalPages} pages in ${totalCpu.toFixed(2)} s CPU: ${(totalPages / totalCpu).toFixed(0)} pages/s (read stage, one core)`);

const t = process.hrtime.bigint();
const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'budget-parse.js'), '-q', '--jobs', '1', '--format', 'jsonl', ...files], { stdio: ['ignore', 'ignore', 'pipe'] });
const seconds = Number(process.hrtime.bigint() - t) / 1e9;
console.log(`CLI --jobs 1 over the corpus (start-up and loading pdf.js included): ${seconds.toFixed(2)} s, ${(totalPages / seconds).toFixed(0)} pages/s, exit ${r.status}`);
