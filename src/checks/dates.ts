import type { Diagnostics } from '../diagnostics.js';
import type { BudgetDocument, Indicator } from '../schema/index.js';

/** Words of a row that say the work is already done, with the year: 2021年8月底已竣工 · （2021年已竣工）. */
const DONE = /(\d{4})年[^，,。；;）)]{0,10}?(已竣工|已完工|已完成|已验收|已交付|已投入使用)/;

/**
 * DATE_CONTRADICTION: a deadline later than a completion the same row states
 * (≤9月份, read as 2022-09-30 from the document's year, next to 2021年8月底已竣工).
 */
export function checkDates(doc: BudgetDocument, d: Diagnostics): void {
  const perf = doc.performance;
  if (!perf) return;
  for (const i of perf.departmentIndicators) checkRow(i, d);
  for (const p of perf.projects) for (const i of p.indicators) checkRow(i, d);
}

function checkRow(i: Indicator, d: Diagnostics): void {
  const t = i.target;
  if (t.kind !== 'date' || !t.date) return;
  // Done words all say 已: a row that says it nowhere is not joined.
  if (!i.name?.includes('已') && !i.description?.includes('已') && !i.basis?.includes('已')) return;
  const text = [i.name, i.description, i.basis].filter(Boolean).join(' ');
  const m = DONE.exec(text);
  if (!m) return;
  const done = Number(m[1]);
  const due = Number(t.date.slice(0, 4));
  if (done >= due) return;
  const how = t.yearInferred ? `, its year taken from the document's ${due}` : '';
  d.warn('DATE_CONTRADICTION', `indicator ${i.name ?? ''}: deadline "${t.raw}" read as ${t.date}${how}, but the row says "${m[0]}"`, i.line, {
    expected: due,
    actual: done,
  });
}
