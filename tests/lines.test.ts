import { describe, expect, it } from 'vitest';
import { cleanText, splitLines } from '../src/lines/index.js';

describe('lines', () => {
  it('numbers lines from 1 over LF, CRLF and CR', () => {
    expect(splitLines('a\r\nb\rc\nd\n').map((l) => [l.no, l.text])).toEqual([[1, 'a'], [2, 'b'], [3, 'c'], [4, 'd']]);
  });

  it('marks TAB lines as cells; a TAB-only line is an empty cell, not blank', () => {
    const [a, b, c, d] = splitLines('\t单位名称\n\t\n   \n\u3000\n');
    expect(a).toMatchObject({ cell: true, blank: false, text: '单位名称' });
    expect(b).toMatchObject({ cell: true, blank: false, text: '' });
    expect(c).toMatchObject({ cell: false, blank: true });
    expect(d).toMatchObject({ cell: false, blank: true });
  });

  it('strips bookmarks and Word TC field codes', () => {
    expect(cleanText('[bookmark: _GoBack]工作台账')).toBe('工作台账');
    expect(cleanText('[bookmark: _Toc471398468]2022年，我部门')).toBe('2022年，我部门');
    expect(cleanText('1、车辆保险费绩效目标表 TC 1、车辆保险费绩效目标表 \\f C \\l 1 ')).toBe('1、车辆保险费绩效目标表');
  });

  it('turns full-width and no-break spaces into spaces and trims', () => {
    expect(cleanText('\u3000\u3000项\u00a0目 ')).toBe('项 目');
    expect(cleanText('1.通过项目的开展\t\t\t')).toBe('1.通过项目的开展');
  });
});
