/**
 * One PDF page as the layout needs it: text items and ruling segments, both in top-down
 * page coordinates (origin top left, y downwards, in points, the page's rotation applied),
 * with a way back to PDF user space for the grounding boxes.
 */
export interface Item {
  text: string;
  x0: number;
  x1: number;
  /** Top and bottom of the glyph box (top-down). */
  top: number;
  bottom: number;
  /** Font size (height of the box). */
  size: number;
}

/** A horizontal (`h`) or vertical (`v`) ruling line: `at` is its y (h) or x (v), from `a` to `b`. */
export interface Segment {
  dir: 'h' | 'v';
  at: number;
  a: number;
  b: number;
}

export interface PageData {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  items: Item[];
  segments: Segment[];
  /** Top-down box → PDF user space [x0, y0, x1, y1]. */
  toPdf: (x0: number, top: number, x1: number, bottom: number) => [number, number, number, number];
  /** The page draws images (for telling a scanned page). */
  images: number;
}

type Matrix = [number, number, number, number, number, number];

function mul(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

// Path ops of pdfjs 5.x constructPath data (DrawOPS).
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** Thickest filled rectangle still read as a ruling line (borders drawn as thin filled boxes). */
const THIN = 2.5;

let paint: { ops: Record<string, number>; paintOps: Set<number>; fillOps: Set<number> } | null = null;

/** The painting operators that draw a path, and those that fill it: made once per process. */
function paintSets(OPS: Record<string, number>): { paintOps: Set<number>; fillOps: Set<number> } {
  if (paint?.ops !== OPS) {
    const fillOps = new Set([OPS.fill!, OPS.eoFill!, OPS.fillStroke!, OPS.eoFillStroke!, OPS.closeFillStroke!, OPS.closeEOFillStroke!]);
    paint = { ops: OPS, paintOps: new Set([OPS.stroke!, OPS.closeStroke!, ...fillOps]), fillOps };
  }
  return paint;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function readPage(pdf: any, OPS: Record<string, number>, number: number): Promise<PageData> {
  const page = await pdf.getPage(number);
  const vp = page.getViewport({ scale: 1 });
  const view: Matrix = vp.transform as Matrix;
  const inv = (x: number, y: number): [number, number] => vp.convertToPdfPoint(x, y) as [number, number];
  const toPdf = (x0: number, top: number, x1: number, bottom: number): [number, number, number, number] => {
    const [ax, ay] = inv(x0, top);
    const [bx, by] = inv(x1, bottom);
    const r = (v: number) => Math.round(v * 100) / 100;
    return [r(Math.min(ax, bx)), r(Math.min(ay, by)), r(Math.max(ax, bx)), r(Math.max(ay, by))];
  };

  const content = await page.getTextContent({ disableNormalization: false });
  const items: Item[] = [];
  for (const it of content.items as { str?: string; transform: number[]; width: number; height: number }[]) {
    if (!it.str || !it.str.trim()) continue;
    const t = mul(view, it.transform as Matrix);
    // Font size from the text matrix; the item runs along its own x axis for `width` points.
    const size = Math.hypot(t[2], t[3]) || Math.abs(it.height) || 1;
    const [bx, by] = [t[4], t[5]];
    const dx = t[0];
    const dy = t[1];
    const scale = Math.hypot(dx, dy) || 1;
    const ex = bx + (dx / scale) * it.width * (Math.hypot(view[0], view[1]) || 1);
    const ey = by + (dy / scale) * it.width * (Math.hypot(view[0], view[1]) || 1);
    const x0 = Math.min(bx, ex);
    const x1 = Math.max(bx, ex);
    const base = Math.max(by, ey);
    items.push({ text: it.str, x0, x1: Math.max(x1, x0 + 0.1), top: base - size * 0.85, bottom: base + size * 0.15, size });
  }

  // The drawing operators are only needed for the ruling lines of tables: a page of running
  // text (no figure standing alone, no line whose pieces stand apart) skips them.
  if (!mayHoldTable(items)) {
    page.cleanup();
    return { number, width: vp.width, height: vp.height, items, segments: [], toPdf, images: 0 };
  }
  const ops = await page.getOperatorList();
  const segments: Segment[] = [];
  let images = 0;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const pageArea = vp.width * vp.height;
  const addLine = (x1: number, y1: number, x2: number, y2: number) => {
    const [ax, ay] = apply(view, ...apply(ctm, x1, y1));
    const [bx, by] = apply(view, ...apply(ctm, x2, y2));
    if (Math.abs(ay - by) < 1 && Math.abs(ax - bx) >= 1) segments.push({ dir: 'h', at: (ay + by) / 2, a: Math.min(ax, bx), b: Math.max(ax, bx) });
    else if (Math.abs(ax - bx) < 1 && Math.abs(ay - by) >= 1) segments.push({ dir: 'v', at: (ax + bx) / 2, a: Math.min(ay, by), b: Math.max(ay, by) });
  };
  const addRect = (pts: [number, number][], filled: boolean) => {
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const x0 = Math.min(...xs);
    const x1 = Math.max(...xs);
    const y0 = Math.min(...ys);
    const y1 = Math.max(...ys);
    const w = x1 - x0;
    const h = y1 - y0;
    if (filled && h <= THIN && w > THIN) segments.push({ dir: 'h', at: (y0 + y1) / 2, a: x0, b: x1 });
    else if (filled && w <= THIN && h > THIN) segments.push({ dir: 'v', at: (x0 + x1) / 2, a: y0, b: y1 });
    else if (w > THIN && h > THIN && w * h < pageArea * 0.5) {
      segments.push({ dir: 'h', at: y0, a: x0, b: x1 }, { dir: 'h', at: y1, a: x0, b: x1 });
      segments.push({ dir: 'v', at: x0, a: y0, b: y1 }, { dir: 'v', at: x1, a: y0, b: y1 });
    }
  };
  const { fnArray, argsArray } = ops as { fnArray: number[]; argsArray: unknown[][] };
  const { paintOps, fillOps } = paintSets(OPS);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i]!;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = mul(ctm, args as unknown as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args[0] as Matrix | null;
      if (m && m.length === 6) ctm = mul(ctm, [...m] as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject) images++;
    else if (fn === OPS.constructPath) {
      const paint = args[0] as number;
      if (!paintOps.has(paint)) continue;
      const filled = fillOps.has(paint);
      const data = (args[1] as ArrayLike<number>[] | null)?.[0];
      if (!data) continue;
      // Split the path into sub-paths of straight segments; a closed 4-corner sub-path is a rectangle.
      let pts: [number, number][] = [];
      let curved = false;
      const flush = () => {
        if (pts.length >= 2 && !curved) {
          const uniq = pts.filter((p, k) => k === 0 || p[0] !== pts[k - 1]![0] || p[1] !== pts[k - 1]![1]);
          const isRect = (uniq.length === 4 || uniq.length === 5) && uniq.every((p, k) => {
            const q = uniq[(k + 1) % uniq.length]!;
            return Math.abs(p[0] - q[0]) < 0.01 || Math.abs(p[1] - q[1]) < 0.01;
          });
          const pageSpace = uniq.map((p) => apply(view, ...apply(ctm, p[0], p[1])));
          if (filled) {
            // A thin filled shape (a border drawn as a filled box or a mitred polygon) is a ruling line.
            const xs = pageSpace.map((p) => p[0]);
            const ys = pageSpace.map((p) => p[1]);
            const thin = Math.min(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) <= THIN;
            if (thin || isRect) addRect(pageSpace, true);
          } else {
            for (let k = 1; k < uniq.length; k++) addLine(uniq[k - 1]![0], uniq[k - 1]![1], uniq[k]![0], uniq[k]![1]);
          }
        }
        pts = [];
        curved = false;
      };
      let k = 0;
      while (k < data.length) {
        const op = data[k]!;
        if (op === MOVE) {
          flush();
          pts.push([data[k + 1]!, data[k + 2]!]);
          k += 3;
        } else if (op === LINE) {
          pts.push([data[k + 1]!, data[k + 2]!]);
          k += 3;
        } else if (op === CURVE) {
          curved = true;
          k += 7;
        } else if (op === QUAD) {
          curved = true;
          k += 5;
        } else if (op === CLOSE) {
          if (pts.length) pts.push(pts[0]!);
          k += 1;
        } else break;
      }
      flush();
    }
  }
  page.cleanup();
  return { number, width: vp.width, height: vp.height, items, segments, toPdf, images };
}

const FIGURE_ONLY = /^[\s\d,.，．%％\-—–()（）]+$/;

/** Could the page hold a table? Figures standing alone, or lines of pieces standing apart, say so. */
export function mayHoldTable(items: readonly Item[]): boolean {
  let figures = 0;
  for (const it of items) if (/\d/.test(it.text) && FIGURE_ONLY.test(it.text) && ++figures >= 3) return true;
  const rows = new Map<number, Item[]>();
  for (const it of items) {
    const k = Math.round((it.top + it.bottom) / 2 / 3);
    let r = rows.get(k);
    if (!r) rows.set(k, (r = []));
    r.push(it);
  }
  let apart = 0;
  for (const r of rows.values()) {
    if (r.length < 2) continue;
    r.sort((a, b) => a.x0 - b.x0);
    for (let i = 1; i < r.length; i++) {
      if (r[i]!.x0 - r[i - 1]!.x1 > 2 * Math.max(r[i]!.size, r[i - 1]!.size)) {
        if (++apart >= 1) return true;
        break;
      }
    }
  }
  return false;
}
