import { lineAt, type Block, type Paragraph, type Table } from '../blocks/index.js';
import { tableText } from '../blocks/table-text.js';
import { reportMismatch, sameFigure } from '../checks/compare.js';
import { toMoney, unitFromHeader } from '../normalize/money.js';
import { normalizeDigits } from '../normalize/text.js';
import type { AssetBasis, AssetItem, Assets, Money, MoneyUnit } from '../schema/index.js';
import { groupBefore, placed, positionOf, scanAmounts, statedNone, warnUnplaced, type Mention } from './amounts.js';
import { compact, paragraphs, type ExtractContext } from './context.js';
import { basisOf, COUNTED, COUNTED_PURCHASE_BEFORE, COUNTED_WHOLE, ONE_PURCHASE_LABEL, PURCHASE_COUNT, PURCHASE_COUNTED, FIXED_ASSETS, FIXED_KIND_ROW, FIXED_ROW, FIXED_TABLE_TITLE, NO_FIELD, NON_FIXED_ROWS, NOT_PLANNED_TABLE, OTHER_DATE, PARTS_FOLLOW, PLANNED_COLUMN, PLANNED_TABLE, PURCHASE, TOTAL_ASSETS, TOTAL_PARTS, TOTAL_ROW } from './asset-words.js';
import { parseNumbering } from '../sections/numbering.js';

/** An ISO date from 2021年12月31日 / 2021-12-31 / 2021.12.31. */
export function isoDate(text: string): string | null {
  const digits = normalizeDigits(text);
  const m = /(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})/.exec(digits);
  if (!m) return monthEnd(digits);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A date stated as the end of a year or month (截至2023年底 · 2023年末 · 2023年度末 · 2023年12月底 · 2023年12月末):
 * its last day. A month without 底 / 末 (2023年12月) says no day and gives none. Only right after 截至 / 截止 (or its
 * 时间： / 日期：): 截至年末资产总额比2022年末增加… names the year compared with, not the date (asOf stays null).
 */
