import { html } from './escape.js';

/** A small horizontal bar chart in inline SVG (no chart library: a few dozen bars at most). */
export function barChart(title: string, bars: readonly (readonly [label: string, value: number])[], max = 16, filterAttr: string | null = null): string {
  const shown = bars.slice(0, max);
  const rest = bars.length - shown.length;
  const top = Math.max(1, ...shown.map(([, v]) => v));
  const labelW = 190;
  const barW = 220;
  const rowH = 16;
  const height = Math.max(1, shown.length) * rowH + 4;
  const rows = shown
    .map(([label, value], i) => {
      const y = i * rowH + 2;
      const w = Math.max(1, Math.round((value / top) * barW));
      const open = filterAttr ? `<g ${filterAttr}="${html(label)}" class="bar">` : '<g>';
      return `${open}<text x="${labelW - 6}" y="${y + 11}" text-anchor="end">${html(label)}</text>` +
        `<rect x="${labelW}" y="${y + 1}" width="${w}" height="${rowH - 4}" fill="#4c8bf5"><title>${html(label)}: ${value}</title></rect>` +
        `<text x="${labelW + w + 4}" y="${y + 11}">${value}</text></g>`;
    })
    .join('');
  const empty = shown.length === 0 ? `<text x="4" y="13">none</text>` : '';
  return `<figure><figcaption>${html(title)}${rest > 0 ? ` (top ${max} of ${bars.length})` : ''}</figcaption>` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${labelW + barW + 50}" height="${height}" role="img" aria-label="${html(title)}">${rows}${empty}</svg></figure>`;
}
