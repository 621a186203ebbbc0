import { describe, expect, it } from 'vitest';
import { readBlocks, type Table } from '../src/blocks/index.js';
import { tableText } from '../src/blocks/table-text.js';
import { isChrome, NOISE_SCAN, removeNoise } from '../src/layout/noise.js';
import { hasTocField, mayHaveToc, TOC_FIELDS, TOC_LEADERS } from '../src/layout/toc.js';
import { splitLines } from '../src/lines/index.js';
import { headingWords, isBarePart, matchHeading } from '../src/sections/headings.js';
import { splitSections } from '../src/sections/index.js';
import { parseNumbering } from '../src/sections/numbering.js';

// The layout and sections stages made faster (issue 17) must answer as before.

describe('layout: noise scan, chrome, table of contents', () => {
  it('tells traditional text (5 traditional-only characters) and pinyin within the first NOISE_SCAN (8192) characters', () => {
    const trad = '本單位經費預算說明';
    const r = removeNoise(splitLines(trad), trad);
    expect(r.traditional).toBe(true);
    expect(r.lines[0]!.text).toBe('本单位经费预算说明');
    expect(removeNoise(splitLines('本單位經費'), '本單位經費').traditional).toBe(false);
    const pinyin = '经(jīng)费预算';
    expect(removeNoise(splitLines(pinyin), pinyin)).toMatchObject({ pinyin: true, traditional: false });
    // Beyond the first NOISE_SCAN characters nothing is looked at.
    const late = `${'预'.repeat(NOISE_SCAN)}經費預說財`;
    expect(removeNoise(splitLines(late), late).traditional).toBe(false);
    const edge = `${'预'.repeat(NOISE_SCAN - 5)}經費預說財`;
    expect(removeNoise(splitLines(edge), edge).traditional).toBe(true);
  });
  it('reads four code units per round: every position and length answers as a count character by character', () => {
    const TRAD = '經費預說財撥會門';
    const ref = (t: string) => {
      let n = 0;
      let tone = false;
      for (const c of t.slice(0, NOISE_SCAN)) {
        if (TRAD.includes(c)) n++;
        else if ('āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ'.includes(c)) tone = true;
      }
      return { traditional: n >= 5, pinyin: tone };
    };
    for (let len = 0; len <= 13; len++) {
      for (let at = 0; at < len; at++) {
        const chars = [...'预'.repeat(len)];
        // Four traditional characters everywhere but at `at`, which holds the fifth (or a tone mark).
        for (let k = 0; k < len && k < 4; k++) chars[(at + 1 + k) % len] = TRAD[k]!;
        for (const last of ['財', 'ā', '预']) {
          chars[at] = last;
          const t = chars.join('');
          const r = removeNoise([], t);
          expect({ traditional: r.traditional, pinyin: r.pinyin }, JSON.stringify(t)).toEqual(ref(t));
        }
      }
    }
    const both = `${'预'.repeat(NOISE_SCAN - 6)}經費預說財ā`;
    expect(removeNoise([], both)).toMatchObject({ traditional: true, pinyin: true });
  });
  it('finds every kind of page chrome with the patterns joined into one', () => {
    for (const t of ['当前位置：首页 > 信息公开', '首页 > 财政预决算', '【打印本页】【关闭窗口】', '发布时间：2026-01-01 来源：本站', '浏览次数：125', '分享到：', '上一篇：某局2025年部门预算']) {
      expect(isChrome(t), t).toBe(true);
    }
    for (const t of ['一、部门职责', '发布时间', '本单位预算收入120万元。']) expect(isChrome(t), t).toBe(false);
  });
  it('a Word TOC field alone makes a table of contents possible', () => {
    const field = 'x PAGEREF _Toc123 \\h 3';
    expect(hasTocField(field)).toBe(true);
    expect(mayHaveToc(field)).toBe(true);
    expect(mayHaveToc(field, true)).toBe(true);
    expect(mayHaveToc('正文', false)).toBe(false);
    expect(mayHaveToc('目 录\n一、部门职责', false)).toBe(true);
    for (const w of [...TOC_FIELDS, ...TOC_LEADERS]) expect(mayHaveToc(`正文${w}`), w).toBe(true);
  });
  it('finds a 目录 / 目次 line by character codes as before (spaces, TABs, a form feed, 目 ⏎ 录)', () => {
    for (const t of ['目录', '  目 录  \n正文', '正文\n\t目录\r\n', '\f目次', '正文\n目\n录\n一、', '目\u3000录']) expect(mayHaveToc(t, false), JSON.stringify(t)).toBe(true);
    for (const t of ['项目录入', '目标', '目', '正文\n目录说明', '正文 目录\n', '目\n次数']) expect(mayHaveToc(t, false), JSON.stringify(t)).toBe(false);
  });
});

