import type { Paragraph } from '../blocks/index.js';
import { lineAt } from '../blocks/index.js';
import type { Diagnostics } from '../diagnostics.js';
import { reportMismatch } from '../checks/compare.js';
import { compact, lastClause, normalizeDigits, openBracket } from '../normalize/text.js';
import type { Change, Money, Rate } from '../schema/index.js';
import { changeBasis, comparedYear, isFlat, positionOf, signedMoney, type Mention } from './amounts.js';
import { ownYear } from './other-year.js';
import { changeBasisOfClause } from './changes.js';
import { OPERATING_NAME } from './claim-patterns.js';

/**
 * A final account (决算) states the actual figures and, often beside them, the budget of the
 * same year (预算数, 年初预算, 调整预算). The wordings that tell the two apart, as data.
 */

/** A label that names a budgeted figure: "…支出预算" · "年初预算" · "调整后预算数" (not 一般公共预算 …). */
export const BUDGETED_LABELS: readonly RegExp[] = [
  /(?<!公共|经营|基金)预算(数|额|金额|安排)?$/, // “三公”经费财政拨款支出预算(为) · 预算数
  /^(年初|调整后?的?|全年)预算/, // 年初预算为 · 调整预算数
];

/**
 * Role words a label may hold and nothing else ("支出决算为22.62万元" · "决算支出数为28.50万元" · "完成全年预算60.00万元的80.5%"): it names
 * the figure of the clause before.
 */
const BARE_LABEL = /^(?:支出|收入|经费)?(?:实际)?(?:完成了?)?(?:年初|调整后?的?|全年)?(?:决算支出|决算|预算|支出|完成|执行)?(?:数|额|金额)?$/;
/** The role words at the end of a label, stripped when another clause inherits its name. */
const ROLE_END = /(?:年初|调整后?的?|全年)?(?:预算|决算)(?:数|额|金额|安排)?$/;

export function isBudgetedLabel(label: string): boolean {
  return !label.includes('决算') && BUDGETED_LABELS.some((re) => re.test(label));
}

/**
 * splitBudgeted for a reader: the budgets and the changes on a budget of another year than the
 * document's ("2024年度…预算数为50.00万元" in a 2023 决算) are left out, to be reported (UNPLACED_FIGURE).
 * The actual figures are the reader's to sort by year (ownYear), as before.
 */
export function splitOwnBudgets(scanned: Mention[], year: number | null): ReturnType<typeof splitBudgeted> {
  const split = splitBudgeted(scanned);
  const own = new Set(ownYear(scanned, year).map((m) => m.money));
  return { actual: split.actual, budgeted: split.budgeted.filter((m) => own.has(m.money)), againstBudget: split.againstBudget.filter((m) => own.has(m.money)) };
}

/**
 * The name a bare clause inherits from the figure before it: its label, or — when that label opens a bracket the
 * text closes before this figure ("公务用车购置及运行维护费（含公务用车购置费0万元）5.00万元") — the words before the bracket.
 */
function closedNote(prev: Mention, m: Mention): string {
  const label = prev.label;
  const open = openBracket(label);
  if (open < 0) return label;
  const a = positionOf(prev.money);
  const b = positionOf(m.money);
  if (!a || !b || a.paragraph !== b.paragraph) return label;
  return /[）)]/.test(a.paragraph.text.slice(a.end, b.start)) ? label.slice(0, open) : label;
}

/**
 * The figure before stood inside brackets closed before this one ("6.00万元（其中：…公务接待费2.00万元），完成年初预算8.00万元的75%"):
 * which figure the role words are of is not sure, so they inherit no name (UNPLACED_FIGURE).
 */
function afterBrackets(prev: Mention, m: Mention): boolean {
  if (openBracket(prev.label) >= 0) return false;
  const a = positionOf(prev.money);
  const b = positionOf(m.money);
  return !!a && !!b && a.paragraph === b.paragraph && /[）)]/.test(a.paragraph.text.slice(a.end, b.start));
}

