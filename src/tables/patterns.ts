import type { TableKind } from '../schema/index.js';

/**
 * Knowledge as data: how the standard tables are titled and how their columns are headed,
 * in 预算 and 决算 wording, across provinces. A new wording is one line here (with a test).
 */

/**
 * Table titles, most specific first (财政拨款收支总表 before 收支总表, 基本支出 before 一般公共预算支出).
 * Matched against the title text with spaces removed and any numbering prefix kept
 * (公开01表, 表1, 表一, 预算01表, 预算表12, 511-退役军人事务局 …).
 */
export const TITLE_PATTERNS: readonly { kind: TableKind; re: RegExp }[] = [
  { kind: 'threePublic', re: /三公.{0,12}(经费|支出)/ },
  // (财政专户管理资金收入支出决算表: no standard kind, not the summary its 收入支出…表 would make it)
  { kind: 'other', re: /机关运行经费.{0,10}表|政府购买服务.{0,10}表|财政专户管理资金(收入|支出|收支|预算|决算).{0,10}表/ },
  // (财政拨款收入支出决算表: the 2022 template's 公开04表, without 总)
  { kind: 'fiscalSummary', re: /财政拨款收(入)?支(出)?(决算|预算)?总(体情况)?表|财政拨款收支(决算|预算)?总(体情况)?表|财政拨款收支情况表|(?<!一般公共预算|政府性基金预算?|国有资本经营预算?)财政拨款收入支出(决算|预算)表/ },
  { kind: 'basicExpenditure', re: /基本支出.{0,16}表/ },
  { kind: 'governmentFund', re: /政府性基金.{0,16}表/ },
  { kind: 'stateCapital', re: /国有资本经营.{0,16}表/ },
  { kind: 'procurement', re: /政府采购.{0,10}表/ },
  { kind: 'projectExpenditure', re: /项目支出(预算|决算)?(明细|情况)?表|项目支出及其他支出.{0,6}表/ },
  { kind: 'generalExpenditure', re: /一般公共预算(财政拨款)?.{0,14}支出.{0,12}表|[（(]?财政拨款[)）]?支出(决算|预算)?(明细)?表/ },
  // (收入支出决算表: the 2022 template's 公开01表, without 总)
  { kind: 'summary', re: /收(入)?支(出)?(预算|决算)?总(体情况)?表|收支(预算|决算)?总(体情况)?表|收入支出决算总表|收支总体情况表|收入支出(决算|预算)表/ },
  { kind: 'revenue', re: /收入(预算|决算)?(总体情况|总|情况)?表/ },
  { kind: 'expenditure', re: /支出(预算|决算)?(总体情况|总|情况)?表/ },
];

/** The mark of a table's title repeated on its next page: （续）, (续表), 续表, 续. */
export const CONTINUED_MARK = /\s*[（(]\s*续表?\s*[)）]\s*$|\s*[-—]?\s*续表?\s*$/;
/** A line that can be a table title: short, names a table (…表), is not a sentence and not a 绩效 form. */
export const TITLE_SHAPE = /表\s*(\d{1,2}|[一二三四五六七八九十]{1,3})?\s*([（(][^）)]{0,20}[)）])?$/;
export const NOT_A_TITLE = /[。；;]|详见|见附表|附表[：:]|如下/;
/** Tables that other readers own (绩效目标表, 资产, 机构设置): never a budget table. */
export const NOT_A_BUDGET_TABLE = /绩效|资产|机构设置|人员编制|指标|自评|分值|得分|偏差原因|预期目标/;
export const MAX_TITLE_LENGTH = 60;

/**
 * Cells of a web page's metadata block that a saved page runs into the table below it as pipe rows
 * (`| 索引号 | … | 发布机构 | … |`, `| 文号 | 浏览量 | 31 |`): such a row at the top of a table is
 * page chrome, never a header row (its figure, a count of views, is no data either). A row is
 * chrome when two of its cells are such words (a table may have a column headed 文号).
 */
