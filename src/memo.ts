/**
 * A bounded memo for pure functions of a wording that repeats across rows and documents (一级 /
 * 二级 categories, indicator-table headers, targets): computed once, and the whole memo is
 * dropped when it holds `max` entries, so a worker's memory does not grow with the corpus.
 */
export class BoundedMemo<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly max: number) {}

  get(key: K, compute: (key: K) => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as V;
    const v = compute(key);
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, v);
    return v;
  }
}