/**
 * Split the amounts of a 决算's sentences into actual and budgeted ones. A clause that names
 * nothing but its role ("，支出决算为22.62万元") takes the name of the clause before it in the
 * same sentence ("“三公”经费财政拨款支出预算为44.52万元" → "“三公”经费财政拨款支出").
 * Changes (增加 / 减少 …) are actual figures.
 */
/** 节约 right before a change's figure, no comparison words in its clause. */
const SAVED = /节约了?\s*$/;
/** A clause that is only a comparison (与上年相比 · 较2022年 · 同比): the clause after it is of that comparison. */
const COMPARISON_ONLY = /^\s*(?:(?:与|同|和|较|比)[^，,。；;：:\d]{0,10}?(?:\d{4}年度?)?[^，,。；;：:\d]{0,10}?(?:相比|相较|比较)?|同比)\s*$/;
function savedOnBudget(m: Mention, budgeted: readonly Mention[], actual: readonly Mention[]): boolean | 'unsure' {
  const pos = positionOf(m.money);
  if (!pos) return false;
  const before = pos.paragraph.text.slice(Math.max(0, pos.start - 40), pos.start);
  const cut = (t: string) => Math.max(t.lastIndexOf('，'), t.lastIndexOf(','), t.lastIndexOf('；'), t.lastIndexOf('。'));
  const at = cut(before);
  const clause = before.slice(at + 1);
  // The clause before may be its comparison (与上年相比，节约1.00万元 · 较2022年，节约1.50万元): then it is no saving on the budget.
  const lead = at >= 0 ? before.slice(0, at) : '';
  const leadClause = lead.slice(cut(lead) + 1);
  if (COMPARISON_ONLY.test(leadClause) && !/预算/.test(leadClause)) return false;
  if (!SAVED.test(clause) || /比|较|与|同|相比/.test(clause)) return false;
  // Of one budget and the one actual figure after it, of the same thing ("预算安排5.00万元，实际支出4.00万元，节约1.00万元");
  // a part named between them ("…实际支出4.00万元，其中公务接待费2.00万元，节约…") leaves the saving unplaced.
  const inSentence = (x: Mention) => x.sentence === m.sentence && x.sentenceText === m.sentenceText;
  const own = budgeted.filter(inSentence);
  if (own.length === 0) return false;
  if (own.length !== 1) return 'unsure';
  const from = positionOf(own[0]!.money)?.start ?? -1;
  const after = actual.filter((a) => inSentence(a) && (positionOf(a.money)?.start ?? -1) > from && (positionOf(a.money)?.start ?? -1) < pos.start);
  if (after.length !== 1) return 'unsure';
  const name = after[0]!.label.replace(ACTUAL_ROLE, '').trim();
  return name === '' || name === own[0]!.label.replace(ROLE_END, '').trim() || 'unsure';
}
/** The words of an actual figure that only say it is the actual one (实际支出 · 支出决算为). */
const ACTUAL_ROLE = /^[，,\s]*(?:实际)?(?:支出|使用|执行)?(?:决算)?(?:数|额)?(?:为|是)?$/;

export function splitBudgeted(mentions: readonly Mention[]): { actual: Mention[]; budgeted: Mention[]; againstBudget: Mention[] } {
  const actual: Mention[] = [];
  const budgeted: Mention[] = [];
  const againstBudget: Mention[] = [];
  let prev: Mention | null = null;
  let saved: boolean | 'unsure' = false;
  for (const m of mentions) {
    let label = m.label;
    if (BARE_LABEL.test(label) && prev && prev.sentence === m.sentence && prev.sentenceText === m.sentenceText && m.sign === null && !afterBrackets(prev, m)) {
      const name = closedNote(prev, m).replace(ROLE_END, '');
      if (name) label = name + (isBudgetedLabel(m.label) ? '预算' : '');
    }
    const copy = label === m.label ? m : { ...m, label };
    if (m.sign === null && isBudgetedLabel(label)) budgeted.push({ ...copy, label: label.replace(ROLE_END, '') || label });
    // "决算数与预算数持平": a change of 0 written in words states its basis in its own words.
    // ("与年初预算相比，决算数减少0.66万元": the comparison clause right before a change whose own words name none is its basis.)
    else if (m.sign !== null && (isFlat(m.money.raw) ? changeBasis(`${m.label}${m.money.raw}`) : changeBasisOfClause(m)) === 'budget') againstBudget.push(m);
    // "预算安排5.00万元，实际支出4.00万元，节约1.00万元": a saving with no comparison of its own, after the year's budget in
    // its sentence, is against that budget (it was a change with no year and no basis).
    else if (m.sign === -1 && !m.label && (saved = savedOnBudget(m, budgeted, actual))) {
      // (a saving after a budget whose figure it is of cannot be told is no change of any: reported, UNPLACED_FIGURE)
      if (saved === true) againstBudget.push(m);
    } else actual.push(copy);
    if (m.sign === null && !BARE_LABEL.test(m.label)) prev = m;
  }
  return { actual, budgeted, againstBudget };
}

