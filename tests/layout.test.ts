import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, type BudgetDocument } from '../src/index.js';
import { splitLines } from '../src/lines/index.js';
import { readLayout } from '../src/layout/index.js';
import { detectLayout } from '../src/layout/detect.js';
import { segments } from '../src/layout/pdf-layout.js';
import { joinParagraphs } from '../src/layout/paragraphs.js';
import { lineAt, type Block, type Paragraph, type Table } from '../src/blocks/index.js';
import { cellPerLine, flat, pdfLayout, pdfText, pipe, renderings, tika, toTraditional, wrap, CANONICAL } from './layouts/canonical.js';
import { FIXTURES, ROOT } from './helpers.js';
import { extraction, linesTrue, named, y } from './layouts/compare.js';

const DEV = join(ROOT, '..', 'shared', 'dev');
const hasDev = existsSync(DEV) && readdirSync(DEV).some((f) => f.endsWith('.plain.txt'));
if (!hasDev) console.warn(`\n[budget-parse tests] ../shared/dev not found at ${DEV}: the layout tests over the real PDFs are SKIPPED.\n`);


const RENDERINGS = renderings(CANONICAL);

describe('one canonical disclosure in every layout gives the same extraction', () => {
  const reference = parseDocument(tika(), { path: 'canonical.tika.txt' });
  const want = extraction(reference);
  it('the Tika rendering is read in full (the reference is not empty)', () => {
    expect(reference.source.layout).toBe('tika');
    expect(want.revenue[0]).toBe(23164000);
    expect(want.threePublic).toEqual([186000, 0, 120000, 0, 120000, 66000]);
    expect(want.operating[0]).toBe(965000);
    // The table's 上年预算数 column: figures of the year before, which no field holds (the 增减 column gives the change).
    expect(want.warnings).toEqual(Array(6).fill('UNPLACED_FIGURE'));
    expect(reference.warnings.map((w) => /"(.+)"/.exec(w.message)![1])).toEqual(['“三公”经费合计 20.00', '因公出国（境）费 0', '公务用车购置及运行维护费 12.00', '其中：公务用车购置费 0', '公务用车运行维护费 12.00', '公务接待费 8.00']);
  });
  for (const [name, input, layout] of RENDERINGS) {
    it(name, () => {
      const d = parseDocument(input, { path: `canonical.${layout}.txt` });
      expect(d.source.layout).toBe(layout);
      const got = extraction(d);
      // PDF text prints the 三公 table one cell per line, which no layout reads: its figures are
      // reported once (UNREAD_NUMBERS), and the sentences give the same extraction.
      if (layout === 'pdf-text') expect(got.warnings).toEqual(['UNREAD_NUMBERS']);
      // pdftotext -layout sets the 三公 table's CJK header words left of their figures, over the column
      // before (本年预算数 and 上年预算数 run together): no reader reads the table, and it is reported once
      // (UNREAD_TABLE); the sentences give the same extraction.
      if (layout === 'pdf-layout') expect(got.warnings).toEqual(['UNREAD_TABLE']);
      // A whole document on one line runs the table's cells into the 三公 paragraph: the run of figures without
      // a unit is reported once (UNREAD_NUMBERS), the sentences give the same extraction.
      if (layout === 'flat') expect(got.warnings).toEqual(['UNREAD_NUMBERS']);
      const unread = layout === 'pdf-text' || layout === 'pdf-layout' || layout === 'flat';
      expect({ ...got, warnings: unread ? want.warnings : got.warnings }).toEqual(want);
      expect(linesTrue(d, input)).toEqual([]);
    });
  }
  it('the committed fixtures are the renderings (UPDATE_FIXTURES=1 rewrites them)', () => {
    const files: [string, string][] = [
      ['canonical.tika.txt', tika()],
      ['canonical.pipe.txt', pipe()],
      ['canonical.cell-per-line.txt', cellPerLine()],
      ['canonical.pdf-text.txt', pdfText()],
      ['canonical.pdf-layout.txt', pdfLayout()],
      ['canonical.flat.txt', flat()],
      ['canonical.traditional.txt', toTraditional(tika())],
    ];
    for (const [f, text] of files) {
      const path = join(FIXTURES, 'layouts', f);
      if (process.env.UPDATE_FIXTURES) writeFileSync(path, text);
      expect(readFileSync(path, 'utf8'), f).toBe(text);
    }
  });
});