const MONTH_END = /(?:^|截至|截止|时间[:：]|日期[:：])\s*(?:到|于)?\s*(\d{4})\s*年\s*(?:度\s*)?(?:(\d{1,2})\s*月\s*)?(?:底|末)/;
function monthEnd(text: string): string | null {
  const m = MONTH_END.exec(text);
  if (!m) return null;
  const mo = m[2] === undefined ? 12 : Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  const last = new Date(Date.UTC(Number(m[1]), mo, 0)).getUTCDate();
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** What `read` gives for the first cell of the table (row by row) it gives anything for. */
function firstCell<T>(t: Table, read: (text: string) => T | null): T | null {
  for (const r of t.rows) {
    for (const c of r.cells) {
      const v = read(c.text);
      if (v !== null) return v;
    }
  }
  return null;
}

/** The value column's header: 价值 · 金额 · 原值 · 净值 · 账面价值 (the last three also say the basis). */
const VALUE_HEADER = /价值|金额|账面|原值|净值/;
/** A sentence that says no fixed asset is bought: 无新增固定资产 · 没有拟购置固定资产. */
const NO_PURCHASE = /(无|没有)(新增|拟购置)[^，。；]*固定资产[^，。；]*/;
/** A 国有资产 table names one of these (words, never across two cells). */
const ASSET_WORDS = /资产|房屋|车辆/;

/**
 * Whether the words right after a 资产总额 (its clause and the next, at most 40 characters) say that parts of it
 * follow (其中：流动资产… · 包括 · 分别为). Asked once per 资产总额, on its own place in the paragraph.
 */
function listsParts(total: Money): boolean {
  const pos = positionOf(total);
  if (!pos) return false;
  const after = pos.paragraph.text.slice(pos.end, pos.end + 40);
  const end = after.indexOf('。');
  return PARTS_FOLLOW.test(end < 0 ? after : after.slice(0, end));
}

/** Where a figure of the text or of a table was put, for the check of the text against the table. */
type Field = 'total' | 'fixedAssets';
/** The name a sentence part gets as `parent`: the field `total` is the 资产总额. */
const TOTAL_NAME = '资产总额';

/**
 * 国有资产: the sentences (上年末固定资产金额为…, 拟购置固定资产总额为… / 无新增; in a 决算 截至…，资产总额…，
 * 其中：流动资产…，固定资产…) and the 固定资产占用情况表 / 国有资产 table (截止时间, and per row: 房屋 area and
 * value, 车辆 count and value …). 资产总额 (all the assets) goes to `total`, 固定资产 to `fixedAssets`, never
 * the one for the other (asset-words.ts); a figure that fits neither is reported.
 */
/** The words before a counted name up to the verb of holding (本单位实有 · 全局占有使用 · 年底保有). */
const HOLDING_VERB = /共有|拥有|现有|实有|保有|占有|配备|截至|截止/;
const HOLDING_LEAD = /^[^，,。；;：:]*?(?:共有|拥有|现有|实有|保有|占有使用|占有|配备有?)(?=[\u4e00-\u9fff（(])/;

/** The budget of one purchase (购置车辆预算… · 更新公务用车1辆，购置预算…), not of all the year's purchases. */
function onePurchase(m: Mention): boolean {
  if (ONE_PURCHASE_LABEL.test(m.label)) return true;
  // (a label that names 资产 is of all the year's purchases: 计划购置公务用车1辆，新增资产配置预算28.50万元)
  if (m.label.includes('资产')) return false;
  const pos = positionOf(m.money);
  if (!pos) return false;
  return COUNTED_PURCHASE_BEFORE.test(groupBefore(pos.paragraph.text, pos.start, 80));
}

/** The date after 截至 / 截止 (截至2024年12月31日 · 截止日期：2024年12月31日 · 截至2024年底). */
const AS_OF = /(?:截至|截止)(?:到|于|日期[:：]?)?\s*([^，,。；;：:）)]{0,20})/;
/** A line without figures that announces the figures after it: it ends in ： or says 如下. */
const ANNOUNCES = /[：:]\s*$|如下/;

export function extractAssets(blocks: readonly Block[], ctx: ExtractContext): Assets {
  const out: Assets = { asOf: null, total: null, fixedAssets: null, basis: { total: null, fixedAssets: null }, plannedPurchase: null, items: [] };
  const mentions: Mention[] = [];
  const counted: AssetItem[] = [];
  let sentenceAsOf: string | null = null;
  let announcedAsOf: string | null = null;
  let lastPart: { name: string; paragraph: Paragraph; end: number } | null = null; // the last part of a 资产总额 at the top level
  const bracket = { at: 0, depth: 0 }; // the brackets open between lastPart and the part last looked at
  const set = (field: Field, money: Money, words: string) => {
    out[field] = money;
    out.basis[field] = basisOf(words);
  };
  for (const p of paragraphs(blocks)) {
    const found = scanAmounts(p);
    mentions.push(...found);
    // "共有车辆2辆，其中：一般公务用车1辆…" · "单价50万元以上通用设备0台（套）": counts, kept as items with no value.
    // A count of what is to be bought (2025年部门预算安排购置车辆1辆，其中…) is none of what is held: reported.
    if (p.text.includes('辆') || p.text.includes('台')) {
      const planned: string[] = [];
      let plannedAt = 0;
      for (const c of countsOf(p)) {
        if (!c.planned) counted.push(c.item);
        else if (planned.push(`${c.words}${c.item.quantity}${c.item.quantityUnit}`) === 1) plannedAt = c.item.line;
      }
      // One warning for the paragraph's list (购置车辆0辆，其中：…用车0辆、…), with its counts.
      if (planned.length > 0) ctx.diagnostics.warn('UNPLACED_FIGURE', `国有资产: the counts of a planned purchase "${planned.join('、')}" fit no field of the output`, plannedAt);
    }
    // The sentence of the 资产总额 read last, once it says 其中 / 包括 / 分别 after it: the parts it lists are its parts.
    let ownerSentence = -1;
    let ownerListsParts = false;
    let owner: Money | null = null;
    for (const m of found) {
      if (m.sign !== null) continue;
      const label = m.label;
      if (PURCHASE.test(label)) {
        // (the budget of one purchase, 计划更新公务用车1辆，购置预算20万元, is no total of the year's: reported)
        if (!onePurchase(m)) out.plannedPurchase ??= m.money;
        continue;
      }
      if (OTHER_DATE.test(label) || NO_FIELD.test(label)) continue; // reported
      const part = owner && ownerSentence === m.sentence && ownerListsParts ? TOTAL_PARTS.exec(label) : null;
      if (part) {
        // "非流动资产1,000.00万元（其中固定资产净值980.00万元，无形资产20.00万元）": the parts in the brackets after a part are
        // that part's (they were the 资产总额's beside it, summed twice).
        const pos = positionOf(m.money);
        // (the brackets opened since the last top-level part, counted on from where the part before left off: linear on
        // a long list of bracketed parts, where re-reading from that part each time was quadratic)
        let nested = false;
        if (pos && lastPart && lastPart.paragraph === pos.paragraph) {
          const text = pos.paragraph.text;
          for (let i = Math.max(bracket.at, lastPart.end); i < pos.start; i++) {
            const c = text[i];
            if (c === '（' || c === '(') bracket.depth++;
            else if ((c === '）' || c === ')') && bracket.depth > 0) bracket.depth--;
          }
          bracket.at = Math.max(bracket.at, pos.start);
          nested = bracket.depth > 0;
        }
        out.items.push({ name: part[0], quantity: null, quantityUnit: null, value: m.money, line: m.money.line, parent: nested ? lastPart!.name : TOTAL_NAME, role: 'part' });
        if (!nested && pos) {
          lastPart = { name: part[0], paragraph: pos.paragraph, end: pos.end };
          bracket.at = pos.end;
          bracket.depth = 0;
        }
        if (part[0].endsWith('固定资产') && !out.fixedAssets) set('fixedAssets', m.money, label);
      } else if (FIXED_ASSETS.test(label)) {
        if (!out.fixedAssets) set('fixedAssets', m.money, label);
      } else if (TOTAL_PARTS.test(label)) {
        // a part (流动资产 …) with no 资产总额 before it in its sentence: reported
      } else if (TOTAL_ASSETS.test(label) && !out.total) {
        set('total', m.money, label);
        ownerSentence = m.sentence;
        owner = m.money;
        ownerListsParts = listsParts(m.money);
      }
    }
    // "截至2022年12月31日，资产原值合计…": the date the figures stand at, when a sentence states it; also a
    // line without figures that announces them ("截至2024年12月31日：" · "资产情况如下（截止日期：2024年12月31日）").
    const dated = p.text.includes('截至') || p.text.includes('截止');
    if (!sentenceAsOf && (found.length > 0 || counted.length > 0)) {
      const at = dated ? AS_OF.exec(p.text) : null;
      sentenceAsOf = (at ? isoDate(at[1]!) : null) ?? announcedAsOf;
    } else if (!sentenceAsOf && dated && found.length === 0 && ANNOUNCES.test(p.text)) {
      const at = AS_OF.exec(p.text);
      announcedAsOf = at ? isoDate(at[1]!) : null;
    }
    // "无新增固定资产": only a paragraph that says 固定资产 is searched for it.
    if (!out.plannedPurchase) out.plannedPurchase = statedNone([p], '固定资产', NO_PURCHASE);
  }
  // What the tables state, each figure under the field its row names, for the check against the text.
  const fromTable: Record<Field, Money | null> = { total: null, fixedAssets: null };
  const tableBasis: Record<Field, AssetBasis | null> = { total: null, fixedAssets: null };
  const unplaced: { money: Money; label: string }[] = [];
  let above = '';
  /** The table title above (a short line ending in 表; a 单位：万元 line between is passed over). */
  let titleAbove = '';
  for (const t of blocks) {
    if (t.kind === 'paragraph') {
      above = t.text;
      if (t.text.length <= 40 && /表\s*$/.test(t.text)) titleAbove = t.text;
      else if (!/^\s*(?:金额)?单位[:：]/.test(t.text)) titleAbove = '';
    }
    if (t.kind !== 'table') continue;
    const title = titleAbove;
    titleAbove = '';
    // The words are tested on the table's joined text (src/blocks/table-text.ts), and so are the unit
    // (every unit ends in 元) and the date (截止 / 截至), before any cell is looked at one by one.
    const text = tableText(t);
    if (!ASSET_WORDS.test(text)) continue;
    const unit = (text.includes('元') ? firstCell(t, unitFromHeader) : null) ?? ctx.unitAbove?.(t) ?? null;
    if (!unit) {
      // Never guessed: a 元 table read as 万元 (or the reverse) is off by 10⁴.
      ctx.diagnostics.warn('TABLE_NO_UNIT', 'the 国有资产 table states no unit (单位：万元 / 元): its values are not read', t.startLine);
      continue;
    }
    // (the title above, or a cell of the first row: each at most 40 characters, as a title is; never the row joined)
    const planned = plannedTitle(title) ? title : t.rows[0]?.cells.find((c) => plannedTitle(c.text))?.text;
    if (planned !== undefined) {
      // 新增资产配置预算表: what is to be bought, no holdings: its total is the planned purchase, its rows' figures
      // (金额, 单价) fit no field (UNPLACED_FIGURE); before, its rows were holdings and its 合计 the 固定资产.
      plannedTable(t, unit, compact(planned), out, unplaced, ctx);
      ctx.readTables?.add(t);
      continue;
    }
    const asOf = text.includes('截止') || text.includes('截至') ? firstCell(t, (c) => (/截止|截至/.test(c) ? c : null)) : null;
    if (asOf && !out.asOf) out.asOf = isoDate(asOf);
    // Columns from the header (项目 / 数量 / 价值（金额单位：万元）); the template's order otherwise.
    // (a header of the value alone, | 资产 | 金额 |, has no 数量 column: its 金额 figures were read as counts, 流动资产 120)
    const header =
      t.rows.find((r) => r.cells.some((c) => /数量|面积/.test(c.text)) && r.cells.some((c) => VALUE_HEADER.test(c.text))) ??
      t.rows.slice(0, 3).find((r) => r.cells.length >= 2 && r.cells.some((c, i) => i > 0 && VALUE_HEADER.test(compact(c.text))) && r.cells.every((c) => !/\d/.test(c.text)));
    const col = (re: RegExp, fallback: number) => header?.cells.findIndex((c) => re.test(compact(c.text))) ?? fallback;
    const qCol = col(/数量|面积/, 1);
    const vCol = col(VALUE_HEADER, 2);
    const basis = header && vCol >= 0 ? basisOf(compact(header.cells[vCol]!.text)) : null;
    const rows: AssetItem[] = [];
    const totals: { money: Money; label: string }[] = [];
    for (const row of t.rows) {
      if (row === header || row.cells.length < 2) continue;
      const first = compact(row.cells[0]!.text);
      if (!first || /^项目$|截止|截至|编制|单位/.test(first)) continue;
      const vCell = vCol >= 0 ? row.cells[vCol] : undefined;
      const value = vCell ? toMoney(vCell.text, vCell.startLine, unit) : null;
      if (TOTAL_ROW.test(first)) {
        if (value) totals.push({ money: value, label: first });
        continue;
      }
      const body = (parseNumbering(first)?.rest ?? first).replace(/^其中[:：]/, '');
      const u = /[（(]([^）)]+)[）)]$/.exec(body);
      const q = normalizeDigits(compact(row.cells[qCol]?.text ?? ''));
      const quantity = /^\d+(\.\d+)?$/.test(q) ? Number(q) : null;
      if (/^[.…。]+$/.test(body)) continue; // "4、……………" placeholder rows of the template
      const name = u ? body.slice(0, u.index) : body;
      // A row of the fixed assets as a whole (固定资产 under a 资产总计): its value is also `fixedAssets`.
      if (value && FIXED_ROW.test(name) && !fromTable.fixedAssets) {
        fromTable.fixedAssets = value;
        tableBasis.fixedAssets = basis;
      }
      rows.push({ name, quantity, quantityUnit: u ? u[1]! : null, value, line: row.startLine } satisfies AssetItem);
    }
    out.items.push(...rows);
    if (rows.length > 0 || totals.length > 0) ctx.readTables?.add(t); // (UNREAD_TABLE: read)
    // Whose total the total row is: all the assets' when a row names a part that is no fixed asset
    // (流动资产, 无形资产 …); the fixed assets' in a 固定资产占用情况表 (its title, in it or on the line above
    // it) or when every row is a kind of fixed asset (房屋, 车辆, 设备 …); unknown otherwise (reported).
    const totalOf: Field | null = rows.some((r) => NON_FIXED_ROWS.test(r.name))
      ? 'total'
      : FIXED_TABLE_TITLE.test(text) || FIXED_TABLE_TITLE.test(above) || (rows.length > 0 && rows.every((r) => FIXED_KIND_ROW.test(r.name)))
        ? 'fixedAssets'
        : null;
    for (const total of totals) {
      const known = totalOf === null ? null : fromTable[totalOf];
      // A table read again (a document that repeats its 固定资产占用情况表) states the same figure: nothing new.
      if (known && sameFigure(known, total.money)) continue;
      if (totalOf === null || known) unplaced.push(total);
      else {
        fromTable[totalOf] = total.money;
        tableBasis[totalOf] = basis;
      }
    }
  }
  warnUnplaced(ctx.diagnostics, '国有资产', mentions, placed(out));
  warnUnplaced(ctx.diagnostics, '国有资产 table', unplaced, new Set());
  // The text against the table: like with like only (资产总额 with 资产总额, 固定资产 with 固定资产, and
  // never a 原值 with a 净值); the table fills what the text does not state.
  for (const field of ['total', 'fixedAssets'] as const) {
    const inText = out[field];
    const inTable = fromTable[field];
    if (!inTable) continue;
    if (!inText) {
      out[field] = inTable;
      out.basis[field] = tableBasis[field];
      continue;
    }
    const [a, b] = [out.basis[field], tableBasis[field]];
    if (a && b && a !== b) {
      // a 原值 and a 净值 are two figures, not one to check; the field holds the text's, the table's is reported
      warnUnplaced(ctx.diagnostics, '国有资产 table', [{ money: inTable, label: `${field === 'total' ? '资产总额' : '固定资产'}（${b === 'net' ? '净值' : '原值'}）` }], new Set());
      continue;
    }
    reportMismatch(ctx.diagnostics, `${field === 'total' ? '资产总额' : '固定资产'} in the text and in the table`, inText, inTable);
    if (!a && b) out.basis[field] = b; // the same figure, its basis stated by the table's column
  }
  out.asOf ??= sentenceAsOf;
  // The sentences' counts, where no table row of the same name gave one.
  for (const c of counted) {
    const known = out.items.find((i) => i.name === c.name && i.quantity !== null);
    if (!known) out.items.push(c);
    // The same count stated again must agree: a different one is reported, never dropped.
    else if (known.quantity !== c.quantity || known.quantityUnit !== c.quantityUnit) {
      ctx.diagnostics.warn('UNPLACED_FIGURE', `国有资产: the count "${c.name}${c.quantity}${c.quantityUnit}" differs from the ${known.quantity}${known.quantityUnit ?? ''} stated before (line ${known.line}) and fits no field of the output`, c.line);
    }
  }
  return out;
}

