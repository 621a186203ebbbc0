import type { Cell, Row, Table } from '../blocks/index.js';
import type { Line } from '../lines/index.js';

/**
 * Pipe tables: HTML tables saved as text and Markdown.
 *   | 项目 | 本年预算数 |      项目 | 本年预算数
 *   |---|---|              ---|---
 *   | 合计 | 12.50 |         合计 | 12.50
 * Outer pipes are optional, a `|---|` rule is skipped, empty cells (`| |`) are kept.
 * Consecutive pipe rows form one table.
 */
const PIPE = /[|｜]/;
const RULE = /^[|｜]?\s*:?-{2,}:?\s*([|｜+]\s*:?-{2,}:?\s*)*[|｜]?$/;

/** A line that is a row of a pipe table: outer pipes, or at least two inner pipes. */
export function isPipeRow(text: string): boolean {
  if (!PIPE.test(text)) return false;
  const first = text.charCodeAt(0);
  if (first === 124 || first === 0xff5c) return text.length > 1;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 124 || c === 0xff5c) n++;
  }
  return n >= 2;
}

export function isPipeRule(text: string): boolean {
  return text.includes('-') && RULE.test(text);
}

export function pipeCells(text: string): string[] {
  const parts = text.split(/[|｜]/);
  const c0 = text.charCodeAt(0);
  const cl = text.charCodeAt(text.length - 1);
  if (c0 === 124 || c0 === 0xff5c) parts.shift();
  if (parts.length > 1 && (cl === 124 || cl === 0xff5c)) parts.pop();
  return parts.map((p) => p.trim());
}

/**
 * Read the pipe table that starts at lines[from], if one does: consecutive pipe rows (a blank
 * line between rows is allowed, two end the table). Returns the table and the index after it.
 */
export function readPipeTable(lines: readonly Line[], from: number): { table: Table; next: number } | null {
  const first = lines[from]!;
  const second = lines[from + 1]?.text ?? '';
  if (!isPipeRow(first.text) && !(PIPE.test(first.text) && (isPipeRow(second) || isPipeRule(second) || PIPE.test(second)))) return null;
  const table: Table = { kind: 'table', rows: [], startLine: first.no, endLine: first.no };
  let i = from;
  let blanks = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) {
      if (++blanks >= 2) break;
      continue;
    }
    const t = line.text;
    if (!PIPE.test(t)) break;
    blanks = 0;
    table.endLine = line.no;
    if (isPipeRule(t)) continue;
    const cells: Cell[] = pipeCells(t).map((text) => ({ text, startLine: line.no, endLine: line.no }));
    const row: Row = { cells, startLine: line.no, endLine: line.no };
    table.rows.push(row);
  }
  // Do not swallow the blank lines after the table.
  while (i > from && lines[i - 1]!.blank) i--;
  return table.rows.length ? { table, next: i } : null;
}
