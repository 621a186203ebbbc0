import { COLORS, UNPLACED_COLOR, WARNING_COLOR } from './colors.js';

const colorRules = Object.entries(COLORS)
  .map(([k, c]) => `.c-${k}{--c:${c}}`)
  .join('\n');

/** The CSS of both pages, inlined into each (the pages work from disk, with no network). */
export const CSS = `
:root{--bg:#fff;--fg:#1f2328;--mute:#656d76;--line:#d0d7de;--warn:${WARNING_COLOR};--unplaced:${UNPLACED_COLOR}}
${colorRules}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:var(--fg);background:var(--bg)}
header{padding:8px 16px;border-bottom:1px solid var(--line);background:#f6f8fa}
header h1{font-size:17px;margin:2px 0}
header p{margin:0;color:var(--mute)}
a{color:#0969da}
kbd{border:1px solid var(--line);border-radius:3px;padding:0 4px;font-size:12px;background:#fff}
.doc{display:flex;flex-direction:column;height:100vh}
.doc main{flex:1;min-height:0;display:grid;grid-template-columns:330px 1fr}
aside{overflow:auto;border-right:1px solid var(--line);padding:8px 12px;font-size:13px}
aside h2{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:var(--mute);margin:12px 0 4px}
aside ol,aside ul{margin:0;padding-left:18px}
aside li{margin:2px 0}
aside table{border-collapse:collapse;width:100%}
aside td{padding:1px 4px;vertical-align:top}
aside td.v{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
aside li.cur{background:#fff8c5}
.sw{display:inline-block;width:10px;height:10px;border-radius:2px;background:var(--c);margin-right:4px;vertical-align:-1px}
#text{overflow:auto;font:13px/1.5 ui-monospace,"Noto Sans Mono CJK SC",monospace;padding:4px 0}
.l{display:flex;white-space:pre-wrap;word-break:break-all;border-left:3px solid var(--c,transparent);scroll-margin:40vh}
.l>i{flex:0 0 4.2em;text-align:right;padding-right:8px;color:var(--mute);font-style:normal;user-select:none}
.l>b{font-weight:normal;flex:1;padding-right:8px}
.l.cell>b::before{content:"⇥ ";color:#afb8c1}
.l.w>i{background:var(--warn);color:#fff;cursor:help}
.l.uf{background:#fff3c4}
.l.uf>i{background:var(--unplaced);color:#000}
.l.hit{animation:hit 1.6s ease-out}
@keyframes hit{from{background:#ffe58a}to{background:transparent}}
.m{background:color-mix(in srgb,var(--c) 18%,transparent);border-bottom:2px solid var(--c);border-radius:2px;cursor:help;outline-offset:1px}
.m:focus{outline:2px solid var(--c)}
.m.whole{display:inline-block;width:1.1em;text-align:center;margin-right:4px;border:1px dashed var(--c);border-bottom-width:1px}
.gap{color:var(--mute);padding:2px 0 2px 5em;font-style:italic}
#tip{position:fixed;z-index:10;max-width:480px;background:#1f2328;color:#fff;padding:6px 8px;border-radius:6px;font-size:12px;line-height:1.4;pointer-events:none;box-shadow:0 4px 14px rgba(0,0,0,.3)}
#tip .p{color:#9cd1ff;font-family:ui-monospace,monospace}
#tip .w{color:#ffb3b3}
#tip>div+div{margin-top:4px;border-top:1px solid #444;padding-top:4px}
.note{color:var(--mute);padding:16px}
/* index */
.idx main{padding:8px 16px}
.charts{display:flex;gap:24px;flex-wrap:wrap;margin-bottom:8px}
.charts figure{margin:0}
.charts figcaption{font-size:12px;color:var(--mute)}
.charts svg text{font-size:11px;fill:var(--fg)}
.charts g.bar{cursor:pointer}
.charts g.bar:hover rect{fill:#1f6fd1}
.controls{display:flex;gap:12px;align-items:center;margin:8px 0}
table.rows{border-collapse:collapse;width:100%;font-size:13px}
table.rows th,table.rows td{border-bottom:1px solid var(--line);padding:3px 6px;text-align:left}
table.rows th button{all:unset;cursor:pointer;font-weight:600}
table.rows th[aria-sort=ascending] button::after{content:" ▲"}
table.rows th[aria-sort=descending] button::after{content:" ▼"}
table.rows td.n{text-align:right;font-variant-numeric:tabular-nums}
table.rows td.err{color:var(--warn)}
`;
