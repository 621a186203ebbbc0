import { lineAt, type Block, type Paragraph, type Table } from '../blocks/index.js';
import { reportMismatch } from '../checks/compare.js';
import { firstUnit, toMoney } from '../normalize/money.js';
import { lastClause } from '../normalize/text.js';
import type { Budget, Change, Money, MoneyUnit, NamedAmount } from '../schema/index.js';
import { cleanLabel, comparedYear, placed, positionOf, scanAmounts, signedMoney, warnUnplaced, type Mention } from './amounts.js';
import { ownYear } from './other-year.js';
import { changeOf } from './budget-overview.js';
import { cellLabels, compact, type ExtractContext, paragraphs, tables } from './context.js';
import { FISCAL_SCOPE } from './overview-wording.js';
import { budgetChange, budgetStage, scanRates, settleBasis, splitBudgeted, writtenLabels } from './final-account.js';

/**
 * The budget overview of a final account (决算): 收入总计 / 支出总计 (with the carry-overs),
 * 本年收入合计 / 本年支出合计 (the year's own), 年初结转和结余 / 年末结转和结余, 基本支出 / 项目支出,
 * 财政拨款支出 … from the sentences and from the 收入支出决算总表.
 *
 * `revenue.total` / `expenditure.total` hold the 总计 (with the carry-overs), as a budget's
 * 收入总计 does: 收入总计 = 支出总计 in every 决算, and the carry-overs are part of what the
 * department had and left. 本年收入合计 / 本年支出合计 and the carry-overs are items named as
 * written; basic / project are the parts of 本年支出合计.
 */
type Side = 'revenue' | 'expenditure';
export type OverviewRole = 'grand' | 'current' | 'carry' | 'basic' | 'project';

/** The figures of a 决算 overview, as data: what a label names, on which side. */
export const OVERVIEW_FIGURES: readonly { role: OverviewRole; side: Side; re: RegExp }[] = [
  { role: 'grand', side: 'revenue', re: /^(本年度?|年度|全年)?收入(决算)?总计$|^(本年度?)?总收入$/ },
  { role: 'grand', side: 'expenditure', re: /^(本年度?|年度|全年)?支出(决算)?总计$|^(本年度?)?总支出$/ },
  // 本年收入合计 · "2017年度，本单位收入为1687.45万元，其中：…" (本单位 and 为 are cleaned off the label): the year's own.
  { role: 'current', side: 'revenue', re: /^(本年度?|年度|全年)?收入(决算)?(合计)?$/ },
  { role: 'current', side: 'expenditure', re: /^(本年度?|年度|全年)?支出(决算)?(合计)?$/ },
  // "2023年度支出决算1,234.56万元，其中：基本支出…" (the total of the 支出决算表, the year's own, as
  // 本年支出合计), "本部门收入决算…": only the department's own; 一般公共预算财政拨款支出决算 is an item.
  { role: 'current', side: 'revenue', re: /^(年度|全年)?(本?部门|本?单位)?收入决算数?$/ },
  { role: 'current', side: 'expenditure', re: /^(年度|全年)?(本?部门|本?单位)?支出决算数?$/ },
  { role: 'carry', side: 'revenue', re: /^(年初|上年)结转和?结余$/ },
  { role: 'carry', side: 'revenue', re: /^使用非财政拨款结余/ },
  { role: 'carry', side: 'expenditure', re: /^年末结转和?结余$/ },
  { role: 'carry', side: 'expenditure', re: /^结余分配$/ },
  { role: 'basic', side: 'expenditure', re: /^基本支出(决算)?$/ },
  { role: 'project', side: 'expenditure', re: /^项目支出(决算)?$/ },
];
/** "收入、支出决算总计1,234.56万元" · "收、支总计" · "收支决算总计": one figure for both totals. */
const BOTH_TOTALS = /^(本年度?|年度)?收入?[、，,和及与]?支出?(决算)?总计$/;

