import { describe, expect, it } from 'vitest';
import { parseTarget } from '../src/normalize/target.js';
import { hasSeeds, seed } from './helpers.js';

type Row = [raw: string, year: number, kind: string, op: string | null, value: number | null, upper: number | null, unit: string | null, yuan: number | null, date: string | null];

const read = (raw: string, year: number | null = 2023) => {
  const t = parseTarget(raw, year);
  return [t.kind, t.operator, t.value, t.upper, t.unit, t.yuan, t.date];
};

describe('target grammar: each form', () => {
  it.each([
    // symbols in any width or form
    ['≥90%', ['quantitative', '≥', 90, null, '%', null, null]],
    ['≧90%', ['quantitative', '≥', 90, null, '%', null, null]],
    ['>=90%', ['quantitative', '≥', 90, null, '%', null, null]],
    ['＞＝３项', ['quantitative', '≥', 3, null, '项', null, null]],
    ['≤12个', ['quantitative', '≤', 12, null, '个', null, null]],
    ['<=12个', ['quantitative', '≤', 12, null, '个', null, null]],
    ['＝100％', ['quantitative', '=', 100, null, '%', null, null]],
    ['> 5次', ['quantitative', '>', 5, null, '次', null, null]],
    ['＜1百分比', ['quantitative', '<', 1, null, '%', null, null]],
    // words
    ['不低于90%', ['quantitative', '≥', 90, null, '%', null, null]],
    ['不少于400份', ['quantitative', '≥', 400, null, '份', null, null]],
    ['达到95%', ['quantitative', '≥', 95, null, '%', null, null]],
    ['90%以上', ['quantitative', '≥', 90, null, '%', null, null]],
    ['不超过10%', ['quantitative', '≤', 10, null, '%', null, null]],
    ['不高于5%', ['quantitative', '≤', 5, null, '%', null, null]],
    ['3天以内', ['duration', '≤', 3, null, '天', null, null]],
    ['低于5%', ['quantitative', '<', 5, null, '%', null, null]],
    ['高于80分', ['quantitative', '>', 80, null, '分', null, null]],
    // ranges
    ['90%-100%', ['quantitative', null, 90, 100, '%', null, null]],
    ['50-100名', ['quantitative', null, 50, 100, '名', null, null]],
    ['90~100%', ['quantitative', null, 90, 100, '%', null, null]],
    ['1万至2万元', ['quantitative', null, 1, 2, '万元', 10000, null]],
    // digits in any width, thousands separators, Chinese numerals
    ['≥１２００个', ['quantitative', '≥', 1200, null, '个', null, null]],
    ['≥1,200个', ['quantitative', '≥', 1200, null, '个', null, null]],
    ['两天', ['duration', '=', 2, null, '天', null, null]],
    ['十二项', ['quantitative', '=', 12, null, '项', null, null]],
    ['百分之九十', ['quantitative', '=', 90, null, '%', null, null]],
    // units: % forms, compound units kept, money in yuan
    ['≥95百分比', ['quantitative', '≥', 95, null, '%', null, null]],
    ['100元/人/月', ['quantitative', '=', 100, null, '元/人/月', null, null]],
    ['3次/月', ['quantitative', '=', 3, null, '次/月', null, null]],
    ['≤0.58万元', ['quantitative', '≤', 0.58, null, '万元', 5800, null]],
    ['=161.93万元', ['quantitative', '=', 161.93, null, '万元', 1619300, null]],
    ['≤25元', ['quantitative', '≤', 25, null, '元', 25, null]],
    // dates, year from the document when omitted
    ['2023年12月底前', ['date', '≤', null, null, null, null, '2023-12-31']],
    ['12月31日前', ['date', '≤', null, null, null, null, '2023-12-31']],
    ['6月底前', ['date', '≤', null, null, null, null, '2023-06-30']],
    ['2024年2月底', ['date', null, null, null, null, null, '2024-02-29']],
    ['≤9月份', ['date', '≤', 9, null, '月份', null, '2023-09-30']],
    // qualitative and empty
    ['效果显著', ['qualitative', null, null, null, null, null, null]],
    ['是', ['qualitative', null, null, null, null, null, null]],
    ['有效\n保障', ['qualitative', null, null, null, null, null, null]],
    ['提高', ['qualitative', null, null, null, null, null, null]],
    ['', ['empty', null, null, null, null, null, null]],
    ['——', ['empty', null, null, null, null, null, null]],
  ] as const)('%s', (raw, expected) => {
    expect(read(raw)).toEqual(expected);
  });

  it('marks a bare number as = with operatorImplied', () => {
    expect(parseTarget('13个')).toMatchObject({ operator: '=', operatorImplied: true, value: 13 });
    expect(parseTarget('=13个')).toMatchObject({ operator: '=', operatorImplied: false });
  });

  it('keeps the raw text exactly as given', () => {
    for (const raw of ['≥ 90 ％', '有效\n保障', ' 两天 ', '']) expect(parseTarget(raw).raw).toBe(raw);
  });

  it('leaves a date without year undated when the document year is unknown', () => {
    expect(parseTarget('12月底前', null)).toMatchObject({ kind: 'date', date: null });
  });
});

