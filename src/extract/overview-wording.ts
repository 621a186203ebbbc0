import { parseNumbering } from '../sections/numbering.js';

/**
 * How sentences of the budget overview name their figures, as data (one line per wording;
 * add a case to tests/wording.test.ts with each new line).
 */

/** The revenue total: 收入 · 收入预算 · 本年收入合计 · 部门收入预算总额 · 收入决算 … */
export const REVENUE_TOTAL = /^(部门|单位|本年|全年|年度)?(全部|预算|年度|本年)?收入(预算|决算)?(总计|合计|总额|总数)?(数)?$/;
/** The expenditure total. */
export const EXPENDITURE_TOTAL = /^(部门|单位|本年|全年|年度)?(全部|预算|年度|本年)?支出(预算|决算)?(总计|合计|总额|总数)?(数)?$/;
/** Revenue and expenditure in one figure: 收支总预算6927.14万元 · 收支预算总额 · 预算收支总额. */
export const BOTH_TOTAL = /^(部门|单位|本年|年度)?(收支总预算|收支预算(总额|总计)?|预算收支总(额|计)|收支总(额|计)|收支(决算)?总(额|计))$/;
/** A sentence that lists what revenue (or expenditure) is made of: 收入包括：… · 支出主要包括：… · 收入方面：… */
const LIST = (what: string) => `(?:[\\d一二三四五六七八九十]+[、.．]\\s*)?(?:本年|部门)?${what}(?:预算)?(?:主要)?(?:包括|构成|由|方面)[:：]?`;
export const REVENUE_LIST = new RegExp(`^\\s*${LIST('收入')}`);
export const EXPENDITURE_LIST = new RegExp(`^\\s*${LIST('支出')}`);
/** … and the expenditure's list opening inside a sentence that listed the revenue first: "…；支出包括：…". */
export const EXPENDITURE_LIST_INSIDE = new RegExp(`[；;，,。]\\s*${LIST('支出')}`);
/**
 * A statement of the 财政拨款 totals: lists after it in its paragraph are the appropriations', not the department's
 * (also 财政拨款收、支总计, the 决算 template's words).
 */
export const FISCAL_SCOPE = /财政拨款(?:收[、，,]?支|收入|支出)/;
/**
 * A source of revenue named on its own ("（1）一般公共预算拨款收入 48,592.98 万元，与上年相比增加…"
 * under "（一）收入预算总计 …。包括：1．本年收入合计 …"): a closed list of the sources a 收入总表 has,
 * so that no other figure of the section is taken for one.
 */
export const REVENUE_SOURCE = /^(本年)?(一般公共预算(当年)?(财政)?(拨款)?收入|政府性基金(预算)?(财政)?(拨款)?收入|国有资本经营预算(财政)?(拨款)?收入|财政专户管理资金(收入)?|事业收入|事业单位经营收入|上级补助收入|附属单位上缴收入|其他收入|上年结转(结余|和结余)?(资金|收入)?|用事业基金弥补收支差额)$/;
/** In a 其中 list after the revenue total the sources are siblings, so 财政拨款收入 is one of them too. */
/** … and a source named without 收入 (收入包括：一般公共预算拨款120万元，事业收入30万元). */
export const LISTED_SOURCE = new RegExp(`${REVENUE_SOURCE.source}|^(本年)?财政拨款(收入)?$|^(本年)?(一般公共预算|政府性基金(预算)?|国有资本经营预算)(当年)?(财政)?拨款(资金)?$`);
/** 基本支出 and 项目支出 stated in a sentence of their own: "基本支出预算32780.46万元". */
export const BASIC = /^(其中)?基本支出(预算|决算)?(数)?$/;
export const PROJECT = /^(其中)?项目支出(预算|决算)?(数)?$/;
/**
 * A list of the expenditure by its use (按支出用途分类，包括人员支出…、日常公用支出…、项目支出…): its 项目支出 (and
 * a 基本支出 it names) are the expenditure's; the rest (人员支出, 日常公用支出 …) split the 基本支出 and stay unplaced.
 */