/**
 * Execution rates as printed: 完成预算的82.9% · 完成年初预算100% · 完成全年预算60.00万元的80.5% (the budget
 * stated inside is read as a budgeted figure by splitBudgeted) · 预算执行率为95.00% · 为年初预算的80.00% · 占年初预算的90.91% ·
 * 预算完成率为50.00% · 完成率80.00% · 完成公务接待费预算的60% · 完成政府采购预算的80% (the name inside names the
 * figure rated, after the words before it). The figure a
 * rate belongs to is named by the words between the sentence start (or the rate before) and it.
 */
export const RATE = /(?:完成了?(?<name>[^，,。；;%％\d]{1,16}?)?(?:年初|调整后?的?|全年)?预算(?:数)?(?:\s*[\d,，.．]+\s*(?:万元|元|亿元))?的?|(?:为|占|达到?)(?:年初|调整后?的?|全年)?预算(?:数)?(?<inside>\s*[\d,，.．]+\s*(?:万元|元|亿元))?的|(?:预算)?(?:执行|完成)率(?:为|达到?|是)?)\s*(?<pct>\d+(?:[.．]\d+)?)\s*[%％]/g;

/** Words inside 完成…预算 that name no figure, only which budget: 年初 · 全年 · 调整后的. */
const BUDGET_QUALIFIER = /^(?:年初|调整后?的?|全年|本年度?|当年|年度|本部门|本单位)$/;

