import type { Block, Table } from '../blocks/index.js';
import { tableText } from '../blocks/table-text.js';
import { CLASSIFICATION_TABLE } from './claim-patterns.js';
import { BARE_VEHICLE_OPERATION, BARE_VEHICLE_PURCHASE, BARE_VEHICLE_WHOLE, BESIDE_THREE_PUBLIC, RECEPTION_DOMESTIC, RECEPTION_FOREIGN, CAPTION_LINE, isColumnNumbers, NOT_THREE_PUBLIC_COSTS, WIDER_THAN_THREE_PUBLIC } from '../tables/patterns.js';
import { REASON_WORDS } from './reasons.js';
import { isTitle } from '../tables/recognize.js';
import { firstUnit, toMoney } from '../normalize/money.js';
import type { Change, Money, MoneyUnit, ThreePublic } from '../schema/index.js';
import { changeBasis, groupBefore, isFlat, placed, positionOf, scanAmounts, signedMoney, statedNone, warnUnplaced, type Mention } from './amounts.js';
import { COUNTED_PURCHASE_BEFORE } from './asset-words.js';
import { changeFor, type ChangeSlots } from './changes.js';
import { isPreviousYearFigure, ownYear } from './other-year.js';
import type { Diagnostics } from '../diagnostics.js';
import { cellLabels, compact, type ExtractContext, isNumberingRow, paragraphs, rowFigures, tables } from './context.js';
import { openBracket } from '../normalize/text.js';
import { reportMismatch, sameFigure, sumAgrees } from '../checks/compare.js';
import { agreeingUnit, noUnitAgrees } from './table-unit.js';
import { budgetChange, settleBasis, splitOwnBudgets } from './final-account.js';
import { threePublicByColumns, unitUnderTitle } from './three-public-columns.js';
import { budgetedParts, finalThreePublicTable, isActualColumn, KEYS, mergeFinalThreePublic, threePublicRates, unreadTwoPeriodTable, wideTemplateTable, wideThreePublicTable } from './final-three-public.js';

/**
 * A sentence that says the unit has no “三公” figures: 无“三公”经费预算 · 未安排“三公”经费 · 不涉及三公经费 ·
 * “三公”经费支出决算为零 · 三公经费支出为0 (a 0 with no unit; 为0万元 is a figure read as any other; 为零增长 is a change).
 */
