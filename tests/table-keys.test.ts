import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { FIXTURES } from './helpers.js';

const parse = (name: string) => {
  const path = join(FIXTURES, 'tables', name);
  return parseDocument(readFileSync(path), { path });
};

// A PDF reader can run the words of neighbouring header cells into one (政府性基…财政专户…): such a
// cell names two funds sources at once, and the column under it is neither. Its figures must not
// pass for the source whose words happen to survive whole.
describe('a header cell that names two funds sources at once', () => {
  const d = parse('header-merged-sources.tika.txt');
  const t = d.tables.find((x) => x.kind === 'revenue')!;

  it('leaves that column unnamed and keeps its figures under c<n>', () => {
    expect(t).toBeDefined();
    const col = t.columns.find((c) => c.header === '政府性基财政专户金预算管理资金');
    expect(col).toEqual({ key: 'c6', header: '政府性基财政专户金预算管理资金', money: true });
    expect(t.columns.map((c) => c.key)).not.toContain('fiscalSpecial');
    const total = t.rows.find((r) => r.name === '合计')!;
    expect(total.values.c6?.raw).toBe('90.00');
    expect(total.values.fiscalSpecial).toBeUndefined();
    // 80.00 is the 其中：政府性基金 column's, not the merged one's.
    expect(total.values.governmentFund?.raw).toBe('80.00');
  });

  it('keeps the keys of legitimate headers: one source per cell, a group over a column', () => {
    const keys = Object.fromEntries(t.columns.map((c) => [c.header, c.key]));
    expect(keys['财政拨款收入 / 一般公共预算财政拨款']).toBe('generalBudget');
    expect(keys['其中：政府性基金']).toBe('governmentFund');
    expect(keys['上级补助收入']).toBe('subsidyIncome');
    expect(keys['合计']).toBe('total');
  });

  it('says so once, at the header line, with TABLE_COLUMNS_UNSURE', () => {
    const w = d.warnings.filter((x) => x.code === 'TABLE_COLUMNS_UNSURE');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('政府性基财政专户金预算管理资金');
    expect(w[0]!.message).toContain('政府性基金 and 财政专户');
    const lines = readFileSync(join(FIXTURES, 'tables', 'header-merged-sources.tika.txt'), 'utf8').split('\n');
    expect(lines[w[0]!.line - 1]).toBe('\t政府性基财政专户金预算管理资金');
    expect(severityOf(d, 'TABLE_COLUMNS_UNSURE')).toBe('warning');
  });

  it('the rows are otherwise read as before (no sum warning, codes and names)', () => {
    expect(t.rows.map((r) => r.code)).toEqual(['201', '20132', '2013201', '221', '22102', '2210201', null]);
    expect(d.warnings.filter((x) => x.code.startsWith('TABLE_SUM') || x.code === 'TABLE_ROW_SUM')).toEqual([]);
  });
});

function severityOf(d: ReturnType<typeof parse>, code: string): string | undefined {
  return d.warnings.find((w) => w.code === code)?.severity;
}