export function scanRates(
  paras: readonly Paragraph[],
  nameOf: (words: string) => string | null,
  d: Diagnostics,
  section: string,
  notOurs?: RegExp,
  /** Whether a name inside 完成…预算 names a figure of ours (nameOf when not given). */
  innerOf: (name: string) => string | null = nameOf,
): Rate[] {
  const out: Rate[] = [];
  for (const p of paras) {
    if (!p.text.includes('%') && !p.text.includes('％')) continue;
    const text = p.text;
    RATE.lastIndex = 0;
    let m: RegExpExecArray | null;
    let from = 0;
    let sentenceStart = 0;
    let scanned = 0; // sentence starts found moving forward: linear even on one huge line
    let testedAt = -1;
    let skip = false;
    while ((m = RATE.exec(text)) !== null) {
      for (; scanned < m.index; scanned++) if (text[scanned] === '。') sentenceStart = scanned + 1;
      // The words of the rate's own clause group: after a "；" the part named before is done with
      // ("其中：公务用车购置支出决算为0万元，完成预算0万元的--%；公务用车运行维护费…的81.2%" rates the 运行维护费).
      const start = Math.max(from, sentenceStart);
      let clauseStart = m.index;
      while (clauseStart > start && text[clauseStart - 1] !== '；' && text[clauseStart - 1] !== ';') clauseStart--;
      const words = text.slice(clauseStart, m.index) + (m.groups?.name ?? '');
      from = m.index + m[0].length;
      if (notOurs && testedAt !== sentenceStart) {
        // Once per sentence: a sentence about something else (one 类 / 款 / 项) rates none of ours.
        testedAt = sentenceStart;
        const end = text.indexOf('。', m.index);
        skip = notOurs.test(text.slice(sentenceStart, end < 0 ? text.length : end));
      }
      // A name inside (完成公务接待费预算的50%) must name one of ours itself: 完成部门整体预算的95% · 完成车辆更新预算的50% ·
      // 完成项目支出预算的70% rate another budget, never the figure before them (reported).
      const inner = (m.groups?.name ?? '').replace(/^了/, '');
      const foreign = inner !== '' && !BUDGET_QUALIFIER.test(inner) && innerOf(inner) === null;
      const of = skip || foreign ? null : nameOf(words);
      const at = m.index + m[0].indexOf(m.groups!.pct!);
      const line = p.pieces ? lineAt(p, at) : p.line;
      if (!of) {
        // No figure of ours is named: reported, never given to one by guess.
        d.warn('UNPLACED_FIGURE', `${section}: the rate "${m[0]}" was found but fits no field of the output`, line);
        continue;
      }
      // "年初预算为10万元，调整预算为12万元，…完成调整预算的96.33%": the budget kept is the 年初 one (the 调整 one is
      // reported), so a rate of the 调整 budget rates no budget of the output: reported, never checked against the other.
      if (m[0].includes('调整') && text.slice(sentenceStart, m.index).includes('年初预算')) {
        d.warn('UNPLACED_FIGURE', `${section}: the rate "${m[0]}" is of the 调整预算, which is reported (the 年初预算 is the budget kept): it fits no field of the output`, line);
        continue;
      }
      // "6.00万元（其中：…），占年初预算8.00万元的75%" · "其中：财政拨款收入780.00万元，占年初预算800.00万元的97.5%": which figure such
      // a budget and rate are of is not sure (the budget is UNPLACED_FIGURE): the rate is reported too, never dropped.
      if (m.groups?.inside) {
        d.warn('UNPLACED_FIGURE', `${section}: the rate "${m[0]}" was found but fits no field of the output`, line);
        continue;
      }
      // "…公务接待费2.00万元），完成年初预算8.00万元的75%": right after a closing bracket the rate's figure is not sure: reported.
      if (/[）)]\s*[，,]?\s*$/.test(text.slice(sentenceStart, m.index))) {
        d.warn('UNPLACED_FIGURE', `${section}: the rate "${m[0]}" was found but fits no field of the output`, line);
        continue;
      }
      const digits = normalizeDigits(m.groups!.pct!).replace('．', '.');
      out.push({ of, percent: Number(digits), raw: `${m.groups!.pct}%`, line });
    }
  }
  return out;
}

/** In a 决算 a change "较上年" is against the year before's actual figures (its 决算) unless it says 预算. */
export function settleBasis(change: Change | null | undefined): void {
  if (change && change.basis === null && change.comparedYear !== null) change.basis = 'finalAccount';
}

/** Keep the first statement of each name; a repeated one must agree (FIGURE_MISMATCH) and is accounted for. */
export function firstOf(d: Diagnostics, what: string, known: Money | null | undefined, m: Money, repeated: Money[]): Money {
  if (!known) return m;
  reportMismatch(d, what, known, m);
  repeated.push(m);
  return known;
}

/**
 * Which budget of the year a figure is, by the words of its clause right before it: 年初 (initial) or 调整
 * (adjusted); null when unsaid. "年初预算15.00万元，调整预算14.00万元" states two budgets, not one twice.
 */
export function budgetStage(money: Money): 'initial' | 'adjusted' | null {
  const pos = positionOf(money);
  if (!pos) return null;
  const words = pos.paragraph.text.slice(Math.max(0, pos.start - 10), pos.start);
  const clause = lastClause(words);
  return clause.includes('调整') ? 'adjusted' : clause.includes('年初') ? 'initial' : null;
}

/**
 * 机关运行经费 of a 决算: the budgeted total and items ("机关运行经费预算为30万元，支出决算为28.5万元"), and its
 * rates, each for the figure the words before it name (`ownerOf`): the total (机关运行经费, or the label
 * of the budgeted total) or a budgeted item ("其中：办公费预算为10.00万元，支出决算为8.00万元，执行率为80.0%").
 */
