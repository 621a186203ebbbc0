import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, type BudgetDocument } from '../src/index.js';
import { FIXTURES, ROOT } from './helpers.js';

// pdftotext -layout of a 预算 “三公” table with one row of figures: the CJK header words drift off their
// columns, so the layout stage cannot set them over their figures. The 三公 reader sets each figure under
// the header word nearest to it in the source lines, and reads the table only when that is clear and the
// figures add up as the words say; else the figures are reported and the tables stage keeps none of them.
const parse = (name: string) => {
  const path = join(FIXTURES, 'layouts', `pdf-layout-three-public-${name}.txt`);
  return parseDocument(readFileSync(path), { path });
};
const parts = (d: BudgetDocument) => {
  const t = d.threePublic!;
  return { total: t.total?.raw, abroad: t.abroad?.raw, reception: t.reception?.raw, vehicle: t.vehicle?.raw, vehiclePurchase: t.vehiclePurchase?.raw, vehicleOperation: t.vehicleOperation?.raw };
};

describe('the “三公” table of pdftotext -layout whose header drifted', () => {
  it('reads 北京\'s column order (总额 · 出国 · 接待 · 小计 · 购置 · 运行), a blank 购置费 as no value', () => {
    const d = parse('drift');
    expect(d.source.layout).toBe('pdf-layout');
    expect(parts(d)).toEqual({ total: '52.300000', abroad: '20.100000', reception: '3.600000', vehicle: '28.600000', vehiclePurchase: undefined, vehicleOperation: '28.600000' });
    expect(d.threePublic!.form).toBe('table');
    expect(d.threePublic!.total!.line).toBe(19);
    expect(d.threePublic!.total!.yuan).toBe(523000);
    expect(d.warnings.map((w) => w.code)).not.toContain('NO_THREE_PUBLIC_TOTAL');
    expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE')).toEqual([]);
  });

  it('reads another order (合计 · 出国 · 公务用车 小计 · 购置 · 运行 · 接待)', () => {
    const d = parse('drift-order');
    expect(parts(d)).toEqual({ total: '30.50', abroad: '0.00', reception: '12.00', vehicle: '18.50', vehiclePurchase: '10.00', vehicleOperation: '8.50' });
    expect(d.threePublic!.items.map((i) => i.name)).toEqual(['因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费', '公务接待费']);
  });

  it('reports the figures when they do not add up as the words say, and the tables stage keeps none of them', () => {
    const d = parse('drift-unsure');
    expect(parts(d)).toEqual({ total: undefined, abroad: undefined, reception: undefined, vehicle: undefined, vehiclePurchase: undefined, vehicleOperation: undefined });
    const unplaced = d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE');
    expect(unplaced.map((w) => /(\d+\.\d+)"/.exec(w.message)?.[1])).toEqual(['52.300000', '20.100000', '3.600000', '27.600000', '27.600000']);
    expect(unplaced.every((w) => w.line === 19)).toBe(true);
    const table = d.tables.find((t) => t.kind === 'threePublic')!;
    expect(table.rows.every((r) => Object.keys(r.values).length === 0)).toBe(true);
    expect(d.warnings.filter((w) => w.code === 'TABLE_COLUMNS_UNSURE').map((w) => w.line)).toEqual([table.line]);
  });

  it('reports the figures when one stands as near two header words (no 公务接待费 taken from the 运行费 column)', () => {
    const d = parse('drift-tie');
    expect(d.threePublic!.reception).toBeNull();
    expect(d.threePublic!.total).toBeNull();
    expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE')).toHaveLength(6);
    const table = d.tables.find((t) => t.kind === 'threePublic')!;
    expect(table.rows.every((r) => Object.keys(r.values).length === 0)).toBe(true);
  });

  it('leaves a table with 会议费 / 培训费 / 机关运行经费 columns to the tables stage', () => {
    const text = readFileSync(join(FIXTURES, 'layouts', 'pdf-layout-three-public-drift.txt'), 'utf8').replace('财政拨款“三公”经费支出表', '财政拨款“三公”经费及会议费支出表');
    const d = parseDocument(text, { path: 'beside.txt' });
    expect(d.threePublic!.abroad).toBeNull();
    expect(d.warnings.filter((w) => w.code === 'UNPLACED_FIGURE' && w.message.includes('columns not told apart'))).toEqual([]);
  });
});

const DEV = join(ROOT, '..', 'shared', 'dev');
describe.runIf(existsSync(DEV))('d09 (北京 预算09表) in pdftotext -layout', () => {
  it('gives the “三公” figures the PDF itself gives', async () => {
    const { parseFile } = await import('../src/index.js');
    const pdf = await parseFile(readFileSync(join(DEV, 'd09.pdf')), { path: 'd09.pdf' });
    const layout = parseDocument(readFileSync(join(DEV, 'd09.layout.txt')), { path: 'd09.layout.txt' });
    const yuan = (d: BudgetDocument) => Object.fromEntries(['total', 'abroad', 'reception', 'vehicle', 'vehicleOperation'].map((k) => [k, (d.threePublic as Record<string, { yuan: number } | null>)[k]?.yuan ?? null]));
    expect(yuan(layout)).toEqual(yuan(pdf));
    expect(yuan(layout).total).not.toBeNull();
  });
});
if (!existsSync(DEV)) console.log(`notice: ${DEV} not found; the d09 -layout test is skipped`);
