import { describe, expect, it } from 'vitest';
import { fixture } from './helpers.js';
import type { BudgetDocument } from '../src/index.js';

/**
 * Tables of web pages saved as text (pipe rows): the page's metadata rows pasted above the table,
 * a two-row HTML header whose second row the text packed to the left, a column of percentages.
 */
const y = (m: { yuan: number } | null | undefined) => (m ? m.yuan : null);
const threePublic = (d: BudgetDocument) => {
  const t = d.threePublic;
  return [t?.total, t?.abroad, t?.reception, t?.vehicle, t?.vehiclePurchase, t?.vehicleOperation].map(y);
};
const codes = (d: BudgetDocument) => d.warnings.map((w) => w.code);

describe('a 三公 table pasted from a web page', () => {
  it('reads a two-row header whose second row stands packed to the left (增、减金额 | 增、减幅度 under 比上年增、减情况)', () => {
    const d = fixture('field/three-public-web-chrome.txt');
    const t = d.tables.find((x) => x.kind === 'threePublic')!;
    expect(t.side).toBeNull();
    expect(t.columns.map((c) => [c.key, c.money])).toEqual([
      ['text', false],
      ['previous', true],
      ['actual', true],
      ['change', true],
      ['changeRate', false],
    ]);
    expect(t.rows[0]!.values).toMatchObject({ previous: { yuan: 3865000 }, actual: { yuan: 3523000, line: 9 }, change: { yuan: -342000 } });
    // this year's figures (本年决算数) fill the document's 三公 figures
    expect(threePublic(d)).toEqual([3523000, 85000, 1416000, 2022000, 250000, 1772000]);
    expect(d.threePublic?.total?.line).toBe(9);
    expect(codes(d)).not.toContain('NO_THREE_PUBLIC_TOTAL');
  });
  it('skips the page metadata rows (索引号 | 发布机构 …, 浏览量 | 42) right above the header: they are not its header', () => {
    const d = fixture('field/three-public-web-chrome-no-title.txt');
    const t = d.tables.find((x) => x.kind === 'threePublic')!;
    expect(t.line).toBe(6);
    expect(t.columns.map((c) => c.key)).toEqual(['text', 'previous', 'actual', 'change', 'changeRate']);
    expect(t.rows.map((r) => r.name)).not.toContain('文号');
    expect(threePublic(d)).toEqual([3523000, 85000, 1416000, 2022000, 250000, 1772000]);
    expect(d.warnings).toEqual([]);
  });
  it('比上年增减 is the change, not last year’s figure; 增减幅度 is a rate', () => {
    const t = fixture('field/three-public-web-chrome-no-title.txt').tables[0]!;
    expect(t.columns.find((c) => c.header === '比上年增减')?.key).toBe('change');
    expect(t.columns.find((c) => c.header === '增减幅度')).toMatchObject({ key: 'changeRate', money: false });
  });
  it('the field case with a title row inside the pasted table reads its figures too', () => {
    const d = fixture('field/three-public-table-caption.txt');
    expect(threePublic(d).slice(0, 4)).toEqual([4500000, 100000, 1900000, 2500000]);
  });
  it('a column of percentages (完成率) is a rate column of the same table, not a second half of it', () => {
    const t = fixture('final-account/statement.txt').tables[0]!;
    expect(t.side).toBeNull();
    expect(t.columns.at(-1)).toMatchObject({ key: 'changeRate', header: '完成率', money: false });
  });
});

describe('page chrome rows are told from a table’s own header', () => {
  it('a header with one such word (文号) stays the header', async () => {
    const { parseDocument } = await import('../src/index.js');
    const text = ['示范县2020年项目支出预算表', '单位：万元', '| 项目名称 | 文号 | 预算数 |', '| 合计 | | 30.00 |', '| 农田水利补助 | 示财农〔2020〕3号 | 20.00 |', '| 村道养护 | 示财建〔2020〕8号 | 10.00 |'].join('\n');
    const t = parseDocument(text).tables[0]!;
    expect(t.line).toBe(1);
    expect(t.columns.map((c) => c.header)).toEqual(['项目名称', '文号', '预算数']);
    expect(t.rows.map((r) => r.values.total?.yuan)).toEqual([300000, 200000, 100000]);
  });
});

describe('web tables saved with their borders on lines of their own', () => {
  it('one cell per line closed by a pipe, a lone pipe an empty cell: the 三公 决算 table is read, its budget column too', () => {
    const d = fixture('layouts/web-cell-pipes.txt');
    const t = d.tables.find((x) => x.kind === 'threePublic')!;
    expect(t.rows.map((r) => r.name)).toEqual(['合 计', '因公出国(境)费', '公务接待费', '公务用车购置及运行维护费', '其中:公务用车运行维护费', '公务用车购置费']);
    expect(t.rows[0]!.values.actual?.raw).toBe('3.40');
    expect(t.rows[1]!.values).toEqual({});
    expect(y(d.threePublic?.total)).toBe(34000);
    expect(y(d.threePublic?.budgeted?.vehicle)).toBe(30000);
  });

  it('pipes on lines of their own, cells between them (a cell over two lines is one cell), two pipes end a row', () => {
    const d = fixture('layouts/web-pipe-lines.txt');
    expect(threePublic(d)).toEqual([120000, 0, 30000, 90000, null, null]);
    // The table's 行政经费 row is no 三公 figure: reported; the table agrees with the sentence.
    expect(codes(d)).not.toContain('FIGURE_MISMATCH');
    expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE').map((w) => w.message).join(' ')).toContain('行政经费 150.00');
  });
});

describe('review: pipes on lines of their own, an empty cell, and two tables apart', () => {
  it('| ⏎ | inside a row shorter than the header is an empty cell; a blank line ends the table', async () => {
    const { parseDocument } = await import('../src/index.js');
    const b = `一、“三公”经费预算情况\n单位：万元\n|\n项目\n|\n合计\n|\n一般公共预算\n|\n|\n“三公”经费合计\n|\n12.00\n|\n12.00\n|\n|\n其中:(一)因公出国(境)支出\n|\n|\n0.00\n|\n|\n公务接待费\n|\n3.00\n|\n3.00\n|`;
    const d = parseDocument(`${b}\n\n二、政府采购预算情况\n单位：万元\n|\n项目\n|\n预算数\n|\n|\n货物类\n|\n30.00\n|\n|\n服务类\n|\n12.00\n|`);
    expect(d.sections.map((s) => s.kind)).toEqual(['threePublic', 'procurement']);
    // The empty 合计 cell of 因公出国 stays empty (its 0.00 stands under 一般公共预算): no figure, not 0.
    expect(y(d.threePublic?.abroad)).toBeNull();
    expect(y(d.threePublic?.total)).toBe(120000);
    expect(y(d.threePublic?.reception)).toBe(30000);
    expect((d.procurement?.items ?? []).map((i) => `${i.name} ${i.amount.raw}`)).toEqual(['货物类 30.00', '服务类 12.00']);
  });
});