/**
 * The counts a paragraph states, each as an item with no value; those after 其中 are parts of the whole before them.
 * `planned`: the clause group says the count is to be bought (购置 · 新增 before it), `words` the words before it there.
 */
function countsOf(p: Paragraph): { item: AssetItem; planned: boolean; words: string }[] {
  const out: { item: AssetItem; planned: boolean; words: string }[] = [];
  // Where the clause group of the current match starts (moved forward with the matches: linear on one huge line).
  let groupStart = 0;
  let sentenceStart = 0;
  let scanned = 0;
  /** The whole (车辆) counted last: where it stands, where its clause group ends, where its 其中 stands (-1: none). */
  let whole: { name: string; at: number; sentenceEnd: number; parts: number } | null = null;
  let groupEnd = -1;
  let nextParts = -1;
  COUNTED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COUNTED.exec(p.text)) !== null) {
    // (the holder and its verb before the name are no part of it: 本单位实有公务用车 · 全局占有使用公务用车 → 公务用车)
    const name = m[1]!.replace(HOLDING_LEAD, '').replace(/^(共有|拥有|现有|配备|其中[:：]?|各类)/, '').replace(/\s+/g, '');
    const line = p.pieces ? lineAt(p, m.index) : p.line;
    const inWhole = whole !== null && m.index < whole.sentenceEnd && whole.parts >= 0 && whole.parts <= m.index;
    for (; scanned < m.index; scanned++) {
      const c = p.text[scanned]!;
      if ('。；;'.includes(c)) groupStart = scanned + 1;
      if (c === '。') sentenceStart = scanned + 1;
    }
    const before = p.text.slice(Math.max(groupStart, m.index - 80), m.index + m[1]!.length);
    // A sentence that opens with a purchase (安排购置车辆13辆，其中…；单位价值100万元以上设备0台（套）) is of the
    // purchase in its later clause groups too, unless a group says what is held (现有 · 共有 …).
    const opening = groupStart > sentenceStart ? p.text.slice(sentenceStart, Math.min(groupStart, sentenceStart + 80)) : '';
    // (an opening that only names a purchase's money, 当年新增固定资产20万元, makes no later count a purchase)
    // (a holding verb in the count's own clause wins: "资产台账已全部更新，共有车辆5辆" counts what is held)
    const own = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1);
    const planned = (PURCHASE_COUNT.test(before) && !HOLDING_VERB.test(own)) || (opening !== '' && PURCHASE_COUNTED.test(opening) && !HOLDING_VERB.test(before));
    const item: AssetItem = { name, quantity: Number(m[2]), quantityUnit: m[3]!, value: null, line, ...(inWhole ? { parent: whole!.name, role: 'part' as const } : {}) };
    out.push({ item, planned, words: m[1]!.replace(/\s+/g, '') });
    if (COUNTED_WHOLE.test(name)) {
      // (its parts end with its clause group: "…执法执勤用车1辆；单价50万元以上通用设备0台" is no vehicle; the end
      // found for one whole serves the next ones of its group: linear on one huge line)
      if (groupEnd < m.index) {
        groupEnd = m.index;
        while (groupEnd < p.text.length && !'。；;'.includes(p.text[groupEnd]!)) groupEnd++;
      }
      // (the next 其中, found again only once passed: linear even where none stands)
      if (nextParts !== Infinity && nextParts < m.index) {
        const at = p.text.indexOf('其中', m.index);
        nextParts = at < 0 ? Infinity : at;
      }
      whole = { name, at: m.index, sentenceEnd: groupEnd, parts: nextParts < groupEnd ? nextParts : -1 };
    } else if (!inWhole) whole = null;
  }
  return out;
}

