import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { documentPage, FOLD_ABOVE_BYTES } from '../src/review/document-page.js';
import { html, jsonInScript } from '../src/review/escape.js';
import { indexPage } from '../src/review/index-page.js';
import { collectMarks } from '../src/review/marks.js';
import { placeOnLine } from '../src/review/place.js';
import { sourceOfBytes } from '../src/review/source.js';
import { findSpread } from '../src/review/spread.js';
import { PAGE_SIZE } from '../src/review/client-index.js';
import { writeReview } from '../src/review/command.js';
import type { SummaryRow } from '../src/review/summary.js';
import { FIXTURES, hasSeeds, ROOT, seedPath } from './helpers.js';
import { parseDocument } from '../src/index.js';

const CHROMIUM = '/usr/bin/chromium';
/** The text fixtures a directory input gives. */
const DOC_FIXTURES = readdirSync(join(FIXTURES, 'docs')).filter((f) => f.endsWith('.txt')).sort();
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser) {
  console.warn(`\n[budget-parse tests] no browser at ${CHROMIUM}: the review pages are NOT opened in a browser, those tests are SKIPPED (apt-get install -y chromium).\n`);
}
/** Screenshots and generated pages of the browser tests (gitignored). */
const OUT = join(ROOT, 'tests', 'out', 'review');

