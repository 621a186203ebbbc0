import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../src/index.js';
import type { BudgetDocument } from '../src/index.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'fixtures');
export const SEEDS = join(ROOT, '..', 'shared', 'seeds');
export const PEER = join(ROOT, '..', 'shared', 'peer', 'cn2an-cases.json');

export const hasSeeds = existsSync(SEEDS) && readdirSync(SEEDS).some((f) => f.endsWith('.txt'));
if (!hasSeeds) {
  console.warn(`\n[budget-parse tests] ../shared/seeds not found at ${SEEDS}: the tests over the real disclosures are SKIPPED.\n`);
}

export function fixture(name: string): BudgetDocument {
  return parseDocument(readFileSync(join(FIXTURES, name)), { path: name });
}

export function seedPath(prefix: string): string {
  const f = readdirSync(SEEDS).find((x) => x.startsWith(prefix));
  if (!f) throw new Error(`no seed ${prefix}`);
  return join(SEEDS, f);
}

const seedCache = new Map<string, BudgetDocument>();
export function seed(prefix: string): BudgetDocument {
  let d = seedCache.get(prefix);
  if (!d) {
    const p = seedPath(prefix);
    d = parseDocument(readFileSync(p), { path: p });
    seedCache.set(prefix, d);
  }
  return d;
}

/** The text of line `n` (1-based) of a seed, for checking that a figure's line holds its raw text. */
export function seedLine(prefix: string, n: number): string {
  return readFileSync(seedPath(prefix), 'utf8').split(/\r\n|\r|\n/)[n - 1] ?? '';
}

export const TAB = '\t';

/** A Money's yuan, or null: the figures of a test's expectations. */
export const y = (x: { yuan: number } | null | undefined): number | null => (x ? x.yuan : null);
/** The messages of a document's UNPLACED_FIGURE warnings. */
export const unplaced = (d: { warnings: readonly { code: string; message: string }[] }): string[] => d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => w.message);