export const BY_USE = /按(?:支出)?(?:用途|经济)(?:分类)?[，,：:]?\s*(?:主要)?(?:包括|分为)/;
/** The part of a budget's 支出总计 carried to the next year: （三）年终结转结余资金108.27万元. */
export const YEAR_END_CARRY = /^(其中)?(年终|年末)结转(和|及)?结余(资金)?$/;
/**
 * The name of a part of a change, without the reason words before it and the comparison after it:
 * "主要原因是一般公共财政拨款收入较上年增加…" → 一般公共财政拨款收入.
 */
const REASON_LEAD = /^(?:主要)?原因(?:是|为|系|在于)[:：]?/;
const COMPARISON_TAIL = /(?:较|比|同|与)(?:上年|去年|上一年|\d{4}年度?)(?:决算数?|预算数?)?(?:相比)?$/;
export function changePartName(label: string): string {
  if (!label.includes('原因') && !COMPARISON_TAIL.test(label)) return label;
  const name = label.replace(REASON_LEAD, '').replace(COMPARISON_TAIL, '');
  return name || label;
}

/** A figure of the year compared with, not of this year: "比2025年年初预算数45557.68万元". */
export const COMPARED = /^(比|较|与|同|相比|对比)/;
/** A sentence headed by what its first figure is: "(一)收入预算:2026年年初预算数14,770.62万元,其中:…". */
export const REVENUE_HEAD = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?(?:本年|部门)?收入(?:预算)?(?:情况)?[:：]/;
export const EXPENDITURE_HEAD = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?(?:本年|部门)?支出(?:预算)?(?:情况)?[:：]/;

/** The words of a label that name the figure, without the department and year before them:
 *  "湖州市某局2026年收支总预算" → "收支总预算". */
export function core(label: string): string {
  return label
    .replace(/^.{0,40}?(?:19|20)\d{2}年度?/, '')
    .replace(/^.{0,30}?(?:部门|单位)(?=收入|支出|收支|预算)/, '')
    // "上海市某局收入预算": an organization's name before the words of the figure.
    .replace(/^.{1,30}?(?:办事处|政府|委员会|办公室|局|厅|院|中心|所|站|馆|处|室|队|社|校|园|街道|镇|乡)(?=(?:本年|全年|年度)?(?:收入|支出|收支))/, '')
    .replace(/^(本部门|本单位|部门|单位)(?=.)/, '')
    .replace(/^(相应|同时|另)(安排)?(?=.)/, '');
}

/** A paragraph that ends a sentence (else a hard wrap cut it). */
export const SENTENCE_END = /[。；;！？!?：:]\s*$/;

/**
 * The figure a change sentence opens with names a part, not the revenue or expenditure total:
 * "基本支出预算2476260.58元，同比减少4966.66元" · "一般公共预算拨款收入1000万元，比上年增加100万元" ·
 * "税务部门安排30000万元，比上年实际完成减少3000万元" (a body other than 本部门 / 本单位).
 */
const PART_SUBJECT = /基本支出|项目支出|拨款|经费|收入|支出|^.*[^本该](?:部门|单位)$/; // …; 税务部门 · 下属单位: another body's share
/**
 * A sentence or short line before a figure that names nothing (安排500万元) names a part: 人员经费。 ·
 * 1、一般公共服务支出（类）行政运行（项）; not a total heading (（二）支出预算情况 · 收支预算总体情况).
 */
export function leadNamesPart(lead: string): boolean {
  const t = lead.trim();
  const words = (parseNumbering(t)?.rest ?? t).replace(/[\s。：:；;，,]+$/, '').replace(/(总体)?(情况|说明)+$/, '').replace(/\s+/g, '');
  return isPartSubject(words);
}
export function isPartSubject(label: string): boolean {
  const c = core(label);
  if (!c || COMPARED.test(c) || REVENUE_TOTAL.test(c) || EXPENDITURE_TOTAL.test(c) || BOTH_TOTAL.test(c)) return false;
  return PART_SUBJECT.test(c);
}
