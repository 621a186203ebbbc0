import type { Block, Paragraph, Row, Table } from '../blocks/index.js';
import { cellLabel } from '../blocks/row-labels.js';
import { toMoney } from '../normalize/money.js';
import { isColumnNumbers } from '../tables/patterns.js';
import type { Diagnostics } from '../diagnostics.js';
import type { Money, MoneyUnit } from '../schema/index.js';
import type { SectionNode } from '../sections/index.js';
import { compact } from '../normalize/text.js';

// compact and hasSpace live with the other text normalizers; kept importable from here.
export { compact, hasSpace } from '../normalize/text.js';

/** What every extractor receives besides its section: the document's facts and the diagnostics. */
export interface ExtractContext {
  diagnostics: Diagnostics;
  /** Fiscal year of the document, when known. */
  year: number | null;
  /** Kind of the document (budget, finalAccount …), when known: a 决算 states actual figures. */
  kind?: 'budget' | 'finalAccount' | 'performance' | 'unknown';
  /** The unit a short paragraph just above a table gives it (单位：万元), see unit-above.ts. */
  unitAbove?: (t: Table) => MoneyUnit | null;
  /** Tables a reader read, also when their figures only agreed with its sentences' (see unread-tables.ts). */
  readTables?: Set<Table>;
  /** pdftotext -layout: the source lines with the spaces that set their columns (index = line number − 1). */
  columnText?: readonly string[];
  /** Lines of tables whose figures a reader found it could not set under their header words: the tables stage drops their values too. */
  unsureTables?: Set<number>;
}

export function paragraphs(blocks: readonly Block[]): Paragraph[] {
  return blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
}

export function tables(blocks: readonly Block[]): Table[] {
  return blocks.filter((b): b is Table => b.kind === 'table');
}

export function sectionsOf(sections: readonly SectionNode[], kind: SectionNode['kind']): SectionNode[] {
  return sections.filter((s) => s.kind === kind);
}

/** The blocks of every section of a kind, in order: one loop, no list of sections and no flatMap copies. */
export function blocksOf(sections: readonly SectionNode[], kind: SectionNode['kind']): Block[] {
  const out: Block[] = [];
  for (const s of sections) if (s.kind === kind) for (const b of s.blocks) out.push(b);
  return out;
}

/**
 * The compacted text of each cell of a row. Built by push, so that every list is the same kind of
 * array: V8 (Node 20) makes `map`'s array packed in unoptimized code and holey in optimized code,
 * and each reader that met the other kind was thrown away and compiled again (readProject: 11
 * compilations of ~110 ms over the bench corpus, now 2).
 */
export function cellLabels(row: { readonly cells: readonly { readonly text: string }[] }): string[] {
  const out: string[] = [];
  for (const c of row.cells) out.push(cellLabel(c.text));
  return out;
}

/** The 栏次 / 行次 row that numbers a table's columns (栏次 | 1 | 2 · 1 | 2 | 3): no figures. */
export function isNumberingRow(row: Row): boolean {
  const labels = cellLabels(row);
  return /^(栏次|行次)$/.test(labels[0] ?? '') || isColumnNumbers(labels.filter(Boolean)) || isColumnNumbers(labels.slice(1).filter(Boolean));
}

/** Every amount of a table's rows (after the first cell, which names the row), numbering rows left out: for UNPLACED_FIGURE. */
export function rowFigures(table: Table, unit: MoneyUnit): { money: Money; label: string }[] {
  const out: { money: Money; label: string }[] = [];
  for (const row of table.rows) {
    if (isNumberingRow(row)) continue;
    const name = compact(row.cells[0]?.text ?? '');
    for (const c of row.cells.slice(1)) {
      const money = toMoney(c.text, c.startLine, unit);
      if (money) out.push({ money, label: name });
    }
  }
  return out;
}

/** Calls `mark` with every `line` (and each of `lines`) found in a value of the output, however deep. */
export function eachLine(v: unknown, mark: (n: number) => void): void {
  if (v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) eachLine(x, mark);
    return;
  }
  const o = v as Record<string, unknown>;
  for (const k in o) {
    const x = o[k];
    if (k === 'line' && typeof x === 'number') mark(x);
    else if (k === 'lines' && Array.isArray(x)) for (const n of x) mark(n as number);
    else if (x !== null && typeof x === 'object') eachLine(x, mark);
  }
}