export const PAGE_CHROME_CELL = /^(索引号|发布机构|发文机关|发布日期|发布时间|生成日期|成文日期|公开日期|公开目录|公开方式|公开范围|公开时限|主题分类|体裁分类|信息分类|组配分类|文号|发文字号|浏览量|浏览次数|点击数|点击量|访问次数|阅读次数|信息来源|有效性|关键词|关键字)[:：]?$/;
/** A lone cell that announces attachments (附件. / 附件1 / 附件：) above the table. */
export const ATTACHMENT_CELL = /^附件[0-9一二三四五六七八九十]*[.．:：]?$/;
/** Lines between a title and its table that belong to neither: 编制单位, 单位：万元, a table number, a date. */
export const CAPTION_LINE = /^(编制单位|单位[:：]|金额单位|部门[:：]|单位名称|预算单位|部门名称|填报单位|公开\s*\d+\s*表$|表\s*\d+$|\d{4}年\d{1,2}月)|单位[:：]\s*(万元|元|亿元)/;

/** Header wordings that identify a table when there is no title. */
export const HEADER_PATTERNS: readonly { kind: TableKind; all: RegExp[] }[] = [
  { kind: 'fiscalSummary', all: [/财政拨款收入|本年收入/, /财政拨款支出|本年支出/, /政府性基金/] },
  { kind: 'summary', all: [/本年收入|收入总计/, /本年支出|支出总计/] },
  { kind: 'basicExpenditure', all: [/经济分类/, /人员经费|公用经费/] },
  { kind: 'threePublic', all: [/因公出国/, /公务接待/] },
];

/**
 * A table with a column of the year's revenue beside one of its spending (政府性基金预算财政拨款收入支出决算表:
 * 年初结转和结余 | 本年收入 | 本年支出 (小计 基本支出 项目支出) | 年末结转和结余): there 本年收入 is `revenue` and 本年支出
 * `expenditure`, neither the table's total (本年收入 ≠ 基本支出 + 项目支出).
 */
export const YEAR_REVENUE_HEADER = /^本年收入(合计)?$/;
export const YEAR_SPENDING_HEADER = /^本年支出(合计)?$/;
/**
 * A group header that names the spending of one fund (本年政府性基金预算支出, 国有资本经营预算支出, 一般公共预算支出): over
 * 合计 | 基本支出 | 项目支出 it is the table's subject, so the 合计 under it is the table's `total`, not the fund's column.
 */
export const FUND_SPENDING_GROUP = /^(本年)?(一般公共预算|政府性基金预算?|国有资本经营预算?)(财政拨款)?支出$/;
/** Header cells of the code columns. */
export const CODE_HEADER = /编码|代码|科目编号|^科目代码$/;
export const CLASS_HEADER = { 类: /(^|编码)类$/, 款: /(^|编码)款$/, 项: /(^|编码)项$/ } as const;
/** A header that says the table's rows carry classification codes (a code glued to a name is split off). */
export const CODED_HEADER = /科目|编码|代码|分类/;
/**
 * The header of the column that names a row where a table has several text columns (项目分类 | 项目单位 |
 * 项目名称 of a 项目支出表): the row is the project, not its class — where the first text column's
 * header names no names itself (名称, 项目, 科目) or names the unit (单位名称).
 */
export const ROW_NAME_HEADER = /项目名称$/;
/** Header cells of the name column. */
export const NAME_HEADER = /名称|项目|科目|^支出功能分类|^政府支出经济分类|^部门支出经济分类|^功能分类|^经济分类/;

/**
 * Column keys, most specific first. `money: false` columns (rates, counts) are not read as money.
 * The key is taken from the lowest header cell that names something here, then from the cells above it.
 */
/** The two parts of 公务接待费, as a header or a sentence names them: 国内公务接待 and 外事 (foreign) receptions. */
export const RECEPTION_DOMESTIC = /国内公务接待/;
export const RECEPTION_FOREIGN = /外事接待|外宾接待|境外公务接待|国[（(]境[)）]外公务接待|涉外接待/;

