import { sameFigure } from '../checks/compare.js';
import { toMoney } from '../normalize/money.js';
import { MoneyUnit, type Money } from '../schema/index.js';

/**
 * The unit of a table that states none of its own (no cell, no caption above it), told by the text: the one, and
 * the only one, under which the table's total states the text's total (385000.00 in 元 beside 38.50万元; 38.50 in
 * 万元). A unit merely written elsewhere in the section's text (单位：万元 over another table) is no proof: a table in
 * 元 beside sentences in 万元 would be read 10⁴ off. Null when no unit, or more than one (a total of 0), agrees.
 */
export function agreeingUnit(cell: string, line: number, stated: Money): MoneyUnit | null {
  const agree = MoneyUnit.options.filter((u) => {
    const m = toMoney(cell, line, u);
    return m !== null && sameFigure(m, stated);
  });
  return agree.length === 1 ? agree[0]! : null;
}

/** Why agreeingUnit found no unit, for TABLE_NO_UNIT: the two totals differ in every unit, or both are 0 (which tells none). */
export function noUnitAgrees(cell: string, stated: Money, what: string): string {
  if (stated.yuan === 0 && /^[-0.,，]+$/.test(cell)) return `its total row (${cell}) and the text's ${what} (${stated.raw}) are 0, which tells no unit`;
  return `its total row (${cell}) states the text's ${what} (${stated.raw}) in no one unit`;
}