describe('pdf-text: hard wraps, pieces and page furniture', () => {
  it('a number split over two lines is re-joined and reported at the line where it starts', () => {
    const input = ['示例局2024年部门预算公开说明', '一、部门预算安排的总体情况', '2024年预算收入2,316.40万', '元，其中：一般公共预算收入2,200.00万元，上年结', '转116.40万元。'].join('\n');
    const p = joinParagraphs(splitLines(input), 44)[2]!;
    expect(p.text).toBe('2024年预算收入2,316.40万元，其中：一般公共预算收入2,200.00万元，上年结转116.40万元。');
    expect(p.pieces).toEqual([{ offset: 0, line: 3 }, { offset: 18, line: 4 }, { offset: 45, line: 5 }]);
    expect(lineAt(p, p.text.indexOf('116.40'))).toBe(5);
  });
  it('decimals on the next line (14,770 ⏎ .62万元) join their integer', () => {
    const lines = splitLines(['收入预算14,770', '.62万元，其中一般公共预算12,672', '.73万元。'].join('\n'));
    const [p] = joinParagraphs(lines, 40);
    expect(p!.text).toBe('收入预算14,770.62万元，其中一般公共预算12,672.73万元。');
  });
  it('the pieces of a page line cut at its decimals are one line: the line after them goes on with it', () => {
    // One line of the page (as wide as the others) cut in three where the decimals change font; its
    // last piece alone is short, yet the sentence goes on over a blank line.
    const lines = splitLines(['（一）收入预算：本年预算数3,250', '.40万元，其中：一般公共预算拨款2,980', '.15万元，政府性基金', '', '预算拨款120.25万元，事业收入150.00万元。', '（二）支出预算：本年预算数3,250.40万元。'].join('\n'));
    // the three pieces are about 82 places wide: one line of a page 90 wide
    expect(joinParagraphs(lines, 90).map((p) => p.text)).toEqual([
      '（一）收入预算：本年预算数3,250.40万元，其中：一般公共预算拨款2,980.15万元，政府性基金预算拨款120.25万元，事业收入150.00万元。',
      '（二）支出预算：本年预算数3,250.40万元。',
    ]);
    // a short last line that is no piece of a cut number still ends its paragraph
    const short = splitLines(['部门收支总体情况说明如下', '', '预算拨款120.25万元。'].join('\n'));
    expect(joinParagraphs(short, 90)).toHaveLength(2);
    // a full line cut by a real hard wrap inside its number: the piece ends the page line, and a
    // short heading after it starts a paragraph of its own
    const wrapped = splitLines(['一、收入预算情况', '根据年度工作安排和财政部门批复，本部门2024年收入预算合计为人民币14,770', '.62万元', '部门收支预算总表说明'].join('\n'));
    expect(joinParagraphs(wrapped, 70).map((p) => p.text)).toEqual(['一、收入预算情况', '根据年度工作安排和财政部门批复，本部门2024年收入预算合计为人民币14,770.62万元', '部门收支预算总表说明']);
  });

  it('does not join a heading, a numbered item or a line that ends a sentence', () => {
    const lines = splitLines(['一、部门职责', '（一）负责全市林业资源保护工作，组织开展森林防火宣传和巡', '查。', '（二）负责国土绿化。'].join('\n'));
    expect(joinParagraphs(lines, 56).map((p) => p.text)).toEqual(['一、部门职责', '（一）负责全市林业资源保护工作，组织开展森林防火宣传和巡查。', '（二）负责国土绿化。']);
  });
  it('drops page numbers (- 3 -, 第3页, 3/12, a lone number at a page end) and a running header', () => {
    const input = readFileSync(join(FIXTURES, 'layouts', 'pdf-text-pages.txt'), 'utf8');
    const r = readLayout(splitLines(input), input);
    const texts = r.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(r.layout).toBe('pdf-text');
    expect(texts.some((t) => /^- ?\d+ ?-$|^第\d+页|^\d+\/\d+$|^\d+$/.test(t))).toBe(false);
    // the running header is dropped on every page but the first, where it stands above the title
    expect(texts.filter((t) => t === '示例县水利局2024年部门预算')).toHaveLength(1);
    const d = parseDocument(input);
    expect(d.budget?.revenue?.total).toMatchObject({ yuan: 5003000, line: 8 });
    expect(d.threePublic?.total).toMatchObject({ yuan: 42000 });
  });
});

