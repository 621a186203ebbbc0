import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, fixture, unplaced, y } from './helpers.js';

// Field test 13: the narrative of a PDF through `pdftotext` (plain and `-layout`): hard wraps inside figures, page
// furniture (page numbers, running headers, form feeds) inside a sentence, headings glued to their text, two columns.
// Each fixture is a synthetic 部门预算 / 部门决算 narrative (invented department, figures that add up) with one trap.

const codes = (d: { warnings: readonly { code: string }[] }, code: string) => d.warnings.filter((w) => w.code === code);
const money = (m: { yuan: number; raw: string; line: number } | null | undefined) => (m ? [m.yuan, m.raw, m.line] : null);

describe('field13: a figure split by a hard wrap', () => {
  it('"3," ⏎ "456.78万元" · "3,456" ⏎ ".78万元" · "3,456." ⏎ "78万元" · "28.60万" ⏎ "元" · "3.6" ⏎ "0万元" · "12" ⏎ ".00万元": each read whole, at its first line', () => {
    const d = fixture('field13/budget-split-figures.txt');
    const b = d.budget!;
    expect(money(b.revenue!.total)).toEqual([34567800, '3,456.78万元', 7]);
    expect(money(b.expenditure!.total)).toEqual([34567800, '3,456.78万元', 7]);
    expect([y(b.expenditure!.basic), y(b.expenditure!.project)]).toEqual([23456700, 11111100]);
    const t = d.threePublic!;
    expect(money(t.total)).toEqual([286000, '28.60万元', 18]);
    expect(money(t.reception)).toEqual([36000, '3.60万元', 20]);
    expect(money(t.vehicle)).toEqual([200000, '20.00万元', 21]);
    expect(money(t.vehiclePurchase)).toEqual([120000, '12.00万元', 22]);
  });
});

describe('field13: page furniture inside a sentence', () => {
  it('"项目支出1,1" ⏎ "第 2 页" ⏎ form feed + running header ⏎ "11.11万元": one figure (three pages)', () => {
    const d = fixture('field13/budget-page-break-in-figure.txt');
    expect(money(d.budget!.expenditure!.project)).toEqual([11111100, '1,111.11万元', 10]);
    expect(money(d.threePublic!.vehicle)).toEqual([200000, '20.00万元', 21]);
  });
  it('two pages: the title repeated at the top of page 2 is a running header ("1,1青禾市…2026年部门预算11.11万元": project lost, "11.11万元" unplaced)', () => {
    for (const f of ['field13/budget-two-pages-header-in-figure.txt', 'field13/budget-two-pages-header-in-figure-layout.txt']) {
      const d = fixture(f);
      expect(money(d.budget!.expenditure!.project)).toEqual([11111100, '1,111.11万元', 10]);
      expect(unplaced(d).filter((m) => m.includes('11.11万元'))).toEqual([]);
      expect(d.title).toBe('青禾市水文监测中心2026年部门预算');
    }
  });
});

describe('field13: a running header on two pages only', () => {
  it('cover "青禾市水文监测中心" / "2026年部门预算公开", header "青禾市水文监测中心2026年部门预算" on pages 2 and 3: dropped inside "1,1…11.11万元" and "20.00万…元"', () => {
    for (const f of ['field13/budget-cover-title-running-header.txt', 'field13/budget-cover-title-running-header-layout.txt']) {
      const d = fixture(f);
      expect(money(d.budget!.expenditure!.project)).toEqual([11111100, '1,111.11万元', 11]);
      expect(money(d.threePublic!.vehicle)).toEqual([200000, '20.00万元', 22]);
      expect(d.threePublic!.change!.items.map((i) => y(i.amount))).toEqual([0, -4000, -10000]);
      expect(unplaced(d).filter((m) => /11\.11万元|1\.00万元/.test(m))).toEqual([]);
    }
  });
});