export function overviewRole(name: string): { role: OverviewRole; side: Side } | null {
  const n = name.replace(/^[一二三四五六七八九十\d]+[、.．]/, '');
  if (BOTH_TOTALS.test(n)) return { role: 'grand', side: 'expenditure' };
  for (const f of OVERVIEW_FIGURES) if (f.re.test(n)) return f;
  return null;
}

/** The functional classes (类) of the 政府收支分类: "教育支出" is an item of the expenditure, "办公费支出" is not. */
const EXPENDITURE_CLASS = '一般公共服务|外交|国防|公共安全|教育|科学技术|文化旅游体育与传媒|文化体育与传媒|社会保障和就业|社会保险基金|卫生健康|医疗卫生与计划生育|节能环保|城乡社区|农林水|交通运输|资源勘探工业信息等|资源勘探信息等|商业服务业等|金融|援助其他地区|自然资源海洋气象等|国土海洋气象等|住房保障|粮油物资储备|灾害防治及应急管理|债务付息|债务发行费用|其他';

/**
 * The parts of a 决算's revenue and expenditure a sentence may list after its total, as data (the rows of
 * the 收入决算表 / 支出决算表). `side: null`: the part takes the side of the sentence ("其中：财政拨款800万元").
 * A figure with any other label (办公费支出决算 · 新增人员经费) is no item: it is reported (UNPLACED_FIGURE).
 */
export const FINAL_ITEMS: readonly { side: Side | null; re: RegExp }[] = [
  { side: 'revenue', re: /^(一般公共预算|政府性基金预算?|国有资本经营预算)?财政拨款收入$/ },
  { side: 'revenue', re: /^(上级补助|事业|经营|附属单位上缴|其他)收入$/ },
  { side: 'revenue', re: /^(一般公共预算)?财政拨款收、?支出?总计$/ }, // 财政拨款收、支总计: kept with the revenue
  { side: 'expenditure', re: /^(一般公共预算|政府性基金预算?|国有资本经营预算)?财政拨款(基本|项目)?支出$/ },
  { side: 'expenditure', re: /^(上缴上级|经营|对附属单位补助)支出$/ },
  { side: 'expenditure', re: new RegExp(`^(${EXPENDITURE_CLASS})支出$`) },
  { side: null, re: /^(一般公共预算|政府性基金预算?|国有资本经营预算)?财政拨款$/ },
  // the parts of a 基本支出 (日常公用经费 is the 公用经费 of many provinces' 决算), spent whatever the sentence: also on
  // a line of their own after "其中：" (人员经费800.00万元，主要包括… ⏎ 日常公用经费100.00万元…)
  { side: 'expenditure', re: /^(人员|(日常)?公用)经费$/ },
];

/** The words a 决算 puts after a part's name: 事业收入决算 · 上缴上级支出决算数. */
const ITEM_SUFFIX = /(决算)?(数|额)?$/;

/**
 * A clause that tells why a figure changed or what money went to: its figures are no parts of the
 * total ("增加的主要原因是新增人员经费20.00万元" · "主要用于…"). 主要是 is a reason only after a change word.
 */
// (主要用于以下方面： · 用于如下方面： opens the list of the 类 a figure was spent on: its figures are items, no reason)
const REASON = /原因|用于(?!以下|如下|[:：])|由于|(增加|减少|增长|下降|变动|持平)[^，。；]*?主要是/g;

/** Where the reason clauses of a sentence stand: from the marker to the next ；or 其中 (which lists the total's parts again), or the sentence's end. */
function reasonSpans(text: string): [number, number][] {
  if (!/原因|用于|由于|主要是/.test(text)) return [];
  const spans: [number, number][] = [];
  REASON.lastIndex = 0;
  let r: RegExpExecArray | null;
  while ((r = REASON.exec(text)) !== null) {
    const end = text.slice(r.index).search(/[；;]|其中/);
    spans.push([r.index, end < 0 ? text.length : r.index + end]);
    if (end < 0) break;
    REASON.lastIndex = r.index + end;
  }
  return spans;
}