describe('web text hard-wrapped at a fixed width (lines often end at a sentence end)', () => {
  const input = readFileSync(join(FIXTURES, 'layouts', 'web-wrapped.txt'), 'utf8');
  const r = readLayout(splitLines(input), input);
  const paras = r.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
  it('is read as wrapped text: the lines of a paragraph are joined, headings and short lines are not', () => {
    expect(r.detection.sentenceEnds).toBeGreaterThanOrEqual(0.35);
    expect(r.layout).toBe('pdf-text');
    expect(paras.find((p) => p.line === 10)!.text).toBe('2024年“三公”经费预算安排 18.60 万元，比上年减少2.40 万元，下降 11.43%。主要原因是厉行节约。');
    for (const h of [2, 5, 9, 15, 18]) expect(paras.some((p) => p.line === h && p.pieces === undefined), `line ${h}`).toBe(true);
  });
  it('keeps the tables of web text (a table of space-separated rows) while it joins the prose', () => {
    const tables = r.blocks.filter((b): b is Table => b.kind === 'table');
    expect(tables.map((t) => [t.startLine, t.rows.length])).toEqual([[24, 5]]);
    expect(parseDocument(input).tables.find((t) => t.kind === 'threePublic')?.rows.map((row) => row.values.total?.yuan)).toEqual([186000, 0, 51000, 135000]);
  });
  it('a lone page number never starts the number on the next line, nor goes on the line before it', () => {
    expect(paras.find((p) => p.line === 7)!.text).toBe('3');
    expect(paras.find((p) => p.line === 8)!.text.startsWith('1,200.00 万元')).toBe(true);
    expect(paras.some((p) => p.text.includes('31,200.00'))).toBe(false);
    expect(paras.find((p) => p.line === 6)!.text.endsWith('拨款')).toBe(true);
  });
  it('a line indented deeper than the one before starts a paragraph (a full-width title above it stays alone)', () => {
    expect(paras.find((p) => p.line === 19)!.text).toBe('示例县农业农村局财政拨款支出政府采购预算情况说明');
    expect(paras.find((p) => p.line === 20)!.text).toBe('本局2024年政府采购预算安排 42.00 万元，其中货物类 30.00 万元，服务类 12.00 万元。');
  });
  it('figures whose sentence a wrap cut keep their label and their change', () => {
    const d = parseDocument(input);
    expect(d.threePublic?.change?.amount).toMatchObject({ yuan: -24000, line: 11 });
    expect(d.threePublic?.reception).toMatchObject({ yuan: 51000, line: 13 });
    expect(d.threePublic?.vehicle).toMatchObject({ yuan: 135000, line: 14 });
    expect(d.operatingExpenses?.change?.amount).toMatchObject({ yuan: 33000, line: 17 });
    expect(d.operatingExpenses?.items ?? []).toEqual([]);
    expect(named(d.procurement?.items)).toEqual([['货物类', 300000], ['服务类', 120000]]);
  });
  it('one paragraph per line (plain web text) is not taken for wrapped text', () => {
    // paragraphs of about one length, two of them without a final 。: no constant width of wrapped lines
    const plain = ['一、部门预算安排的总体情况', '2024年收入预算 1,286.40 万元，其中：一般公共预算拨款收入 1,200.00 万元，上年结转 86.40 万元。', '二、财政拨款“三公”经费预算情况说明', '2024年“三公”经费预算安排 18.60 万元，比上年减少 2.40 万元，下降 11.43%，主要原因是厉行节约', '其中：因公出国（境）费 0 万元，与上年持平；公务接待费 5.10 万元，比上年减少 0.90 万元。', '三、机关运行经费预算情况', '2024年机关运行经费预算安排 96.30 万元，比上年增加 3.30 万元，增长 3.55%，主要原因是物业费增加', '四、政府采购预算情况', '本局2024年政府采购预算安排 42.00 万元，其中货物类 30.00 万元，服务类 12.00 万元。'].join('\n');
    const r2 = readLayout(splitLines(plain), plain);
    expect(r2.detection.sentenceEnds).toBeGreaterThanOrEqual(0.35);
    expect(r2.detection.wrapped).toBeLessThan(6);
    expect(r2.layout).toBe('plain');
  });
});