describe('field13: a page number left in text without form feeds', () => {
  it('"…预算156" ⏎ "2" ⏎ ".34万元" is 156.34万元 (was 2.34万元), "…公务接待费3.60" ⏎ "1" ⏎ "万元" is 3.60万元 (was lost, "1万元" unplaced)', () => {
    const d = fixture('field13/budget-page-numbers-no-form-feed.txt');
    expect(money(d.operatingExpenses!.total)).toEqual([1563400, '156.34万元', 24]);
    expect(money(d.operatingExpenses!.change!.amount)).toEqual([63400, '6.34万元', 26]);
    expect(money(d.threePublic!.reception)).toEqual([36000, '3.60万元', 18]);
    expect(d.threePublic!.change!.items.map((i) => y(i.amount))).toEqual([0, -4000, -10000]);
    expect(unplaced(d).filter((m) => /“三公”|机关运行/.test(m))).toEqual([]);
  });
});

describe('field13: a numbered heading run together with its first sentence (部门决算)', () => {
  it('"四、财政拨款“三公”经费支出决算情况说明2025年度“三公”经费" ⏎ "财政拨款支出决算为25.30万元…": read as with the heading on its own line (was the 三公 total as an expenditure item)', () => {
    const own = fixture('field13/final-headings-own-lines.txt');
    const strip = (d: typeof own) => JSON.stringify({ b: d.budget, t: d.threePublic, o: d.operatingExpenses, p: d.procurement }, (k, v) => (k === 'line' || k === 'pieces' ? undefined : v));
    for (const f of ['field13/final-headings-glued.txt', 'field13/final-headings-glued-layout.txt']) {
      const d = fixture(f);
      expect(d.kind).toBe('finalAccount');
      expect(money(d.threePublic!.total)).toEqual([253000, '25.30万元', 17]);
      expect(money(d.threePublic!.change!.amount)).toEqual([-21000, '2.10万元', 18]);
      expect(d.budget!.expenditure!.items.map((i) => y(i.amount))).toEqual([34902000]);
      expect(money(d.operatingExpenses!.total)).toEqual([1486000, '148.60万元', 22]);
      expect(money(d.procurement!.total)).toEqual([3980000, '398.00万元', 25]);
      expect(d.sections.map((s) => s.kind)).toEqual(own.sections.map((s) => s.kind));
      expect(strip(d)).toBe(strip(own));
      expect(codes(d, 'UNPLACED_FIGURE')).toEqual([]);
    }
  });
});

describe('field13: two columns of running text side by side (pdftotext -layout)', () => {
  it('each column is read as text of its own, the left one first (was one table of sentence halves: no figure read, TABLE_NO_UNIT)', () => {
    const d = fixture('field13/budget-two-text-columns-layout.txt');
    expect(d.source.layout).toBe('pdf-layout');
    const b = d.budget!;
    expect([y(b.revenue!.total), y(b.expenditure!.basic), y(b.expenditure!.project)]).toEqual([34567800, 23456700, 11111100]);
    expect(b.revenue!.items.map((i) => [i.name, y(i.amount)])).toEqual([['一般公共预算拨款收入', 32105000], ['事业收入', 2000000], ['其他收入', 462800]]);
    const t = d.threePublic!;
    expect([money(t.total), money(t.vehiclePurchase), money(t.vehicleOperation)]).toEqual([[286000, '28.60万元', 9], [120000, '12.00万元', 12], [80000, '8.00万元', 13]]);
    expect(money(d.operatingExpenses!.total)).toEqual([1563400, '156.34万元', 15]);
    expect(money(d.procurement!.total)).toEqual([4125000, '412.50万元', 18]);
    expect(d.procurement!.items.map((i) => y(i.amount))).toEqual([1125000, 2000000, 1000000]);
    expect(codes(d, 'TABLE_NO_UNIT')).toEqual([]);
    expect(unplaced(d).filter((m) => !/财政拨款收支总预算|110\.50/.test(m))).toEqual([]);
  });
});

