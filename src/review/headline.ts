/** The headline figures of a document's side panel: a label and the JSON path of a Money. */
export const HEADLINE: readonly (readonly [label: string, path: string])[] = [
  ['收入合计', 'budget.revenue.total'],
  ['支出合计', 'budget.expenditure.total'],
  ['基本支出', 'budget.expenditure.basic'],
  ['项目支出', 'budget.expenditure.project'],
  ['比上年增减', 'budget.change.amount'],
  ['机关运行经费', 'operatingExpenses.total'],
  ['三公经费合计', 'threePublic.total'],
  ['因公出国（境）费', 'threePublic.abroad'],
  ['公务用车购置及运行费', 'threePublic.vehicle'],
  ['公务用车购置费', 'threePublic.vehiclePurchase'],
  ['公务用车运行费', 'threePublic.vehicleOperation'],
  ['公务接待费', 'threePublic.reception'],
  ['政府采购', 'procurement.total'],
  ['资产总额', 'assets.total'],
  ['固定资产', 'assets.fixedAssets'],
  ['拟购置资产', 'assets.plannedPurchase'],
];
