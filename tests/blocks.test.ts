import { describe, expect, it } from 'vitest';
import { readBlocks, type Table } from '../src/blocks/index.js';
import { splitLines } from '../src/lines/index.js';

const blocks = (text: string) => readBlocks(splitLines(text));

describe('blocks (Tika table layout)', () => {
  it('reads paragraphs and a table; one blank ends a row, two end the table', () => {
    const b = blocks(['标题', '\t甲', '\t乙', '', '\t丙', '\t丁', '', '', '正文'].join('\n'));
    expect(b.map((x) => x.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const t = b[1] as Table;
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['甲', '乙'], ['丙', '丁']]);
    expect([t.startLine, t.endLine]).toEqual([2, 6]);
    expect(t.rows[1]!.startLine).toBe(5);
  });

  it('keeps multi-line cells and their line span', () => {
    const t = blocks(['\t1.第一行', '2.第二行', '\t下一格'].join('\n'))[0] as Table;
    expect(t.rows[0]!.cells[0]).toEqual({ text: '1.第一行\n2.第二行', startLine: 1, endLine: 2 });
    expect(t.rows[0]!.cells[1]!.text).toBe('下一格');
  });

  it('reads a blank line followed by a non-TAB line as a paragraph break inside the cell', () => {
    const t = blocks(['\t项目', '', '编码', '\t————', '\t项目名称'].join('\n'))[0] as Table;
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]!.cells.map((c) => c.text)).toEqual(['项目\n编码', '————', '项目名称']);
    expect(t.rows[0]!.cells[0]).toMatchObject({ startLine: 1, endLine: 3 });
  });

  it('keeps empty cells (merged cells are filled down by the extractors)', () => {
    const t = blocks(['\t产出指标', '\t数量指标', '', '\t', '\t质量指标'].join('\n'))[0] as Table;
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['产出指标', '数量指标'], ['', '质量指标']]);
  });

  it('ends a table at a heading after one blank line instead of swallowing it', () => {
    const b = blocks(['\t甲', '', '六、政府采购预算情况', '正文'].join('\n'));
    expect(b.map((x) => x.kind)).toEqual(['table', 'paragraph', 'paragraph']);
  });

  it('starts a new table after two blank lines', () => {
    const b = blocks(['\t甲', '', '', '', '\t乙'].join('\n'));
    expect(b.map((x) => x.kind)).toEqual(['table', 'table']);
  });
});