describe('blocks: the joined text of a Tika table is built as it is read', () => {
  it('equals the cells joined by \\u0001, continuation lines and empty cells included', () => {
    const text = '\t项目\n编码\n\t\n\t金额\n\n\t合计\n\n\t120\n\n\n\t第二表\n\t甲\n段落';
    const blocks = readBlocks(splitLines(text));
    const tables = blocks.filter((b): b is Table => b.kind === 'table');
    expect(tables).toHaveLength(2);
    for (const t of tables) {
      const fresh = t.rows.flatMap((r) => r.cells.map((c) => c.text)).join('\u0001');
      expect(t.joined).toBe(fresh);
      expect(tableText(t)).toBe(fresh);
    }
    expect(tables[0]!.joined).toBe('项目\n编码\u0001\u0001金额\u0001合计\u0001120');
  });
  it('gives every row its own array of cells, and nothing of one document to the next', () => {
    const first = readBlocks(splitLines('\t甲\n\t乙\n\n\t丙\n\n\n段落\n\t丁'));
    const second = readBlocks(splitLines('\t戊\n\t己\n\t庚'));
    const [t1, t2] = first.filter((b): b is Table => b.kind === 'table');
    expect(t1!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['甲', '乙'], ['丙']]);
    expect(t1!.rows[0]!.cells).not.toBe(t1!.rows[1]!.cells);
    expect(t2!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['丁']]);
    expect([t1!.joined, t2!.joined]).toEqual(['甲\u0001乙\u0001丙', '丁']);
    const [t3] = second.filter((b): b is Table => b.kind === 'table');
    expect(t3!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['戊', '己', '庚']]);
    expect(t1!.rows[0]!.cells.map((c) => c.text)).toEqual(['甲', '乙']);
  });
});

describe('sections: numbering found by the first character code', () => {
  it('answers as the five patterns tried in order, for every first character of the BMP', () => {
    const CN = '[一二三四五六七八九十]{1,3}';
    const REF: [string, RegExp][] = [
      ['part', new RegExp(`^(第${CN}部分)\\s*`)],
      ['paren-cn', new RegExp(`^([（(]${CN}[）)])\\s*`)],
      ['cn', new RegExp(`^(${CN}[、.．])\\s*`)],
      ['paren-arabic', /^([（(]\d{1,3}[）)])\s*/],
      ['arabic', /^(\d{1,3}(?:、|[.．](?!\d)))\s*/],
    ];
    const ref = (text: string) => {
      for (const [style, re] of REF) {
        const m = re.exec(text);
        if (m) return { style, label: m[1]!, rest: text.slice(m[0].length) };
      }
      return null;
    };
    expect(parseNumbering('')).toBeNull();
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const tail of ['', '一部分 总则', '三）收入', '十、', '、说明', '2）项目', '.5万元', '、甲', '1. 乙']) {
        const t = ch + tail;
        const got = parseNumbering(t);
        const want = ref(t);
        if (JSON.stringify(got) !== JSON.stringify(want)) expect(got, JSON.stringify(t)).toEqual(want);
      }
    }
  });
});

describe('sections: heading words and the memo of matchHeading', () => {
  it('strips a page number and a closing colon or full stop only where the line ends so', () => {
    expect(headingWords('三、支出预算情况说明……5')).toEqual({ words: '三、支出预算情况说明', stop: false });
    expect(headingWords('一、部门职责 3')).toEqual({ words: '一、部门职责', stop: false });
    expect(headingWords('一、部门职责：')).toEqual({ words: '一、部门职责', stop: false });
    expect(headingWords('（五）负责政府采购监督。')).toEqual({ words: '（五）负责政府采购监督', stop: true });
    expect(headingWords('二、收支预算')).toEqual({ words: '二、收支预算', stop: false });
    expect(headingWords('')).toEqual({ words: '', stop: false });
  });
  it('answers the same for a line met again, and never for a line without CJK letters', () => {
    expect(matchHeading('四、财政拨款“三公”经费预算情况')).toEqual({ kind: 'threePublic', style: 'cn' });
    expect(matchHeading('四、财政拨款“三公”经费预算情况')).toEqual({ kind: 'threePublic', style: 'cn' });
    expect(matchHeading('（五）负责政府采购监督。')).toBeNull();
    expect(matchHeading('（五）负责政府采购监督。')).toBeNull();
    expect(matchHeading('2026 12 31')).toBeNull();
    expect(matchHeading('政府采购情况说明')).toEqual({ kind: 'procurement', style: null });
  });
  it('a part number alone starts with 第; a sibling of unknown words ends the open section', () => {
    expect(isBarePart('第一部分')).toBe(true);
    expect(isBarePart('一、')).toBe(false);
    const blocks = readBlocks(splitLines('一、部门职责\n负责全县财政工作。\n二、重点项目情况说明……5\n项目甲。'));
    const s = splitSections(blocks);
    expect(s.map((x) => x.kind)).toEqual(['duties', 'other']);
    expect(s[1]!.heading).toBe('二、重点项目情况说明……5');
  });
});
