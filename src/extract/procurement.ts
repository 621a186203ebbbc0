import type { Block, Table } from '../blocks/index.js';
import { reportMismatch } from '../checks/compare.js';
import { firstUnit, toMoney, unitFromHeader } from '../normalize/money.js';
import type { Money, MoneyUnit, NamedAmount, Procurement } from '../schema/index.js';
import { placed, scanAmounts, warnUnplaced } from './amounts.js';
import { cellLabels, paragraphs, tables, type ExtractContext } from './context.js';
import { splitBudgeted } from './final-account.js';

/** The first unit a cell of the table gives (单位：万元 in a title row, 金额（万元） in the header). */
function tableUnit(t: Table): MoneyUnit | null {
  for (const r of t.rows) {
    for (const c of r.cells) {
      const u = unitFromHeader(c.text);
      if (u) return u;
    }
  }
  return null;
}

const NONE = /无此项(内容)?|空表列示|无政府采购|未安排政府采购/;
/** The kinds a 政府采购 total is split into. */
const PART = /货物|工程|服务/;

/**
 * 政府采购预算: the total from the sentence ("安排政府采购预算0万元") or the table's 合计
 * row; items from table rows that name something and carry an amount. 无此项内容 /
 * 空表列示 means a total of 0, said in `note`.
 */
export function extractProcurement(blocks: readonly Block[], ctx: ExtractContext): Procurement {
  const paras = paragraphs(blocks);
  const scanned = paras.flatMap((p) => scanAmounts(p));
  // A 决算 states the actual 政府采购 and maybe its budget beside it (final-account.ts).
  const split = ctx.kind === 'finalAccount' ? splitBudgeted(scanned) : null;
  const mentions = split ? split.actual : scanned;
  const budgetedTotal = split?.budgeted.find((m) => /采购/.test(m.label)) ?? null;
  // The total, not a part: "政府采购货物预算320.07万元" is an item (货物 / 工程 / 服务).
  const totalAt = mentions.find((x) => x.sign === null && /采购/.test(x.label) && !/货物|工程|服务/.test(x.label));
  let total: Money | null = totalAt?.money ?? null;
  const unread: { money: Money; label: string }[] = [...scanned];
  const items: NamedAmount[] = [];
  // "政府采购预算总额40万元，其中：货物类30万元，服务类10万元": the parts named in the same sentence.
  // On its line, or wrapped onto the next ones when it names its kind (拟采购货物支出 ⏎ 6.88万元); the
  // list ends at another 采购 figure that names no kind ("其中一般公共预算拨款政府采购0万元：货物…").
  if (totalAt) {
    for (const m of mentions.slice(mentions.indexOf(totalAt) + 1)) {
      if (m.sentenceText !== totalAt.sentenceText) continue;
      if (m.sign === null && /采购/.test(m.label) && !PART.test(m.label)) break;
      if (m.sign === null && m.label && (m.money.line === totalAt.money.line || PART.test(m.label))) items.push({ name: m.label, amount: m.money });
    }
  }
  let tableTotal: Money | null = null;
  // The unit of the paragraphs is the same for every table: found once, when a table needs it.
  let parasUnit: MoneyUnit | null | undefined;
  for (const t of tables(blocks)) {
    const unit = tableUnit(t) ?? (parasUnit === undefined ? (parasUnit = firstUnit(paras.map((p) => p.text))) : parasUnit) ?? '元';
    for (const row of t.rows) {
      const texts = cellLabels(row);
      const name = texts.find((x) => x && !/^[\d.,，-]+$/.test(x)) ?? '';
      // The amount of a row is its last numeric cell (政府采购金额 / 合计 column).
      let money: Money | null = null;
      for (let i = row.cells.length - 1; i >= 0 && !money; i--) {
        const x = texts[i]!;
        if (/^-?[\d,，]+(\.\d+)?$/.test(x)) money = toMoney(x, row.cells[i]!.startLine, unit);
      }
      if (!money) continue;
      unread.push({ money, label: name });
      if (/^合计$|^总计$/.test(name)) tableTotal ??= money;
      else if (name && !/单位|项目|名称|来源|序号/.test(name)) items.push({ name, amount: money });
    }
  }
  const noneAt = paras.find((p) => NONE.test(p.text));
  let note: string | null = null;
  if (noneAt) {
    note = noneAt.text;
    total ??= { yuan: 0, raw: noneAt.text, unit: '元', line: noneAt.line };
  }
  if (total && tableTotal) reportMismatch(ctx.diagnostics, '政府采购预算 in the text and in the table', total, tableTotal);
  warnUnplaced(ctx.diagnostics, '政府采购', unread, new Set([...placed({ total, items, budgetedTotal: budgetedTotal?.money }), ...(tableTotal ? [tableTotal] : [])]));
  total ??= tableTotal;
  if (!total && items.length === 0) ctx.diagnostics.warn('NO_PROCUREMENT_TOTAL', 'no 政府采购 total was found', paras[0]?.line ?? null);
  return split ? { total, items, note, budgeted: budgetedTotal ? { total: budgetedTotal.money } : null } : { total, items, note };
}