/** The side of a named figure: a role of the overview, or a part the 决算 names; else null (not placed). */
function sideOf(name: string, fallback: Side | null): Side | null {
  const r = overviewRole(name);
  if (r) return r.side;
  const n = name.replace(/^[一二三四五六七八九十\d]+[、.．]/, '').replace(ITEM_SUFFIX, '');
  for (const f of FINAL_ITEMS) if (f.re.test(n)) return f.side ?? fallback;
  return null;
}

interface Draft {
  revenue: { total: Money | null; items: NamedAmount[] } | null;
  expenditure: { total: Money | null; basic: Money | null; project: Money | null; items: NamedAmount[] } | null;
}

const restatements = new WeakMap<Money, Money[]>();
/** Where a placed figure is stated again (the 其中 after a restatement lists its parts too). */
export function restatedAs(m: Money): readonly Money[] {
  return restatements.get(m) ?? [];
}

/** Put one named figure in its place; a figure stated again must agree and is accounted for. */
function place(draft: Draft, name: string, money: Money, side: Side, both: boolean, ctx: ExtractContext, repeated: Money[]): void {
  const role = overviewRole(name);
  const sides = role?.role === 'grand' && both ? ['revenue', 'expenditure'] : [role?.side ?? side];
  const rev = sides.includes('revenue') ? (draft.revenue ??= { total: null, items: [] }) : { total: null, items: [] };
  const exp = sides.includes('expenditure') ? (draft.expenditure ??= { total: null, basic: null, project: null, items: [] }) : { total: null, basic: null, project: null, items: [] as NamedAmount[] };
  const again = (known: Money) => {
    // "年初预算为800.00万元，调整预算为820.00万元": the year's other budget, not the same one stated twice (reported).
    const stage = budgetStage(money);
    if (stage && budgetStage(known) && stage !== budgetStage(known)) return;
    reportMismatch(ctx.diagnostics, `决算 ${name} stated twice`, known, money);
    repeated.push(money);
    const list = restatements.get(known);
    if (list) list.push(money);
    else restatements.set(known, [money]);
  };
  if (role?.role === 'grand') {
    for (const s of both ? (['revenue', 'expenditure'] as const) : [role.side]) {
      const o = s === 'revenue' ? rev : exp;
      if (o.total) again(o.total);
      else o.total = money;
    }
    return;
  }
  if (role?.role === 'basic' || role?.role === 'project') {
    const k = role.role;
    if (exp[k]) again(exp[k]!);
    else exp[k] = money;
    return;
  }
  const o = side === 'revenue' ? rev : exp;
  // The year's own total stated again in other words (本年收入合计 … 本单位收入为…): one item.
  const known = o.items.find((i) => i.name === name || (role?.role === 'current' && overviewRole(i.name)?.role === 'current'));
  if (known) again(known.amount);
  else o.items.push({ name, amount: money });
}

/**
 * Sentences: the first figure of a sentence sets the side of the items that follow it (其中 …). Only
 * the figures whose labels the wordings above name are placed; those of a reason clause never are.
 */
