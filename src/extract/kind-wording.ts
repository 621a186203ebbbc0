/**
 * The words that govern a figure of the document's own year, for a text whose title and headings
 * name neither 预算 nor 决算 (src/extract/kind-sentences.ts). Each pattern is tested on the words right
 * before an amount in its clause (white space removed) and ends there (`$`): only the word that
 * governs the figure counts, never a modifier further back (`财政拨款安排的“三公”经费支出2.05万元` is
 * governed by 支出, not by 安排; `财政预算拨款“三公”经费支出合计35万元` by 支出合计, not by 预算).
 * One line per wording; the first table that matches decides, in the order of KIND_WORDINGS.
 */
export type KindSide = 'planned' | 'spent';

export interface KindWording {
  side: KindSide;
  /** A strong word names the genre by itself (预算 · 决算 · 安排 · 实际支出); 支出 alone is weak (a budget may say it of its plan). */
  strong: boolean;
  re: RegExp;
  /** A wording of a rate (完成预算的163.45% · 执行率为97.8%): it governs a percentage, the others an amount of money. */
  rate?: boolean;
}

/** The figure's own-year budget or actual, quoted beside the other: words only a 决算 uses. */
const SPENT_STRONG: readonly RegExp[] = [
  /决算(支出)?(数|总额|金额)?(合计|共计|总计)?[为是]?$/, // 支出决算为22.62万元 · 决算支出94.7亿元 · 决算数为75万元
  /实际(支出|开支|发生|使用)(了)?(数|额)?(合计|共计|总计)?[为是]?$/, // 实际支出4万元 · 全年实际支出为…
  /(预算)?执行数[为是]?$/, // 预算执行数为80.95亿元
  /(?<!上一?年度?)(年初|调整)预算(数)?[为是]?$/, // 年初预算为2.95万元 · 调整预算3万元 (the year's own budget beside its actual)
];

/**
 * Words one of SPENT_STRONG or SPENT_RATES needs (each holds one): a 绩效 text whose paragraphs hold none
 * can only stay `performance` (only strong spent words make it a 决算), and is not analysed sentence by sentence.
 */
export const SPENT_STRONG_HINTS: readonly string[] = ['决算', '实际支出', '实际开支', '实际发生', '实际使用', '执行数', '执行率', '年初预算', '调整预算', '完成预算', '完成年初', '完成调整'];

/** Rates only a 决算 states: how much of the year's budget was spent. */
const SPENT_RATES: readonly RegExp[] = [
  /完成(年初|调整)?预算(数)?的?$/, // 完成预算的163.45% · 完成年初预算100%
  /(预算)?执行率[为是达]?$/, // 预算执行率为97.8%
];

/** Words of a plan: the figure is what is budgeted or arranged. */
const PLANNED_STRONG: readonly RegExp[] = [
  /(?<!年初|调整|执行|一般公共|基金|经营)预算(数|总额|金额|资金|经费)?(合计|共计|总计)?[为是共]?$/, // “三公”经费预算2.05万元 · 支出预算为4432万元 · 预算数为 · 预算合计32.6万元
  /预算安排(了)?(资金|经费)?[为是共]?$/, // “三公”经费预算安排520万元
  /(?<!实际|已)安排(了)?(资金|经费)?(合计|共计|总计)?[为是共]?$/, // 机关运行经费安排312.23万元
  /(?<!实际|已)安排(?![的了])[^的，,。；;：:]{1,24}?(费|经费|资金)(预算)?[为是共]?$/, // 安排“三公”经费29万元 · 安排公务接待费预算8万元
  /(?<!模)拟(安排|支出|使用|投入)?[^，,。；;：:]{0,24}?[为是共]?$/, // 拟安排…2万元
  /计划(安排|支出|使用|投入)?(资金|经费)?[为是共]?$/, // 计划支出5万元
];

/**
 * Money spent, in words a budget may also use of its plan: weak, outweighed by the strong words of a
 * plan. 支出 governs only after a 三公 or 经费 noun or a year (公务接待费支出 · “三公”经费支出 · 因公出国（境）支出 ·
 * 公务用车购置支出 · 2023年度支出), or as a total (支出合计): 基本支出 · 项目支出 · 工资福利支出 are the names of
 * spending categories, which a budget lists as much as a 决算.
 */