// (未发生 / 没有发生 only when the words end at the name: 未发生“三公”经费超标准支出 says nothing of the total)
const NONE_THREE_PUBLIC = /(?:无|没有|不涉及|未安排|不安排)(?:财政拨款)?(?:安排的)?[“"]?三公[”"]?经费(?:预算|支出)?|(?:未|没有)(?:发生|产生)(?:财政拨款)?[“"]?三公[”"]?经费(?:支出)?(?=[。；;，,]|$)|[“"]?三公[”"]?经费(?:财政拨款)?(?:支出)?(?:决算|预算)?数?(?:为|是)(?:零(?!增长|基)|0(?![\d.．]|\s*(?:万|元|亿)))/;
const KEYS_OF_PARTS = ['abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;
/** A fund other than the 一般公共预算 (a “三公” figure of that fund alone is no total); bracketed words (含…) aside. */
const OTHER_FUND_ONLY = /政府性基金|国有资本经营/;
const BRACKETED = /[（(][^（）()]*[）)]/g;
/**
 * A planned purchase (计划更新公务用车1辆，购置预算20万元 · 拟购置车辆1辆，预算20万元): its figure is the budget of
 * that purchase, no restatement of the part or total named before it. It is 公务用车购置费 only where its words say
 * so (classifyThreePublic), else UNPLACED_FIGURE.
 */
const PURCHASE_WORDS = /购置|购买|更新|新购|拟购|采购/;
/** The comparison that ends a change's label: 同口径比2018年 · 较上年 · 与2024年相比. */
const COMPARISON_TAIL = /(?:同口径)?(?:比|较|与|同)(?:上一?年|去年|\d{4}年)[^，,；;。]*$/;
/** A change's words that name the year's budget as what changed: 预算比2024年实际支出 · 预算数较上年. */
const BUDGET_COMPARED = /^预算数?(?:比|较|与)/;

type Key = 'total' | 'abroad' | 'vehicle' | 'vehiclePurchase' | 'vehicleOperation' | 'reception';

const VEHICLE_KEYS: ReadonlySet<Key | null | undefined> = new Set<Key>(['vehicle', 'vehiclePurchase', 'vehicleOperation']);

/**
 * Which part of the “三公” figures a label names. A bare 运行费 / 运行维护费 / 购置费 (信息系统运行维护费
 * …) names a part of 公务用车购置及运行费 only under it: `parent` is the part named just before (the
 * row above, the clause before, the sub-heading); a caller that knows no context passes nothing and
 * gets the old reading of a written item's name (运行维护费 → vehicleOperation).
 */
const SUB_RECEPTION = new RegExp(`${RECEPTION_DOMESTIC.source}|${RECEPTION_FOREIGN.source}`);

/** The words of a count beside the “三公” figures: a unit of things in brackets, 购置数, 保有量, 团组 / 批次 / 人次 (数). */
const COUNT_LABEL = /[（(](?:辆|个|人|人次|批次|次|台|台[（(]套[)）]|台套|团组)[)）]|购置数|保有量|(?:团组|批次|人次)数?$/;
/** A note in brackets on what a figure holds or leaves out: “三公”经费（含公务用车购置） names the whole, not 公务用车购置. */
const HOLDS_NOTE = /[（(](?:不?含|不包括|包括|包含)[^（）()]*[)）]/g;

export function classifyThreePublic(label: string, parent?: Key | null): Key | null {
  const s = compact(label).replace(HOLDS_NOTE, '');
  // "…公车运行费（“三公”经费）决算总额": the list's name in brackets names the whole, not its last part.
  if (/[（(](以下简称|简称)?“?三公”?(经费)?[)）]/.test(s)) return 'total';
  // A count (the 决算 template's rows 公务用车购置数（辆） · 公务用车保有量（辆） · 国内公务接待批次（个）): no money of a part.
  if (COUNT_LABEL.test(s)) return null;
  if (/因公出国|出国[（(]境[)）]/.test(s)) return 'abroad';
  // "公务用车购置费和运行维护费" names both parts: the vehicle whole, never its 购置费.
  if (/(公务用?车|公车|车辆)购置(?:费|经费)?(及|和|与)?运/.test(s)) return 'vehicle';
  if (/公务用?车购置|公车购置|车辆购置/.test(s)) return 'vehiclePurchase'; // 公务车购置经费 too
  if (/公务用?车运|公车运|车辆运行/.test(s)) return 'vehicleOperation';
  // "公务用车费8.20万元" (其下 1.购置费 2.运行维护费): the whole of the vehicle costs.
  if (/(公务用?车|公车)(费|经费)/.test(s)) return 'vehicle';
  if (/运行维护|运维|^(其中[:：]?)?运行费$/.test(s)) {
    if (parent === undefined) return /运行维护|运维/.test(s) ? 'vehicleOperation' : null;
    // With its context, only the bare word is 公务用车's part: 信息系统运行维护费 never is.
    return VEHICLE_KEYS.has(parent) && BARE_VEHICLE_OPERATION.test(s) ? 'vehicleOperation' : null;
  }
  if (BARE_VEHICLE_PURCHASE.test(s)) return parent !== undefined && VEHICLE_KEYS.has(parent) ? 'vehiclePurchase' : null;
  // 国内公务接待 / 外事接待: the two parts of 公务接待费 in the 决算 template ("公务接待费支出3.00万元，其中：国内公务接待
  // 支出2.50万元…；外事接待支出0.50万元"), never 公务接待费 itself.
  // (a note in brackets names what the whole holds: 公务接待费（含外事接待） is 公务接待费)
  if (SUB_RECEPTION.test(s.replace(BRACKETED, ''))) return null;
  if (/公务接待/.test(s)) return 'reception';
  if (/三公|合计|总计/.test(s)) return NOT_THREE_PUBLIC_COSTS.test(s) ? null : 'total';
  return null;
}

const NAMES: Record<Key, string> = {
  total: '“三公”经费',
  abroad: '因公出国（境）费',
  vehicle: '公务用车购置及运行维护费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
  reception: '公务接待费',
};

export function empty(form: ThreePublic['form']): ThreePublic {
  return { form, total: null, abroad: null, vehicle: null, vehiclePurchase: null, vehicleOperation: null, reception: null, change: null, changeOnFinalAccount: null, changeOnBudget: null, items: [], budgeted: null, executionRates: [] };
}

/** Whether an amount stands inside brackets （…） of its sentence (more opened than closed before it). */
function inBrackets(m: Mention): boolean {
  const pos = positionOf(m.money);
  if (!pos) return false;
  const t = pos.paragraph.text;
  // Only the sentence before it, at most 400 characters back: linear on one huge line of figures.
  let from = pos.start;
  while (from > 0 && pos.start - from < 400 && t.charCodeAt(from - 1) !== 0x3002) from--;
  let open = 0;
  for (let i = from; i < pos.start; i++) {
    const c = t.charCodeAt(i);
    if (c === 40 || c === 0xff08) open++;
    else if ((c === 41 || c === 0xff09) && open > 0) open--;
  }
  return open > 0;
}

/**
 * The part the clauses just before a change name, within its clause group, when they hold no figure:
 * "…；公务用车运行维护费支出决算比预算无增减变化，比去年增加1.05万元" is the change of 公务用车运行维护费.
 * A clause with a figure ends the search (that figure's own key, or its absence, decides).
 */
function namedByClausesBefore(m: Mention): Key | null {
  // Only for a change whose own words merely compare (比去年 · 较上年): "会议费比上年增加1万元" names its own.
  if (m.label && !/^(比|较|与|同)/.test(m.label)) return null;
  const pos = positionOf(m.money);
  if (!pos) return null;
  const clauses = groupBefore(pos.paragraph.text, pos.start).split(/[，,]/);
  clauses.pop(); // the change's own clause (比去年增加): its label was tried
  // Only the clause just before: a reason (主要原因是…严格控制公务接待) or a list of parts
  // (公务用车运行维护费、公务接待费…) names no one part, and an earlier clause may name the whole.
  const c = clauses[clauses.length - 1];
  if (c === undefined || /\d/.test(c) || REASON_WORDS.test(c)) return null;
  const keys = new Set(c.split('、').map((x) => classifyThreePublic(x)).filter((k) => k !== null));
  if (keys.size !== 1) return null;
  const k = [...keys][0]!;
  return k === 'total' ? null : k;
}

/** Whether the clause of a figure is only 合计 / 共计 / 总计 (its label was cleaned away). */
function sumClause(m: Mention): boolean {
  const pos = positionOf(m.money);
  if (!pos) return false;
  // Only the few characters before it (a clause of 合计 is short; a long line is not searched back).
  const from = Math.max(0, pos.start - 12);
  const near = pos.paragraph.text.slice(from, pos.start);
  const cut = Math.max(near.lastIndexOf('，'), near.lastIndexOf(','), near.lastIndexOf('；'), near.lastIndexOf('。'));
  // The clause must start inside the window (after a comma, or at the paragraph's start).
  if (cut < 0 && from > 0) return false;
  return /^(合计|共计|总计)(为|是)?[:：]?$/.test(compact(near.slice(cut + 1)));
}

/** Words that give each name of a list its own figure (分别 · 依次 · 各 · 均 · 都): no sum of the list. */
const EACH = /分别|依次|各|均|都/;

/**
 * A figure after a list of part names joined by 、 ("因公出国（境）费、公务用车购置及运行费、公务接待费支出合计7.80万元"):
 * its label kept only the last name (公务接待费), but the figure is the sum of the list. The three parts make the
 * “三公” total (the vehicles named whole or by both 购置费 and 运行维护费), 购置费 and 运行维护费 the vehicle whole; any other list (公务用车购置及运行费、公务接待费合计…) is a sum
 * no field holds: 'none' (UNPLACED_FIGURE). Null when the figure follows no such list (or one of 分别 / 各 / 均 figures).
 */
function listSum(m: Mention): Key | 'none' | null {
  if (!positionOf(m.money)) return null;
  const clause = clauseOf(m, 80);
  // A list of names only: "公务用车运行维护费1800万元、公务用车购置800万元" is a list of figures, each its own.
  if (!clause.includes('、') || EACH.test(clause) || /[元万%％]/.test(clause)) return null;
  const keys = new Set(clause.split('、').map((x) => classifyThreePublic(x)));
  if (keys.has(null) || keys.has('total') || keys.size < 2) return null;
  if (keys.size === 2 && keys.has('vehiclePurchase') && keys.has('vehicleOperation')) return 'vehicle';
  const top = new Set([...keys].map((k) => (k === 'vehiclePurchase' || k === 'vehicleOperation' ? 'vehicle' : k)));
  // The three parts, the vehicles named whole or by both their parts (…、公务用车购置费、公务用车运行维护费、公务接待费合计…);
  // a whole beside one of its own parts would count the vehicles twice.
  const twice = keys.has('vehicle') && (keys.has('vehiclePurchase') || keys.has('vehicleOperation'));
  const bothParts = keys.has('vehicle') || (keys.has('vehiclePurchase') && keys.has('vehicleOperation'));
  return top.size === 3 && !twice && bothParts ? 'total' : 'none';
}

/**
 * Whether a figure's clause group counts receptions or names a part of 公务接待费 before it ("国内公务接待25批次，180人次，
 * 共计支出2.00万元"): its bare 共计支出 is the cost of those receptions, never the “三公” total.
 */
function receptionCounts(m: Mention): boolean {
  const pos = positionOf(m.money);
  if (!pos) return false;
  const g = groupBefore(pos.paragraph.text, pos.start);
  return SUB_RECEPTION.test(g) || /批次|人次/.test(g);
}

/**
 * A figure right after a bracketed note ("公务用车购置及运行维护费（含公务用车购置费0万元）5.00万元"): its label was
 * cut at the bracket, the name stands before it. Returns the name's key, or null. And the words inside an unclosed
 * bracket name the figure inside it (含公务用车购置费), not the name before the bracket.
 */
function afterNote(m: Mention): Key | null {
  const pos = positionOf(m.money);
  if (!pos) return null;
  const t = pos.paragraph.text;
  let i = pos.start;
  while (i > 0 && /\s/.test(t[i - 1]!)) i--;
  if (t[i - 1] !== '）' && t[i - 1] !== ')') return null;
  // The matching opening bracket, within 80 characters.
  let depth = 0;
  let j = i - 1;
  for (; j >= 0 && i - j < 80; j--) {
    if (t[j] === '）' || t[j] === ')') depth++;
    else if ((t[j] === '（' || t[j] === '(') && --depth === 0) break;
  }
  if (j < 0 || depth !== 0) return null;
  let k = j;
  while (k > 0 && j - k < 40 && !'，,；;。：:、'.includes(t[k - 1]!)) k--;
  return classifyThreePublic(t.slice(k, j));
}

/** The words of a label after its last unclosed bracket ("公务用车购置及运行维护费（含公务用车购置费" → 含公务用车购置费). */
function insideBracket(label: string): string {
  const open = openBracket(label);
  return open >= 0 ? label.slice(open + 1) : label;
}

/** The text of a figure's clause group (split at 。 ； ;) before the figure at `start`. */

/**
 * 公务用车 named earlier in the clause group of a figure whose words are bare ("…；公务用车保有量2辆，
 * 购置及运行维护费5万元"): the context that makes 购置及运行维护费 / 运行维护费 / 购置费 its parts.
 */
function vehicleBefore(m: Mention): boolean {
  const pos = positionOf(m.money);
  if (!pos) return false;
  return /公务用?车|公车/.test(groupBefore(pos.paragraph.text, pos.start));
}

/** The budget of a planned purchase: its words (购置预算) or the clause just before it (计划更新公务用车1辆，预算20万元). */
function purchaseBudget(m: Mention): boolean {
  if (PURCHASE_WORDS.test(m.label)) return true;
  const pos = positionOf(m.money);
  return !!pos && COUNTED_PURCHASE_BEFORE.test(groupBefore(pos.paragraph.text, pos.start));
}

/** The words of a figure's clause before it (from the last ，；。：, or the start of its paragraph; at most `window` characters back). */
function clauseOf(m: Mention, window = 40): string {
  const pos = positionOf(m.money);
  if (!pos) return m.label;
  const t = pos.paragraph.text;
  let i = pos.start;
  while (i > 0 && pos.start - i < window && !'，,；;。：:'.includes(t[i - 1]!)) i--;
  return t.slice(i, pos.start);
}

/** The sentence form: "“三公”经费预算安排8.54万元。其中，因公出国（境）费0万元；…与2021年相比减少0.2万元，其中，公务接待费减少0.2万元". */
/** Returns the figures read and the repeated statements of a part (checked for agreement, so accounted for). */
function fromSentences(mentions: Mention[], year: number | null, diagnostics: Diagnostics, finalAccount: boolean): { out: ThreePublic; repeated: Money[] } {
  const out = empty('sentence');
  const repeated: Money[] = [];
  // What a clause group last named, by paragraph and group: a group of one paragraph says nothing of another.
  const group = (m: Mention) => (m.paragraph ?? 0) * 100000 + m.segment;
  const lastStock = new Map<number, Key>();
  // What a sentence last named, for a change in a later clause of it ("1.因公出国（境）费…0万元；与上年持平").
  const lastInSentence = new Map<number, Key>();
  const sentenceOf = (m: Mention) => (m.paragraph ?? 0) * 100000 + m.sentence;
  // What a clause group last named outside brackets: "公务用车购置及运行维护费605万元（其中：…运行维护费605万元），
  // 较上年减少32万元" states the change of the figure before the brackets, not of the last one inside.
  const lastOutside = new Map<number, Key>();
  // … and by paragraph, for a sentence that opens with the closing bracket ("…运行维护费400万元，比上年增加0万元。）比上年增加0万元").
  const lastOutsideInParagraph = new Map<number, Key>();
  const slots: ChangeSlots = { change: null, changeOnFinalAccount: null };
  const lastChange = new Map<number, { key: Key; yuan: number }>();
  // Clause groups whose last figure named no part ("…；公务用车保有量2辆，购置及运行维护费5万元，比上年减少0.28万元"):
  // a change after it that names nothing is that figure's, never the part an earlier group named.
  const unreadLast = new Set<number>();
  // Figures of another year than the document's, where the text names its own year too (other-year.ts).
  const own = new Set(ownYear(mentions, year));
  const others = new Set(mentions.filter((m) => !own.has(m)));
  // Sentences that state an actual (决算) figure of the year: "支出预算为44.52万元，支出决算为22.62万元"
  // ("…预算数为12.00万元，2024年决算数为11.50万元" states the year before's: the 预算 is the year's own).
  const statesActual = new Set(mentions.filter((m) => m.sign === null && /决算/.test(m.label) && !others.has(m)).map((m) => m.sentenceText));
  // The parts each sentence stated, and the sentences where a figure named no part (会议费…): a 合计
  // after them is the “三公” total only when it adds up the parts alone (sumsParts).
  const partsIn = new Map<number, { key: Key; money: Money }[]>();
  const foreignIn = new Set<number>();
  const sumsParts = (m: Mention): boolean => {
    const s = sentenceOf(m);
    const stated = partsIn.get(s) ?? [];
    const whole = stated.some((x) => x.key === 'vehicle');
    const top = stated.filter((x) => x.key === 'abroad' || x.key === 'reception' || (whole ? x.key === 'vehicle' : x.key === 'vehiclePurchase' || x.key === 'vehicleOperation'));
    return !foreignIn.has(s) && top.length > 0 && sumAgrees(m.money, top.map((x) => x.money));
  };
  for (const m of mentions) {
    // "较2023年年初预算的1278万元减少40万元": the figure compared with is no figure of the year (no field holds it: UNPLACED_FIGURE).
    if (m.sign === null && /^(比|较|与|同)/.test(m.label)) continue;
    // "2020年“三公”经费预算中，因公出国（境）费12万元" in a 2021 budget: another year's figure, or its change (UNPLACED_FIGURE).
    if (others.has(m)) {
      unreadLast.add(group(m));
      continue;
    }
    if (m.sign === null) {
      // "…，上年预算9.20万元，比上年减少1.20万元": the year before's figure, no figure of the year (UNPLACED_FIGURE);
      // the change after it still compares the year's figure with it.
      if (isPreviousYearFigure(m)) continue;
      const parent = lastStock.get(group(m)) ?? (m.lead ? classifyThreePublic(m.lead) : null);
      const listed = m.label.includes('、') ? null : listSum(m);
      const inside = insideBracket(m.label);
      let key = listed && listed !== 'none' ? listed : inside !== m.label ? classifyThreePublic(inside, parent) : m.label === '' ? (afterNote(m) ?? (m.lead ? classifyThreePublic(m.lead) : null)) : (classifyThreePublic(m.label, parent) ?? (m.lead ? classifyThreePublic(m.lead) : null));
      // "“三公”经费预算与上年持平，均为8.00万元": the figure of both years, the part whose 持平 it follows;
      // "“三公”经费预算较上年减少1.20万元，为8.00万元": the figure the change just stated arrives at.
      if (!key && /^(均|都)?$/.test(m.label) && /^\s*[，,]?\s*(?:均|都)?(?:为|是|达到?)/.test(clauseOf(m))) {
        const before = lastChange.get(group(m));
        if (before && (m.label === '' || before.yuan === 0)) key = before.key;
      }
      if (!key && !parent && vehicleBefore(m)) key = BARE_VEHICLE_WHOLE.test(compact(m.label)) ? 'vehicle' : classifyThreePublic(m.label, 'vehicle');
      // The words the label lost (本部门 · 总额) count too: "本部门预算总额1520万元中，“三公”经费…" is the whole budget.
      if (!key && /经费|预算|决算|支出|安排|预算数|合计/.test(m.label) && !NOT_THREE_PUBLIC_COSTS.test(m.label) && !WIDER_THAN_THREE_PUBLIC.test(m.label) && !WIDER_THAN_THREE_PUBLIC.test(compact(clauseOf(m))) && !SUB_RECEPTION.test(m.label) && !purchaseBudget(m)) key = lastStock.get(group(m)) ?? (out.total === null && !/决算/.test(m.label) && !receptionCounts(m) ? 'total' : null);
      // "…；公务用车购置及运行维护费10万元，合计15万元": a clause that is only 合计 / 共计 / 总计 sums the parts before it.
      if (!key && !m.label && out.total === null && sumClause(m) && sumsParts(m)) key = 'total';
      // "政府性基金预算安排“三公”经费0万元": the share of one fund other than the 一般公共预算, not the department's total.
      // ("一般公共预算及政府性基金财政拨款“三公”经费" names both: the total of the two, kept.)
      if (key === 'total' && OTHER_FUND_ONLY.test(m.label.replace(BRACKETED, '')) && !m.label.includes('一般公共预算')) key = null;
      // A sum of some of the parts (公务用车购置及运行费、公务接待费合计…): no field holds it, whatever its last name says.
      if (listed === 'none') key = null;
      if (!key) {
        unreadLast.add(group(m));
        foreignIn.add(sentenceOf(m));
        continue; // left for the UNPLACED_FIGURE warning
      }
      unreadLast.delete(group(m));
      if (key !== 'total') {
        const stated = partsIn.get(sentenceOf(m));
        if (stated) stated.push({ key, money: m.money });
        else partsIn.set(sentenceOf(m), [{ key, money: m.money }]);
      }
      lastStock.set(group(m), key);
      lastInSentence.set(sentenceOf(m), key);
      if (!inBrackets(m)) {
        lastOutside.set(group(m), key);
        lastOutsideInParagraph.set(m.paragraph ?? 0, key);
      }
      // A budget figure of a 决算, or an actual figure in a budget: not this reader's to place. A source of
      // funds (财政预算拨款“三公”经费支出合计48万元) names no budget figure.
      const says = /决算/.test(m.label) ? 'finalAccount' : /(?<!公共)预算(?!(财政)?拨款)/.test(m.label) ? 'budget' : null;
      if (finalAccount ? says === 'budget' : says === 'finalAccount' || (says === 'budget' && statesActual.has(m.sentenceText))) continue;
      const known = out[key];
      if (known === null) {
        out[key] = m.money;
        if (key !== 'total') out.items.push({ name: m.label && classifyThreePublic(m.label) === key ? m.label : NAMES[key], amount: m.money });
      } else {
        // The same part stated again: it must agree, and then it is accounted for.
        reportMismatch(diagnostics, `三公 ${NAMES[key]} stated twice`, known, m.money);
        repeated.push(m.money);
      }
      continue;
    }
    const signed = signedMoney(m);
    const reopened = /^\s*[)）]/.test(m.sentenceText) ? lastOutsideInParagraph.get(m.paragraph ?? 0) : undefined;
    const before = inBrackets(m) ? lastStock.get(group(m)) : (lastOutside.get(group(m)) ?? reopened ?? lastStock.get(group(m)));
    const context = before ?? (m.lead ? classifyThreePublic(m.lead) : null);
    const own = classifyThreePublic(m.label, context);
    // The change of a figure no field holds: UNPLACED_FIGURE ("2025年预算比2024年实际支出增加…" names its own subject, the year's budget).
    // (Only with a basis its words state: "预算比上年支出增加…" does not say against what.)
    if (!own && unreadLast.has(group(m)) && !(BUDGET_COMPARED.test(m.label) && changeBasis(m.label) !== null)) continue;
    const named = own ?? before ?? namedByClausesBefore(m) ?? (m.lead ? classifyThreePublic(m.lead) : null) ?? lastInSentence.get(sentenceOf(m)) ?? null;
    // Nothing names a change after the total's change was stated ("…。）比上年增加0万元"): no guess, UNPLACED_FIGURE.
    if (!named && changeFor(slots, m, year, finalAccount)?.amount !== null) continue;
    const key = named ?? 'total';
    // "比上年增加0.00万元，增长0.00%，与上年持平": the 持平 says again the change of 0 just stated.
    const said = lastChange.get(group(m));
    if (isFlat(m.money.raw) && said && said.key === key && said.yuan === 0) {
      repeated.push(m.money);
      continue;
    }
    lastChange.set(group(m), { key, yuan: m.money.yuan });
    const change = changeFor(slots, m, year, finalAccount);
    if (!change) continue; // compared with another year than the change it would join: UNPLACED_FIGURE
    if (key === 'total' && change.amount === null) change.amount = signed;
    else {
      // (the comparison is no part of the name: "公务接待费同口径比2018年减少30万元" is a change of 公务接待费)
      const label = m.label.replace(COMPARISON_TAIL, '');
      change.items.push({ name: key === 'total' ? m.label : label && classifyThreePublic(label) === key ? label : NAMES[key], amount: signed });
    }
  }
  out.change = slots.change;
  out.changeOnFinalAccount = slots.changeOnFinalAccount;
  return { out, repeated };
}

