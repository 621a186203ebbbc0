import type { AssetBasis } from '../schema/index.js';

/**
 * The words that name what a 国有资产 figure is (the label before it in its clause, or a table row's
 * name). Kept apart so that a new wording is a one-line change with a test.
 */

/** A figure of fixed assets only: 固定资产金额 · 固定资产总额 · 固定资产原值 · 固定资产账面净值. */
export const FIXED_ASSETS = /(?<!其他)固定资产(?!投资)/;
/**
 * A figure of all the assets: 资产总额 · 资产总计 · 资产合计 · 资产总量 · 总资产 · 资产原值(合计) · 国有资产总额.
 * Labels come cleaned (amounts.ts cleanLabel drops a closing 总额 / 合计 / 总计: 本部门资产总额 → 本部门资产),
 * hence 资产$. Tested after FIXED_ASSETS (固定资产总额 holds 资产总额), TOTAL_PARTS (流动资产 ends in 资产)
 * and NO_FIELD (净资产总额 holds 资产总额).
 */
export const TOTAL_ASSETS = /资产(?:总额|总计|合计|总量|总值|原值|净值|账面)|总资产|资产$/;
/**
 * No field of `assets`, reported, never read as a 资产 figure: 净资产 (assets less liabilities), 负债, and
 * 累计折旧 / 减值 (固定资产累计折旧 is what was written off, not what is held).
 */
export const NO_FIELD = /净资产|负债|折旧|减值|摊销/;
/**
 * The parts a 资产总额 is made of, as a 决算 lists them after 其中 (流动资产…，固定资产…，无形资产…). 固定资产
 * is one of them (it also fills `fixedAssets`). The match is the part's name (非流动资产 before 流动资产, whose name it holds).
 */
export const TOTAL_PARTS = /非流动资产|流动资产|(?<!其他)固定资产|在建工程|无形资产|长期投资|对外投资|公共基础设施|政府储备物资|文物文化资产|保障性住房|长期待摊费用|其他资产/;
/** After a 资产总额, the words that say its parts follow: without them a 固定资产 after it is only `fixedAssets`. */
export const PARTS_FOLLOW = /其中|包括|分别为|由[^，。；]{0,6}构成/;
/** A figure of another date than the one the section states (年初 / 期初 资产总额): not the year's own, reported. */
export const OTHER_DATE = /年初|期初|上年同期/;
/** A figure of the year's purchases, not of what is held: 拟购置固定资产 · 新增. */
export const PURCHASE = /拟购置|新增|购置/;
/**
 * The budget of one purchase, not of all the year's purchases (`plannedPurchase`): its words name the things
 * bought and no 资产 (购置车辆预算20万元), or the clause just before it counts them (计划更新公务用车1辆，购置预算20万元).
 */
export const ONE_PURCHASE_LABEL = /^(?!.*资产).*(?:车|设备)/;
/** The words of a purchase before a count (安排购置车辆1辆 · 拟购置 · 新增 · 计划更新公务用车1辆), shared by the three patterns below. */
const PURCHASE_VERBS = '购置|购买|新增|拟购|新购|更新|采购';
export const COUNTED_PURCHASE_BEFORE = new RegExp(`(?:${PURCHASE_VERBS})[^，,]*?\\d+\\s*(?:辆|台|套)[^，,]*[，,][^，,]*$`);

/** The title of a table of planned purchases (新增资产配置预算表 · 拟购置资产明细表 · 公务用车购置计划表). */
export const PLANNED_TABLE = /(?:新增资产|资产配置|拟购置|购置)[^，。；,;：:]{0,20}表$/;
/** Not such a title: a table of holdings too (国有资产占用及新增资产配置情况表) or a sentence (…情况见下表 · 如下表). */
export const NOT_PLANNED_TABLE = /占用|占有|使用|保有|现有|实有|存量|[及和与]新增|见|如下|下表/;
/**
 * The columns of a table of planned purchases by their headers, tested in this order: a part of the funding
 * (财政拨款 · 其中：一般公共预算 · 其他资金), a unit price, a count, then the total money (预算数 · 金额 · 总价).
 */
