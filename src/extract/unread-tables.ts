import type { Block, Table } from '../blocks/index.js';
import type { Diagnostics } from '../diagnostics.js';
import type { BudgetDocument } from '../schema/index.js';
import { amountsApart } from '../normalize/money.js';
import { compact } from '../normalize/text.js';
import { eachLine } from './context.js';

/**
 * Nothing is dropped silently: a table of the text that holds figures (amounts with decimals or
 * percentages) and of which no reader took anything — no reader read it (`readTables`), no budget table
 * of the tables stage spans it, and no value, indicator or warning of the document stands on one of its lines — is reported once,
 * `UNREAD_TABLE`, with its lines and its first cells (a 绩效 form or a 决算 table in a layout no reader
 * knows: `pdftotext -layout` of a one-page 绩效目标申报表, a 项目支出绩效自评表 whose header drifted).
 */
const FIGURE = /^[-−]?[\d,，]*\d\.\d+$|^[≥≤>=<]*\d+(\.\d+)?\s*[%％]$/;

function hasFigure(t: Table): boolean {
  for (const r of t.rows) for (const c of r.cells) if (c.text.length < 40 && FIGURE.test(compact(c.text))) return true;
  return false;
}

/** Every line of the document's values, indicators and warnings; tables by their spans. */
function usedLines(doc: BudgetDocument, size: number): Uint8Array {
  const used = new Uint8Array(size + 2);
  const mark = (n: number) => {
    if (n >= 1 && n <= size) used[n] = 1;
  };
  for (const k of ['budget', 'operatingExpenses', 'threePublic', 'procurement', 'assets', 'performance', 'warnings'] as const) eachLine(doc[k], mark);
  for (const t of doc.tables) for (let n = t.line; n <= (t.endLine ?? t.line) && n <= size; n++) used[n] = 1;
  return used;
}

export function warnUnreadTables(doc: BudgetDocument, blocks: readonly Block[], read: ReadonlySet<Table>, lineCount: number, diagnostics: Diagnostics): void {
  const candidates = blocks.filter((b): b is Table => b.kind === 'table' && !read.has(b) && hasFigure(b));
  if (candidates.length === 0) return;
  const covered = (t: Table) => doc.tables.some((x) => x.line <= t.endLine && (x.endLine ?? x.line) >= t.startLine);
  const open = candidates.filter((t) => !covered(t));
  if (open.length === 0) return;
  const used = usedLines(doc, lineCount);
  for (const t of open) {
    let touched = false;
    for (let n = t.startLine; n <= t.endLine && !touched; n++) touched = used[n] === 1;
    if (touched) continue;
    const cells = t.rows.flatMap((r) => r.cells.map((c) => compact(c.text)).filter(Boolean)).slice(0, 6);
    diagnostics.warn(
      'UNREAD_TABLE',
      `a table of ${t.rows.length} rows (lines ${t.startLine}–${t.endLine}: ${cells.map((c) => `“${c.length > 16 ? `${c.slice(0, 16)}…` : c}”`).join(' ')} …) was read by no reader: its figures are not in the output`,
      t.startLine,
    );
  }
}

/**
 * A table cell of two figures apart by spaces (`4      1,180.00`: a 行次 run into its 金额 by pdftotext -layout; see
 * figuresApart) is no amount for any reader (toMoney refuses it, a row's labels keep its spaces), and is reported once,
 * UNREAD_TABLE_CELL, unless a warning on its line quotes it already (the tables stage's) or its table is UNREAD_TABLE. Only short cells with a space
 * are asked (the tables the blocks hold, no pass over the lines); and only where a point or a comma marks an amount
 * (the numbers of a 栏次 row run together, `1 2`, are none: toMoney refuses them, nothing is reported).
 */
export function warnApartCells(blocks: readonly Block[], diagnostics: Diagnostics): void {
  let quoted: Set<string> | null = null;
  let unread: Set<number> | null = null;
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    // (a table reported whole, UNREAD_TABLE: its figures are said not to be in the output already)
    unread ??= new Set(diagnostics.list.filter((d) => d.code === 'UNREAD_TABLE' && d.line !== null).map((d) => d.line!));
    if (unread.has(b.startLine)) continue;
    for (const r of b.rows) {
      for (const c of r.cells) {
        if (c.text.length > 60 || !amountsApart(c.text)) continue;
        const text = c.text.trim();
        quoted ??= new Set(diagnostics.list.filter((d) => d.line !== null).map((d) => `${d.line}\u0001${d.message}`));
        let said = false;
        for (const k of quoted) if (k.startsWith(`${c.startLine}\u0001`) && k.includes(text)) said = true;
        if (said) continue;
        diagnostics.warn('UNREAD_TABLE_CELL', `table cell “${text}” holds two figures apart by spaces: it is no amount, and neither figure is read`, c.startLine);
      }
    }
  }
}