describe('pdf-layout: columns', () => {
  it('cuts a figure and a name one space apart', () => {
    expect(segments('一、本年收入        92,596.24 一、本年支出      92,596.24').map((s) => s.text)).toEqual(['一、本年收入', '92,596.24', '一、本年支出', '92,596.24']);
  });
  const input = readFileSync(join(FIXTURES, 'layouts', 'pdf-layout-table.txt'), 'utf8');
  const r = readLayout(splitLines(input), input);
  const tables = r.blocks.filter((b): b is Table => b.kind === 'table');
  const cells = (t: Table) => t.rows.map((row) => row.cells.map((c) => c.text.replace(/\n/g, '')));
  it('finds the columns from the header and the figures; a wrapped header is joined; a wrapped name continues its row', () => {
    expect(r.layout).toBe('pdf-layout');
    expect(cells(tables[0]!)).toEqual([
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['', '合计', '1,180.50', '880.50', '300.00'],
      ['201', '一般公共服务支出', '1,000.00', '700.00', '300.00'],
      ['2010301', '行政运行', '700.00', '700.00', ''],
      ['2010350', '事业运行（机关服务中心及所属单位补助）', '300.00', '', '300.00'],
      ['208', '社会保障和就业支出', '180.50', '180.50', ''],
    ]);
    const wrapped = tables[0]!.rows[4]!.cells[1]!;
    expect([wrapped.startLine, wrapped.endLine]).toEqual([11, 12]);
  });
  it('joins a table that goes on over the next page without its header (same columns)', () => {
    const text = readFileSync(join(FIXTURES, 'layouts', 'pdf-layout-pages.txt'), 'utf8');
    const r2 = readLayout(splitLines(text), text);
    const ts = r2.blocks.filter((b): b is Table => b.kind === 'table');
    expect(ts).toHaveLength(1);
    expect(cells(ts[0]!).map((row) => row[0])).toEqual(['科目编码', '205', '20501', '2050101', '20502']);
    expect(ts[0]!.rows[4]!.cells.map((c) => c.text)).toEqual(['20502', '普通教育', '600.00', '300.00']);
    // the running header and the page numbers are gone
    expect(r2.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as Paragraph).text)).toEqual(['示例县教育局2024年部门预算', '一般公共预算支出表', '单位：万元', '说明：本表反映一般公共预算支出。']);
  });
  it('reads the 三公 table by its columns', () => {
    const d = parseDocument(input);
    expect(d.threePublic).toMatchObject({ form: 'table', total: { yuan: 125000, raw: '12.50', line: 23 }, reception: { yuan: 45000 }, vehicle: { yuan: 80000 } });
  });
});

describe('pipe and cell-per-line', () => {
  it('pipe rows with and without outer pipes, a rule, empty cells kept', () => {
    const input = readFileSync(join(FIXTURES, 'layouts', 'pipe.txt'), 'utf8');
    const r = readLayout(splitLines(input), input);
    expect(r.layout).toBe('pipe');
    const [t1, t2] = r.blocks.filter((b): b is Table => b.kind === 'table');
    expect(t1!.rows.map((x) => x.cells.map((c) => c.text))[2]).toEqual(['因公出国（境）费', '', '', '']);
    expect(t2!.rows.map((x) => x.cells.map((c) => c.text))).toEqual([['项目', '金额（万元）'], ['办公设备', '12.00']]);
    const d = parseDocument(input);
    expect(d.threePublic).toMatchObject({ form: 'table', total: { yuan: 60000, line: 9 }, reception: { yuan: 20000, line: 12 } });
  });
  it('cells one per line, rows counted from the header 项目 / 预算数 / 决算数', () => {
    const input = readFileSync(join(FIXTURES, 'layouts', 'cell-per-line.txt'), 'utf8');
    const r = readLayout(splitLines(input), input);
    expect(r.layout).toBe('cell-per-line');
    const t = r.blocks.find((b): b is Table => b.kind === 'table')!;
    expect(t.rows.map((x) => x.cells.map((c) => c.text))).toEqual([
      ['项目', '预算数', '决算数'],
      ['“三公”经费合计', '9.00', '8.20'],
      ['因公出国（境）费', '0', '0'],
      ['公务用车购置及运行维护费', '6.00', '5.60'],
      ['公务接待费', '3.00', '2.60'],
    ]);
  });
});

