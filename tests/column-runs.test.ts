import { describe, expect, it } from 'vitest';
import { fixture, y } from './helpers.js';

// Plain pdftotext prints a two-column table column by column: the header (项目, 预算数), every
// row's name, then every row's figure, each on a line of its own.

describe('a two-column table printed column by column (pdftotext without -layout)', () => {
  it('is one table: the “三公” total and parts come from it, with their lines', () => {
    const d = fixture('layouts/pdf-text-column-table.txt');
    expect(d.source.layout).toBe('pdf-text');
    const t = d.threePublic!;
    expect(t.form).toBe('table');
    expect([y(t.total), y(t.abroad), y(t.reception), y(t.vehicle), y(t.vehiclePurchase), y(t.vehicleOperation)]).toEqual([138000, 0, 42000, 96000, 0, 96000]);
    expect(t.total!.line).toBe(27);
    const table = d.tables.find((x) => x.kind === 'threePublic')!;
    expect(table.rows.map((r) => r.name)).toEqual(['合计', '1、因公出国（境）费', '2、公务接待费', '3、公务用车购置及运行费', '其中：（1）公务用车购置费', '（2）公务用车运行费']);
    expect(d.warnings.map((w) => w.code)).toEqual([]);
  });

  it('keeps the changes only the text states, beside the table’s figures', () => {
    // The text gives no total, so the table's figures are the ones read; the changes it states
    // (比上年减少0.30万元) were dropped with the text's figures, unreported.
    const t = fixture('layouts/pdf-text-column-table.txt').threePublic!;
    expect(t.change?.items.map((i) => [i.name, y(i.amount)])).toEqual([['因公出国（境）费', 0], ['公务接待费', -3000], ['公务用车购置及运行维护费', -4000]]);
  });

  it('a 三公 table read beside a text that states changes but no total keeps the text’s changes (any layout)', () => {
    const t = fixture('field/three-public-table-text-changes.txt').threePublic!;
    expect(t.form).toBe('table');
    expect(y(t.total)).toBe(138000);
    expect(t.change?.items.map((i) => [i.name, y(i.amount)])).toEqual([['公务接待费', -3000], ['公务用车购置及运行维护费', -4000]]);
  });

  it('is not read when it has two figure columns, or fewer figures than names: the figures are reported', () => {
    for (const name of ['layouts/pdf-text-column-table-two.txt', 'layouts/pdf-text-column-table-short.txt']) {
      const d = fixture(name);
      expect(d.tables, name).toEqual([]);
      expect(d.threePublic?.total, name).toBeNull();
      expect(d.warnings.map((w) => w.code), name).toEqual(['UNREAD_NUMBERS', 'NO_THREE_PUBLIC_TOTAL']);
    }
  });
});
