// Makes tests/review/screenshot.png, the README's picture of the review report, from the
// synthetic fixtures (never from the seeds: their text stays out of the repository).
// Usage: npm run build && node tests/review/make-screenshot.mjs   (needs /usr/bin/chromium)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { writeReview } from '../../dist/review/command.js';

const root = new URL('../..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'budget-parse-review-'));
const userData = mkdtempSync(join(tmpdir(), 'budget-parse-chromium-'));
process.chdir(root);
await writeReview(['fixtures/docs'], { out, jobs: 1, maxBytes: 64 << 20, debug: false, quiet: true });
const context = await chromium.launchPersistentContext(userData, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1100, height: 560 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await context.newPage();
await page.goto(pathToFileURL(join(out, 'sum-mismatch.html')).href);
await page.keyboard.press('n');
await page.locator('#L10 mark.m').first().focus();
await page.screenshot({ path: join(root, 'tests/review/screenshot.png') });
await context.close();
rmSync(out, { recursive: true, force: true });
rmSync(userData, { recursive: true, force: true });