describe('web text: rows with TAB-separated cells (a table copied from a browser)', () => {
  it('one row per line, empty cells kept; recorded as a delimited (pipe) table', () => {
    const input = readFileSync(join(FIXTURES, 'layouts', 'tab-rows.txt'), 'utf8');
    const r = readLayout(splitLines(input), input);
    expect(r.layout).toBe('pipe');
    const t = r.blocks.find((b): b is Table => b.kind === 'table')!;
    expect(t.rows.map((x) => x.cells.map((c) => c.text))[2]).toEqual(['因公出国（境）费', '', '', '']);
    const d = parseDocument(input);
    expect(d.threePublic).toMatchObject({ form: 'table', total: { yuan: 72000, raw: '7.20', line: 6 }, reception: { yuan: 32000, line: 9 } });
  });
});

describe('web text: cells kept apart by single spaces under a header of column names', () => {
  it('a name and its figures per line; the 三公 table is read', () => {
    const input = readFileSync(join(FIXTURES, 'layouts', 'space-rows.txt'), 'utf8');
    const r = readLayout(splitLines(input), input);
    expect(r.layout).toBe('plain');
    const t = r.blocks.find((b): b is Table => b.kind === 'table')!;
    expect(t.rows.map((x) => x.cells.map((c) => c.text)).slice(0, 2)).toEqual([['项目', '本年预算数', '上年预算数'], ['合 计', '9.60', '10.00']]);
    const d = parseDocument(input);
    expect(d.threePublic).toMatchObject({ form: 'table', total: { yuan: 96000, line: 6 }, reception: { yuan: 16000, line: 8 }, vehicleOperation: { yuan: 80000, line: 10 } });
  });
});

describe('web text: one cell per line, each closed by a pipe', () => {
  it('drops the closing pipes and counts the cells from the header', () => {
    const input = readFileSync(join(FIXTURES, 'layouts', 'cell-pipe.txt'), 'utf8');
    const r = readLayout(splitLines(input), input);
    expect(r.layout).toBe('cell-per-line');
    const t = r.blocks.find((b): b is Table => b.kind === 'table')!;
    expect(t.rows.map((x) => x.cells.map((c) => c.text))[1]).toEqual(['“三公”经费合计', '5.40', '6.00']);
    const d = parseDocument(input);
    expect(d.threePublic).toMatchObject({ form: 'table', total: { yuan: 54000, raw: '5.40', line: 9 }, reception: { yuan: 24000, line: 18 } });
  });
});

describe('flat text', () => {
  it('splits before heading markers after a sentence end and keeps every piece on its line', () => {
    const input = readFileSync(join(FIXTURES, 'layouts', 'flat.txt'), 'utf8');
    const r = readLayout(splitLines(input), input);
    expect(r.layout).toBe('flat');
    const ps = r.blocks as Paragraph[];
    expect(ps.map((p) => p.text.slice(0, 6))).toContain('二、部门预算');
    expect(ps.every((p) => p.line === 2 || p.line === 1)).toBe(true);
    const d = parseDocument(input);
    expect(d.sections.map((s) => s.kind)).toEqual(['other', 'duties', 'budgetOverview', 'operatingExpenses', 'threePublic']);
    expect(d.threePublic?.total).toMatchObject({ yuan: 38000, line: 2 });
  });
});

describe('tables of contents never become sections', () => {
  for (const f of ['toc-leaders.txt', 'toc-fields.txt', 'toc-under-heading.txt', 'toc-web.txt']) {
    it(f, () => {
      const input = readFileSync(join(FIXTURES, 'layouts', f), 'utf8');
      const r = readLayout(splitLines(input), input);
      expect(r.toc.length).toBeGreaterThanOrEqual(4);
      const d = parseDocument(input);
      // every section starts in the body, after the table of contents
      const lastToc = Math.max(...r.toc.map((p) => p.line));
      expect(d.sections.filter((s) => s.kind !== 'other').every((s) => s.startLine > lastToc)).toBe(true);
      expect(d.duties.every((x) => x.line > lastToc)).toBe(true);
      expect(d.threePublic?.total?.yuan).toBe(52000);
    });
  }
});