/**
 * The figures of the “三公” table, when the text states no total, with what only the text states:
 * its changes (比上年减少2.30万元: the table has no 上年 column), its execution rates, its budgeted
 * parts, and a part the table lacks. A part stated in both must agree (FIGURE_MISMATCH); the
 * table's figure is kept. (They were dropped, and counted as placed, so not even reported.)
 */
function withText(table: ThreePublic, text: ThreePublic, d: Diagnostics): ThreePublic {
  const out: ThreePublic = { ...table, items: [...table.items] };
  for (const key of KEYS) {
    const a = text[key];
    const b = table[key];
    if (a && b) reportMismatch(d, `三公 ${NAMES[key]} in the text and in the table`, a, b);
    else if (a) {
      out[key] = a;
      const item = text.items.find((i) => i.amount === a);
      if (item) out.items.push(item);
    }
  }
  out.change = table.change ?? text.change;
  out.changeOnFinalAccount = table.changeOnFinalAccount ?? text.changeOnFinalAccount;
  out.changeOnBudget = table.changeOnBudget ?? text.changeOnBudget;
  if (text.budgeted) {
    const budgeted = { ...(table.budgeted ?? text.budgeted) };
    for (const key of KEYS) budgeted[key] ??= text.budgeted[key];
    out.budgeted = budgeted;
  }
  const rates = [...table.executionRates];
  for (const r of text.executionRates) if (!rates.some((x) => x.of === r.of)) rates.push(r);
  out.executionRates = rates;
  return out;
}