function fromSentences(mentions: readonly Mention[], draft: Draft, ctx: ExtractContext, repeated: Money[]): void {
  let side: Side | null = null;
  let sentence = -1;
  let text = '';
  let reasons: [number, number][] = []; // the sentence's reason clauses
  let cursor = 0; // where the last figure of the sentence was found
  let foreign = false; // the sentence is about a figure the overview does not hold: its 其中 are that figure's parts
  for (const m of mentions) {
    if (m.sentence !== sentence || m.sentenceText !== text) {
      side = null;
      sentence = m.sentence;
      text = m.sentenceText;
      reasons = reasonSpans(text);
      cursor = 0;
      // "…。其中：…" lists the parts of the sentence before: of a foreign figure, they are foreign too.
      foreign = foreign && /^\s*其中/.test(text);
    }
    const at = text.indexOf(m.money.raw, cursor);
    if (at >= 0) cursor = at + m.money.raw.length;
    if (m.sign !== null || !m.label) continue;
    // In a reason clause, or not found in the sentence while it has one: not placed.
    if (reasons.length > 0 && (at < 0 || reasons.some(([a, b]) => at > a && at < b))) continue;
    if (foreign) continue;
    const s = sideOf(m.label, side);
    if (!s) {
      // "财政拨款收入总计1516.64万元，…。其中：一般公共预算财政拨款收入1486.64万元…": parts of 财政拨款收入, not of the revenue.
      if (side === null) foreign = true;
      continue;
    }
    side ??= s;
    place(draft, m.label, m.money, s, BOTH_TOTALS.test(m.label), ctx, repeated);
  }
}

/** A sentence about one 类 / 款 / 项 of the functional classification: 1.行政运行（项）：… · （一）卫生健康支出（类）… */
const CLASSIFICATION_ITEM = /^\s*(?:[\d一二三四五六七八九十]{1,3}[.．、]|[（(][\d一二三四五六七八九十]{1,3}[)）])?\s*[\u4e00-\u9fff、]{2,30}[（(](?:类|款|项)[)）]/;

/** Column headers of the 收入支出决算总表 that hold no amount (行次 / 栏次). */
const NOT_AN_AMOUNT = /行次|栏次|^项目$|^序号$/;

/** The 收入支出决算总表: a row "本年收入合计 | | 1,100.00 | 本年支出合计 | | 1,150.00" gives both figures. */
export function isFinalOverviewTable(t: Table): boolean {
  let rev = false;
  let exp = false;
  for (const r of t.rows) {
    for (const c of r.cells) {
      // The 财政拨款收入支出决算总表 has the same row names for the 财政拨款 only: not the overview.
      if (c.text.includes('财政拨款结转') || /^一般公共预算财政拨款$/.test(compact(c.text))) return false;
      if (!c.text.includes('本年')) continue;
      const x = compact(c.text);
      rev ||= /^本年度?收入(决算)?合计$/.test(x);
      exp ||= /^本年度?支出(决算)?合计$/.test(x);
    }
  }
  return rev && exp;
}

function fromTable(t: Table, unitHint: MoneyUnit | null, draft: Draft, ctx: ExtractContext, repeated: Money[]): void {
  const texts = t.rows.slice(0, 4).flatMap((r) => cellLabels(r));
  const unit = firstUnit(texts) ?? unitHint;
  if (!unit) {
    // Never guessed: a 元 table read as 万元 (or the reverse) is off by 10⁴.
    ctx.diagnostics.warn('TABLE_NO_UNIT', 'the 收入支出决算总表 states no unit (单位：万元 / 元), nor does the text around it: its figures are not read', t.startLine);
    return;
  }
  const header = t.rows.find((r) => r.cells.some((c) => /行次|金额|决算数/.test(compact(c.text))));
  const skip = new Set<number>();
  header?.cells.forEach((c, i) => {
    if (/行次|栏次/.test(compact(c.text))) skip.add(i);
  });
  for (const row of t.rows) {
    const cells = cellLabels(row);
    let grandSeen = 0;
    for (let i = 0; i < cells.length; i++) {
      const name = cells[i]!;
      const isGrand = /^总计$/.test(name);
      const role = isGrand ? null : overviewRole(name);
      if (!isGrand && !role) continue;
      let money: Money | null = null;
      for (let j = i + 1; j < cells.length && !money; j++) {
        if (skip.has(j) || NOT_AN_AMOUNT.test(cells[j]!)) continue;
        if (overviewRole(cells[j]!) || /^总计$/.test(cells[j]!)) break;
        if (cells[j] === '') continue;
        money = toMoney(row.cells[j]!.text, row.cells[j]!.startLine, unit);
        if (!money) break;
      }
      if (!money) continue;
      // 总计 stands twice in the row: first the revenue side, then the expenditure side.
      const side: Side = isGrand ? (grandSeen++ === 0 && i < cells.length / 2 ? 'revenue' : 'expenditure') : role!.side;
      place(draft, isGrand ? (side === 'revenue' ? '收入总计' : '支出总计') : name, money, side, false, ctx, repeated);
    }
  }
}

