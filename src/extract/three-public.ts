import type { Block, Table } from '../blocks/index.js';
import { isColumnNumbers } from '../tables/patterns.js';
import { firstUnit, toMoney } from '../normalize/money.js';
import type { Change, Money, MoneyUnit, ThreePublic } from '../schema/index.js';
import { changeBasis, isFlat, placed, positionOf, scanAmounts, signedMoney, warnUnplaced, type Mention } from './amounts.js';
import { changeFor, type ChangeSlots } from './changes.js';
import type { Diagnostics } from '../diagnostics.js';
import { cellLabels, compact, type ExtractContext, paragraphs, tables } from './context.js';
import { reportMismatch } from '../checks/compare.js';
import { budgetChange, settleBasis, splitBudgeted } from './final-account.js';
import { budgetedParts, finalThreePublicTable, mergeFinalThreePublic, threePublicRates, unreadTwoPeriodTable, wideThreePublicTable } from './final-three-public.js';

type Key = 'total' | 'abroad' | 'vehicle' | 'vehiclePurchase' | 'vehicleOperation' | 'reception';

/** Which part of the “三公” figures a label names. */
export function classifyThreePublic(label: string): Key | null {
  const s = compact(label);
  // "…公车运行费（“三公”经费）决算总额": the list's name in brackets names the whole, not its last part.
  if (/[（(](以下简称|简称)?“?三公”?(经费)?[)）]/.test(s)) return 'total';
  if (/因公出国|出国[（(]境[)）]/.test(s)) return 'abroad';
  if (/(公务用车|公车|车辆)购置(及|和|与)?运/.test(s)) return 'vehicle';
  if (/公务用车购置|公车购置|车辆购置/.test(s)) return 'vehiclePurchase';
  if (/公务用车运|公车运|车辆运行|运行维护|运维/.test(s)) return 'vehicleOperation';
  if (/公务接待/.test(s)) return 'reception';
  if (/三公|合计|总计/.test(s)) return 'total';
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

/** Whether an amount stands inside brackets （…） of its paragraph (more opened than closed before it). */
function inBrackets(m: Mention): boolean {
  const pos = positionOf(m.money);
  if (!pos) return false;
  const t = pos.paragraph.text;
  if (!t.includes('(') && !t.includes('（')) return false;
  let open = 0;
  for (let i = 0; i < pos.start; i++) {
    const c = t.charCodeAt(i);
    if (c === 40 || c === 0xff08) open++;
    else if ((c === 41 || c === 0xff09) && open > 0) open--;
  }
  return open > 0;
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
  // Sentences that state an actual (决算) figure: "支出预算为44.52万元，支出决算为22.62万元".
  const statesActual = new Set(mentions.filter((m) => m.sign === null && /决算/.test(m.label)).map((m) => m.sentenceText));
  for (const m of mentions) {
    // "较2023年年初预算的1278万元减少40万元": the figure compared with is no figure of the year (no field holds it: UNPLACED_FIGURE).
    if (m.sign === null && /^(比|较|与|同)/.test(m.label)) continue;
    if (m.sign === null) {
      let key = classifyThreePublic(m.label) ?? (m.lead ? classifyThreePublic(m.lead) : null);
      if (!key && /经费|预算|决算|支出|安排|预算数|合计/.test(m.label)) key = lastStock.get(group(m)) ?? (out.total === null && !/决算/.test(m.label) ? 'total' : null);
      if (!key) continue; // left for the UNPLACED_FIGURE warning
      lastStock.set(group(m), key);
      lastInSentence.set(sentenceOf(m), key);
      if (!inBrackets(m)) {
        lastOutside.set(group(m), key);
        lastOutsideInParagraph.set(m.paragraph ?? 0, key);
      }
      // A budget figure of a 决算, or an actual figure in a budget: not this reader's to place.
      const says = /决算/.test(m.label) ? 'finalAccount' : /(?<!公共)预算/.test(m.label) ? 'budget' : null;
      if (finalAccount ? says === 'budget' : says === 'finalAccount' || (says === 'budget' && statesActual.has(m.sentenceText))) continue;
      const known = out[key];
      if (known === null) {
        out[key] = m.money;
        if (key !== 'total') out.items.push({ name: m.label && classifyThreePublic(m.label) ? m.label : NAMES[key], amount: m.money });
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
    const named = classifyThreePublic(m.label) ?? before ?? (m.lead ? classifyThreePublic(m.lead) : null) ?? lastInSentence.get(sentenceOf(m)) ?? null;
    // Nothing names a change after the total's change was stated ("…。）比上年增加0万元"): no guess, UNPLACED_FIGURE.
    if (!named && changeFor(slots, m, year, finalAccount).amount !== null) continue;
    const key = named ?? 'total';
    // "比上年增加0.00万元，增长0.00%，与上年持平": the 持平 says again the change of 0 just stated.
    const said = lastChange.get(group(m));
    if (isFlat(m.money.raw) && said && said.key === key && said.yuan === 0) {
      repeated.push(m.money);
      continue;
    }
    lastChange.set(group(m), { key, yuan: m.money.yuan });
    const change = changeFor(slots, m, year, finalAccount);
    if (key === 'total' && change.amount === null) change.amount = signed;
    else change.items.push({ name: key === 'total' ? m.label : m.label && classifyThreePublic(m.label) ? m.label : NAMES[key], amount: signed });
  }
  out.change = slots.change;
  out.changeOnFinalAccount = slots.changeOnFinalAccount;
  return { out, repeated };
}

/** The table form: 项目 / 本年预算数 / 上年预算数 / 增减 columns, in 元 or 万元. */
function fromTable(table: Table, unitHint: MoneyUnit | null, year: number | null, unread: { money: Money; label: string }[]): ThreePublic | null {
  const texts = table.rows.flatMap((r) => cellLabels(r));
  if (!texts.some((t) => /因公出国|公务接待/.test(t))) return null;
  // No unit stated (in the table, above it, or in the section's text): not read, never guessed.
  const unit = firstUnit(texts) ?? unitHint;
  if (!unit) return null;
  const headerAt = table.rows.findIndex((r) => r.cells.some((c) => /预算|决算|金额/.test(compact(c.text))));
  if (headerAt < 0) return null;
  const header = cellLabels(table.rows[headerAt]!);
  const current = header.findIndex((h) => /本年|当年|预算数|预算额|^\d{4}年/.test(h) && !/上年/.test(h));
  const previous = header.findIndex((h) => /上年/.test(h));
  const delta = header.findIndex((h) => /增减|增加|变动|差额/.test(h));
  if (current < 0) return null;
  const out = empty('table');
  const prevHeader = previous >= 0 ? header[previous]! : '';
  const cy = /(\d{4})年/.exec(prevHeader);
  let change = null as Change | null;
  for (const row of table.rows.slice(headerAt + 1)) {
    const name = compact(row.cells[0]?.text ?? '');
    const key = classifyThreePublic(name);
    if (!key) {
      // The 栏次 row (1 2 3 …) numbers the columns: no figures.
      if (/^(栏次|行次)$/.test(name) || isColumnNumbers(cellLabels(row).filter(Boolean))) continue;
      for (const c of row.cells.slice(1)) {
        const money = toMoney(c.text, c.startLine, unit);
        if (money) unread.push({ money, label: name });
      }
      continue;
    }
    const cell = row.cells[current];
    const money = cell ? toMoney(cell.text, cell.startLine, unit) : null;
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
  out.change = change;
  return out;
}

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
  const final = ctx.kind === 'finalAccount' ? splitBudgeted(scanned) : null;
  const mentions = final ? final.actual : scanned;
  const { out: sentence, repeated } = fromSentences(mentions, ctx.year, ctx.diagnostics, ctx.kind === 'finalAccount');
  const unreadRows: { money: Money; label: string }[] = [];
  const hint = (t: Table) => ctx.unitAbove?.(t) ?? unitHint;
  const readTable = (t: Table): ThreePublic | null => {
    if (!final) return fromTable(t, hint(t), ctx.year, unreadRows);
    const read = wideThreePublicTable(t, hint(t)) ?? finalThreePublicTable(t, hint(t), ctx.year, classifyThreePublic, unreadRows);
    if (read) return read;
    // A 预算 | 决算 table of other years only: its figures are reported, not read as this year's actual.
    const unreadFigures = unreadTwoPeriodTable(t, hint(t));
    if (unreadFigures) {
      unreadRows.push(...unreadFigures);
      return null;
    }
    return fromTable(t, hint(t), ctx.year, unreadRows);
  };
  const table = tables(blocks).map(readTable).find((t) => t !== null) ?? null;
  if (!table) {
    // A 三公 table whose unit nobody states is not read: said, with its line (its figures would be off by 10⁴ if guessed).
    const unitless = tables(blocks).find((t) => {
      const texts = t.rows.flatMap((r) => cellLabels(r));
      return texts.some((x) => /因公出国|公务接待/.test(x)) && texts.some((x) => /\d\.\d/.test(x)) && !firstUnit(texts) && !hint(t);
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
    if (sentence.total === null) ctx.diagnostics.warn('NO_THREE_PUBLIC_TOTAL', 'no total of the “三公” figures was found', paras[0]?.line ?? null);
    return sentence;
  }
  if (sentence.total === null) return table;
  for (const key of ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const) {
    const a = sentence[key];
    const b = table[key];
    if (a && b) reportMismatch(ctx.diagnostics, `三公 ${NAMES[key]} in the text and in the table`, a, b);
  }
  return final ? mergeFinalThreePublic(sentence, table, ctx.diagnostics) : sentence;
}