/** The table form: 项目 / 本年预算数 / 上年预算数 / 增减 columns, in 元 or 万元. */
function fromTable(table: Table, unitHint: MoneyUnit | null, year: number | null, unread: { money: Money; label: string }[], named = false): ThreePublic | null {
  const texts = table.rows.flatMap((r) => cellLabels(r));
  if (!named && !texts.some((t) => /因公出国|公务接待/.test(t))) return null;
  // No unit stated (in the table, above it, or in the section's text): not read, never guessed.
  const unit = firstUnit(texts) ?? unitHint;
  if (!unit) return null;
  const headerAt = table.rows.findIndex((r) => r.cells.some((c) => /预算|决算|金额/.test(compact(c.text))));
  if (headerAt < 0) return null;
  const header = cellLabels(table.rows[headerAt]!);
  // (项目 | 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算: the 合计 of the funds is the year's figure.)
  const byFunds = header.some((h) => /一般公共预算|政府性基金|国有资本/.test(h)) ? header.findIndex((h) => /^合\s*计$/.test(h)) : -1;
  // The year each column names: "2024年预算数 | 2025年预算数" in a 2025 budget reads the 2025 column, never
  // the first one (a column of an earlier year is the year before's; of a later one, nobody's).
  const years = header.map((h) => {
    const m = /((?:19|20)\d{2})年/.exec(h);
    return m ? Number(m[1]) : null;
  });
  const stated = years.filter((x): x is number => x !== null);
  const own = year ?? (stated.length > 0 ? Math.max(...stated) : null);
  const earlier = (h: string, i: number) => /上年/.test(h) || (years[i] !== null && own !== null && years[i]! < own);
  const dated = header.findIndex((h, i) => /本年|当年|预算数|预算额|^\d{4}年/.test(h) && !earlier(h, i) && (years[i] === null || years[i] === own));
  const current = dated >= 0 ? dated : byFunds;
  const previous = header.findIndex(earlier);
  const delta = header.findIndex((h) => /增减|增加|变动|差额/.test(h));
  if (current < 0) return null;
  const out = empty('table');
  const prevHeader = previous >= 0 ? header[previous]! : '';
  const cy = /(\d{4})年/.exec(prevHeader);
  let change = null as Change | null;
  let parent: Key | null = null; // the part the row above named: 运行费 under 公务用车购置及运行费
  let foreign = false; // a row with figures that names no 三公 part (行政经费): the 合计 may hold it too
  let totalRow: { money: Money; name: string } | null = null;
  for (const row of table.rows.slice(headerAt + 1)) {
    const name = compact(row.cells[0]?.text ?? '');
    const key = classifyThreePublic(name, parent);
    parent = key; // a row that names no part ends the part above (会议费 between 公务用车 and 信息系统运行维护费)
    if (!key) {
      // The 栏次 row (1 2 3 …) numbers the columns: no figures.
      if (isNumberingRow(row)) continue;
      for (const c of row.cells.slice(1)) {
        const money = toMoney(c.text, c.startLine, unit);
        if (money) {
          unread.push({ money, label: name });
          foreign = true;
        }
      }
      continue;
    }
    const cell = row.cells[current];
    const money = cell ? toMoney(cell.text, cell.startLine, unit) : null;
    // A figure in a column the header does not name (a header cut off from its figures), or in a column of what was spent
    // (执行数 · 实际支出 · 决算数 beside a budget's 预算数: another period's outturn): reported, not read.
    for (let k = 1; k < row.cells.length; k++) {
      if (k === current || k === delta || (header[k] && k !== previous && !isActualColumn(header[k]!))) continue;
      const other = toMoney(row.cells[k]!.text, row.cells[k]!.startLine, unit);
      if (other) unread.push({ money: other, label: name });
    }
    if (money && key === 'total' && out.total === null) totalRow = { money, name };
    if (money && out[key] === null) {
      out[key] = money;
      if (key !== 'total') out.items.push({ name, amount: money });
    }
    const dcell = delta >= 0 ? row.cells[delta] : undefined;
    const d = dcell ? toMoney(dcell.text, dcell.startLine, unit) : null;
    if (d) {
      change ??= { comparedYear: cy ? Number(cy[1]) : year !== null ? year - 1 : null, basis: /决算/.test(prevHeader) ? 'finalAccount' : /预算/.test(prevHeader) ? 'budget' : null, base: null, amount: null, items: [] };
      if (key === 'total') change.amount = d;
      else change.items.push({ name, amount: d });
    }
  }
  // Beside a row that is no 三公 part, the 合计 is the 三公 total only when the parts add up to it.
  if (foreign && totalRow) {
    const vehicle = out.vehicle ?? (out.vehiclePurchase && out.vehicleOperation ? null : undefined);
    const parts = out.abroad && out.reception && vehicle !== undefined ? [out.abroad, out.reception, ...(vehicle ? [vehicle] : [out.vehiclePurchase!, out.vehicleOperation!])] : [];
    if (!sumAgrees(totalRow.money, parts)) {
      unread.push({ money: totalRow.money, label: totalRow.name });
      out.total = null;
      if (change?.amount) {
        unread.push({ money: change.amount, label: totalRow.name });
        change.amount = null;
      }
    }
  }
  out.change = change;
  return out;
}

