import type { Item, Segment } from './page.js';

/**
 * Tables from the ruling lines a page draws: segments that touch form a cluster; a cluster
 * with at least two horizontal and two vertical lines is a table. Its distinct x and y
 * positions give the grid; a missing border between two grid cells merges them (a merged
 * cell as a person sees it).
 */
export interface GridCell {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  items: Item[];
}

export interface Grid {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Column borders (x) and row borders (y), ascending. */
  xs: number[];
  ys: number[];
  cells: GridCell[];
}

const SNAP = 2;
const TOUCH = 3;

function snap(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    if (out.length && v - out[out.length - 1]! <= SNAP) continue;
    out.push(v);
  }
  return out;
}

/** Merge collinear overlapping segments. */
function mergeSegments(segs: Segment[]): Segment[] {
  const byDir = (d: 'h' | 'v') => segs.filter((s) => s.dir === d).sort((p, q) => p.at - q.at || p.a - q.a);
  const out: Segment[] = [];
  for (const d of ['h', 'v'] as const) {
    const list = byDir(d);
    const used = new Array(list.length).fill(false);
    for (let i = 0; i < list.length; i++) {
      if (used[i]) continue;
      const group = [list[i]!];
      used[i] = true;
      for (let j = i + 1; j < list.length && list[j]!.at - list[i]!.at <= SNAP; j++) {
        if (!used[j]) {
          group.push(list[j]!);
          used[j] = true;
        }
      }
      group.sort((p, q) => p.a - q.a);
      const at = group.reduce((s, g) => s + g.at, 0) / group.length;
      let cur: Segment = { dir: d, at, a: group[0]!.a, b: group[0]!.b };
      for (let k = 1; k < group.length; k++) {
        const g = group[k]!;
        if (g.a <= cur.b + TOUCH) cur.b = Math.max(cur.b, g.b);
        else {
          out.push(cur);
          cur = { dir: d, at, a: g.a, b: g.b };
        }
      }
      out.push(cur);
    }
  }
  return out;
}

function touches(h: Segment, v: Segment): boolean {
  return v.at >= h.a - TOUCH && v.at <= h.b + TOUCH && h.at >= v.a - TOUCH && h.at <= v.b + TOUCH;
}

/** Is there a border along `at` covering [a, b] (mostly)? */
function covered(segs: Segment[], at: number, a: number, b: number): boolean {
  const len = b - a;
  let got = 0;
  for (const s of segs) {
    if (Math.abs(s.at - at) > SNAP + 0.5) continue;
    const lo = Math.max(a, s.a);
    const hi = Math.min(b, s.b);
    if (hi > lo) got += hi - lo;
  }
  return got >= len * 0.6;
}

export function findGrids(segments: Segment[], items: Item[]): Grid[] {
  const segs = mergeSegments(segments).filter((s) => s.b - s.a > 2);
  const hs = segs.filter((s) => s.dir === 'h');
  const vs = segs.filter((s) => s.dir === 'v');
  // Union-find over segments that touch.
  const parent = segs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const index = new Map(segs.map((s, i) => [s, i]));
  for (const h of hs) for (const v of vs) if (touches(h, v)) parent[find(index.get(h)!)] = find(index.get(v)!);
  const clusters = new Map<number, Segment[]>();
  for (let i = 0; i < segs.length; i++) {
    const r = find(i);
    let c = clusters.get(r);
    if (!c) clusters.set(r, (c = []));
    c.push(segs[i]!);
  }
  const grids: Grid[] = [];
  for (const cl of clusters.values()) {
    const ch = cl.filter((s) => s.dir === 'h');
    const cv = cl.filter((s) => s.dir === 'v');
    if (ch.length < 2 || cv.length < 2) continue;
    const ys = snap(ch.map((s) => s.at));
    const xs = snap(cv.map((s) => s.at));
    if (ys.length < 2 || xs.length < 2) continue;
    const nr = ys.length - 1;
    const nc = xs.length - 1;
    // Atomic cells, merged where the border between them is missing.
    const id = Array.from({ length: nr }, (_, r) => Array.from({ length: nc }, (_, c) => r * nc + c));
    const up = id.flat();
    const f = (i: number): number => (up[i] === i ? i : (up[i] = f(up[i]!)));
    const join = (a: number, b: number) => {
      const ra = f(a);
      const rb = f(b);
      if (ra !== rb) up[Math.max(ra, rb)] = Math.min(ra, rb);
    };
    for (let r = 0; r < nr; r++) {
      for (let c = 0; c < nc; c++) {
        if (c + 1 < nc && !covered(cv, xs[c + 1]!, ys[r]!, ys[r + 1]!)) join(id[r]![c]!, id[r]![c + 1]!);
        if (r + 1 < nr && !covered(ch, ys[r + 1]!, xs[c]!, xs[c + 1]!)) join(id[r]![c]!, id[r + 1]![c]!);
      }
    }
    const byRoot = new Map<number, GridCell>();
    for (let r = 0; r < nr; r++) {
      for (let c = 0; c < nc; c++) {
        const root = f(id[r]![c]!);
        const g = byRoot.get(root);
        if (!g) byRoot.set(root, { r0: r, r1: r, c0: c, c1: c, x0: xs[c]!, x1: xs[c + 1]!, top: ys[r]!, bottom: ys[r + 1]!, items: [] });
        else {
          g.r1 = Math.max(g.r1, r);
          g.c1 = Math.max(g.c1, c);
          g.x1 = Math.max(g.x1, xs[c + 1]!);
          g.bottom = Math.max(g.bottom, ys[r + 1]!);
        }
      }
    }
    if (byRoot.size < 2) continue; // a frame around text, not a table
    grids.push({ x0: xs[0]!, x1: xs[xs.length - 1]!, top: ys[0]!, bottom: ys[ys.length - 1]!, xs, ys, cells: [...byRoot.values()] });
  }
  // Text items into the cell that holds their centre.
  for (const it of items) {
    const cx = (it.x0 + it.x1) / 2;
    const cy = (it.top + it.bottom) / 2;
    for (const g of grids) {
      if (cx < g.x0 || cx > g.x1 || cy < g.top || cy > g.bottom) continue;
      const cell = g.cells.find((c) => cx >= c.x0 && cx <= c.x1 && cy >= c.top && cy <= c.bottom);
      if (cell) cell.items.push(it);
      (it as Item & { inGrid?: boolean }).inGrid = true;
      break;
    }
  }
  // A grid that holds no text is a frame or decoration, not a table.
  return grids.filter((g) => g.cells.some((c) => c.items.length > 0)).sort((a, b) => a.top - b.top);
}