/** The words before a rate name its figure: the label of the first amount in them, without its role words. */
export function rateOwner(words: string): string | null {
  const clause = words.split(/[，；;：:]|,(?!\d)/).find((c) => /\d/.test(c));
  if (!clause) return null;
  const name = cleanLabel(clause.slice(0, clause.search(/\d{1,3}(?:[,，]?\d{3})*(?:\.\d+)?\s*(?:亿|万)?元/) >= 0 ? clause.search(/\d{1,3}(?:[,，]?\d{3})*(?:\.\d+)?\s*(?:亿|万)?元/) : clause.length))
    .replace(/(?:年初|调整后?的?|全年)?(?:预算|决算)(?:数|额)?$/, '');
  return name || null;
}

/**
 * "收、支总计各是4125.49,4143.91万元" · "收、支总计各减少12.00、25.00万元" · "收、支总计各为512.80万元、520.10万元":
 * two figures after one label, the first maybe without its unit (the amount grammar reads neither as a total). The totals, or the change of each.
 */
const PAIR = /收[入]?[、，,]?支[出]?(?:决算)?总计各(是|为|增加|减少|下降|增长)\s*(\d+(?:\.\d+)?)\s*(?:(亿|万)?元)?\s*[,，、和]\s*(\d+(?:\.\d+)?)\s*(亿|万)?元/g;

function fromPairs(paras: readonly Paragraph[], draft: Draft, ctx: ExtractContext, repeated: Money[], scanned: readonly Mention[]): { changes: NamedAmount[]; figures: Set<Money> } {
  const changes: NamedAmount[] = [];
  /** The scanned figures the pairs hold (a figure with its own unit is a mention too): theirs, not the sentence reader's. */
  const figures = new Set<Money>();
  /** The mention standing at an offset of a paragraph, if the amount grammar read one there. */
  const mentionAt = (p: Paragraph, start: number): Mention | undefined =>
    scanned.find((m) => {
      const pos = positionOf(m.money);
      return pos !== undefined && pos.paragraph === p && pos.start === start;
    });
  for (const p of paras) {
    if (!p.text.includes('各')) continue;
    PAIR.lastIndex = 0;
    let x: RegExpExecArray | null;
    while ((x = PAIR.exec(p.text)) !== null) {
      const unitOf = (u: string | undefined) => (u === '亿' ? '亿元' : u === '万' ? '万元' : '元');
      const unit = unitOf(x[5]);
      const at = p.pieces ? lineAt(p, x.index) : p.line;
      // (the first figure in its own unit when it states one: "各为512.80万元、520.10万元")
      const ownUnit = x[3] !== undefined || /元\s*[,，、和]/.test(x[0]);
      const aAt = x.index + x[0].indexOf(x[2]!, x[0].indexOf(x[1]!) + x[1]!.length);
      const bAt = x.index + x[0].lastIndexOf(x[4]!);
      const ma = ownUnit ? mentionAt(p, aAt) : undefined;
      const mb = mentionAt(p, bAt);
      const a = ma?.money ?? (ownUnit ? toMoney(`${x[2]}${x[3] ?? ''}元`, at, unitOf(x[3])) : toMoney(x[2]!, at, unit));
      const b = mb?.money ?? toMoney(`${x[4]}${x[5] ?? ''}元`, at, unit);
      if (!a || !b) continue;
      if (ma) figures.add(ma.money);
      if (mb) figures.add(mb.money);
      if (x[1] === '是' || x[1] === '为') {
        place(draft, '收入总计', a, 'revenue', false, ctx, repeated);
        place(draft, '支出总计', b, 'expenditure', false, ctx, repeated);
      } else {
        const sign = /减少|下降/.test(x[1]!) ? -1 : 1;
        // (the second figure of "各增加61.20万元、62.00万元" has no word of its own: the pair's sign is its sign)
        const signed = (m: Mention | undefined, money: Money): Money => {
          if (m && m.sign !== null) return signedMoney(m);
          if (m && sign === 1) return m.money;
          if (m) repeated.push(m.money);
          return { ...money, yuan: sign * money.yuan };
        };
        changes.push({ name: '收入总计', amount: signed(ma, a) }, { name: '支出总计', amount: signed(mb, b) });
      }
    }
  }
  return { changes, figures };
}