/** A title that names the “三公” figures as a whole and nothing beside them (not 会议费, 培训费, 机关运行经费). */
const THREE_PUBLIC_TITLE = /三公/;
/** A row that totals a table: 合计 / 总计 / 小计. */
const TOTAL_ROW_NAME = /^(合计|总计|小计)$/;

/**
 * Whether a table is by its title a table of the “三公” figures only: the short line just above it
 * (captions such as 单位：万元 skipped), or a title row inside it. Its 合计 row is then the “三公”
 * total even when no row names a part.
 */
function titleOf(blocks: readonly Block[], t: Table): string | null {
  const first = t.rows[0] ? cellLabels(t.rows[0]).filter(Boolean) : [];
  if (first.length === 1 && isTitle(first[0]!)) return first[0]!;
  const i = blocks.indexOf(t);
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const b = blocks[k]!;
    if (b.kind !== 'paragraph') break;
    const x = compact(b.text);
    if (CAPTION_LINE.test(x)) continue;
    // A title by the tables stage's own test ("“三公”经费情况见下表。" is a sentence, not a title).
    return isTitle(x) ? x : null;
  }
  return null;
}
const namedThreePublic = (title: string | null) => title !== null && THREE_PUBLIC_TITLE.test(title) && !BESIDE_THREE_PUBLIC.test(title);