const SPENT_WEAK: readonly RegExp[] = [
  /(费|费用|经费|[”"’]|[)）]|购置|维护|接待|年度?|全年|本年)支出(了)?(数|额|金额)?(合计|共计|总计|总额)?[为是共]?$/, // 安排的“三公”经费支出2.05万元 · 公务接待费支出0.85万元
  /支出(了)?(合计|共计|总计|总额)[为是共]?$/, // 财政预算拨款“三公”经费支出合计35万元 · 本年支出合计
  /(共|累计)(支出|开支|使用)(了)?[为是]?$/, // 共支出12万元
  /开支(了)?(合计|共计|总计)?[为是共]?$/, // 开支12万元
];

/** Every wording, in the order tried: an actual's words before a plan's (支出决算 · 年初预算为), a plan's before spending (支出预算). */
export const KIND_WORDINGS: readonly KindWording[] = [
  ...SPENT_RATES.map((re) => ({ side: 'spent' as const, strong: true, re, rate: true })),
  ...SPENT_STRONG.map((re) => ({ side: 'spent' as const, strong: true, re })),
  ...PLANNED_STRONG.map((re) => ({ side: 'planned' as const, strong: true, re })),
  ...SPENT_WEAK.map((re) => ({ side: 'spent' as const, strong: false, re })),
];

/**
 * What a sentence must be about for its figures to tell the genre: the 三公, the totals of revenue
 * and spending, 机关运行经费 (a project's 预算 in a 绩效 sentence, or a 政府采购 plan, tells nothing).
 * Tested on the clause before the figure together with the sentence's first clause.
 */
export const KIND_SUBJECTS = /三公|因公出国|公务接待|公务用车|机[关构]运行经费|行政经费|收入|支出|收支/;

/** A clause that compares (比上年减少 · 较年初预算 · 与2022年相比): its figure is a change or another's, never the year's. */
export const KIND_COMPARES = /(?<!占)比(?!例|重)|较|相比|同比|对比|差值|差额|增加|减少|增长|下降|持平|节约|超支/;

/** A clause about another year than the document's own, named without a year (上年 · 去年). */
export const KIND_OTHER_YEAR = /上一?年|去年|以前年度|往年/;

/**
 * A clause without a figure that announces what follows, tested on its words up to 如下 (`:` left
 * out): `2025年…“三公”经费支出预算安排情况如下` (a plan) · `2023年度“三公”经费决算情况如下` (spent). Strong.
 */
export const KIND_ANNOUNCES: readonly { side: KindSide; re: RegExp }[] = [
  { side: 'planned', re: /(预算|安排)(的)?(情况|明细|数)?(说明|公开)?如下$/ }, // …支出预算安排情况如下 · 预算情况说明如下
  { side: 'spent', re: /(决算|实际支出|执行)(的)?(情况|明细|数)?(说明|公开)?如下$/ }, // …决算情况如下 · 预算执行情况如下
];

/**
 * A change against an earlier year's budget (比2024年预算数减少40万元 · 比上年年初预算减少20万元 in a 2025
 * text): a budget compares its plan with the plan before; a 决算 compares its actual with the year's own
 * budget or the year before's actual. Weak evidence of a plan (the year's own budget, 比年初预算, is no such).
 */
export const KIND_COMPARED_WITH_BUDGET = /(?:比|较|与|同)(上一?年度?|去年|((?:19|20)\d{2})年度?)(的)?(年初)?预算(数|安排)?/;

/**
 * Column headers of a table that state the year's figures as spent or as planned (white space
 * removed; a unit in brackets after the words is allowed): a table with a 决算数 column of the
 * document's own year is a 决算's, whatever other columns it quotes beside it (its 预算数 is the
 * year's budget); one with only 预算数 columns states a plan. The year, when written, is group 1.
 * A header naming another year in words (上年决算数 · 上年预算数) tells nothing (KIND_OTHER_YEAR).
 */
export const KIND_COLUMNS: readonly { side: KindSide; re: RegExp }[] = [
  { side: 'spent', re: /^(?:((?:19|20)\d{2})年度?)?(?:本年度?|全年)?(?:收入|支出)?(?:决算数?|决算金额|实际支出数?|执行数|(?:年初|调整)预算数?)(?:[(（](?:万?元)[)）])?$/ }, // 决算数 · 2023年决算数 · 年初预算数 · 支出决算
  { side: 'planned', re: /^(?:((?:19|20)\d{2})年度?)?(?:本年度?|全年)?(?:收入|支出)?预算(?:数|安排数?|金额)?(?:[(（](?:万?元)[)）])?$/ }, // 预算数 · 2025年预算数 · 本年预算
];
