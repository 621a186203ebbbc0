import type { Column } from './tables.js';

/** RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled; records end in CRLF. */
export function csvField(v: string | number | boolean | null): string {
  if (v === null) return '';
  const s = typeof v === 'string' ? v : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader<R>(columns: readonly Column<R>[]): string {
  return `${columns.map((c) => csvField(c.name)).join(',')}\r\n`;
}

export function csvRows<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  let out = '';
  for (const r of rows) out += `${columns.map((c) => csvField(c.get(r))).join(',')}\r\n`;
  return out;
}