/** Every Money of a document with its JSON path, found independently of src/review/marks.ts. */
function moneys(doc: unknown): { path: string; raw: string; line: number }[] {
  const out: { path: string; raw: string; line: number }[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}[${i}]`));
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    if (typeof o.yuan === 'number' && typeof o.raw === 'string' && typeof o.line === 'number' && typeof o.unit === 'string') {
      out.push({ path, raw: o.raw, line: o.line });
    }
    for (const [k, c] of Object.entries(o)) walk(c, path ? `${path}.${k}` : k);
  };
  walk(doc, '');
  return out;
}

describe('review: marks, placement, escaping (no browser)', () => {
  it('walks unknown keys: any object with raw and line is a figure, a target takes its parent line', () => {
    const doc = {
      schemaVersion: '1.0',
      source: { path: 'x', raw: 'not a figure', line: 1 },
      tables: [{ rows: [{ cells: [{ raw: '12.5', line: 40, page: 3, bbox: [1, 2, 3, 4] }], amount: { yuan: 125000, raw: '12.5万元', unit: '万元', line: 41, page: 3 } }] }],
      budget: { revenue: { total: { yuan: 100, raw: '100元', unit: '元', line: 7 }, budgeted: { yuan: 90, raw: '90元', unit: '元', line: 8 } } },
      performance: { departmentIndicators: [{ name: 'n', line: 20, target: { raw: '≥90%', kind: 'quantitative', operator: '≥', value: 90, upper: null, unit: '%', yuan: null, date: null, operatorImplied: false } }] },
      selfEvaluation: { items: [{ actual: { raw: '2024年6月', kind: 'date', date: '2024-06-30' }, line: 30 }] },
      warnings: [{ code: 'X', message: 'm', line: 3, raw: 'no', lines: [3] }],
      empty: { raw: '   ', line: 5 },
      noLine: { raw: 'floating' },
    };
    const marks = collectMarks(doc);
    expect(marks.map((m) => [m.path, m.line, m.kind, m.section])).toEqual([
      ['tables[0].rows[0].cells[0]', 40, 'figure', 'tables'],
      ['tables[0].rows[0].amount', 41, 'money', 'tables'],
      ['budget.revenue.total', 7, 'money', 'budget'],
      ['budget.revenue.budgeted', 8, 'money', 'budget'],
      ['performance.departmentIndicators[0].target', 20, 'target', 'performance'],
      ['selfEvaluation.items[0].actual', 30, 'date', 'selfEvaluation'],
    ]);
    expect(marks[1]!.value).toBe('125,000.00 元');
    expect(marks[1]!.fields).toContain('page: 3');
    expect(marks[4]!.value).toBe('[quantitative] ≥ 90 %');
    expect(marks[5]!.value).toContain('date 2024-06-30');
  });

  it('places raw at its own words: not inside a longer number, shared words carry both marks, missing → whole line', () => {
    const text = '合计10万元，其中0万元用于采购，另 2 万元';
    const p = placeOnLine(text, [
      { id: 0, raw: '0万元' },
      { id: 1, raw: '10万元' },
      { id: 2, raw: '10万元' },
      { id: 3, raw: '2万元' },
      { id: 4, raw: '99万元' },
    ]);
    const at = (id: number) => p.spans.find((s) => s.marks.includes(id));
    expect(text.slice(at(0)!.start, at(0)!.end)).toBe('0万元');
    expect(at(0)!.start).toBe(text.indexOf('其中') + 2);
    expect(at(1)).toBe(at(2));
    expect(text.slice(at(3)!.start, at(3)!.end)).toBe('2 万元');
    expect(p.whole).toEqual([4]);
  });

  it('finds a target spread over the cells of its row', () => {
    const lines = ['部门', '产出', '社区数量', '＝', '13', '个', '依据'];
    expect(findSpread(lines, 1, '＝13个')).toEqual([{ line: 4, raw: '＝' }, { line: 5, raw: '13' }, { line: 6, raw: '个' }]);
    expect(findSpread(lines, 1, '＝14个')).toBeNull();
    expect(findSpread(['其中基本支出1,568.30万', '元，项目支出900万元'], 1, '1,568.30万元')).toEqual([{ line: 1, raw: '1,568.30万' }, { line: 2, raw: '元' }]);
  });

  it('escapes text as data, and JSON so that it cannot close its script element', () => {
    expect(html(`<script>"a"&'b'</textarea>`)).toBe('&lt;script&gt;&quot;a&quot;&amp;&#39;b&#39;&lt;/textarea&gt;');
    const j = jsonInScript({ s: '</script><!--\u2028' });
    expect(j).not.toMatch(/[<>\u2028]/);
    expect(JSON.parse(j)).toEqual({ s: '</script><!--\u2028' });
  });

  it('a disclosure with markup in it: no tag of the text reaches the page as markup', async () => {
    const bytes = readFileSync(join(FIXTURES, 'review', 'escaping.txt'));
    const doc = parseDocument(bytes, { path: 'escaping.txt' });
    const page = documentPage(doc, await sourceOfBytes(bytes, 'escaping.txt')).html;
    // The page's own tags only: two scripts (data + client), one style.
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page.match(/<style/g)).toHaveLength(1);
    expect(page).not.toMatch(/<img|<textarea|<\/textarea|<b>1,286|<!-- 注释/);
    expect(page).toContain('&lt;/textarea&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;');
  });

  it('a Money cut by a line break is marked on both lines; one that does not start on its line is not moved', () => {
    const doc = { ...parseDocument('', { path: 'cut.txt' }), error: null, budget: { a: { yuan: 15683000, raw: '1,568.30万元', unit: '万元', line: 1 }, b: { yuan: 1, raw: '900万元', unit: '万元', line: 1 } } };
    const src = { lines: ['其中基本支出1,568.30万', '元，项目支出900万元'], cells: new Set<number>(), note: null };
    const page = documentPage(doc as unknown as Parameters<typeof documentPage>[0], { ...src }).html;
    expect(page).toContain('<mark class="m c-budget" data-m="0" tabindex="0">1,568.30万</mark>');
    expect(page).toContain('<mark class="m c-budget" data-m="0" tabindex="0">元</mark>');
    // 900万元 is on line 2, not on its line 1: its line is marked whole, nothing is guessed.
    expect(page).toMatch(/id="L1"><i>1<\/i><b><mark class="m whole c-budget" data-m="1"/);
  });

  it('pages of a long document fold lines far from any figure, so that a page stays small', async () => {
    const filler = Array.from({ length: 60_000 }, (_, i) => `第${i}行：这是一段没有金额的说明文字，用于测试很长的文件。`).join('\n');
    const text = `测试县示例局2024年部门预算公开说明\n二、部门预算安排的总体情况\n2024年预算收入100万元。\n${filler}\n`;
    const doc = parseDocument(text, { path: 'long.txt' });
    const page = documentPage(doc, await sourceOfBytes(new TextEncoder().encode(text), 'long.txt'));
    expect(Buffer.byteLength(text)).toBeGreaterThan(FOLD_ABOVE_BYTES);
    expect(Buffer.byteLength(page.html)).toBeLessThan(1_000_000);
    expect(page.html).toContain('lines without figures or warnings');
    expect(page.html).toContain('<mark class="m c-budget"');
  });
});

describe('budget-parse review (command line)', () => {
  const run = (args: string[], input?: string) => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'budget-parse.js'), 'review', ...args], { cwd: ROOT, input, env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status, stderr: r.stderr.toString('utf8') };
  };
  it('writes index.html and one page per input, with the worker pool; an unreadable input gets a page with its error', () => {
    const out = mkdtempSync(join(tmpdir(), 'budget-parse-review-'));
    const r = run(['fixtures/docs', 'missing.txt', '-', '--out', out, '--jobs', '2'], readFileSync(join(FIXTURES, 'docs', 'budget-basic.txt'), 'utf8'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${DOC_FIXTURES.length + 1} documents, 1 errors`);
    const pages = readdirSync(out).sort();
    expect(pages).toEqual([...DOC_FIXTURES.map((f) => `${f.replace(/\.txt$/, '')}.html`), 'index.html', 'missing.html', 'stdin.html'].sort());
    expect(pages).toContain('sum-mismatch.html');
    const missing = readFileSync(join(out, 'missing.html'), 'utf8');
    expect(missing).toContain('FILE_NOT_FOUND');
    // Standard input is parsed and shown like a file: its figures are marked.
    expect(readFileSync(join(out, 'stdin.html'), 'utf8')).toContain('<mark class="m c-budget" data-m="0" tabindex="0">1,286.45万元</mark>');
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index.match(/"sum-mismatch\.html"/g)).toHaveLength(1);
    // Everything inline: no script, style sheet or font loaded from anywhere.
    for (const page of [index, missing]) expect(page).not.toMatch(/<script src|<link |@import|url\(/);
    rmSync(out, { recursive: true, force: true });
  });
  it('a PDF or DOCX is shown as the text its format reader gave the parser, with its figures marked', () => {
    const out = mkdtempSync(join(tmpdir(), 'budget-parse-review-'));
    expect(run(['fixtures/formats/budget.pdf', 'fixtures/formats/budget.docx', '--out', out]).code).toBe(0);
    for (const page of ['budget.pdf.html', 'budget.docx.html']) {
      const text = readFileSync(join(out, page), 'utf8');
      expect(text, page).toMatch(/<mark class="m c-budget" [^>]*>[\d,.]+万元<\/mark>/);
      expect(text, page).not.toContain('NOT_TEXT');
    }
    rmSync(out, { recursive: true, force: true });
  });
  it('a document named index does not overwrite the index page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-parse-review-in-'));
    writeFileSync(join(dir, 'index.txt'), readFileSync(join(FIXTURES, 'docs', 'headings.txt')));
    const out = join(dir, 'out');
    expect(run([join(dir, 'index.txt'), '--out', out]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['index-2.html', 'index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('"index-2.html"');
    rmSync(dir, { recursive: true, force: true });
  });
  it('needs --out and at least one input', () => {
    expect(run(['fixtures/docs']).code).toBe(2);
    expect(run(['--out', tmpdir()]).code).toBe(2);
    const out = mkdtempSync(join(tmpdir(), 'budget-parse-review-'));
    const r = run(['fixtures/nothing-here/*.txt', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no files match/);
    rmSync(out, { recursive: true, force: true });
  });
});

