#!/usr/bin/env node
// The PDF benchmark: pages per second on one core. Always over fixtures/bench-pdf/*.pdf (our own
// synthetic disclosures, 24-35 pages each, made by fixtures/bench-pdf/make-bench-pdf.mjs), and over
// ../shared/dev/*.pdf (real disclosures) when that folder is present. For each file: pages, CPU
// seconds of reading it (pdf.js + the PDF layout: readFormat) and of the whole parse (parseFile),
// pages per CPU second of each (after one untimed pass over the corpus); then the CLI over each corpus with --jobs 1 and with its default
// workers (wall clock, start-up and loading pdf.js included).
// Run alone with `node tests/bench/pdf.mjs` (after `npm run build`); `npm run bench` runs it too.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEV = join(ROOT, '..', 'shared', 'dev');
const pdfsIn = (dir) => readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(dir, f));
const corpora = [{ name: 'synthetic (fixtures/bench-pdf)', files: pdfsIn(join(ROOT, 'fixtures', 'bench-pdf')) }];
if (existsSync(join(DEV, 'd01.pdf'))) corpora.push({ name: 'dev (../shared/dev)', files: pdfsIn(DEV) });
else console.log('PDF bench: ../shared/dev is absent; the synthetic corpus only.');

const { readFormat, parseFile } = await import(join(ROOT, 'dist', 'index.js'));
const { pdfjs, documentOptions } = await import(join(ROOT, 'dist', 'formats', 'pdf', 'load.js'));
const lib = await pdfjs();
const pageCount = async (bytes) => {
  const d = await lib.getDocument(documentOptions(new Uint8Array(bytes))).promise;
  const n = d.numPages;
  await d.destroy();
  return n;
};
const cpu = async (work) => {
  const c0 = process.cpuUsage();
  const out = await work();
  const c = process.cpuUsage(c0);
  return [out, (c.user + c.system) / 1e6];
};
const rate = (pages, s) => (s > 0 ? (pages / s).toFixed(1) : '-').padStart(6);

function cli(files, jobs) {
  const args = [join(ROOT, 'bin', 'budget-parse.js'), '-q', '--format', 'jsonl', ...(jobs ? ['--jobs', String(jobs)] : []), ...files];
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  return { seconds: Number(process.hrtime.bigint() - t) / 1e9, status: r.status };
}

for (const { name, files } of corpora) {
  console.log(`\nPDF corpus ${name}: ${files.length} files`);
  console.log(`${'file'.padEnd(34)} pages  read s  pages/s   parse s  pages/s`);
  // Warm up first (pdf.js loaded, the code compiled), as a worker is after its first files of a
  // large corpus: the timed passes measure the steady state.
  for (const f of files) await readFormat(new Uint8Array(readFileSync(f)), f);
  let pages = 0;
  let readCpu = 0;
  let parseCpu = 0;
  for (const f of files) {
    const bytes = readFileSync(f);
    const n = await pageCount(bytes);
    const [p, r] = await cpu(() => readFormat(new Uint8Array(bytes), f));
    const [, a] = await cpu(() => parseFile(new Uint8Array(bytes), { path: f }));
    const what = p && 'blocks' in p ? `${p.blocks.filter((b) => b.kind === 'table').length} tables` : (p?.code ?? 'text');
    pages += n;
    readCpu += r;
    parseCpu += a;
    console.log(`${f.split('/').pop().padEnd(34)} ${String(n).padStart(5)} ${r.toFixed(2).padStart(7)} ${rate(n, r)}   ${a.toFixed(2).padStart(7)} ${rate(n, a)}  ${what}`);
  }
  console.log(`${'all'.padEnd(34)} ${String(pages).padStart(5)} ${readCpu.toFixed(2).padStart(7)} ${rate(pages, readCpu)}   ${parseCpu.toFixed(2).padStart(7)} ${rate(pages, parseCpu)}  (CPU seconds of one core)`);
  const one = cli(files, 1);
  const all = cli(files, 0);
  console.log(`CLI --jobs 1:             ${one.seconds.toFixed(2)} s, ${rate(pages, one.seconds).trim()} pages/s (exit ${one.status})`);
  console.log(`CLI default jobs (${availableParallelism()} cores): ${all.seconds.toFixed(2)} s, ${rate(pages, all.seconds).trim()} pages/s (exit ${all.status}; start-up and loading pdf.js included)`);
}