export function finalOperating(
  budgeted: readonly Mention[],
  paras: readonly Paragraph[],
  d: Diagnostics,
  ownerOf: (words: string) => string | null,
): { budgeted: { total: Money | null; items: { name: string; amount: Money }[] } | null; rates: Rate[] } {
  const totalAt = budgeted.findIndex((m) => OPERATING_NAME.test(m.label));
  const total = totalAt >= 0 ? budgeted[totalAt]! : budgeted[0] ?? null;
  // (a budget named as the total is no item of it: "年初预算60万元，调整预算58万元" states the total's other budget, reported)
  const out = total ? { total: total.money, items: budgeted.filter((m) => m !== total && m.label && !OPERATING_NAME.test(m.label)).map((m) => ({ name: m.label, amount: m.money })) } : null;
  const nameOf = (words: string): string | null => {
    const owner = ownerOf(words);
    if (!owner) return null;
    if (OPERATING_NAME.test(owner) || owner === total?.label) return 'total';
    return out?.items.some((i) => i.name === owner) ? owner : null;
  };
  // (a name inside 完成…预算 is ours when it is 机关运行经费 or a budgeted item: 完成项目支出预算的70% is not)
  const innerOf = (name: string): string | null => (OPERATING_NAME.test(name) ? 'total' : out?.items.some((i) => i.name === name) ? name : null);
  return { budgeted: out, rates: scanRates(paras, nameOf, d, '机关运行经费', undefined, innerOf) };
}

const WRITTEN_BOUNDARY = /[，。；;：:、\n]|,(?!\d)/;

/**
 * The labels of a sentence's amounts as written, before cleanLabel cuts 合计 / 总计 off
 * ("本年收入合计1,100.00万元" → "本年收入合计"); only a leading year, 其中 and a closing 为 go.
 * Each amount is found where scanAmounts found it (its paragraph and offset), so the same sentence
 * in two paragraphs keeps its labels in both.
 */
export function writtenLabels(mentions: readonly Mention[]): Mention[] {
  let paragraph: Paragraph | null = null;
  let lastEnd = 0;
  return mentions.map((m) => {
    const pos = positionOf(m.money);
    if (!pos) return m;
    const from = pos.paragraph === paragraph ? lastEnd : 0;
    paragraph = pos.paragraph;
    lastEnd = pos.end;
    if (m.sign !== null) return m;
    const text = pos.paragraph.text;
    const at = pos.start;
    let start = at;
    while (start > from && !WRITTEN_BOUNDARY.test(text[start - 1]!)) start--;
    // "收、支总计" · "收入、支出决算总计": the 、 joins the two words of one figure.
    if (text[start - 1] === '、' && /收入?$/.test(text.slice(Math.max(from, start - 3), start - 1))) {
      start--;
      while (start > from && !WRITTEN_BOUNDARY.test(text[start - 1]!)) start--;
    }
    const label = compact(text.slice(start, at))
      .replace(/^(其中|包括|另)/, '')
      .replace(/^(本(单位|部门)|我(单位|部门))?(\d{4}年度?)?(本(单位|部门)|我(单位|部门))?/, '')
      .replace(/(?:均|都)?(为|是|达到?)$/, ''); // 收、支总计均为512.80万元: one figure for both
    return label && label !== m.label ? { ...m, label } : m;
  });
}

/**
 * The change of a 决算's figures against the year's own budget ("决算数比年初预算数减少3.20万元",
 * "较调整预算增加…"): `changeOnBudget`, basis `budget`, compared with the document's year. A
 * mention's part is named by its clause, else by the actual figure stated last before it in its
 * sentence (found by the offsets scanAmounts recorded: one look-up per change, never a scan of the
 * sentence, and never a mention of the same digits elsewhere).
 */
