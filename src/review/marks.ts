/**
 * The figures of a document, found by a generic walk over its JSON: any object with a
 * string `raw` and a numeric `line` is a figure written on that line (Money, and whatever
 * later fields keep the same grounding); an object with `raw` but no `line` (an indicator's
 * `target`) stands on the line of the object that holds it. Unknown keys are walked like
 * known ones, so new fields show up without a change here.
 */
export type MarkKind = 'money' | 'target' | 'date' | 'figure';

export interface Mark {
  /** JSON path of the figure, e.g. `budget.revenue.total`. */
  path: string;
  line: number;
  raw: string;
  kind: MarkKind;
  /** The top-level key the figure belongs to (budget, threePublic, …): its color. */
  section: string;
  /** The normalized value, as a person reads it. */
  value: string;
  /** Other scalar fields of the object (unit, page, …), as `key: value`. */
  fields: string[];
  /** Set by the page when the words stand on other lines than `line` (cells of one table row). */
  placedAt?: number[];
}

/** Top-level keys that hold no figures of their own. */
const SKIP_TOP = new Set(['schemaVersion', 'source', 'sections', 'warnings', 'error']);

const yuanFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const formatYuan = (yuan: number): string => `${yuanFormat.format(yuan)} 元`;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function kindOf(o: Obj): MarkKind {
  if (typeof o.yuan === 'number' && typeof o.unit === 'string' && !('operator' in o)) return 'money';
  if (o.kind === 'date' || (typeof o.date === 'string' && !('operator' in o))) return 'date';
  if ('operator' in o || 'operatorImplied' in o) return 'target';
  return 'figure';
}

function valueOf(o: Obj, kind: MarkKind): string {
  if (kind === 'money') return formatYuan(o.yuan as number);
  if (kind === 'target' || kind === 'date') {
    const parts: string[] = [];
    if (typeof o.kind === 'string') parts.push(`[${o.kind}]`);
    if (o.operator != null) parts.push(String(o.operator) + (o.operatorImplied === true ? ' (implied)' : ''));
    if (o.value != null) parts.push(String(o.value) + (o.upper != null ? `–${String(o.upper)}` : ''));
    if (o.unit != null) parts.push(String(o.unit));
    if (typeof o.yuan === 'number') parts.push(`= ${formatYuan(o.yuan)}`);
    if (o.date != null) parts.push(`date ${String(o.date)}`);
    return parts.join(' ');
  }
  return scalarFields(o).join(', ');
}

function scalarFields(o: Obj): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (k === 'raw' || k === 'line' || isObj(v) || Array.isArray(v) || v === undefined) continue;
    out.push(`${k}: ${v === null ? 'null' : String(v)}`);
  }
  return out;
}

const keyPath = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/** Every figure of the document, in document (walk) order. */
export function collectMarks(doc: unknown): Mark[] {
  const marks: Mark[] = [];
  if (!isObj(doc)) return marks;
  const visit = (v: unknown, path: string, section: string, parentLine: number | null): void => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) visit(v[i], `${path}[${i}]`, section, parentLine);
      return;
    }
    if (!isObj(v)) return;
    const ownLine = typeof v.line === 'number' && Number.isInteger(v.line) && v.line >= 1 ? v.line : null;
    if (typeof v.raw === 'string' && v.raw.trim() !== '') {
      const line = ownLine ?? parentLine;
      if (line !== null) {
        const kind = kindOf(v);
        marks.push({ path, line, raw: v.raw, kind, section, value: valueOf(v, kind), fields: scalarFields(v) });
      }
    }
    for (const [k, child] of Object.entries(v)) {
      if (isObj(child) || Array.isArray(child)) visit(child, keyPath(path, k), section, ownLine);
    }
  };
  for (const [k, v] of Object.entries(doc)) {
    if (SKIP_TOP.has(k)) continue;
    visit(v, k, k, null);
  }
  return marks;
}