// Every distinct 指标值 of the four seed disclosures, read by hand from the seeds:
// [raw, document year, kind, operator, value, upper, unit, yuan, date]
const SEED_TARGETS: Row[] = [
  ["＝13个", 2022, "quantitative", "=", 13, null, "个", null, null],
  ["≥6个", 2022, "quantitative", "≥", 6, null, "个", null, null],
  ["＝355名", 2022, "quantitative", "=", 355, null, "名", null, null],
  ["≥40次", 2022, "quantitative", "≥", 40, null, "次", null, null],
  ["≥5个", 2022, "quantitative", "≥", 5, null, "个", null, null],
  ["=100%", 2022, "quantitative", "=", 100, null, "%", null, null],
  ["＝100%", 2022, "quantitative", "=", 100, null, "%", null, null],
  ["≤9月份", 2022, "date", "≤", 9, null, "月份", null, "2022-09-30"],
  ["=200000元", 2022, "quantitative", "=", 200000, null, "元", 200000, null],
  ["≤100%", 2022, "quantitative", "≤", 100, null, "%", null, null],
  ["=100元", 2022, "quantitative", "=", 100, null, "元", 100, null],
  ["≤0.08万元", 2022, "quantitative", "≤", 0.08, null, "万元", 800, null],
  ["≥90%", 2022, "quantitative", "≥", 90, null, "%", null, null],
  ["≤10%", 2022, "quantitative", "≤", 10, null, "%", null, null],
  ["有效保障", 2022, "qualitative", null, null, null, null, null, null],
  ["=0%", 2022, "quantitative", "=", 0, null, "%", null, null],
  ["≥100件", 2022, "quantitative", "≥", 100, null, "件", null, null],
  ["≤12月份", 2022, "date", "≤", 12, null, "月份", null, "2022-12-31"],
  ["≤0.58万元", 2022, "quantitative", "≤", 0.58, null, "万元", 5800, null],
  ["≥95%", 2022, "quantitative", "≥", 95, null, "%", null, null],
  ["≥20份", 2022, "quantitative", "≥", 20, null, "份", null, null],
  ["100%", 2022, "quantitative", "=", 100, null, "%", null, null],
  ["≥800个", 2022, "quantitative", "≥", 800, null, "个", null, null],
  ["≤25元", 2022, "quantitative", "≤", 25, null, "元", 25, null],
  ["效果显著", 2022, "qualitative", null, null, null, null, null, null],
  ["≥1200个", 2022, "quantitative", "≥", 1200, null, "个", null, null],
  ["≤3万元", 2022, "quantitative", "≤", 3, null, "万元", 30000, null],
  ["≤5万元", 2022, "quantitative", "≤", 5, null, "万元", 50000, null],
  ["13个", 2022, "quantitative", "=", 13, null, "个", null, null],
  ["及时", 2022, "qualitative", null, null, null, null, null, null],
  ["20万元", 2022, "quantitative", "=", 20, null, "万元", 200000, null],
  ["10万元", 2022, "quantitative", "=", 10, null, "万元", 100000, null],
  ["≥400个", 2022, "quantitative", "≥", 400, null, "个", null, null],
  ["≥50个", 2022, "quantitative", "≥", 50, null, "个", null, null],
  ["≥20个", 2022, "quantitative", "≥", 20, null, "个", null, null],
  ["≤5元", 2022, "quantitative", "≤", 5, null, "元", 5, null],
  ["≤60元", 2022, "quantitative", "≤", 60, null, "元", 60, null],
  ["≤250元", 2022, "quantitative", "≤", 250, null, "元", 250, null],
  ["100百分比", 2022, "quantitative", "=", 100, null, "%", null, null],
  ["12月", 2022, "date", null, 12, null, "月", null, "2022-12-31"],
  ["<1百分比", 2022, "quantitative", "<", 1, null, "%", null, null],
  ["≥90百分比", 2022, "quantitative", "≥", 90, null, "%", null, null],
  ["≥2000个", 2022, "quantitative", "≥", 2000, null, "个", null, null],
  ["≤90%", 2022, "quantitative", "≤", 90, null, "%", null, null],
  ["≥6000个", 2022, "quantitative", "≥", 6000, null, "个", null, null],
  ["≤8.5元", 2022, "quantitative", "≤", 8.5, null, "元", 8.5, null],
  ["提高", 2022, "qualitative", null, null, null, null, null, null],
  ["≥382人次", 2022, "quantitative", "≥", 382, null, "人次", null, null],
  ["20.09元", 2022, "quantitative", "=", 20.09, null, "元", 20.09, null],
  ["≤1.07万元", 2022, "quantitative", "≤", 1.07, null, "万元", 10700, null],
  ["55.17万元", 2022, "quantitative", "=", 55.17, null, "万元", 551700, null],
  ["9.3万元", 2022, "quantitative", "=", 9.3, null, "万元", 93000, null],
  ["89.82万元", 2022, "quantitative", "=", 89.82, null, "万元", 898200, null],
  ["36.56万元", 2022, "quantitative", "=", 36.56, null, "万元", 365600, null],
  ["有效促进", 2022, "qualitative", null, null, null, null, null, null],
  ["≤50平米", 2022, "quantitative", "≤", 50, null, "平米", null, null],
  ["≥9类", 2022, "quantitative", "≥", 9, null, "类", null, null],
  ["≤10个月", 2022, "duration", "≤", 10, null, "个月", null, null],
  ["117名", 2022, "quantitative", "=", 117, null, "名", null, null],
  ["100元", 2022, "quantitative", "=", 100, null, "元", 100, null],
  ["355名", 2022, "quantitative", "=", 355, null, "名", null, null],
  ["≤30日", 2022, "duration", "≤", 30, null, "日", null, null],
  ["≥147个", 2022, "quantitative", "≥", 147, null, "个", null, null],
  ["≤300元", 2022, "quantitative", "≤", 300, null, "元", 300, null],
  ["≥100％", 2022, "quantitative", "≥", 100, null, "%", null, null],
  ["≤10万元", 2022, "quantitative", "≤", 10, null, "万元", 100000, null],
  ["≥90％", 2022, "quantitative", "≥", 90, null, "%", null, null],
  ["6名", 2022, "quantitative", "=", 6, null, "名", null, null],
  ["≥95百分比", 2022, "quantitative", "≥", 95, null, "%", null, null],
  ["≥100百分比", 2022, "quantitative", "≥", 100, null, "%", null, null],
  ["0.2万元", 2022, "quantitative", "=", 0.2, null, "万元", 2000, null],
  ["显著", 2022, "qualitative", null, null, null, null, null, null],
  ["88名", 2022, "quantitative", "=", 88, null, "名", null, null],
  ["≤7.88万元", 2022, "quantitative", "≤", 7.88, null, "万元", 78800, null],
  ["≥90 百分比", 2022, "quantitative", "≥", 90, null, "%", null, null],
  ["11个", 2022, "quantitative", "=", 11, null, "个", null, null],
  ["≤15.67万元", 2022, "quantitative", "≤", 15.67, null, "万元", 156700, null],
  ["有效\n保障", 2022, "qualitative", null, null, null, null, null, null],
  ["≥130平方米", 2022, "quantitative", "≥", 130, null, "平方米", null, null],
  ["100％", 2022, "quantitative", "=", 100, null, "%", null, null],
  ["≤2.6万元", 2022, "quantitative", "≤", 2.6, null, "万元", 26000, null],
  ["显著提高", 2022, "qualitative", null, null, null, null, null, null],
  ["≥500米", 2022, "quantitative", "≥", 500, null, "米", null, null],
  ["≥95％", 2022, "quantitative", "≥", 95, null, "%", null, null],
  ["促进", 2022, "qualitative", null, null, null, null, null, null],
  ["≥25个", 2023, "quantitative", "≥", 25, null, "个", null, null],
  ["115万元", 2023, "quantitative", "=", 115, null, "万元", 1150000, null],
  ["≥80%", 2023, "quantitative", "≥", 80, null, "%", null, null],
  ["国有企业不承担移交后的退休人员社会化管理服务费", 2023, "qualitative", null, null, null, null, null, null],
  ["需使用资金30720元", 2023, "quantitative", "=", 30720, null, "元", 30720, null],
  ["≥200%", 2023, "quantitative", "≥", 200, null, "%", null, null],
  ["达到服务水平标准", 2023, "qualitative", null, null, null, null, null, null],
  ["社会水平稳定", 2023, "qualitative", null, null, null, null, null, null],
  ["≥85%", 2023, "quantitative", "≥", 85, null, "%", null, null],
  ["需要资金20000元", 2023, "quantitative", "=", 20000, null, "元", 20000, null],
  ["≥10个", 2023, "quantitative", "≥", 10, null, "个", null, null],
  ["保证征兵工作稳定开展", 2023, "qualitative", null, null, null, null, null, null],
  ["逐步提高", 2023, "qualitative", null, null, null, null, null, null],
  ["≤100人", 2023, "quantitative", "≤", 100, null, "人", null, null],
  ["案件处理时限为两天", 2023, "duration", "=", 2, null, "天", null, null],
  ["超期案件数量", 2023, "qualitative", null, null, null, null, null, null],
  ["群众合法权益是否得到保护", 2023, "qualitative", null, null, null, null, null, null],
  ["≥90合法访数量占总访数的百分比", 2023, "quantitative", "≥", 90, null, "%", null, null],
  ["社会稳定性", 2023, "qualitative", null, null, null, null, null, null],
  ["≥500份", 2023, "quantitative", "≥", 500, null, "份", null, null],
  ["两天", 2023, "duration", "=", 2, null, "天", null, null],
  ["免费办理", 2023, "qualitative", null, null, null, null, null, null],
  ["≥5%", 2023, "quantitative", "≥", 5, null, "%", null, null],
  ["提升社会经济增长", 2023, "qualitative", null, null, null, null, null, null],
  ["保证民营企业正常发展", 2023, "qualitative", null, null, null, null, null, null],
  ["本单位共有社区工作者112人", 2023, "quantitative", "=", 112, null, "人", null, null],
  ["按照上级文件安排定级发放", 2023, "qualitative", null, null, null, null, null, null],
  ["依据工龄定级发放相应工资", 2023, "qualitative", null, null, null, null, null, null],
  ["=78人", 2023, "quantitative", "=", 78, null, "人", null, null],
  ["2023年12月底前", 2023, "date", "≤", null, null, null, null, "2023-12-31"],
  ["=161.93万元", 2023, "quantitative", "=", 161.93, null, "万元", 1619300, null],
  ["成效明显", 2023, "qualitative", null, null, null, null, null, null],
  ["=71.75万元", 2023, "quantitative", "=", 71.75, null, "万元", 717500, null],
  ["效果明显", 2023, "qualitative", null, null, null, null, null, null],
  ["=50万元", 2023, "quantitative", "=", 50, null, "万元", 500000, null],
  ["是", 2023, "qualitative", null, null, null, null, null, null],
  ["=78.83万元", 2023, "quantitative", "=", 78.83, null, "万元", 788300, null],
  ["≤100万元", 2023, "quantitative", "≤", 100, null, "万元", 1000000, null],
  ["=22人", 2023, "quantitative", "=", 22, null, "人", null, null],
  ["=94.93万元", 2023, "quantitative", "=", 94.93, null, "万元", 949300, null],
  ["＝4个", 2023, "quantitative", "=", 4, null, "个", null, null],
  ["≤1400万元", 2023, "quantitative", "≤", 1400, null, "万元", 14000000, null],
];

describe('target grammar: the indicator cells of the seeds', () => {
  it.each(SEED_TARGETS)('%s', (raw, year, kind, op, value, upper, unit, yuan, date) => {
    expect(read(raw, year)).toEqual([kind, op, value, upper, unit, yuan, date]);
  });

  it.skipIf(!hasSeeds)('covers every indicator cell of the seeds', () => {
    const known = new Set(SEED_TARGETS.map((r) => r[0]));
    const missing: string[] = [];
    for (const prefix of ['000', '001', '002', '004']) {
      const p = seed(prefix).performance!;
      for (const i of [...p.departmentIndicators, ...p.projects.flatMap((q) => q.indicators)]) {
        if (!known.has(i.target.raw)) missing.push(i.target.raw);
      }
    }
    expect(missing).toEqual([]);
  });
});
