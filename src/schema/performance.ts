import { z } from 'zod';
import { LineNo, Money, Rate, Statement } from './common.js';

export const Operator = z.enum(['≥', '≤', '=', '>', '<']);
export type Operator = z.infer<typeof Operator>;

export const Target = z.strictObject({
  raw: z.string(),
  /** duration: a length of time (两天, ≤10个月, 1-12月, 维稳工作时长 12月); date: a deadline. */
  kind: z.enum(['quantitative', 'qualitative', 'date', 'duration', 'empty']),
  operator: Operator.nullable(),
  value: z.number().nullable(),
  upper: z.number().nullable(),
  unit: z.string().nullable(),
  yuan: z.number().nullable(),
  date: z.iso.date().nullable(),
  operatorImplied: z.boolean(),
  /** On a deadline: true when its year was taken from the document, not written in the target (≤9月份). */
  yearInferred: z.boolean().optional(),
});
export type Target = z.infer<typeof Target>;

export const Category1 = z.enum(['output', 'effect', 'cost', 'satisfaction']);
export const Category2 = z.enum([
  'quantity', 'quality', 'timeliness', 'cost', 'economic', 'social', 'ecological', 'sustainability', 'satisfaction',
]);

export const Indicator = z.strictObject({
  level1: z.string().nullable(),
  level2: z.string().nullable(),
  category1: Category1.nullable(),
  category2: Category2.nullable(),
  name: z.string().nullable(),
  description: z.string().nullable(),
  scoring: z.string().nullable(),
  target: Target,
  basis: z.string().nullable(),
  /** 绩效自评表 only (absent in a 绩效目标表): 实际完成值 read by the target grammar. */
  actual: Target.optional(),
  /** 绩效自评表 only: 分值 / 权重, 得分 as numbers (null when the cell holds none), 偏差原因 as text. */
  weight: z.number().nullable().optional(),
  score: z.number().nullable().optional(),
  deviation: z.string().nullable().optional(),
  line: LineNo,
});
export type Indicator = z.infer<typeof Indicator>;

/**
 * What a 绩效自评表 states about the whole project: the funds (年初预算数 / 全年预算数 / 全年执行数,
 * 执行率 with its 分值 and 得分), the 总分 (its weight, 100, and the score) and the 自评等级.
 */
export const SelfEvaluation = z.strictObject({
  initialBudget: Money.nullable(),
  adjustedBudget: Money.nullable(),
  executed: Money.nullable(),
  executionRate: Rate.nullable(),
  budgetWeight: z.number().nullable(),
  budgetScore: z.number().nullable(),
  totalWeight: z.number().nullable(),
  totalScore: z.number().nullable(),
  grade: z.string().nullable(),
  line: LineNo,
});
export type SelfEvaluation = z.infer<typeof SelfEvaluation>;

export const Project = z.strictObject({
  title: z.string().nullable(),
  name: z.string().nullable(),
  code: z.string().nullable(),
  unitName: z.string().nullable(),
  amountUnit: z.string().nullable(),
  budget: z.strictObject({ total: Money.nullable(), fiscal: Money.nullable(), other: Money.nullable() }),
  purpose: z.string().nullable(),
  schedule: z.array(z.strictObject({ month: z.number().int().min(1).max(12), percent: z.number().nullable(), line: LineNo })),
  goals: z.array(z.string()),
  indicators: z.array(Indicator),
  truncated: z.boolean(),
  /** A 绩效自评表 (项目支出 or 部门整体支出): present only then. */
  selfEvaluation: SelfEvaluation.optional(),
  line: LineNo,
});
export type Project = z.infer<typeof Project>;

export const Goal = z.strictObject({
  title: z.string(),
  goal: z.string().nullable(),
  indicators: z.string().nullable(),
  standard: z.string().nullable(),
  amount: Money.nullable(),
  line: LineNo,
});
export type Goal = z.infer<typeof Goal>;

export const Performance = z.strictObject({
  overallGoal: z.string().nullable(),
  goals: z.array(Goal),
  departmentIndicators: z.array(Indicator),
  projects: z.array(Project),
  /** 工作保障措施: one entry per numbered measure, with its line. */
  measures: z.array(Statement).optional(),
  /** A 部门整体支出绩效自评表 read as the department's table (no project heading): its funds, 总分, 自评等级. */
  departmentEvaluation: SelfEvaluation.optional(),
});
export type Performance = z.infer<typeof Performance>;
