import type { Block } from '../blocks/index.js';
import type { Diagnostics } from '../diagnostics.js';
import type { SectionNode } from '../sections/index.js';
import { compact, paragraphs, tables } from './context.js';
import { documentKind, type DocumentKind } from './kind.js';
import { cleanDepartment, departmentFromLabel, departmentFromTitle, fiscalYear, isTitle, NOT_A_TITLE, ORG_SUFFIX, YEAR } from './title.js';

export interface Metadata {
  title: string | null;
  department: string | null;
  year: number | null;
  kind: DocumentKind;
}

/** How many paragraphs from the top may hold the title (page chrome comes first on web pages). */
const HEAD = 40;

function departmentFromTables(blocks: readonly Block[]): string | null {
  for (const t of tables(blocks)) {
    for (const row of t.rows.slice(0, 3)) {
      for (const c of row.cells) {
        const text = compact(c.text);
        const labelled = /[:：]/.test(text) ? departmentFromLabel(text) : null;
        if (labelled) return labelled;
        const m = /^(?:编制(?:部门|单位)[:：])(.+)$/.exec(text) ?? /^\d{6,}(.+?)$/.exec(text);
        if (m) {
          const d = cleanDepartment(m[1]!);
          if (d && ORG_SUFFIX.test(d)) return d;
        }
      }
    }
  }
  return null;
}

/**
 * Title, department, fiscal year and kind of the document. `claimed` names the readers that
 * some sentence or table claimed by its own words: a notice without any heading is a disclosure
 * when its sentences state budget figures. A kind told only by sentences (no title or heading names
 * the genre) is reported in `diagnostics` (KIND_INFERRED, KIND_UNCERTAIN).
 */
export function extractMetadata(blocks: readonly Block[], sections: readonly SectionNode[], claimed: ReadonlySet<string>, diagnostics: Diagnostics): Metadata {
  const paras = paragraphs(blocks);
  const head = paras.slice(0, HEAD).filter((p) => p.text.length <= 80);
  let title: string | null = null;
  let department: string | null = null;
  let ti = head.findIndex((p) => isTitle(p.text));
  let t = ti >= 0 ? head[ti]!.text : '';
  if (ti < 0) {
    // "2026年" ⏎ "某某中心部门" ⏎ "预算": a cover title broken over two or three short lines.
    for (let i = 0; i < head.length && ti < 0; i++) {
      let joined = '';
      for (let w = 0; w < 3 && i + w < head.length; w++) {
        const piece = head[i + w]!.text;
        if (piece.length > 30 || /[。，；：:>]/.test(piece) || NOT_A_TITLE.test(piece)) break;
        joined += piece.trim();
        if (w > 0 && isTitle(joined)) {
          ti = i + w;
          t = joined;
          break;
        }
      }
    }
  }
  if (ti >= 0) {
    // "北京市统计局部门 2026 年度" ⏎ "部门预算信息公开", or "2025 年度" ⏎ "无锡市某委员会" ⏎ "部门预算公开":
    // a title broken over lines.
    for (let k = ti - 1, n = 0; k >= 0 && n < 2 && !YEAR.test(t); k--, n++) {
      const above = head[k]!.text;
      if (above.length > 30 || /[。，；：:>]/.test(above) || NOT_A_TITLE.test(above) || isTitle(above)) break;
      t = `${above.trim()}${t}`;
    }
    department = departmentFromTitle(t);
    if (department && !ORG_SUFFIX.test(department)) {
      // "上海市2026年市级单位预算" ⏎ "预算单位：上海市数据局": a place is no department; a label tells.
      const labelled = head.map((p) => departmentFromLabel(p.text)).find((d) => d);
      if (labelled) department = labelled;
      else {
        // "区人大2017年决算公开" ⏎ "柳州市鱼峰区人大常委会": the full name on a line of its own, which holds the short one.
        const short = department;
        const full = head.map((p) => (p.text.length <= 40 && ORG_SUFFIX.test(p.text.trim()) ? cleanDepartment(p.text) : null)).find((d) => d && d !== short && d.includes(short));
        if (full) department = full;
      }
    }
    title = t;
    const ym = YEAR.exec(t);
    if (!department && ym && !t.slice(0, ym.index).trim()) {
      // "高新区三女河办事处" ⏎ "2023年部门预算绩效文本": the department stands on a line above.
      const prev = head.slice(0, ti).reverse().find((p) => p.text.length <= 40 && ORG_SUFFIX.test(p.text));
      department = prev ? cleanDepartment(prev.text) : null;
      if (department) title = `${department}${t}`;
    }
  }
  if (!department) {
    for (const p of head) {
      department = departmentFromLabel(p.text);
      if (department) break;
    }
  }
  if (!department) {
    const editor = head.find((p) => /^.{2,30}编制$/.test(p.text));
    department = (editor && cleanDepartment(editor.text)) || departmentFromTables(blocks);
  }

  const ty = title ? YEAR.exec(title) : null;
  const year = ty ? Number(ty[1]) : fiscalYear(paras.slice(0, HEAD).map((p) => p.text)) ?? fiscalYear(paras.map((p) => p.text), true);

  const kind = documentKind(title, year, blocks, sections, claimed, diagnostics);
  return { title, department, year, kind };
}
