import type { BudgetDocument } from '../schema/index.js';
import type { BBox, Place, Span } from './builder.js';

/**
 * Grounding, a step after extraction: every Money keeps `line` (a line of the produced text);
 * here it also gets where that text stands in the published file — `page` and `bbox` for a
 * PDF, `sheet` and `cell` for a spreadsheet — from the places the format reader recorded for
 * the line. The figure's `raw` text is looked up in its line to narrow the box to its pieces.
 * The readers stay unchanged.
 */
export function ground(doc: BudgetDocument, lines: readonly string[], places: ReadonlyMap<number, Span[]>): void {
  if (places.size === 0) return;
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.yuan === 'number' && typeof o.raw === 'string' && typeof o.line === 'number' && typeof o.unit === 'string') {
      const place = placeOf(lines[o.line - 1] ?? '', o.raw, places.get(o.line));
      if (place) Object.assign(o, place);
      return;
    }
    for (const k of Object.keys(o)) visit(o[k]);
  };
  for (const [k, v] of Object.entries(doc)) if (k !== 'source' && k !== 'warnings' && k !== 'sections') visit(v);
}

/** Strip the Tika cell marker: offsets of places count from the cell text. */
function bodyOf(line: string): string {
  return line.charCodeAt(0) === 9 ? line.slice(1) : line;
}

export function placeOf(line: string, raw: string, spans: readonly Span[] | undefined): Place | null {
  if (!spans || spans.length === 0) return null;
  const first = spans[0]!.place;
  if ('sheet' in first) return { sheet: first.sheet, cell: first.cell };
  const text = bodyOf(line);
  const at = raw ? text.indexOf(raw) : -1;
  let hit = at >= 0 ? spans.filter((s) => s.start < at + raw.length && s.end > at) : [];
  if (hit.length === 0) hit = [...spans];
  const page = (hit[0]!.place as { page: number }).page;
  const same = hit.filter((s) => 'page' in s.place && s.place.page === page);
  // Narrow a piece that holds more than the figure to the figure's share of its width.
  const boxes = same.map((s) => {
    const box = (s.place as { bbox: BBox }).bbox;
    if (at < 0 || s.end - s.start <= 0) return box;
    const lo = Math.max(s.start, at);
    const hi = Math.min(s.end, at + raw.length);
    if (lo === s.start && hi === s.end) return box;
    const w = box[2] - box[0];
    const n = s.end - s.start;
    const r = (v: number) => Math.round(v * 100) / 100;
    return [r(box[0] + (w * (lo - s.start)) / n), box[1], r(box[0] + (w * (hi - s.start)) / n), box[3]] as BBox;
  });
  const bbox: BBox = [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
  return { page, bbox };
}