/** 财政拨款“三公”经费: from the sentences, or from a table when the section has one. */
export function extractThreePublic(blocks: readonly Block[], ctx: ExtractContext): ThreePublic {
  const paras = paragraphs(blocks);
  const unitHint = firstUnit(paras.map((p) => p.text));
  const scanned: Mention[] = [];
  // "（一）因公出国（境）经费" ⏎ "2026年预算安排0.00万元，…": a sub-heading names the figures below it.
  let subhead: string | undefined;
  for (const [pi, p] of paras.entries()) {
    const ms = scanAmounts(p);
    for (const m of ms) m.paragraph = pi;
    if (ms.length === 0) {
      // A heading that names the 三公 figures as a whole (the section's own heading) names no one
      // figure: every sentence under it says what its figures are (公用经费按生均1357元 is no total).
      if (p.text.length <= 30) {
        const names = classifyThreePublic(p.text);
        subhead = names && names !== 'total' ? p.text : undefined;
      }
      continue;
    }
    if (subhead) for (const m of ms) m.lead ??= subhead;
    scanned.push(...ms);
  }
  // A 决算 states actual figures and the year's budget beside them (final-three-public.ts).
  // (another year's budget, "2024年度“三公”经费预算数为10.00万元" in a 2023 决算, is none of the year's: UNPLACED_FIGURE)
  const final = ctx.kind === 'finalAccount' ? splitOwnBudgets(scanned, ctx.year) : null;
  const mentions = final ? final.actual : scanned;
  const { out: sentence, repeated } = fromSentences(mentions, ctx.year, ctx.diagnostics, ctx.kind === 'finalAccount');
  const unreadRows: { money: Money; label: string }[] = [];
  // A table's unit: a caption above it, else `unit` (the section's text's, or one its total proved).
  const hint = (t: Table, unit: MoneyUnit | null = unitHint) => ctx.unitAbove?.(t) ?? unit;
  const readOne = (t: Table, unit: MoneyUnit | null = unitHint): ThreePublic | null => {
    // A 科目 table in the section (经济分类 rows 因公出国（境）费用, 公务接待费 …) is a standard table, read by the tables stage.
    if (CLASSIFICATION_TABLE.test(tableText(t))) return null;
    const named = namedThreePublic(titleOf(blocks, t));
    if (!final) return fromTable(t, hint(t, unit), ctx.year, unreadRows, named) ?? byColumns(t, unit);
    const wide = wideThreePublicTable(t, hint(t, unit));
    // The same table with its header rows spread over the wrong columns: read only where its figures add up in the template's order.
    const template = wide ? null : wideTemplateTable(t, hint(t, unit));
    if (template && 'unsure' in template) {
      unreadRows.push(...template.unsure);
      return null;
    }
    const read = wide ?? template?.read ?? finalThreePublicTable(t, hint(t, unit), ctx.year, classifyThreePublic, unreadRows, named);
    if (read) return read;
    // A 预算 | 决算 table of other years only: its figures are reported, not read as this year's actual.
    const unreadFigures = unreadTwoPeriodTable(t, hint(t, unit), named);
    if (unreadFigures) {
      unreadRows.push(...unreadFigures);
      return null;
    }
    return fromTable(t, hint(t, unit), ctx.year, unreadRows, named);
  };
  // pdftotext -layout: a table whose header words drifted off their figures, read by where they stand in the source lines.
  const byColumns = (t: Table, unit: MoneyUnit | null): ThreePublic | null => {
    const r = ctx.columnText ? threePublicByColumns(blocks, t, ctx.columnText, hint(t, unit)) : null;
    if (!r) return null;
    if ('unsure' in r) {
      unreadRows.push(...r.unsure);
      ctx.unsureTables?.add(t.startLine);
      return null;
    }
    const out = empty('table');
    for (const key of KEYS) {
      const m = r.read[key];
      if (!m) continue; // a blank column is no value: null, never 0
      out[key] = m;
      if (key !== 'total') out.items.push({ name: NAMES[key], amount: m });
    }
    return out;
  };
  // A table with no unit of its own (cells, caption above) read in a unit of the section's text (单位：万元 over another
  // table) is kept only where its total then states the text's; else it is read in the one unit under which it does
  // (385000.00 in 元 beside 38.50万元), or not at all (TABLE_NO_UNIT): a table in 元 read as 万元 is 10⁴ off.
  const readTable = (t: Table): ThreePublic | null => {
    if (!unitHint || ctx.unitAbove?.(t) || firstUnit(t.rows.flatMap((r) => cellLabels(r))) || (ctx.columnText && unitUnderTitle(blocks, t, ctx.columnText))) return readOne(t);
    const before = unreadRows.length;
    const read = readOne(t);
    if (!read || (read.total && sentence.total && sameFigure(read.total, sentence.total))) return read;
    unreadRows.length = before;
    const other = read.total && sentence.total ? agreeingUnit(read.total.raw, read.total.line, sentence.total) : null;
    if (other) {
      const again = readOne(t, other);
      if (again) return again;
      unreadRows.length = before;
    }
    const why = read.total && sentence.total
      ? noUnitAgrees(read.total.raw, sentence.total, '“三公” total')
      : !read.total
        ? `it states no total that the text's “三公” total could confirm the ${unitHint} of the section's text by`
        : `no “三公” total of the text confirms the ${unitHint} of the section's text for it`;
    ctx.diagnostics.warn('TABLE_NO_UNIT', `the “三公” table states no unit (单位：万元 / 元), and ${why}: its figures are not read`, t.startLine);
    return null;
  };
  const all = tables(blocks);
  const reads = all.map(readTable);
  all.forEach((t, i) => {
    if (reads[i] !== null) ctx.readTables?.add(t);
  });
  const table = reads.find((t) => t !== null) ?? null;
  // A table of the section whose only figures are a 合计 row (no part named), untitled or titled for
  // the “三公” figures with others (“三公”经费、会议费、培训费…): its figures are no part and not surely
  // the “三公” total. Reported, never dropped, never guessed. (Tables titled otherwise are other
  // readers'; a table the tables stage keeps is in `tables` as well.)
  const partless = (t: Table) => {
    if (CLASSIFICATION_TABLE.test(tableText(t))) return false;
    const title = titleOf(blocks, t);
    if (title !== null && !THREE_PUBLIC_TITLE.test(title)) return false;
    const withFigures = t.rows.filter((r) => r.cells.slice(1).some((c) => /^[-−]?[\d,，]+(\.\d+)?$/.test(compact(c.text))) && !isNumberingRow(r));
    return (
      withFigures.length > 0 &&
      withFigures.every((r) => TOTAL_ROW_NAME.test(compact(r.cells[0]?.text ?? ''))) &&
      !t.rows.some((r) => cellLabels(r).some((x) => /因公出国|公务接待|公务用车|机关运行/.test(x)))
    );
  };
  all.forEach((t, i) => {
    if (reads[i] !== null || !partless(t)) return;
    const unit = firstUnit(t.rows.flatMap((r) => cellLabels(r))) ?? hint(t);
    if (!unit) return; // said below (TABLE_NO_UNIT)
    unreadRows.push(...rowFigures(t, unit));
  });
  if (!table) {
    // A 三公 table whose unit nobody states is not read: said, with its line (its figures would be off by 10⁴ if guessed).
    const unitless = all.find((t) => {
      if (CLASSIFICATION_TABLE.test(tableText(t))) return false;
      const texts = t.rows.flatMap((r) => cellLabels(r));
      return (texts.some((x) => /因公出国|公务接待/.test(x)) || partless(t)) && texts.some((x) => /\d\.\d/.test(x)) && !firstUnit(texts) && !hint(t);
    });
    if (unitless) ctx.diagnostics.warn('TABLE_NO_UNIT', 'the “三公” table states no unit (单位：万元 / 元), nor does the text around it: its figures are not read', unitless.startLine);
  }
  if (final) {
    const b = budgetedParts(final.budgeted, classifyThreePublic, ctx.diagnostics);
    sentence.budgeted = b.parts;
    sentence.executionRates = threePublicRates(paras, classifyThreePublic, ctx.diagnostics);
    sentence.changeOnBudget = budgetChange(final.againstBudget, final.actual, ctx.year, classifyThreePublic, NAMES);
    repeated.push(...b.repeated);
    settleBasis(sentence.change);
    settleBasis(table?.change);
  }
  const used = new Set([...placed(sentence), ...placed(table), ...repeated]);
  warnUnplaced(ctx.diagnostics, '“三公”经费', [...scanned, ...unreadRows], used);
  if (!table) {
    // "本单位2025年无“三公”经费预算": none, a total of 0 (as 机关运行经费's 无机关运行经费), with the words as its raw text;
    // only where the text states no part either.
    if (sentence.total === null && KEYS_OF_PARTS.every((k) => sentence[k] === null)) sentence.total = statedNone(paras, '三公', NONE_THREE_PUBLIC);
    if (sentence.total === null) ctx.diagnostics.warn('NO_THREE_PUBLIC_TOTAL', 'no total of the “三公” figures was found', paras[0]?.line ?? null);
    return sentence;
  }
  if (sentence.total === null) {
    if (table.total === null) ctx.diagnostics.warn('NO_THREE_PUBLIC_TOTAL', 'no total of the “三公” figures was found (the “三公” table states none in a column its header names)', all[reads.findIndex((t) => t !== null)]?.startLine ?? paras[0]?.line ?? null);
    return withText(table, sentence, ctx.diagnostics);
  }
  for (const key of KEYS) {
    const a = sentence[key];
    const b = table[key];
    if (a && b) reportMismatch(ctx.diagnostics, `三公 ${NAMES[key]} in the text and in the table`, a, b);
  }
  if (final) return mergeFinalThreePublic(sentence, table, ctx.diagnostics);
  // A part the sentences do not state is the table's (a sentence of the total beside a table of the parts): it
  // was counted as placed, and so lost without a word.
  for (const key of KEYS) {
    const b = table[key];
    if (sentence[key] !== null || !b) continue;
    sentence[key] = b;
    const item = table.items.find((i) => i.amount === b);
    if (item) sentence.items.push(item);
  }
  return sentence;
}
