import type { Indicator } from '../../schema/index.js';

type C1 = NonNullable<Indicator['category1']>;
type C2 = NonNullable<Indicator['category2']>;

const LEVEL1: [RegExp, C1][] = [
  [/满意/, 'satisfaction'],
  [/产出/, 'output'],
  [/效益|效果/, 'effect'],
  [/成本/, 'cost'],
];
const LEVEL2: [RegExp, C2][] = [
  [/满意/, 'satisfaction'],
  [/数量/, 'quantity'],
  [/质量/, 'quality'],
  [/时效|及时/, 'timeliness'],
  [/成本/, 'cost'],
  [/经济/, 'economic'],
  [/社会/, 'social'],
  [/生态|环境/, 'ecological'],
  [/可持续/, 'sustainability'],
];

/** 一级指标 → output | effect | cost | satisfaction (产出 / 效益, 效果 / 成本 / 满意度). */
export function category1(level1: string | null): C1 | null {
  if (!level1) return null;
  return memo(memo1, level1, () => LEVEL1.find(([re]) => re.test(level1))?.[1] ?? null);
}

// A document repeats a handful of 一级 / 二级 wordings on every indicator row: each is matched once.
const memo1 = new Map<string, C1 | null>();
const memo2 = new Map<string, C2 | null>();
function memo<T>(m: Map<string, T>, key: string, f: () => T): T {
  let v = m.get(key);
  if (v === undefined && !m.has(key)) {
    if (m.size >= 1000) m.clear();
    v = f();
    m.set(key, v);
  }
  return v as T;
}

/** 二级指标 → quantity | quality | timeliness | cost | economic | social | ecological | sustainability | satisfaction. */
export function category2(level2: string | null): C2 | null {
  if (!level2) return null;
  return memo(memo2, level2, () => LEVEL2.find(([re]) => re.test(level2))?.[1] ?? null);
}
