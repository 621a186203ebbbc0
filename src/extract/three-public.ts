import type { Block, Table } from '../blocks/index.js';
import { firstUnit, toMoney } from '../normalize/money.js';
import type { Change, Money, MoneyUnit, ThreePublic } from '../schema/index.js';
import { changeBasis, comparedYear, placed, scanAmounts, signedMoney, warnUnplaced, type Mention } from './amounts.js';
import type { Diagnostics } from '../diagnostics.js';
import { compact, paragraphs, tables, type ExtractContext } from './context.js';
import { reportMismatch } from '../checks/compare.js';
import { settleBasis, splitBudgeted } from './final-account.js';
import { budgetedParts, finalThreePublicTable, mergeFinalThreePublic, threePublicRates } from './final-three-public.js';

type Key = 'total' | 'abroad' | 'vehicle' | 'vehiclePurchase' | 'vehicleOperation' | 'reception';

/** Which part of the “三公” figures a label names. */
export function classifyThreePublic(label: string): Key | null {
  const s = label.replace(/\s+/g, '');
  if (/因公出国|出国[（(]境[)）]/.test(s)) return 'abroad';
  if (/公务用车购置及运|公务用车购置和运|车辆购置及运/.test(s)) return 'vehicle';
  if (/公务用车购置|车辆购置/.test(s)) return 'vehiclePurchase';
  if (/公务用车运|运行维护|运维/.test(s)) return 'vehicleOperation';
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

function empty(form: ThreePublic['form']): ThreePublic {
  return { form, total: null, abroad: null, vehicle: null, vehiclePurchase: null, vehicleOperation: null, reception: null, change: null, items: [], budgeted: null, executionRates: [] };
}

/** The sentence form: "“三公”经费预算安排8.54万元。其中，因公出国（境）费0万元；…与2021年相比减少0.2万元，其中，公务接待费减少0.2万元". */
/** Returns the figures read and the repeated statements of a part (checked for agreement, so accounted for). */
function fromSentences(mentions: Mention[], year: number | null, diagnostics: Diagnostics): { out: ThreePublic; repeated: Money[] } {
  const out = empty('sentence');
  const repeated: Money[] = [];
  const lastStock = new Map<number, Key>();
  let change = null as Change | null;
  for (const m of mentions) {
    if (m.sign === null) {
      let key = classifyThreePublic(m.label);
      if (!key && out.total === null && /经费|预算/.test(m.label)) key = 'total';
      if (!key) continue; // left for the UNPLACED_FIGURE warning
      const known = out[key];
      if (known === null) {
        out[key] = m.money;
        if (key !== 'total') out.items.push({ name: m.label || NAMES[key], amount: m.money });
      } else {
        // The same part stated again: it must agree, and then it is accounted for.
        reportMismatch(diagnostics, `三公 ${NAMES[key]} stated twice`, known, m.money);
        repeated.push(m.money);
      }
      lastStock.set(m.segment, key);
      continue;
    }
    const signed = signedMoney(m);
    const key = classifyThreePublic(m.label) ?? lastStock.get(m.segment) ?? 'total';
    change ??= { comparedYear: comparedYear(m.sentenceText, year), basis: changeBasis(m.sentenceText), base: null, amount: null, items: [] };
    if (key === 'total' && change.amount === null) change.amount = signed;
    else change.items.push({ name: key === 'total' ? m.label : m.label && classifyThreePublic(m.label) ? m.label : NAMES[key], amount: signed });
  }
  out.change = change;
  return { out, repeated };
}

/** The table form: 项目 / 本年预算数 / 上年预算数 / 增减 columns, in 元 or 万元. */
function fromTable(table: Table, unitHint: MoneyUnit | null, year: number | null, unread: { money: Money; label: string }[]): ThreePublic | null {
  const texts = table.rows.flatMap((r) => r.cells.map((c) => compact(c.text)));
  if (!texts.some((t) => /因公出国|公务接待/.test(t))) return null;
  const unit = firstUnit(texts) ?? unitHint ?? '元';
  const headerAt = table.rows.findIndex((r) => r.cells.some((c) => /预算|决算|金额/.test(compact(c.text))));
  if (headerAt < 0) return null;
  const header = table.rows[headerAt]!.cells.map((c) => compact(c.text));
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
  const scanned = paras.flatMap((p) => scanAmounts(p));
  // A 决算 states actual figures and the year's budget beside them (final-three-public.ts).
  const final = ctx.kind === 'finalAccount' ? splitBudgeted(scanned) : null;
  const mentions = final ? final.actual : scanned;
  const { out: sentence, repeated } = fromSentences(mentions, ctx.year, ctx.diagnostics);
  const unreadRows: { money: Money; label: string }[] = [];
  const table = tables(blocks).map((t) => (final ? finalThreePublicTable(t, ctx.unitAbove?.(t) ?? unitHint, classifyThreePublic, unreadRows) : null) ?? fromTable(t, unitHint, ctx.year, unreadRows)).find((t) => t !== null) ?? null;
  if (final) {
    const b = budgetedParts(final.budgeted, classifyThreePublic, ctx.diagnostics);
    sentence.budgeted = b.parts;
    sentence.executionRates = threePublicRates(paras, classifyThreePublic);
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