/** Is a change that of the department's total: the figure its sentence is about (before it) is a total, or there is none. */
/** The words of a figure's sentence before it (at most 60 characters): what a change with no figure before it is of. */
function wordsBefore(m: Mention): string {
  const pos = positionOf(m.money);
  if (!pos) return compact(m.label);
  const near = pos.paragraph.text.slice(Math.max(0, pos.start - 60), pos.start);
  return compact(near.slice(near.lastIndexOf('。') + 1));
}

function ownChange(actual: readonly Mention[], change: Mention): boolean {
  let subject: Mention | null = null;
  let first: Mention | null = null;
  for (const m of actual) {
    if (m === change) break;
    if (m.sentence === change.sentence && m.sentenceText === change.sentenceText && m.sign === null && m.label) {
      subject = m;
      first ??= m;
    }
  }
  // "与上年相比，财政拨款收入、支出总计各增加21.30万元": a change whose own words name the 财政拨款 totals is theirs.
  if (!subject) return !FISCAL_SCOPE.test(wordsBefore(change));
  // "财政拨款收入总计780.00万元，支出总计780.00万元，与上年相比，财政拨款收、支总计各增加15.00万元": a change whose own
  // clause names the 财政拨款 totals is theirs, whatever total the sentence stated before it.
  if (FISCAL_SCOPE.test(lastClause(wordsBefore(change)))) return false;
  // "财政拨款收入总计780.00万元，支出总计780.00万元，与上年相比，收、支总计各增加15.00万元": a sentence that opens with the
  // 财政拨款 totals is about them, its change too (UNPLACED_FIGURE).
  if (first && FISCAL_SCOPE.test(wordsBefore(first))) return false;
  const role = overviewRole(subject.label)?.role;
  return role === 'grand' || role === 'current';
}

/** The figure a clause's words name before a change: 收入总计 · 本年支出合计 · 收入 (the last one named). */
const SIDE_NAME = /^(?:本部门|本单位)?(?:\d{4}年度?)?(?:本年度?)?(?:收入|支出)(?:决算)?(?:总计|合计)?/;

/**
 * "收入较上年增加300.00万元，支出较上年增加280.00万元" · "与上年相比，收入总计增加…；支出总计增加…": a change of
 * the revenue and one of the expenditure, neither a part of the other. Given as the pair wording gives them
 * (items named as written, no amount); null when the sentence states anything else.
 */
