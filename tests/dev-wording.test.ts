import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { ROOT } from './helpers.js';

// Real disclosures in ../shared/dev (pdftotext plain text). Every expected value was read off the
// document's own text by hand; skipped with a notice when the folder is absent.
const DEV = join(ROOT, '..', 'shared', 'dev');
const hasDev = existsSync(join(DEV, 'd08.plain.txt'));
if (!hasDev) console.warn(`\n[budget-parse tests] ../shared/dev not found at ${DEV}: the dev disclosure tests are SKIPPED.\n`);

const dev = (id: string) => parseDocument(readFileSync(join(DEV, `${id}.plain.txt`)), { path: `${id}.plain.txt` });

describe.skipIf(!hasDev)('department and fiscal year from the titles of seven provinces', () => {
  it.each([
    ['d01', '苏州市水务局', 2026],
    ['d02', '无锡市发展和改革委员会', 2025],
    ['d03', '泉州市人民政府办公室', 2026],
    ['d04', '珠海市政府投资交通市政项目工务中心', 2026],
    ['d05', '重庆市气象局', 2026],
    ['d06', '上海市数据局', 2026],
    ['d07', '湖州市退役军人事务局', 2026],
    ['d08', '北京市统计局', 2026],
  ])('%s → %s %s', (id, department, year) => {
    const d = dev(id);
    expect([d.kind, d.department, d.year]).toEqual(['budget', department, year]);
  });
});

describe.skipIf(!hasDev)('figures in prose, whatever the heading', () => {
  it('d08 (北京): 三公 total, revenue total, procurement and 机关运行经费 from the narrative', () => {
    const d = dev('d08');
    expect(d.threePublic?.total).toMatchObject({ yuan: 737900, raw: '73.79 万元' });
    expect(d.threePublic?.abroad?.yuan).toBe(451900);
    expect(d.threePublic?.reception?.yuan).toBe(11800);
    expect(d.budget?.revenue?.total).toMatchObject({ yuan: 510362200, raw: '51036.22 万元' });
    expect(d.procurement?.total?.yuan).toBe(90650600);
    expect(d.operatingExpenses?.total?.yuan).toBe(12114300);
  });
  it.each([
    ['d02', 382700, 99478800],
    ['d06', 1431400, 471450000],
    ['d07', 11000, 62563100],
  ])('%s: 三公 total %s, revenue total %s', (id, threePublic, revenue) => {
    const d = dev(id);
    expect(d.threePublic?.total?.yuan).toBe(threePublic);
    expect(d.budget?.revenue?.total?.yuan ?? null).toBe(revenue);
  });
  it('d03: 公用经费 that lists 因公出国（境）费用 among its uses is no 三公 total; the parts are read under their sub-headings', () => {
    const d = dev('d03');
    // The total is the 三公 table's 合计 (printed column by column: layout/column-runs.ts), never 公用经费 834.69.
    expect(d.threePublic?.total?.yuan).toBe(3127500);
    expect(d.threePublic?.total?.raw).toBe('312.75');
    expect([d.threePublic?.abroad?.yuan, d.threePublic?.reception?.yuan, d.threePublic?.vehicle?.yuan, d.threePublic?.vehiclePurchase?.yuan]).toEqual([0, 188500, 2939000, 2619000]);
    // The changes the text states stay beside the table's figures (购置费 比上年减少2.30万元).
    expect(d.threePublic?.change?.items.find((i) => i.name === '公务用车购置费')?.amount?.yuan).toBe(-23000);
  });
});
