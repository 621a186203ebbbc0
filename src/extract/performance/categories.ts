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
  return LEVEL1.find(([re]) => re.test(level1))?.[1] ?? null;
}

/** 二级指标 → quantity | quality | timeliness | cost | economic | social | ecological | sustainability | satisfaction. */
export function category2(level2: string | null): C2 | null {
  if (!level2) return null;
  return LEVEL2.find(([re]) => re.test(level2))?.[1] ?? null;
}
