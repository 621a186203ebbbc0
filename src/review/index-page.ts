import { basename } from 'node:path';
import { barChart } from './charts.js';
import { INDEX_SCRIPT } from './client-index.js';
import { html, jsonInScript } from './escape.js';
import { CSS } from './style.js';
import type { SummaryRow } from './summary.js';

const COLUMNS = ['document', 'department', 'year', 'kind', 'layout', 'figures', 'indicators', 'warnings', 'error'];

function countBy<T>(xs: readonly T[], key: (x: T) => string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const x of xs) for (const k of key(x)) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** The index page: one row per document, sortable and filterable, with charts of the corpus. */
export function indexPage(rows: readonly SummaryRow[], title = 'budget-parse review'): string {
  const warningsByCode = new Map<string, number>();
  for (const r of rows) for (const [c, n] of Object.entries(r.codeCounts)) warningsByCode.set(c, (warningsByCode.get(c) ?? 0) + n);
  const codeBars = [...warningsByCode].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kindYear = countBy(rows, (r) => [`${r.kind} ${r.year ?? '—'}`]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const docsByCode = countBy(rows, (r) => r.codes);
  const errors = rows.filter((r) => r.error !== null).length;
  const options = [`<option value="">every document (${rows.length})</option>`, `<option value="*error">with an error (${errors})</option>`]
    .concat(docsByCode.map(([c, n]) => `<option value="${html(c)}">${html(c)} (${n})</option>`))
    .join('');
  const data = rows.map((r) => [r.href, r.path, r.department, r.year, r.kind, r.layout, r.figures, r.indicators, r.warnings, r.error, r.codes, basename(r.path)]);
  const totals = {
    figures: rows.reduce((n, r) => n + r.figures, 0),
    warnings: rows.reduce((n, r) => n + r.warnings, 0),
  };
  return `<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${html(title)}</title><style>${CSS}</style></head>
<body class="idx">
<header><h1>${html(title)}</h1><p>${rows.length} documents · ${totals.figures} figures · ${totals.warnings} warnings · ${errors} errors</p></header>
<main>
<div class="charts">${barChart('warnings by code (click a bar to filter)', codeBars, 16, 'data-code')}${barChart('documents by kind and year', kindYear)}</div>
<div class="controls"><label>warning code <select id="code">${options}</select></label>
<button id="prev" type="button">‹ previous</button><button id="next" type="button">next ›</button><span id="info"></span></div>
<table class="rows"><thead><tr>${COLUMNS.map((c) => `<th aria-sort="none"><button type="button">${c}</button></th>`).join('')}</tr></thead>
<tbody id="body"></tbody></table>
</main>
<script type="application/json" id="rows">${jsonInScript(data)}</script>
<script>${INDEX_SCRIPT}</script>
</body></html>
`;
}
