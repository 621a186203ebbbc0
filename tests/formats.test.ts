import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBlocks, type Block, type Table } from '../src/blocks/index.js';
import { detectFormat, parseFile, readFormat, textOf } from '../src/formats/index.js';
import type { Produced } from '../src/formats/builder.js';
import { splitLines } from '../src/lines/index.js';
import { documentJsonSchema, type BudgetDocument, type Money } from '../src/index.js';
import { FIXTURES } from './helpers.js';

const DIR = join(FIXTURES, 'formats');
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const parse = (name: string) => parseFile(bytes(name), { path: name });
async function produced(name: string): Promise<Produced> {
  const p = await readFormat(bytes(name), name);
  if (!p || !('blocks' in p)) throw new Error(`${name} was not read: ${JSON.stringify(p)}`);
  return p;
}

const yuan = (m: Money | null | undefined) => (m ? m.yuan : null);
/** The figures that must not depend on the format: budget totals, 三公 and 机关运行经费. */
function figures(d: BudgetDocument) {
  const tp = d.threePublic;
  return {
    revenue: yuan(d.budget?.revenue?.total),
    expenditure: yuan(d.budget?.expenditure?.total),
    basic: yuan(d.budget?.expenditure?.basic),
    project: yuan(d.budget?.expenditure?.project),
    threePublic: tp ? [tp.total, tp.abroad, tp.vehicle, tp.vehiclePurchase, tp.vehicleOperation, tp.reception].map(yuan) : null,
    operating: yuan(d.operatingExpenses?.total),
  };
}
const tables = (blocks: Block[]) => blocks.filter((b): b is Table => b.kind === 'table');
const cellTexts = (t: Table) => t.rows.map((r) => r.cells.map((c) => c.text.replace(/\s+/g, '')));

describe('the same content in Tika text, PDF, DOCX and HTML gives the same figures', () => {
  it('budget: totals, 三公 and 机关运行经费 agree across formats, with the values written', async () => {
    const want = {
      revenue: 24683000,
      expenditure: 24683000,
      basic: 15683000,
      project: 9000000,
      threePublic: [126000, 0, 86000, 0, 86000, 40000],
      operating: 1683000,
    };
    for (const ext of ['txt', 'pdf', 'docx', 'html']) {
      const d = await parse(`budget.${ext}`);
      expect(d.error, ext).toBeNull();
      expect(d.source.format, ext).toBe(ext === 'txt' ? 'text' : ext);
      expect(figures(d), ext).toEqual(want);
    }
  });

  it('决算: the 三公 and 机关运行经费 figures and the warnings agree across formats', async () => {
    const base = await parse('final-account.txt');
    expect(figures(base).threePublic).toEqual([52000, 0, 37000, 0, 37000, 15000]);
    expect(figures(base).operating).toBe(421600);
    for (const ext of ['pdf', 'docx', 'html']) {
      const d = await parse(`final-account.${ext}`);
      expect(figures(d), ext).toEqual(figures(base));
      expect(d.warnings.map((w) => w.code), ext).toEqual(base.warnings.map((w) => w.code));
    }
  });

  it('tables: PDF, DOCX and HTML give the same cells as the Tika text (merged cells, page break, wrapped cell)', async () => {
    for (const name of ['budget', 'final-account']) {
      const want = tables(readBlocks(splitLines(readFileSync(join(DIR, `${name}.txt`), 'utf8')))).map(cellTexts);
      for (const ext of ['pdf', 'docx', 'html']) {
        const got = tables((await produced(`${name}.${ext}`)).blocks).map(cellTexts);
        expect(got, `${name}.${ext}`).toEqual(want);
      }
    }
  });

  it('PDF: the table over the page break is one table; the repeated header row is dropped; the wrapped cell is one cell', async () => {
    const p = await produced('budget.pdf');
    const long = tables(p.blocks)[1]!;
    expect(long.rows.length).toBe(47); // header + 45 rows + 合计
    expect(long.rows.filter((r) => r.cells[0]!.text === '科目编码').length).toBe(1);
    const wrapped = long.rows.find((r) => r.cells[0]!.text === '2139999')!;
    expect(wrapped.cells[1]!.text).toBe('城乡社区公共设施维护与管理支出（含市政道路、桥梁及排水设施日常养护）');
    // The table really spans two pages: its cells are grounded on both.
    const pages = new Set<number>();
    for (let l = long.startLine; l <= long.endLine; l++) for (const s of p.places.get(l) ?? []) if ('page' in s.place) pages.add(s.place.page);
    expect(pages.size).toBeGreaterThanOrEqual(2);
  });

  it('PDF: a table without ruling lines is read from the alignment of its text, an empty cell kept in its column, a wrapped cell one cell', async () => {
    const t = tables((await produced('final-account.pdf')).blocks)[0]!;
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['支出项目', '预算数', '决算数'],
      ['办公费', '12.00', '11.46'],
      ['印刷费', '', '3.20'],
      ['物业管理费（含办公楼保洁、安保及绿化养护服务）', '0.00', '0.34'],
      ['水电费', '28.00', '27.50'],
    ]);
  });

  it('PDF: running headers and page numbers are not content; wrapped prose is one paragraph', async () => {
    const p = await produced('budget.pdf');
    expect(p.text).not.toContain('示例市园林绿化管理局2025年部门预算公开\n');
    expect(p.text).not.toMatch(/^- ?\d+ ?-$/m);
    const para = p.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('2025年预算收入'));
    expect(para && para.kind === 'paragraph' && para.text).toBe(
      '2025年预算收入2,468.30万元，其中：一般公共预算收入2,400.00万元，上年结转68.30万元。收入较上年有所增加，主要是公园养护面积扩大、新建绿道陆续移交管理所致。',
    );
    expect(para && para.kind === 'paragraph' && para.pieces && para.pieces.length).toBeGreaterThan(1);
  });

  it('the produced text parses back to the same tables (Tika layout), so `budget-parse text` output is parseable', async () => {
    for (const name of ['budget.pdf', 'budget.docx', 'budget.html', 'budget.xlsx', 'final-account.xlsx']) {
      const p = await produced(name);
      // (compared without `joined`: the Tika reader builds that cache as it reads, the other readers on first use)
      const plain = (t: Table) => ({ kind: t.kind, rows: t.rows, startLine: t.startLine, endLine: t.endLine });
      const again = tables(readBlocks(splitLines(p.text))).map(plain);
      expect(again, name).toEqual(tables(p.blocks).map(plain));
    }
  });
});

