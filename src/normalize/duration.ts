import type { Target } from '../schema/index.js';

/**
 * Durations (时长, 周期, 1-12月, 12个月, 两天) as opposed to deadlines (dates). Knowledge as data:
 * the units of a length of time, and the indicator names that say the target is one.
 */

/** Units that measure a length of time. 月 alone is not one: ≤9月 is a deadline unless the name says otherwise. */
export const DURATION_UNITS: readonly string[] = ['个月', '天', '日', '个工作日', '工作日', '小时', '个小时', '分钟', '周', '个星期', '星期', '年', '个年度'];

/** Indicator names (or descriptions) that make `12月` a length of time and not the deadline 12月底. */
export const DURATION_NAMES = /时长|周期|工期|历时|持续时间|服务期|保障期|运行期/;

export function isDurationUnit(unit: string): boolean {
  return DURATION_UNITS.includes(unit);
}

/** 1-12月 · 2022年1-12月 · 1月-12月 · 1至12月: a span of months, read as a duration from month `from` to `to`. */
export function monthSpan(s: string): { from: number; to: number } | null {
  const m = /^(?:\d{4}年)?(\d{1,2})月?[-~～至到—–](\d{1,2})月(份)?$/.exec(s);
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return from >= 1 && to <= 12 && from <= to ? { from, to } : null;
}

/**
 * The indicator's name decides what a bare month means: 维稳工作时长 · 12月 is twelve months of
 * work, not 31 December. Returns the target as a duration, or the target unchanged.
 */
export function durationOf(target: Target, name: string | null): Target {
  if (target.kind !== 'date' || !name || !DURATION_NAMES.test(name)) return target;
  // Only a bare count of months (12月, 12个月份) without a deadline word (前, 底, 内) is a length.
  if (!/^[≥≤=＝<>＜＞]?\s*\d{1,2}\s*月份?$/.test(target.raw.trim())) return target;
  return {
    raw: target.raw,
    kind: 'duration',
    operator: target.operator ?? '=',
    value: target.value,
    upper: null,
    unit: '月',
    yuan: null,
    date: null,
    operatorImplied: target.operator === null,
  };
}