export const COLUMN_KEYS: readonly { key: string; re: RegExp; money?: false }[] = [
  { key: 'changeRate', re: /率|[%％]|比例|百分比|幅度/, money: false },
  { key: 'quantity', re: /数量|人数|个数|台数|面积|编制|名额|职数|人员数/, money: false },
  { key: 'abroad', re: /因公出国/ },
  { key: 'vehicle', re: /公务用?车购置及运行|公务用?车购置和运行|车辆购置及运行/ }, // 公务车 = 公务用车
  { key: 'vehiclePurchase', re: /公务用?车购置|车辆购置/ },
  { key: 'vehicleOperation', re: /公务用?车运行|运行维护费/ },
  // The two parts of 公务接待费 (国内公务接待 · 外事接待): their own keys, never `reception` (the whole); a note on
  // what the whole holds (公务接待费（含外事接待）) names no part.
  { key: 'receptionDomestic', re: new RegExp(`(?<!含|包括|包含)(?:${RECEPTION_DOMESTIC.source})`) },
  { key: 'receptionForeign', re: new RegExp(`(?<!含|包括|包含)(?:${RECEPTION_FOREIGN.source})`) },
  { key: 'reception', re: /公务接待/ },
  { key: 'threePublicTotal', re: /三公/ },
  { key: 'meetings', re: /会议费/ },
  { key: 'training', re: /培训费/ },
  { key: 'operatingExpenses', re: /机关运行经费/ },
  { key: 'personnel', re: /人员经费|人员支出|工资福利/ },
  { key: 'public', re: /公用经费|商品和服务/ },
  { key: 'basic', re: /基本支出/ },
  { key: 'project', re: /项目支出/ },
  { key: 'toHigher', re: /上缴上级/ },
  { key: 'toSubordinate', re: /对附属单位|附属单位补助/ },
  { key: 'operatingExpenditure', re: /经营支出/ },
  // 年末结转和结余 beside 年初结转和结余 (政府性基金决算表): the year's end, not the carry-over into the year.
  { key: 'carryOverEnd', re: /年末结转|年终结转|结转下年/ },
  { key: 'carryOver', re: /结转|结余/ },
  { key: 'generalBudget', re: /一般公共预算/ },
  { key: 'governmentFund', re: /政府性基金/ },
  { key: 'stateCapital', re: /国有资本经营/ },
  // 财政专户 (also cut to 财政专 by a wrap), never 财政专项 (a special grant, not a fund source).
  { key: 'fiscalSpecial', re: /财政专(?!项)/ },
  { key: 'unitFunds', re: /单位资金/ },
  { key: 'operatingIncome', re: /经营收入/ },
  { key: 'businessIncome', re: /事业收入/ },
  { key: 'subsidyIncome', re: /上级补助/ },
  { key: 'subordinateIncome', re: /附属单位上?缴/ },
  { key: 'otherIncome', re: /其他收入|其他资金/ },
  { key: 'fiscal', re: /财政拨款/ },
  // 比上年增减 is a change, not last year's figure: change before previous.
  { key: 'change', re: /增[、（(]?减|增长|增加|减少|变动|差额/ },
  { key: 'previous', re: /上年|上一年/ },
  { key: 'actual', re: /决算数|决算|实际|执行数|支出数|^(\d{4}年度?|本年度?)?完成(数|额|金额)$/ },
  // (本年数 · 本期数 · 数额: this year's figure, beside 上年数)
  { key: 'total', re: /合计|小计|总计|金额|预算数|本年预算|预算|收入$|支出$|^本(年|期)数$|^数额$/ },
];

/**
 * Column meanings of which one header cell names at most one: the funds sources of a revenue
 * column, the “三公” parts, 基本 / 项目支出. Each is known by a stem that survives a PDF reader
 * running the words of neighbouring headers into one cell (政府性基国有资本财政专户金预算拨经营预算…):
 * a cell that names two members of one family is two or more headers merged, and names no column.
 * 一般公共预算财政拨款, 国有资本经营预算拨款收入, 事业单位经营收入 name one member each.
 */
// Stems of three characters: pdftotext wraps a header's words, so 国有资 ⏎ 本经营 must still be seen.
export const EXCLUSIVE_MEANINGS: readonly (readonly { name: string; re: RegExp }[])[] = [
  [
    { name: '一般公共预算', re: /一般公/ },
    { name: '政府性基金', re: /政府性/ },
    { name: '国有资本经营', re: /国有资/ },
    { name: '财政专户', re: /财政专/ },
    { name: '事业收入', re: /事业收入/ },
    { name: '经营收入', re: /(?<!资本)经营收入/ },
    { name: '上级补助', re: /上级补/ },
    { name: '附属单位上缴', re: /附属单|上缴收入/ },
    { name: '其他收入', re: /其他收入/ },
  ],
  [
    { name: '因公出国', re: /因公出国/ },
    { name: '公务用车', re: /公务用?车|车辆购置/ },
    { name: '公务接待', re: /公务接待/ },
    { name: '会议费', re: /会议费/ },
    { name: '培训费', re: /培训费/ },
  ],
  [
    { name: '基本支出', re: /基本支出/ },
    { name: '项目支出', re: /项目支出/ },
  ],
];

/** The members of one family of `EXCLUSIVE_MEANINGS` that one header cell names, when it names two or more; else null. */
export function mergedMeanings(cell: string): string[] | null {
  for (const family of EXCLUSIVE_MEANINGS) {
    const named = family.filter((m) => m.re.test(cell)).map((m) => m.name);
    if (named.length >= 2) return named;
  }
  return null;
}

/**
 * Column keys that are parts of one whole, side by side: a header cell keyed with one of them is
 * never the group of a column keyed with another (公务接待费 is no group over 公务用车运行费, 项目支出
 * none over 公用经费), except where `GROUP_PARTS` says it holds it (公务用车购置及运行费 over 运行费).
 */
/**
 * A part of 公务用车购置及运行费 that does not say 公务用车 (其中：购置费 · 运行维护费 · 运行费): 公务用车's
 * part only under it (a header group, a row above). Shared by the tables stage and the 三公 reader.
 */
export const BARE_VEHICLE_PURCHASE = /^(其中[:：]?)?购置费?$/;
export const BARE_VEHICLE_OPERATION = /^(其中[:：]?)?(运行维护|运维|运行)费(用)?$/;
/** The whole of 公务用车 without the word (购置及运行维护费 · 购置和运行费): 公务用车's after 公务用车 is named. */
export const BARE_VEHICLE_WHOLE = /^(其中[:：]?)?购置(及|和|与)运行(维护)?费(用)?$/;
/**
 * Other costs a figure's words name beside the “三公” ones: "“三公”经费及会议费、培训费预算合计12.60万元" is no
 * “三公” total (the 会议费 and 培训费 are in it), nor is "会议费、培训费合计4.6万元".
 */
export const NOT_THREE_PUBLIC_COSTS = /会议费|培训费|会议、培训|会议和培训/;
/** Figures a table may print beside the “三公” ones: a title naming them is no title of the “三公” figures only. */
export const BESIDE_THREE_PUBLIC = /会议|培训|机[关构]运行|公用经费/;
/**
 * Words of a wider figure than the “三公” ones (一般公共预算财政拨款支出500万元 · 基本支出 · 收入): a figure so
 * named in a 三公 sentence or section is never taken for the 三公 total because its label says 支出 / 预算.
 */
export const WIDER_THAN_THREE_PUBLIC = /财政拨款|一般公共预算|政府性基金|国有资本|基本支出|项目支出|收入|收支|(?:部门|单位)预算/;

/** The “三公” figures and the figures printed beside them (会议费, 培训费, 机关运行经费). */
export const THREE_PUBLIC_FAMILY: readonly string[] = ['threePublicTotal', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception', 'meetings', 'training', 'operatingExpenses'];
/** The kinds of spending. */
export const SPENDING_FAMILY: readonly string[] = ['basic', 'project', 'personnel', 'public', 'operatingExpenditure', 'toHigher', 'toSubordinate'];
/** The sources of funds (财政拨款 and its parts, then the unit's own funds). */
export const FUNDS_FAMILY: readonly string[] = ['fiscal', 'generalBudget', 'governmentFund', 'stateCapital', 'fiscalSpecial', 'unitFunds', 'businessIncome', 'operatingIncome', 'subsidyIncome', 'subordinateIncome', 'otherIncome'];
export const SIBLING_KEYS: readonly (readonly string[])[] = [THREE_PUBLIC_FAMILY, SPENDING_FAMILY, FUNDS_FAMILY];
/** The parts a group header stands over. */
export const GROUP_PARTS: Readonly<Record<string, readonly string[]>> = {
  threePublicTotal: ['abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'],
  vehicle: ['vehiclePurchase', 'vehicleOperation'],
  basic: ['personnel', 'public'],
  fiscal: ['generalBudget', 'governmentFund', 'stateCapital'],
  unitFunds: ['businessIncome', 'operatingIncome', 'subsidyIncome', 'subordinateIncome', 'otherIncome'],
};

/** Row names of the table total, and of the revenue / expenditure totals of a summary table. */
export const TOTAL_ROW = /^(合计|总计|小计|收入总计|支出总计|收入合计|支出合计|本年收入合计|本年支出合计|收入总数|支出总数|收支总计)$|^(合\s*计|总\s*计)$/;
/** Rows that belong to the header: 栏次 (column numbers), 项目 / 科目名称 repeated after a page break. */
export const HEADER_ROW = /^(栏次|项目|科目名称|功能分类科目名称|经济分类科目名称|科目编码|\*+)$/;
/**
 * A table's statement that it holds nothing (本单位无此项支出, 本表无数据, （空表）, 本年度未发生此项支出): a row of
 * its own under the header, never a header cell (it named the code column `total`) nor a row of the table.
 */
export const EMPTY_TABLE_NOTE = /^[（(]?(?:注[:：])?(?:本(?:单位|部门|年度?)|我(?:单位|部门))?.{0,12}(?:无此[项类]|无相关|无数据|空表|未发生|没有(?:发生|使用|安排)|无(?:收支|收入|支出|经费))/;
/**
 * A line that states something (本部门无政府性基金预算收支, 本单位不涉及…): never the first line of a title wrapped
 * onto two lines.
 */
export const WRAPPED_HEAD_STATEMENT = /^(?:本|我)(?:单位|部门|年度?|局|委|院|馆|站|所|中心)?(?:无|未|不涉及|没有)|不涉及|(?:无|没有)(?:此项|相关)/;
/** A cell of a unit's code (单位代码 105001, 105001001): six digits or more, never a classification code nor money. */
export const UNIT_CODE_CELL = /^\d{6}(\d{3})*$/;
/** Headers with 预算 that are never the budget beside a 决算's outturn (上年预算数, 预算完成率, 公共预算拨款). */
export const FINAL_NOT_BUDGETED = /决算|公共预算|基金预算|经营预算|预算内|预算外|上年|以前年度|率|%|％|比|拨款|增减|变动/;
/** The budget column of a 决算 table whose title does not say 决算: 预算数, 年初预算数, 本年预算数, 调整预算数. */
export const FINAL_BUDGETED_HEADER = /^(?:\d{4}年(?:度)?)?(?:本年|本年度|年初|全年|调整后?|本年年初|本年调整后?)?预算(?:数|金额|安排数?)?(?:合计)?$/;
/**
 * A row whose name says it counts (公务用车保有量（辆）, 国内公务接待批次（个）, 因公出国（境）团组数): its figures are
 * counts, never money; they are kept as the row's labels.
 */
export const COUNT_ROW = /[（(](个|人|辆|次|台|套|批|批次|人次|架|艘|处|户|家|项|张|平方米|㎡)[)）]$|(团组数|人次数|批次数|保有量|车辆数|人数|个数|台数|[车辆]数量|接待批次|接待人次)$/;
/** A 绩效 indicator's measure (小时, %, 分) standing as a row's name in a table without headers: its figures are no money. */
export const INDICATOR_MEASURE = /^(%|％|‰|分|小时|天|日|个|次|人次|件|项|户|家|台|套|辆|座|公里|km|平方米|㎡|万人次?|次数|个数|人数)$/;
/** A 绩效 indicator's operator in a cell of its own (≥ 98): the row states a target, no money. */
export const INDICATOR_OPERATOR = /^(≥|≤|=|＝|>|<|＞|＜|≧|≦)$/;
/** A figure in brackets ((2.30), （1.30）): a decrease, read as negative in a column of changes (增减额). */
export const NEGATIVE_IN_BRACKETS = /^[（(]([\d,，]*\d(?:\.\d+)?)[)）]$/;
/** Empty cells: no value (a dash, also doubled: `--`, `－－`). A written 0 / 0.00 is a value. */
export const EMPTY_CELL = /^(|-{1,3}|－{1,3}|—|——|–{1,2}|\/|／|\*|x|×)$/;

/** Column numbers (栏次 / 行次: 1 2 3 …): three or more consecutive integers. Part of a header, never figures. */
export function isColumnNumbers(texts: readonly string[]): boolean {
  return texts.length >= 3 && texts.every((t, k) => t === String(Number(texts[0]) + k));
}
