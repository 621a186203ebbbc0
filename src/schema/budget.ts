import { z } from 'zod';
import { ItemRole, LineNo, Money, NamedAmount, Statement } from './common.js';

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

export const Budget = z.strictObject({
  revenue: z.strictObject({ total: Money.nullable(), items: z.array(NamedAmount) }).nullable(),
  expenditure: z
    .strictObject({
      total: Money.nullable(),
      basic: Money.nullable(),
      project: Money.nullable(),
      items: z.array(NamedAmount),
    })
    .nullable(),
  change: Change.nullable(),
  /** The change against an earlier year's 决算 (比2019年决算数减少…) in a budget, kept apart from `change`. */
  changeOnFinalAccount: Change.nullable(),
});
export type Budget = z.infer<typeof Budget>;

export const OperatingExpenses = z.strictObject({
  total: Money.nullable(),
  change: Change.nullable(),
  /** The change against an earlier year's 决算 (比2019年决算数减少…) in a budget, kept apart from `change`. */
  changeOnFinalAccount: Change.nullable(),
  items: z.array(NamedAmount),
});
export type OperatingExpenses = z.infer<typeof OperatingExpenses>;

export const ThreePublic = z.strictObject({
  form: z.enum(['sentence', 'table']),
  total: Money.nullable(),
  abroad: Money.nullable(),
  vehicle: Money.nullable(),
  vehiclePurchase: Money.nullable(),
  vehicleOperation: Money.nullable(),
  reception: Money.nullable(),
  change: Change.nullable(),
  /** The change against an earlier year's 决算 (比2019年决算数减少…) in a budget, kept apart from `change`. */
  changeOnFinalAccount: Change.nullable(),
  items: z.array(NamedAmount),
});
export type ThreePublic = z.infer<typeof ThreePublic>;

export const Procurement = z.strictObject({
  total: Money.nullable(),
  items: z.array(NamedAmount),
  note: z.string().nullable(),
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

export const Assets = z.strictObject({
  asOf: z.iso.date().nullable(),
  total: Money.nullable(),
  plannedPurchase: Money.nullable(),
  items: z.array(AssetItem),
});
export type Assets = z.infer<typeof Assets>;