describe('field13: page furniture inside a figure, in text without form feeds', () => {
  it('"…收入预算3,456" ⏎ "1" ⏎ "青禾市…2026年部门预算" ⏎ ".78万元" · "…预算28." ⏎ "2" ⏎ "60万元" · "…经费1" ⏎ "3" ⏎ "56.34万元": each figure whole (was 56.34万元 for 机关运行经费, the 三公 total lost)', () => {
    const d = fixture('field13/budget-furniture-in-figures-no-form-feed.txt');
    expect(d.budget!.revenue!.items.map((i) => [i.name, y(i.amount), i.amount.line])).toEqual([['一般公共预算拨款收入', 32105000, 11], ['事业收入', 2000000, 12], ['其他收入', 462800, 12]]);
    expect(money(d.threePublic!.total)).toEqual([286000, '28.60万元', 16]);
    expect(money(d.operatingExpenses!.total)).toEqual([1563400, '156.34万元', 22]);
    expect(money(d.operatingExpenses!.change!.amount)).toEqual([63400, '6.34万元', 24]);
    expect(unplaced(d)).toEqual([]);
  });
});

describe('field13: a running header that stands once, where a page break cuts a sentence', () => {
  it('"…“三公”经费预算" ⏎ "- 1 -" ⏎ form feed "青禾市水文监测中心" ⏎ "2026年部门预算" ⏎ "28.60万元，…": the header is dropped, the total read (was UNPLACED, NO_THREE_PUBLIC_TOTAL)', () => {
    const d = fixture('field13/budget-header-once-sentence-cut-layout.txt');
    expect(money(d.threePublic!.total)).toEqual([286000, '28.60万元', 22]);
    expect(money(d.threePublic!.change!.amount)).toEqual([-14000, '1.40万元', 22]);
    expect(codes(d, 'NO_THREE_PUBLIC_TOTAL')).toEqual([]);
    expect([d.title, d.department, d.year]).toEqual(['青禾市水文监测中心2026年部门预算信息公开', '青禾市水文监测中心', 2026]);
  });
  it('no form feeds: "…基本支出2,345" ⏎ "青禾市水文监测中心" ⏎ "2026年部门预算" ⏎ ".67万元": one figure', () => {
    const d = fixture('field13/budget-two-line-header-in-figure-no-form-feed.txt');
    expect(money(d.budget!.expenditure!.basic)).toEqual([23456700, '2,345.67万元', 11]);
    expect(unplaced(d).filter((m) => m.includes('.67万元'))).toEqual([]);
  });
});

describe('field13: a lone integer that is a figure, not a page number', () => {
  it('"…安排机关运行经费预算" ⏎ "4770" ⏎ ".62万元，…" (decimals set below their integer) is 4,770.62万元 (was lost: the integer taken for a page number)', () => {
    const d = fixture('field13/budget-decimals-below-integer-line.txt');
    expect(money(d.operatingExpenses!.total)).toEqual([47706200, '4770.62万元', 24]);
    expect(codes(d, 'NO_OPERATING_TOTAL')).toEqual([]);
  });
});

describe('field13: -layout, a justified line sets a figure and its unit apart', () => {
  it('"…本年支出合计  3,490.20  万元，其" is running text, not a one-row table (was UNREAD_TABLE, the figure lost); the 三公 table after it is read', () => {
    const d = fixture('field13/final-layout-justified-figure-and-table.txt');
    expect(d.source.layout).toBe('pdf-layout');
    // (the same budget as the plain text with its headings on their own lines: raw and line aside)
    const own = fixture('field13/final-headings-own-lines.txt');
    const strip = (x: unknown) => JSON.stringify(x, (k, v) => (k === 'line' || k === 'raw' || k === 'pieces' ? undefined : v));
    expect(strip(d.budget)).toBe(strip(own.budget));
    expect([y(d.budget!.expenditure!.basic), y(d.budget!.expenditure!.project)]).toEqual([24002000, 10900000]);
    expect(codes(d, 'UNREAD_TABLE')).toEqual([]);
    expect(money(d.threePublic!.total)).toEqual([253000, '25.30万元', 17]);
    expect(d.tables.find((t) => t.kind === 'threePublic')!.rows.map((r) => [y(r.values.budgeted), y(r.values.actual)])).toEqual([
      [286000, 253000], [50000, 45000], [36000, 28000], [200000, 180000], [120000, 100000], [80000, 80000],
    ]);
  });
});

