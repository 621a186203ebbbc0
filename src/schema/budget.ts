import { z } from 'zod';
import { ItemRole, LineNo, Money, NamedAmount, Rate, Statement } from './common.js';

export const Change = z.strictObject({
  comparedYear: z.number().int().nullable(),
  /** What the figure is compared with: the earlier year's budget or its final accounts (决算). */
  basis: z.enum(['budget', 'finalAccount']).nullable(),
  /** The figure the change is stated for: "2022年预算收支安排2446.79万元，较2021年预算减少…". */
  base: Money.nullable(),
  amount: Money.nullable(),
  items: z.array(NamedAmount),
  /** Why the figure changed, as written (主要原因是… · 主要为…); null when unstated. A 持平 statement is a change of 0. */
  reason: Statement.nullable().optional(),
});
export type Change = z.infer<typeof Change>;

const Revenue = z.strictObject({ total: Money.nullable(), items: z.array(NamedAmount) });
const Expenditure = z.strictObject({
  total: Money.nullable(),
  basic: Money.nullable(),
  project: Money.nullable(),
  items: z.array(NamedAmount),
});

/**
 * In a final account (决算) the figures are the actual ones; the budget it states beside them
 * (预算数, 年初预算, 调整预算) is `budgeted`, with the same keys; `executionRates` are the rates it
 * prints (完成预算的82.9%). Both are null / [] in a budget.
 */
export const Budget = z.strictObject({
  revenue: Revenue.nullable(),
  expenditure: Expenditure.nullable(),
  change: Change.nullable(),
  /** The change against an earlier year's 决算 (比2019年决算数减少…) in a budget, kept apart from `change`. */
  changeOnFinalAccount: Change.nullable(),
  /** In a 决算 (final account): the change against the year's own budget (比年初预算数减少…), kept apart from `change`. */
  changeOnBudget: Change.nullable(),
  budgeted: z.strictObject({ revenue: Revenue.nullable(), expenditure: Expenditure.nullable() }).nullable(),
  executionRates: z.array(Rate),
});
export type Budget = z.infer<typeof Budget>;

export const OperatingExpenses = z.strictObject({
  total: Money.nullable(),
  change: Change.nullable(),
  /** The change against an earlier year's 决算 (比2019年决算数减少…) in a budget, kept apart from `change`. */
  changeOnFinalAccount: Change.nullable(),
  /** In a 决算 (final account): the change against the year's own budget (比年初预算数减少…), kept apart from `change`. */
  changeOnBudget: Change.nullable(),
  items: z.array(NamedAmount),
  budgeted: z.strictObject({ total: Money.nullable(), items: z.array(NamedAmount) }).nullable(),
  executionRates: z.array(Rate),
});
export type OperatingExpenses = z.infer<typeof OperatingExpenses>;

/** The parts of the “三公” figures: in a 决算 the budgeted ones under `budgeted`, with the same keys. */
export const ThreePublicParts = z.strictObject({
  total: Money.nullable(),
  abroad: Money.nullable(),
  vehicle: Money.nullable(),
  vehiclePurchase: Money.nullable(),
  vehicleOperation: Money.nullable(),
  reception: Money.nullable(),
});
export type ThreePublicParts = z.infer<typeof ThreePublicParts>;

export const ThreePublic = z.strictObject({
  form: z.enum(['sentence', 'table']),
  ...ThreePublicParts.shape,
  change: Change.nullable(),
  /** The change against an earlier year's 决算 (比2019年决算数减少…) in a budget, kept apart from `change`. */
  changeOnFinalAccount: Change.nullable(),
  /** In a 决算 (final account): the change against the year's own budget (比年初预算数减少…), kept apart from `change`. */
  changeOnBudget: Change.nullable(),
  items: z.array(NamedAmount),
  budgeted: ThreePublicParts.nullable(),
  executionRates: z.array(Rate),
});
export type ThreePublic = z.infer<typeof ThreePublic>;

export const Procurement = z.strictObject({
  total: Money.nullable(),
  items: z.array(NamedAmount),
  note: z.string().nullable(),
  /** Only in a 决算 (absent otherwise): the 政府采购 budget it states beside the actual (政府采购预算为50.00万元), or null. */
  budgeted: z.strictObject({ total: Money.nullable() }).nullable().optional(),
  /**
   * Present only when the text states it: the 政府采购 for small and medium enterprises — in a 决算 the
   * contracts awarded to them (授予中小企业合同金额), in a budget the share reserved for them (面向中小企业预留…);
   * `smallMicro` the part of it for small and micro enterprises (授予小微企业合同金额), or null.
   */
  sme: z.strictObject({ total: Money.nullable(), smallMicro: Money.nullable() }).optional(),
});
export type Procurement = z.infer<typeof Procurement>;

export const AssetItem = z.strictObject({
  name: z.string(),
  quantity: z.number().nullable(),
  quantityUnit: z.string().nullable(),
  value: Money.nullable(),
  line: LineNo,
  /** The row this one is part of (其中：办公用房 under 房屋); null at the top level. */
  parent: z.string().nullable().optional(),
  role: ItemRole.optional(),
});
export type AssetItem = z.infer<typeof AssetItem>;

/**
 * Which value a 国有资产 figure states: `original` 原值 (原价: what was paid), `net` 净值 (账面净值 ·
 * 账面价值 · 净额: after depreciation). Null when its words do not say.
 */
export const AssetBasis = z.enum(['original', 'net']);
export type AssetBasis = z.infer<typeof AssetBasis>;

export const Assets = z.strictObject({
  asOf: z.iso.date().nullable(),
  /**
   * 资产总额 · 资产总计 · 资产合计 · 资产原值合计: ALL the assets (流动资产 + 固定资产 + 在建工程 + 无形资产 …),
   * from the text or from the total row of a table whose rows list more than fixed assets. Never a
   * 固定资产 figure (see `fixedAssets`).
   */
  total: Money.nullable(),
  /**
   * 固定资产 only (固定资产金额 · 固定资产总额 · 固定资产原值): from the text, the 固定资产 part of a
   * 资产总额, a table row named 固定资产, or the total row (资产总额 / 合计) of a 固定资产占用情况表.
   */
  fixedAssets: Money.nullable(),
  /** The basis of `total` and of `fixedAssets` as their words or their table's value column state it; null when unstated. */
  basis: z.strictObject({ total: AssetBasis.nullable(), fixedAssets: AssetBasis.nullable() }),
  plannedPurchase: Money.nullable(),
  /**
   * The rows of the 国有资产 table (房屋, 车辆 …; `parent: null` parts sum to the table's total row),
   * and the parts a sentence lists of its 资产总额 (其中：流动资产…，固定资产…，无形资产…: `parent: '资产总额'`,
   * `role: 'part'`, no quantity), which sum to `total`.
   */
  items: z.array(AssetItem),
});
export type Assets = z.infer<typeof Assets>;