describe('mirror-site noise', () => {
  it('pinyin after characters, page chrome and traditional characters', () => {
    const input = readFileSync(join(FIXTURES, 'layouts', 'mirror-noise.txt'), 'utf8');
    const r = readLayout(splitLines(input), input);
    const texts = (r.blocks as Block[]).map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts.some((t) => /首页|打印本页|浏览次数/.test(t))).toBe(false);
    const d = parseDocument(input);
    expect(d.sections[0]!.heading).not.toMatch(/首页|打印|发布时间/);
    expect(d.threePublic).toMatchObject({ total: { yuan: 73000, line: 9 }, reception: { yuan: 23000 } });
    expect(d.operatingExpenses?.total).toMatchObject({ yuan: 451000, line: 7 });
  });
});

describe('detection is cheap and right on the seeds and the dev PDFs', () => {
  it('wrap() of the canonical renderer splits inside a number (the trap is exercised)', () => {
    const lines = CANONICAL.filter((i) => i.kind === 'p').flatMap((i) => wrap((i as { text: string }).text, 40));
    expect(lines.some((l, k) => /\d$/.test(l) && /^[\d.,万元]/.test(lines[k + 1] ?? ''))).toBe(true);
  });
  describe.skipIf(!hasDev)('../shared/dev', () => {
    const files = hasDev ? readdirSync(DEV).filter((f) => f.endsWith('.txt')).sort() : [];
    for (const f of files) {
      it(f, () => {
        const text = readFileSync(join(DEV, f), 'utf8');
        const lines = splitLines(text);
        const want = f.endsWith('.plain.txt') || f === 'd08.layout.txt' ? 'pdf-text' : 'pdf-layout';
        expect(detectLayout(lines, text).layout).toBe(want);
        const d = parseDocument(text, { path: f });
        expect(d.source.layout).toBe(want);
        // page furniture never survives as a paragraph
        const r = readLayout(lines, text);
        expect(r.blocks.filter((b) => b.kind === 'paragraph' && /^- \d+ -$/.test(b.text))).toEqual([]);
      });
    }
    it('every figure read from a dev file points at the line where its first digits stand', () => {
      for (const f of files) {
        const text = readFileSync(join(DEV, f), 'utf8');
        const d = parseDocument(text, { path: f });
        expect(linesTrue(d, text), f).toEqual([]);
      }
    });
    it('plain and -layout text of the same PDF give the same “三公”, 机关运行经费 and 政府采购 totals', () => {
      for (const id of ['d01', 'd02', 'd05', 'd06', 'd08']) {
        const [a, b] = ['plain', 'layout'].map((k) => parseDocument(readFileSync(join(DEV, `${id}.${k}.txt`), 'utf8')));
        const totals = (d: BudgetDocument) => [y(d.threePublic?.total), y(d.operatingExpenses?.total), y(d.procurement?.total)];
        expect(totals(b!), id).toEqual(totals(a!));
        expect(totals(a!).some((v) => v !== null), id).toBe(true);
      }
    });
    it('d05: decimals printed on the next line are joined in both layouts', () => {
      for (const k of ['plain', 'layout']) {
        const text = readFileSync(join(DEV, `d05.${k}.txt`), 'utf8');
        const r = readLayout(splitLines(text), text);
        const all = r.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((x) => x.cells.map((c) => c.text).join(' ')).join(' '))).join('\n');
        expect(all).toContain('14,770.62');
        expect(d05Fragments(r.blocks)).toBeLessThan(5);
      }
    });
  });
});

/** Paragraphs that are nothing but a decimal fragment (`.62`). */
function d05Fragments(blocks: Block[]): number {
  return blocks.filter((b) => b.kind === 'paragraph' && /^[.．]\d+/.test(b.text)).length;
}