export function budgetChange(
  against: readonly Mention[],
  actual: readonly Mention[],
  year: number | null,
  keyOf: (label: string) => string | null,
  names: Readonly<Record<string, string>> = {},
): Change | null {
  if (against.length === 0) return null;
  const change: Change = { comparedYear: comparedYear(against[0]!.label, null) ?? comparedYear(against[0]!.sentenceText, null) ?? year, basis: 'budget', base: null, amount: null, items: [] };
  const ownerOf = actualBefore(actual);
  for (const m of against) {
    // "与上年预算数相比减少0.15万元" · "同2022年预算数相比较减少1.50万元" in a 2023 决算: against the year before's budget, neither
    // the change on this year's budget nor the change on the year before's 决算: reported (it was the changeOnBudget).
    const own = year === null ? null : comparedYear(m.label, year);
    if (year !== null && own !== null && own < year) continue;
    const cleaned = m.label.replace(/(?:较|比|与|同).*$/, '').replace(/(?:决算数?|支出)$/, '');
    // "公务接待费支出决算比年初预算减少…" names its figure; "支出决算比年初预算…" names only its role.
    let name = cleaned && !BARE_LABEL.test(cleaned) ? cleaned : '';
    let key = name ? keyOf(name) : null;
    if (!key) {
      // The actual figure stated last before it in its sentence names it ("公务接待费支出决算为5.00万元，比年初预算数减少1.00万元").
      const best = ownerOf(m);
      if (best) key = keyOf(best.label);
      name ||= best?.label ?? '';
    }
    // "“三公”经费支出决算比2022年度减少0.60万元，下降6.52%，比2023年度预算减少1.40万元": the change before it in its
    // clause group names the figure both compare.
    if (!key && !name) {
      const subject = changeBefore(actual, m);
      const words = subject?.label.replace(/(?:较|比|与|同).*$/, '').replace(/(?:决算数?|支出)$/, '') ?? '';
      if (words && !BARE_LABEL.test(words)) [name, key] = [words, keyOf(words)];
    }
    // Nothing names the figure: no guess (warnUnplaced reports it).
    if (!key && !name) continue;
    const signed = signedMoney(m);
    if (key === 'total' && change.amount === null) change.amount = signed;
    else change.items.push({ name: (key && names[key]) ?? key ?? name, amount: signed });
  }
  return change.amount || change.items.length > 0 ? change : null;
}

/**
 * For a mention, the actual figure (no change) stated last before it in the same sentence of the
 * same paragraph, by the offsets scanAmounts recorded; undefined when there is none.
 */
const COMPARED_BASE = /^(?:比|较|与|同)/;

/** The last change stated before a mention in its clause group (the same 。/；-segment of the same sentence). */
function changeBefore(actual: readonly Mention[], m: Mention): Mention | undefined {
  const pos = positionOf(m.money);
  let best: Mention | undefined;
  for (const a of actual) {
    if (a.sign === null || a.segment !== m.segment || a.sentenceText !== m.sentenceText) continue;
    const p = positionOf(a.money);
    if (pos && p && p.paragraph === pos.paragraph && p.start < pos.start) best = a;
  }
  return best;
}

function actualBefore(actual: readonly Mention[]): (m: Mention) => Mention | undefined {
  const byParagraph = new Map<Paragraph, { starts: number[]; mentions: Mention[] }>();
  for (const a of actual) {
    // (a figure compared with, 比上年决算数4.60万元, names no figure its change is of)
    const pos = a.sign === null && !COMPARED_BASE.test(a.label) ? positionOf(a.money) : undefined;
    if (!pos) continue;
    let list = byParagraph.get(pos.paragraph);
    if (!list) byParagraph.set(pos.paragraph, (list = { starts: [], mentions: [] }));
    list.starts.push(pos.start);
    list.mentions.push(a);
  }
  for (const list of byParagraph.values()) {
    // Scan order is text order; sort only if a caller mixed it.
    if (list.starts.some((s, i) => i > 0 && s < list.starts[i - 1]!)) {
      const order = list.starts.map((_, i) => i).sort((x, y) => list.starts[x]! - list.starts[y]!);
      list.starts = order.map((i) => list.starts[i]!);
      list.mentions = order.map((i) => list.mentions[i]!);
    }
  }
  return (m) => {
    const pos = positionOf(m.money);
    const list = pos && byParagraph.get(pos.paragraph);
    if (!pos || !list) return undefined;
    // The last start before the change's own (binary search).
    let lo = 0;
    let hi = list.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list.starts[mid]! < pos.start) lo = mid + 1;
      else hi = mid;
    }
    const best = list.mentions[lo - 1];
    return best && best.sentence === m.sentence ? best : undefined;
  };
}