describe('grounding', () => {
  it('PDF figures keep line, page and a box on the page inside the line of text they stand in', async () => {
    const d = await parse('budget.pdf');
    const p = await produced('budget.pdf');
    const lines = p.text.split('\n');
    const m = d.budget!.revenue!.total!;
    expect(lines[m.line - 1]).toContain(m.raw);
    expect(m.page).toBe(1);
    const [x0, y0, x1, y1] = m.bbox!;
    expect(x0).toBeLessThan(x1);
    expect(y0).toBeLessThan(y1);
    expect(x1).toBeLessThanOrEqual(595.5);
    expect(y1).toBeLessThanOrEqual(842);
    // The box is narrowed to the figure: narrower than the line it stands in.
    const line = p.places.get(m.line)!;
    const lineX1 = Math.max(...line.map((s) => ('bbox' in s.place ? s.place.bbox[2] : 0)));
    const lineX0 = Math.min(...line.map((s) => ('bbox' in s.place ? s.place.bbox[0] : 1e9)));
    expect(x1 - x0).toBeLessThan(lineX1 - lineX0);
  });

  it('spreadsheet figures keep sheet and cell; numbers as stored', async () => {
    const d = await parse('final-account.xlsx');
    expect(d.source.format).toBe('xlsx');
    const total = d.threePublic!.total!;
    expect(total.sheet).toBe('“三公”经费支出决算表');
    // A 决算's 三公 total is the actual figure (决算数, column C); the budget stands beside it (issue 11).
    expect(total.cell).toBe('C5');
    expect(total.raw).toBe('5.2');
    expect(d.threePublic!.budgeted?.total).toMatchObject({ sheet: '“三公”经费支出决算表', cell: 'B5', raw: '5.8' });
    const p = await produced('budget.xlsx');
    expect(p.text).toContain('\t2468.3\n');
  });

  it('text, DOCX and HTML figures carry no page or cell', async () => {
    for (const name of ['budget.txt', 'budget.docx', 'budget.html']) {
      const m = (await parse(name)).budget!.revenue!.total!;
      expect(m.page ?? m.bbox ?? m.sheet ?? m.cell, name).toBeUndefined();
    }
  });

  it('the schema carries page, bbox, sheet and cell', () => {
    const s = JSON.stringify(documentJsonSchema());
    for (const k of ['"page"', '"bbox"', '"sheet"', '"cell"']) expect(s).toContain(k);
  });
});