describe('pdf-layout: empty columns, header-only tables, 类/款/项 code parts (synthetic)', () => {
  const tablesOf = (text: string) => readLayout(splitLines(text), text).blocks.filter((b): b is Table => b.kind === 'table');
  const cells = (t: Table) => t.rows.map((r) => r.cells.map((c) => c.text));
  // another table after it, so that the page reads as pdftotext -layout whatever the table under test
  const filler = ['', '', '', '项目名称     合计     一般公共预算', '档案数字化   200.00   200.00', '信息系统维护   50.00    50.00', '合计        250.00   250.00'];
  const doc = (rows: string[]) => [`部门预算说明`, '', ...rows, ...filler, '', '', '- 1 -', '\f- 2 -'].join('\n') + '\n';

  it('a named column with no figure under it is a column of its own; the figures stay in theirs', () => {
    const t = tablesOf(doc([
      '     科目         合计     基本支出   项目支出',
      '201-一般公共服务支出   50.00          50.00',
      '20126-档案事务     50.00          50.00',
      '合计             50.00          50.00',
    ]))[0]!;
    expect(cells(t)).toEqual([
      ['科目', '合计', '基本支出', '项目支出'],
      ['201-一般公共服务支出', '50.00', '', '50.00'],
      ['20126-档案事务', '50.00', '', '50.00'],
      ['合计', '50.00', '', '50.00'],
    ]);
  });

  it('a header centred over right-aligned figures it does not reach names them: no empty column beside them', () => {
    // names end by place 9, 预算数 stands at 16–19, the figures end at place 34: 预算数 is more than
    // NEAR (6) places from both columns
    const row = (name: string, a: string) => name.padEnd(26) + a.padStart(8);
    const t = tablesOf(doc([
      '  名目' + ' '.repeat(10) + '预算数',
      row('  合计', '146.20'),
      row('因公出国（境）费', '0.00'),
      row('公务接待费', '16.20'),
      row('公务用车费', '130.00'),
    ]))[0]!;
    expect(cells(t)).toEqual([
      ['名目', '预算数'],
      ['合计', '146.20'],
      ['因公出国（境）费', '0.00'],
      ['公务接待费', '16.20'],
      ['公务用车费', '130.00'],
    ]);
  });

  it('one-line header words centred over wide cells name the right-aligned figure columns in order', () => {
    // 合计 stands far left of its figures, and 一般公共预算 nearer the 合计 figures than its own
    const row = (name: string, ...v: string[]) => name.padEnd(22) + v.map((x, i) => x.padStart(i === 0 ? 14 : 16)).join('');
    const t = tablesOf(doc([
      '    项目' + ' '.repeat(18) + '合计' + ' '.repeat(14) + '一般公共预算' + ' '.repeat(6) + '政府性基金预算',
      row('行政经费', '20.00', '18.00', '2.00'),
      row('“三公”经费', '6.00', '6.00', '0.00'),
      row('  其中：公务接待费', '6.00', '6.00', '0.00'),
    ]))[0]!;
    expect(cells(t)).toEqual([
      ['项目', '合计', '一般公共预算', '政府性基金预算'],
      ['行政经费', '20.00', '18.00', '2.00'],
      ['“三公”经费', '6.00', '6.00', '0.00'],
      ['其中：公务接待费', '6.00', '6.00', '0.00'],
    ]);
  });

  it('a header set apart between two figure columns that have no header of their own names neither', () => {
    // the same, with a second figure column ending at place 44
    const row = (name: string, a: string, b: string) => name.padEnd(26) + a.padStart(8) + b.padStart(10);
    const t = tablesOf(doc([
      '  名目' + ' '.repeat(10) + '预算数',
      row('  合计', '146.20', '146.20'),
      row('公务接待费', '16.20', '16.20'),
      row('公务用车费', '130.00', '130.00'),
    ]))[0]!;
    // 预算数 stays a column of its own: which of the two figure columns it names is not known.
    expect(t.rows[0]!.cells.map((c) => c.text)).toEqual(['名目', '预算数', '', '']);
    expect(t.rows[1]!.cells.map((c) => c.text)).toEqual(['合计', '', '146.20', '146.20']);
  });

  it('single characters of a spread header between columns make no column of their own', () => {
    const t = tablesOf(doc([
      '科目编码  科   目   名   称      合计       基本支出     项目支出',
      '2200501   行政运行               5,389.50   5,321.50       68.00',
      '2200506   气象探测                 800.00                 800.00',
    ]))[0]!;
    expect(t.rows[1]!.cells.map((c) => c.text).filter((x) => /\d\.\d/.test(x))).toEqual(['5,389.50', '5,321.50', '68.00']);
    expect(t.rows[0]!.cells.length).toBe(t.rows[1]!.cells.length);
    expect(t.rows[0]!.cells.length).toBeLessThanOrEqual(6);
  });

  it('a header-only table is a table without rows, and the next title stays running text', () => {
    const text = doc(['科目编码   科目名称   合计   基本支出   项目支出', '', '', '            表10 2025年项目支出表', '                                 单位：万元']);
    const r = readLayout(splitLines(text), text);
    const tables = r.blocks.filter((b): b is Table => b.kind === 'table');
    expect(cells(tables[0]!)).toEqual([['科目编码', '科目名称', '合计', '基本支出', '项目支出']]);
    expect(r.blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('表10'))).toBe(true);
  });

  it('类 / 款 / 项: two-digit codes under 款 and 项 are codes in columns of their own, not figures', () => {
    const t = tablesOf(doc([
      '科目编码                   科目名称              合计           基本支出',
      ' 类     款    项',
      '208              社会保障和就业支出            144,000.00   144,000.00',
      '       05        行政事业单位养老支出           144,000.00   144,000.00',
      '            05   机关事业单位基本养老保险缴费支出      96,000.00    96,000.00',
      '            06   机关事业单位职业年金缴费支出        48,000.00    48,000.00',
    ]))[0]!;
    expect(cells(t).slice(1)).toEqual([
      ['208', '', '', '社会保障和就业支出', '144,000.00', '144,000.00'],
      ['', '05', '', '行政事业单位养老支出', '144,000.00', '144,000.00'],
      ['', '', '05', '机关事业单位基本养老保险缴费支出', '96,000.00', '96,000.00'],
      ['', '', '06', '机关事业单位职业年金缴费支出', '48,000.00', '48,000.00'],
    ]);
  });

  it('a short document whose only table has one row of figures is read as pdf-layout', () => {
    const text = ['2025年部门预算', '', '           表7 “三公”经费支出表', '                          单位：万元', '',
      '   项目       合计     因公出国（境）费   公务用车购置及运行费      公务接待费',
      '                                  小计       公务用车运行费',
      '2025年预算数   12.30       2.00         8.30      8.30    2.00', ''].join('\n');
    expect(detectLayout(splitLines(text), text).layout).toBe('pdf-layout');
    const t = tablesOf(text)[0]!;
    expect(t.rows.at(-1)!.cells.map((c) => c.text).filter((x) => /\d\.\d/.test(x))).toEqual(['12.30', '2.00', '8.30', '8.30', '2.00']);
  });
});

