// The benchmark floor: read, decode and split into lines every file, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, splitLines } from '../../dist/index.js';

const dir = process.argv[2];
let lines = 0;
for (const f of readdirSync(dir).sort()) {
  const d = decode(readFileSync(join(dir, f)));
  if (d.ok) lines += splitLines(d.text).length;
}
process.stdout.write(`${lines}\n`);