describe('format detection and errors', () => {
  it('recognizes formats by their first bytes, whatever the name says', () => {
    expect(detectFormat(bytes('budget.pdf'), 'budget.txt')).toBe('pdf');
    expect(detectFormat(bytes('budget.docx'), 'x.txt')).toBe('docx');
    expect(detectFormat(bytes('budget.xlsx'), 'x.txt')).toBe('xlsx');
    expect(detectFormat(bytes('budget.html'), 'x.txt')).toBe('html');
    expect(detectFormat(bytes('budget.txt'), 'budget.txt')).toBe('text');
  });

  it('a PDF named .txt is read as a PDF', async () => {
    const d = await parseFile(bytes('budget.pdf'), { path: 'disguised.txt' });
    expect(d.error).toBeNull();
    expect(d.source.format).toBe('pdf');
    expect(d.budget?.revenue?.total?.yuan).toBe(24683000);
  });

  it('an image-only PDF is NO_TEXT_LAYER, one with a password ENCRYPTED_PDF, a broken one BROKEN_PDF, a ZIP of something else NOT_TEXT', async () => {
    expect((await parse('scanned.pdf')).error?.code).toBe('NO_TEXT_LAYER');
    expect((await parse('encrypted.pdf')).error?.code).toBe('ENCRYPTED_PDF');
    const broken = await parseFile(new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), { path: 'b.pdf' });
    expect(broken.error?.code).toBe('BROKEN_PDF');
    expect(broken.source.format).toBe('pdf');
    const zip = await parseFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), { path: 'z.zip' });
    expect(zip.error?.code).toBe('NOT_TEXT');
  });

  it('HTML: the charset from <meta> (GB2312), site chrome and scripts are not content', async () => {
    const t = await textOf(bytes('budget.html'));
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    expect(t.text).toContain('示例市园林绿化管理局2025年部门预算公开说明');
    for (const chrome of ['首页', '当前位置', '统计代码', '版权所有', '部门预算 2025年']) expect(t.text).not.toContain(chrome);
  });

  it('DOCX: list numbers come from numbering.xml; vMerge continuations are empty cells', async () => {
    const p = await produced('final-account.docx');
    expect(p.text).toContain('一、部门决算总体情况\n');
    expect(p.text).toContain('三、“三公”经费支出决算情况\n');
    const t = tables(p.blocks)[1]!;
    expect(t.rows[0]!.cells.map((c) => c.text)).toEqual(['项目（单位：万元）', '2024年度']);
    expect(t.rows[1]!.cells.map((c) => c.text)).toEqual(['', '预算数', '决算数']);
  });
});

describe('PDF lines', () => {
  const page = { number: 1, width: 600, height: 800, items: [], segments: [], images: 0, toPdf: (a: number, b: number, c: number, d: number) => [a, b, c, d] as [number, number, number, number] };
  const item = (text: string, x0: number, x1: number) => ({ text, x0, x1, top: 100, bottom: 112, size: 12 });

  it('closes up letter-spaced Chinese in running text, never two figures', async () => {
    const { groupLines } = await import('../src/formats/pdf/text-lines.js');
    const [l] = groupLines([item('无 锡 市 发 展 和 改 革 委 员 会 收 入 、 支 出 合 计 12 345', 10, 400)], page);
    expect(l!.text).toBe('无锡市发展和改革委员会收入、支出合计 12 345');
    // Items apart by letter-spacing join; a wide gap between two fields stays a space.
    const [m] = groupLines([item('单位名称：示例局', 10, 106), item('单位：万元', 300, 360)], page);
    expect(m!.text).toBe('单位名称：示例局 单位：万元');
    const [n] = groupLines([item('收', 10, 22), item('入', 28, 40)], page);
    expect(n!.text).toBe('收入');
  });
});