describe('review: a hanging indent continues its numbered item', () => {
  it('the lines indented under "1、…（项）" are its continuation: no figure of the item becomes the department\'s', () => {
    const L = ['示范县某局2024年部门预算', '二、一般公共预算支出情况说明',
      '本部门2024年一般公共预算支出安排如下，各项支出均按照标准编制，具体包括以下几',
      '个方面的内容，其中基本支出主要用于保障机构正常运转和人员工资福利等各项开支，',
      '1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）',
      '   安排1,200.00万元，主要用于保障机关正常运转，比上年增加100.00万元，增长',
      '   9.09%，主要原因是人员增加导致人员经费相应增加，保障了各项工作的顺利开展。',
      '2、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老',
      '   保险缴费支出（项）安排300.00万元，主要用于缴纳机关事业单位基本养老保险。',
      '3、住房保障支出（类）住房改革支出（款）住房公积金（项）安排200.00万元，主要',
      '   用于按规定为在职职工缴纳住房公积金，与上年持平，没有增减变化情况的说明。'];
    const d = parseDocument(L.join('\n'));
    expect(d.source.layout).toBe('pdf-text');
    expect(d.budget?.change ?? null).toBeNull();
    // The wrapped item name stays whole with its figure.
    expect(d.warnings.some((w) => w.message.includes('机关事业单位基本养老保险缴费支出（项） 300.00万元'))).toBe(true);
    expect(d.warnings.some((w) => w.code === 'UNPLACED_FIGURE' && w.message.includes('行政运行（项） 1,200.00万元'))).toBe(true);
  });
});