function bySide(actual: readonly Mention[], at: Mention, change: Change): Change | null {
  const inSentence = actual.filter((m) => m.sentence === at.sentence && m.sentenceText === at.sentenceText);
  const signed = inSentence.filter((m) => m.sign !== null);
  if (signed.length !== 2 || change.items.length > 1) return null;
  const named = signed.map((m) => {
    // The clause's own words first ("支出较上年增加"), else the figure the sentence is about before it ("支出总计1520万元，比上年增加…").
    const words = wordsBefore(m);
    const clause = lastClause(words);
    let name = SIDE_NAME.exec(clause)?.[0].replace(/^.*?(?=本年|收入|支出)/, '');
    let side: Side | undefined = name ? (name.includes('收入') ? 'revenue' : 'expenditure') : undefined;
    if (!name) {
      const subject = inSentence.slice(0, inSentence.indexOf(m)).filter((x) => x.sign === null && x.label).pop();
      const role = subject ? overviewRole(subject.label) : undefined;
      if (role && (role.role === 'grand' || role.role === 'current')) [name, side] = [subject!.label, role.side];
    }
    return name && side ? { name, amount: signedMoney(m), side } : null;
  });
  const [a, b] = named;
  if (!a || !b || a.side === b.side) return null;
  return { comparedYear: change.comparedYear, basis: change.basis, base: null, amount: null, items: [{ name: a.name, amount: a.amount }, { name: b.name, amount: b.amount }] };
}

/** 决算 overview: sentences first, then the 收入支出决算总表 for what they do not state. */
export function extractFinalOverview(blocks: readonly Block[], ctx: ExtractContext): Budget {
  const paras: Paragraph[] = paragraphs(blocks);
  const scanned = paras.flatMap((p) => scanAmounts(p));
  // "1.行政运行（项）：年初预算为67.08万元，支出决算为72.09万元": a classification item's own figures, not the department's.
  const { actual, budgeted, againstBudget } = splitBudgeted(writtenLabels(ownYear(scanned, ctx.year).filter((m) => !CLASSIFICATION_ITEM.test(m.sentenceText))));
  const draft: Draft = { revenue: null, expenditure: null };
  const repeated: Money[] = [];
  const pairs = fromPairs(paras, draft, ctx, repeated, scanned);
  const pairChanges = pairs.changes;
  fromSentences(actual.filter((m) => !pairs.figures.has(m.money)), draft, ctx, repeated);
  const planned: Draft = { revenue: null, expenditure: null };
  fromSentences(budgeted, planned, ctx, repeated);
  const unitHint = firstUnit(paras.map((p) => p.text));
  for (const t of tables(blocks)) if (isFinalOverviewTable(t)) fromTable(t, ctx.unitAbove?.(t) ?? unitHint, draft, ctx, repeated);
  // The overview's change is that of a total of the department: a change whose sentence is about
  // another figure ("财政拨款收入总计1516.64万元，与上年相比减少58.49万元") is that figure's, and reported.
  const changeSentence = actual.find((m) => m.sign !== null && !pairs.figures.has(m.money) && ownChange(actual, m));
  const pairChange = pairChanges.length > 0 ? { comparedYear: comparedYear(paras.find((p) => PAIR.test(p.text))?.text ?? '', ctx.year), basis: null, base: null, amount: null, items: pairChanges } : null;
  const change = changeSentence ? changeOf(actual.filter((m) => m.sentence === changeSentence.sentence && m.sentenceText === changeSentence.sentenceText), ctx.year) : null;
  const changeOut = (changeSentence && change && bySide(actual, changeSentence, change)) || change || pairChange;
  settleBasis(changeOut);
  const out: Budget = {
    revenue: draft.revenue,
    expenditure: draft.expenditure,
    change: changeOut,
    changeOnFinalAccount: null,
    changeOnBudget: budgetChange(againstBudget, actual, ctx.year, (l) => (!l ? null : overviewRole(l)?.role === 'grand' ? 'total' : l)),
    budgeted: planned.revenue || planned.expenditure ? { revenue: planned.revenue, expenditure: planned.expenditure } : null,
    executionRates: scanRates(paras, rateOwner, ctx.diagnostics, '决算总体情况', CLASSIFICATION_ITEM),
  };
  if (!out.revenue && !out.expenditure && !out.change) {
    ctx.diagnostics.warn('NO_BUDGET_FIGURES', 'the 决算 overview holds no revenue, expenditure or change figure', null);
  }
  warnUnplaced(ctx.diagnostics, '决算总体情况', scanned, new Set([...placed(out), ...repeated]));
  return out;
}
