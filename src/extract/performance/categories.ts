import { BoundedMemo } from '../../memo.js';
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
  return memo1.get(level1, (l) => LEVEL1.find(([re]) => re.test(l))?.[1] ?? null);
}

// A document repeats a handful of 一级 / 二级 wordings on every indicator row: each is matched once.
const memo1 = new BoundedMemo<string, C1 | null>(1000);
const memo2 = new BoundedMemo<string, C2 | null>(1000);

/** 二级指标 → quantity | quality | timeliness | cost | economic | social | ecological | sustainability | satisfaction. */
export function category2(level2: string | null): C2 | null {
  if (!level2) return null;
  return memo2.get(level2, (l) => LEVEL2.find(([re]) => re.test(l))?.[1] ?? null);
}

/**
 * The words of an indicator row's level cells, shared by the readers that set a row under its header (indicators.ts's
 * shifted, cell-lines.ts's grammar): a 一级 label (产出指标 · 效益指标(30分)), and a 二级 one that names its kind (数量指标 ·
 * 经济成本指标 · 服务对象满意度指标). A word merely ending in 指标 (履职效能指标, a 部门整体 一级; 综合治理达标指标, a 三级 name)
 * is neither: LEVEL_LIKE is that looser shape, for the check that no level word stands where a later cell should be.
 */
const POINTS = '(?:[（(]\\d+(?:\\.\\d+)?分[)）])?';
export const LEVEL1_WORD = new RegExp(`^(?:产出|效益|效果|成本|满意度)指标${POINTS}$`);
export const LEVEL2_WORD = new RegExp(`^[^\\d\\s]{0,10}(?:数量|质量|时效|成本|效益|满意度|影响)指标${POINTS}$`);
export const LEVEL_LIKE = new RegExp(`^[^\\d]{1,14}指标${POINTS}$`);

/**
 * A target's shape, one pattern for the readers that tell a target from a name or find one standing alone: its operator
 * (≥ · ＜= · 不低于 …) and a figure with its unit or none (95% · 120个 · 3.5万人 · 400条以上). TARGET_LIKE: a cell that starts as a
 * target (cell-lines.ts); WHOLE_TARGET: a cell that is one target or value whole, the operator optional (indicators.ts);
 * OPERATOR_TARGET: one with its operator (an indicator's name that is a target, a paragraph that is one).
 */
const OPERATOR = '(?:[≥≤<>＞＜≧≦]=?|[=＝]|不低于|不高于|不少于|不超过|不大于|不小于)';
const FIGURE = '\\d+(?:\\.\\d+)?\\s*(?:[%％‰]|[\\u4e00-\\u9fff]{1,4})?';
export const TARGET_LIKE = new RegExp(`^${OPERATOR}`);
export const WHOLE_TARGET = new RegExp(`^(?:${OPERATOR}\\s*)?${FIGURE}$`);
export const OPERATOR_TARGET = new RegExp(`^${OPERATOR}\\s*${FIGURE}$`);
/** A figure and its unit standing alone, no operator (200个 · 1份 · 100% · 400条以上): never a year (2024年) or a page (3页). */
export const UNIT_TARGET = /^(?!(?:19|20)\d{2}年)\d+(?:\.\d+)?\s*(?:[%％‰]|(?!页)[\u4e00-\u9fff]{1,4})$/;