export const PLANNED_COLUMN: [RegExp, 'part' | 'price' | 'count' | 'total'][] = [
  [/其中|财政|一般公共预算|政府性基金|国有资本|其他资金|自筹|单位资金|事业收入|上级补助|资金来源|非税/, 'part'],
  [/单价|单位价格|标准/, 'price'],
  [/数量|台数|套数|辆数|件数/, 'count'],
  [/金额|价值|预算|总价|总额|合计|小计|总计|价格|经费/, 'total'],
];
/** The rows of a table whose total is no fixed-asset total: a table that lists these besides 固定资产 counts all the assets. */
export const NON_FIXED_ROWS = /流动资产|在建工程|无形资产|长期投资|对外投资|公共基础设施|政府储备物资|文物文化资产|保障性住房|其他资产/;
/** A 固定资产占用情况表 by its title (in the table or the line above it): its 资产总额 / 合计 row is the fixed assets' total. */
export const FIXED_TABLE_TITLE = /固定资产[^，。；,;]{0,12}表/;
/** A row of a kind of fixed asset (房屋 · 车辆 · 单价…以上的设备 · 其他固定资产 …): a table of only these totals fixed assets. */
export const FIXED_KIND_ROW = /房屋|用房|土地|构筑物|车辆|用车|设备|家具|图书|档案|文物|陈列品|固定资产/;
/** A table's total row: 资产总额 · 资产总计 · 资产合计 · 合计 · 总计. */
export const TOTAL_ROW = /资产总额|资产总计|资产合计|^合计$|^总计$/;
/** A table row of the fixed assets as a whole: 固定资产 · 固定资产合计 · 固定资产小计 (not 其他固定资产). */
export const FIXED_ROW = /^固定资产(?:合计|小计|总额|总计)?(?:[（(][^）)]*[）)])?$/;

/** The basis its words state: 原值 / 原价 → original; 净值 / 账面净值 / 账面价值 / 净额 → net; null when they say neither. */
export function basisOf(words: string): AssetBasis | null {
  const net = /净值|账面|净额/.test(words);
  const original = /原值|原价/.test(words);
  if (net === original) return null; // neither, or both (原值和净值): unknown
  return net ? 'net' : 'original';
}

/**
 * Counts a sentence states (not money): 车辆2辆 · 共有车辆2辆，其中：一般公务用车1辆、执法执勤用车1辆 · 单价50万元以上
 * 通用设备0台（套） · 单价100万元（含）以上的设备0台（套） · 单位价值200万元以上大型设备0台(套). The match's groups: the name as written, the count, the unit.
 */
export const COUNTED = /(车辆|[\u4e00-\u9fff（）()]{0,14}用车|(?:单价|单位价值)\s*\d+\s*万元\s*(?:[（(]含[)）])?\s*以上(?:的)?(?:大型|通用|专用)?设备)\s*(?:共)?\s*(\d+)\s*(辆|台[（(]套[)）]|台套|台|套)/g;
/** Before a count in its clause group: it is to be bought, not held (安排购置车辆1辆，其中… · 拟购置 · 新增 · 计划更新公务用车1辆). */
export const PURCHASE_COUNT = new RegExp(PURCHASE_VERBS);
/** An opening clause group that counts what it buys (安排购置车辆13辆): its sentence's later groups count purchases too. */
export const PURCHASE_COUNTED = new RegExp(`(?:${PURCHASE_VERBS})[^，,。；;]*?\\d+\\s*(?:辆|台|套)`);
/** A count named so is the whole that the counts after it (in its sentence, after 其中) are parts of. */
export const COUNTED_WHOLE = /^(车辆|公务用车)$/;