describe('field13: -layout sets the running header and the page number on one line', () => {
  it('"…项目支出1,1" ⏎ form feed "青禾市水文监测中心2026年部门预算      第 2 页" ⏎ "11.11万元": dropped, one figure (was UNPLACED "1青禾市…第2页 11.11万元")', () => {
    const d = fixture('field13/budget-header-and-page-number-one-line-layout.txt');
    expect(money(d.budget!.expenditure!.project)).toEqual([11111100, '1,111.11万元', 10]);
    expect(unplaced(d).filter((m) => m.includes('11.11万元'))).toEqual([]);
  });
});

describe('field13: a glued heading with a year in it, figures set apart by spaces', () => {
  it('"一、2025年度收入支出决算总体情况说明 2025 年度收入总计 3,612.40 万元，" ⏎ "支出总计3,612.40万元": both totals (were UNPLACED)', () => {
    const d = fixture('field13/final-headings-glued-year-in-heading.txt');
    expect(money(d.budget!.revenue!.total)).toEqual([36124000, '3,612.40 万元', 7]);
    expect(money(d.budget!.expenditure!.total)).toEqual([36124000, '3,612.40万元', 8]);
    expect(unplaced(d)).toEqual([]);
  });
});

describe('field13: a form of labels and values in -layout is no pair of text columns', () => {
  it('"项目概况      用于全市水文站网运行维护，…" rows stay one table (label, value)', async () => {
    const { readLayout } = await import('../src/layout/index.js');
    const { splitLines } = await import('../src/lines/index.js');
    const text = readFileSync(join(FIXTURES, 'field13/performance-form-labels-values-layout.txt'), 'utf8');
    const r = readLayout(splitLines(text), text);
    const t = r.blocks.find((b) => b.kind === 'table');
    expect(t && t.kind === 'table' ? t.rows[0]!.cells.map((c) => c.text.split('\n')[0]) : null).toEqual(['项目名称', '水文站网运行维护']);
    expect(r.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['项目支出绩效目标表']);
  });
});

describe('field13 review: a lone integer is a page number only with evidence', () => {
  it('field13 review: "…其中安排公务接待费" ⏎ "3" ⏎ "万元，…", "…机关运行经费预算" ⏎ "4770" ⏎ "万元，…", "…一般公务用车" ⏎ "2" ⏎ "辆，…": figures, not page numbers (were dropped without a word)', () => {
    const d = fixture('field13/budget-lone-integer-figure-with-unit.txt');
    expect(unplaced(d).filter((m) => m.includes('3万元'))).toHaveLength(1);
    expect(money(d.operatingExpenses!.total)).toEqual([47700000, '4770万元', 19]);
    const a = d.assets!;
    expect(a.asOf).toBe('2025-12-31');
    expect(a.items.map((i) => [i.name, i.quantity, i.quantityUnit])).toEqual([['车辆', 5, '辆'], ['执法执勤用车', 3, '辆'], ['单位价值100万元以上设备', 2, '台（套）']]);
    expect(codes(d, 'NO_OPERATING_TOTAL')).toEqual([]);
  });
  it('field13 review: "…机关运行经费预算15" ⏎ "6" ⏎ ".34万元" with no page-number sequence in the text: not joined (156.34 or 15.34?), the pieces reported (was 15.34万元)', () => {
    const d = fixture('field13/budget-lone-integer-no-page-sequence.txt');
    expect(d.operatingExpenses!.total).toBeNull();
    expect(codes(d, 'UNPLACED_FIGURE').filter((w) => w.message.includes('"15 ⏎ 6 ⏎ .34万元"'))).toHaveLength(1);
    expect(codes(d, 'NO_OPERATING_TOTAL')).toHaveLength(1);
    expect(money(d.threePublic!.reception)).toEqual([36000, '3.60万元', 18]);
  });
});