/** Synthetic index rows (no parse): the shape of a corpus of n documents. */
function syntheticRows(n: number): SummaryRow[] {
  const codes = ['UNPLACED_FIGURE', 'SUM_REVENUE', 'TRUNCATED_TABLE', 'FIGURE_MISMATCH', 'PLACEHOLDER'];
  return Array.from({ length: n }, (_, i) => {
    const counts: Record<string, number> = {};
    for (let k = 0; k < codes.length; k++) if ((i + k) % (k + 2) === 0) counts[codes[k]!] = 1 + (i % (k + 1));
    const warnings = Object.values(counts).reduce((a, b) => a + b, 0);
    return {
      href: `doc-${i}.html`,
      path: `corpus/省${i % 31}/doc-${i}.txt`,
      department: `示例县第${i}局<b>`,
      year: 2018 + (i % 7),
      kind: ['budget', 'finalAccount', 'performance'][i % 3]!,
      layout: ['tika', 'pdf-text', 'plain'][i % 3]!,
      figures: (i * 7) % 300,
      indicators: (i * 3) % 120,
      warnings,
      error: i % 97 === 0 ? 'NOT_TEXT' : null,
      codes: Object.keys(counts).sort(),
      codeCounts: counts,
    };
  });
}

describe.skipIf(!hasBrowser)('review pages in headless Chromium', () => {
  let context: BrowserContext;
  let dir: string;
  const consoleErrors: string[] = [];
  const userData = mkdtempSync(join(tmpdir(), 'budget-parse-chromium-'));

  async function open(file: string): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${basename(file)}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleErrors.push(`${basename(file)}: ${e.message}`));
    // No network: any request that is not the file itself fails the test.
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : (consoleErrors.push(`network: ${route.request().url()}`), route.abort())));
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(userData, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      timeout: 60_000,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context.setDefaultTimeout(5_000);
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    dir = join(OUT, 'report');
    const inputs = [join(FIXTURES, 'docs'), join(FIXTURES, 'review', 'escaping.txt')];
    if (hasSeeds) inputs.push(join(ROOT, '..', 'shared', 'seeds'));
    const r = await writeReview(inputs, { out: dir, jobs: 1, maxBytes: 64 << 20, debug: false, quiet: true });
    expect(r.errors).toBe(0);
    const sizes = readdirSync(dir).map((f) => `${f} ${(statSync(join(dir, f)).size / 1024).toFixed(0)} KB`);
    console.log(`[review] page sizes: ${sizes.join(', ')}`);
    expect(r.largestPage).toBeLessThan(3_000_000);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    rmSync(userData, { recursive: true, force: true });
  });

  it.skipIf(!hasSeeds)('seed 000: every Money has a mark on its line, around its own words', async () => {
    const path = seedPath('000');
    const doc = parseDocument(readFileSync(path), { path });
    const expected = moneys(doc);
    expect(expected.length).toBeGreaterThan(30);
    const file = join(dir, `${basename(path, '.txt')}.html`);
    expect(statSync(file).size).toBeLessThan(3_000_000);
    const page = await open(file);
    const found = await page.evaluate((want) => {
      const data = JSON.parse(document.getElementById('data')!.textContent!) as { marks: { p: string }[] };
      const squeeze = (s: string) => s.replace(/\s+/g, '');
      return want.map((m) => {
        const marks = [...document.querySelectorAll(`#L${m.line} .m`)];
        const mine = marks.find((el) => el.getAttribute('data-m')!.split(' ').some((id) => data.marks[Number(id)]!.p === m.path));
        return { path: m.path, line: m.line, marked: !!mine, whole: mine?.classList.contains('whole') ?? null, sameWords: mine ? squeeze(mine.textContent!) === squeeze(m.raw) : false };
      });
    }, expected);
    expect(found.filter((f) => !f.marked)).toEqual([]);
    expect(found.filter((f) => f.whole || !f.sameWords)).toEqual([]);
    // Hovering a mark shows its path and its value in yuan.
    const total = await page.locator('#L48 mark.m').first();
    await total.hover();
    await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
    expect(await page.locator('#tip').textContent()).toContain('budget.revenue.total');
    expect(await page.locator('#tip').textContent()).toContain('24,478,700.00 元');
    // Scroll to the budget overview for the screenshot.
    await page.locator('#sections a[data-line="45"]').click();
    await page.screenshot({ path: join(OUT, 'seed-000.png') });
    expect(statSync(join(OUT, 'seed-000.png')).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('clicking a warning scrolls to its line; n and p move between warnings; focus shows the lines involved', async () => {
    const page = await open(join(dir, 'project-wan-truncated.html'));
    const inView = (line: number) =>
      page.evaluate((l) => {
        const r = document.getElementById(`L${l}`)!.getBoundingClientRect();
        const box = document.getElementById('text')!.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom;
      }, line);
    expect(await inView(103)).toBe(false);
    await page.locator('#warnings a[data-line="103"]').click();
    await expect.poll(() => inView(103)).toBe(true);
    expect(page.url()).toMatch(/#L103$/);
    await page.close();

    const sums = await open(join(dir, 'sum-mismatch.html'));
    await sums.keyboard.press('n');
    const first = await sums.locator('#warnings li.cur a').getAttribute('data-line');
    await sums.keyboard.press('n');
    const second = await sums.locator('#warnings li.cur a').getAttribute('data-line');
    expect(Number(second)).toBeGreaterThanOrEqual(Number(first));
    await sums.keyboard.press('p');
    expect(await sums.locator('#warnings li.cur a').getAttribute('data-line')).toBe(first);
    // The FIGURE_MISMATCH warning (lines 10 and 22): focusing the figure of line 10 names both lines.
    await sums.locator('#L10 mark.m').first().focus();
    const tip = await sums.locator('#tip').textContent();
    expect(tip).toContain('FIGURE_MISMATCH');
    expect(tip).toContain('lines: 10, 22');
    // The other line of the FIGURE_MISMATCH warning is a link in the side panel.
    await sums.locator('#warnings a[data-line="22"]').click();
    await expect.poll(() => sums.evaluate(() => location.hash)).toBe('#L22');
    // A warning line's number has its own class, and hovering it tells the warnings of the line.
    expect(await sums.locator('#L10').getAttribute('class')).toContain(' w');
    await sums.locator('#L8 > i').hover();
    expect(await sums.locator('#tip').textContent()).toContain('PLACEHOLDER: placeholder "XX万元"');
    await sums.close();
  });

  it('a disclosure with <script> and </textarea> in it shows them as text', async () => {
    const page = await open(join(dir, 'escaping.html'));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#L1').innerText()).toContain('<script>window.__pwned=1</script>');
    expect(await page.locator('#L5').innerText()).toContain('</textarea><img src=x onerror="window.__pwned=2">');
    expect(await page.locator('#L9').innerText()).toContain('<b>1,286.45万元</b>');
    expect(await page.locator('#text img, #text textarea, #text b b, #text style').count()).toBe(0);
    // (no title is read from line 1: a `>` marks page chrome, so the heading shows the path; nothing in it is markup)
    expect(await page.locator('h1 script, h1 img').count()).toBe(0);
    expect(await page.locator('body').isVisible()).toBe(true);
    // The figures of line 11 are marked on their words; line 9 (figures no reader took) is an UNPLACED_FIGURE line.
    expect(await page.locator('#L11 mark.m').allInnerTexts()).toEqual(['1,286.45万元', '786.45万元', '500万元']);
    expect(await page.locator('#L11').innerText()).toContain('<!-- 注释 -->');
    expect(await page.locator('#L9').getAttribute('class')).toContain('uf');
    await page.close();
  });

  it('the index of the report: one row per document, sortable, filterable by warning code', async () => {
    const page = await open(join(dir, 'index.html'));
    await page.waitForSelector('body[data-ready="1"]');
    const n = DOC_FIXTURES.length + 1 + (hasSeeds ? readdirSync(join(ROOT, '..', 'shared', 'seeds')).filter((f) => f.endsWith('.txt')).length : 0);
    expect(await page.locator('#body tr').count()).toBe(n);
    await page.locator('th button', { hasText: 'warnings' }).click();
    const warningCounts = (await page.locator('#body tr td:nth-child(8)').allInnerTexts()).map(Number);
    expect(warningCounts).toEqual([...warningCounts].sort((a, b) => b - a));
    expect(warningCounts[0]).toBeGreaterThanOrEqual(8); // sum-mismatch.txt has 8 (its 三公 change names one part only: no SUM_CHANGE)
    await page.locator('#code').selectOption('SUM_REVENUE');
    expect(await page.locator('#body tr td:first-child').allInnerTexts()).toEqual(['sum-mismatch.txt']);
    // A bar of the warnings chart filters by its code too.
    await page.locator('[data-code="TRUNCATED_TABLE"]').click();
    expect(await page.locator('#code').inputValue()).toBe('TRUNCATED_TABLE');
    const names = await page.locator('#body tr td:first-child').allInnerTexts();
    expect(names.sort()).toEqual(['project-wan-truncated.txt', ...(hasSeeds ? ['002_65989317e387dd1a.txt'] : [])].sort());
    await page.locator('#code').selectOption('');
    await page.locator('th button', { hasText: 'document' }).click();
    await page.locator('th button', { hasText: 'document' }).click();
    const byName = await page.locator('#body tr td:first-child').allInnerTexts();
    expect(byName).toEqual([...byName].sort().reverse());
    expect(await page.locator('.charts svg').count()).toBe(2);
    await page.locator('#body tr a').first().click();
    await page.waitForLoadState();
    expect(page.url()).toMatch(/\.html$/);
    await page.close();
  });

  it('an index of 10,000 documents opens with one page of rows in the DOM', async () => {
    const file = join(OUT, 'index-10000.html');
    writeFileSync(file, indexPage(syntheticRows(10_000)));
    const page = await context.newPage();
    page.on('pageerror', (e) => consoleErrors.push(`index-10000: ${e.message}`));
    const t0 = performance.now();
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('body[data-ready="1"]');
    const ms = performance.now() - t0;
    const timing = await page.evaluate(() => performance.now());
    console.log(`[review] index of 10,000 documents: ${(statSync(file).size / 1e6).toFixed(2)} MB, ready in ${ms.toFixed(0)} ms (page clock ${timing.toFixed(0)} ms)`);
    expect(await page.locator('#body tr').count()).toBe(PAGE_SIZE);
    expect(await page.locator('#info').innerText()).toContain('of 10000 documents');
    await page.locator('#next').click();
    expect(await page.locator('#info').innerText()).toMatch(/^101–200 of 10000/);
    // Department names with markup are text.
    expect(await page.locator('#body b').count()).toBe(0);
    await page.close();
  });

  it('no console errors and no network request on any page', () => {
    expect(consoleErrors).toEqual([]);
  });
});