/**
 * The title of a table of planned purchases only (新增资产配置预算表 · 拟购置资产明细表), at most 40 characters: not a
 * table of holdings and purchases (国有资产占用及新增资产配置情况表) nor a sentence (…配置情况见下表).
 */
function plannedTitle(text: string): boolean {
  if (text.length > 40) return false;
  const s = compact(text);
  return PLANNED_TABLE.test(s) && !NOT_PLANNED_TABLE.test(s);
}

/**
 * A table of planned purchases. Its columns by their headers (rows with no figure under the header add to it:
 * 资金来源 ⏎ 财政拨款 · 其他资金): counts (数量), a unit price (单价), parts of the funding (财政拨款 · 其中：…), and
 * the total money column (预算数 · 金额 · 总价 …), which must be the only one. Its 合计 there is `plannedPurchase`
 * (checked against the text's) when the title names assets as a whole (新增资产配置预算表, not 公务用车购置计划表)
 * and the header is clear; every other figure of the table (the rows', the 合计's other cells, the counts, a column
 * with no header) is reported as UNPLACED_FIGURE, none dropped.
 */
function plannedTable(t: Table, unit: MoneyUnit, title: string, out: Assets, unplaced: { money: Money; label: string }[], ctx: ExtractContext): void {
  const isFigure = (text: string) => /\d/.test(text) && !/^(?:金额)?单位|^(?:编制|填报)/.test(compact(text));
  const hasFigure = (r: Table['rows'][number]) => r.cells.some((c) => isFigure(c.text));
  // (a header may hold a year, 2025年预算数, but no cell that is a number)
  const isNumber = (text: string) => /^[-—−]?\d[\d,，.]*$/.test(normalizeDigits(compact(text)));
  const headerAt = t.rows.findIndex((r) => !r.cells.some((c) => isNumber(c.text)) && !r.cells.some((c) => plannedTitle(c.text)) && r.cells.some((c) => PLANNED_COLUMN.some(([re]) => re.test(compact(c.text)))));
  const heads = headerAt >= 0 ? t.rows[headerAt]!.cells.map((c) => compact(c.text)) : [];
  // (rows with no figure right under the header are its second line: 资金来源 ⏎ 财政拨款 · 其他资金)
  let body = headerAt + 1;
  for (; headerAt >= 0 && body < t.rows.length && !t.rows[body]!.cells.some((c) => isNumber(c.text)) && !hasFigure(t.rows[body]!); body++) {
    t.rows[body]!.cells.forEach((c, i) => (heads[i] = (heads[i] ?? '') + compact(c.text)));
  }
  const kindOf = (i: number) => (heads[i] ? PLANNED_COLUMN.find(([re]) => re.test(heads[i]!))?.[1] ?? null : null);
  const totals = heads.map((_, i) => i).filter((i) => i > 0 && kindOf(i) === 'total');
  // (one total column, or the 合计 is unclear and reported; the title names assets as a whole, not one kind)
  const totalCol = totals.length === 1 && /资产/.test(title) && !ONE_PURCHASE_LABEL.test(title) ? totals[0]! : -1;
  let category = '';
  for (const row of headerAt >= 0 ? t.rows.slice(body) : t.rows) {
    const first = compact(row.cells[0]?.text ?? '');
    // (an empty first cell is merged with the one above: 通用设备 ⏎ (empty) 复印机)
    if (first) category = first;
    if (!hasFigure(row)) continue;
    const isTotal = TOTAL_ROW.test(row.cells.map((c) => compact(c.text)).find((x) => x !== '') ?? '');
    for (let i = 0; i < row.cells.length; i++) {
      const c = row.cells[i]!;
      if (!isFigure(c.text)) continue;
      const names = row.cells.slice(0, i).map((x) => compact(x.text)).filter((x) => x && !/^\d/.test(x));
      if (!first && !isTotal && category) names.unshift(category);
      const label = `${names.join(' ')} ${heads[i] ?? ''}`.replace(/\s+/g, ' ').trim();
      const kind = kindOf(i);
      const m = kind === 'total' || kind === 'price' || kind === 'part' ? toMoney(c.text, c.startLine, unit) : null;
      if (m && isTotal && i === totalCol) {
        if (out.plannedPurchase) reportMismatch(ctx.diagnostics, '新增资产配置 in the text and in the table', out.plannedPurchase, m);
        else out.plannedPurchase = m;
      } else if (m) unplaced.push({ money: m, label: `${label} (to be bought)` });
      else {
        const what = kind === 'count' ? 'the count of a planned purchase' : heads[i] ? 'a figure of a planned purchase' : 'a figure of a planned purchase (its column states no header)';
        ctx.diagnostics.warn('UNPLACED_FIGURE', `国有资产 table: ${what} "${label} ${compact(c.text)}" fits no field of the output`, c.startLine);
      }
    }
  }
}