describe('field13 review: a line holding a figure is never a running header', () => {
  it('field13 review: page break after "…其中" ⏎ form feed "新增网点运行经费300万元纳入部门预算" ⏎ "管理，…": the line is read (300万元 was dropped as a header)', () => {
    const d = fixture('field13/budget-figure-line-after-page-break-layout.txt');
    expect(d.operatingExpenses!.items.map((i) => [i.name, money(i.amount)])).toEqual([['新增网点运行经费', [3000000, '300万元', 31]]]);
    expect(money(d.operatingExpenses!.total)).toEqual([4563400, '456.34万元', 28]);
  });
});

describe('field13 review: a -layout form with long labels is no pair of text columns', () => {
  it('field13 review: "项目概况及实施内容      用于…，保障…。" rows (labels of 8+ characters): one table, the purpose read (was null, NO_INDICATORS)', () => {
    const d = fixture('field13/performance-form-long-labels-layout.txt');
    const p = d.performance!.projects[0]!;
    expect(p.purpose).toContain('用于全县农村公路日常养护和桥梁检测，保障道路安全畅通。');
    expect(p.purpose).toContain('完成农村公路养护里程不少于320公里，优良路率达到80%。');
    expect(codes(d, 'NO_INDICATORS')).toEqual([]);
  });
});

describe('field13 review: two text columns are looked for only from a line of two parts', () => {
  it('field13 review: a run of one-part indented lines is not read again from each of its lines (was up to 400 lines read from each)', async () => {
    const { twoTextColumns } = await import('../src/layout/pdf-layout.js');
    const { splitLines } = await import('../src/lines/index.js');
    const text = Array.from({ length: 50 }, (_, i) => `    本单位林地保护利用规划编制工作按计划推进第${i}项`).join('\n') + '\n';
    const lines = splitLines(text);
    const rows = text.split('\n');
    let reads = 0;
    const raw = new Proxy(rows, { get: (t, k) => (typeof k === 'string' && /^\d+$/.test(k) && reads++, Reflect.get(t, k)) });
    for (let i = 0; i < 50; i++) expect(twoTextColumns(raw, lines, i, new Set(), { until: 0 })).toBeNull();
    expect(reads).toBeLessThanOrEqual(50);
  });
});

describe('field13 review: each page-furniture rule pinned by a fixture of its own', () => {
  it('field13 review: page numbers 1, 2, 4 between sentence pieces: "…分馆网点改造和图书" ⏎ "4" ⏎ "采购，…" is one sentence; "…培训费用" ⏎ "3" ⏎ "万元。" is a figure though 3 would go on the sequence', () => {
    const d = fixture('field13/budget-page-sequence-lone-integers.txt');
    expect(d.procurement!.total!.purpose!.text).toBe('主要用于分馆网点改造和图书采购');
    expect(money(d.operatingExpenses!.total)).toEqual([1563400, '156.34万元', 24]);
    expect(money(d.threePublic!.reception)).toEqual([36000, '3.60万元', 18]);
    expect(unplaced(d).filter((m) => m.includes('3万元'))).toHaveLength(1);
  });
  it('field13 review: a title at the top of page 1 and of page 2, the sentence cut mid-word with no clause mark ("…公务用车运行维" ⏎ form feed title ⏎ "护费8.00万元。"): the title dropped', () => {
    const d = fixture('field13/budget-title-top-of-two-pages-mid-word.txt');
    expect(money(d.threePublic!.vehicleOperation)).toEqual([80000, '8.00万元', 23]);
    expect(unplaced(d).filter((m) => m.includes('8.00万元'))).toEqual([]);
  });
  it('field13 review: a one-line running header once, at the top of page 2 after "…公务接待费" (the cover title differs): dropped', () => {
    const d = fixture('field13/budget-header-once-one-line.txt');
    expect(money(d.threePublic!.reception)).toEqual([36000, '3.60万元', 21]);
    expect(unplaced(d).filter((m) => m.includes('3.60万元'))).toEqual([]);
  });
});
