// The benchmark floor (issue 17): read, decode and split into lines every file (the project's own
// decode and lines stages), and write one JSON line per document. Nothing else.
import { readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../../dist/decode/index.js';
import { splitLines } from '../../dist/lines/index.js';

const dir = process.argv[2];
for (const f of readdirSync(dir).sort()) {
  const path = join(dir, f);
  const d = decode(readFileSync(path));
  const lines = d.ok ? splitLines(d.text).length : null;
  writeSync(1, `${JSON.stringify({ path, encoding: d.ok ? d.encoding : null, lines })}\n`);
}
