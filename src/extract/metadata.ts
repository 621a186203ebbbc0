import type { Block } from '../blocks/index.js';
import type { SectionNode } from '../sections/index.js';
import { compact, paragraphs, tables } from './context.js';

export interface Metadata {
  title: string | null;
  department: string | null;
  year: number | null;
  kind: 'budget' | 'performance' | 'unknown';
}

const TITLE = /预算.{0,12}(说明|公开|文本)|预算信息公开|预算绩效文本/;
const ORG_SUFFIX = /(办事处|政府|委员会|局|厅|院|中心|所|站|馆|处|室|队|会|部|社|办|校|园|街道|镇|乡)(本级)?$/;
const YEAR = /((?:19|20)\d{2})\s*年/;

function cleanDepartment(s: string): string | null {
  const t = s
    .replace(/^\d{3,}/, '') // unit code prefix: 611002秦皇岛市…
    .replace(/^关于/, '')
    .replace(/^(编制(部门|单位)|单位名称|部门名称)[:：]/, '')
    .replace(/编制$/, '')
    .replace(/本级$/, '')
    .replace(/部门$/, '')
    .trim();
  return t.length >= 2 && t.length <= 40 && !/[，。；、]/.test(t) ? t : null;
}

function departmentFromTables(blocks: readonly Block[]): string | null {
  for (const t of tables(blocks)) {
    for (const row of t.rows.slice(0, 3)) {
      for (const c of row.cells) {
        const text = compact(c.text);
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

export function extractMetadata(blocks: readonly Block[], sections: readonly SectionNode[]): Metadata {
  const paras = paragraphs(blocks);
  const head = paras.slice(0, 12);
  let title: string | null = null;
  let department: string | null = null;
  const ti = head.findIndex((p) => p.text.length <= 60 && TITLE.test(p.text));
  if (ti >= 0) {
    const t = head[ti]!.text;
    const ym = YEAR.exec(t);
    const before = ym ? t.slice(0, ym.index) : '';
    if (before.trim()) {
      title = t;
      department = cleanDepartment(before);
    } else {
      // "高新区三女河办事处" / "2023年部门预算绩效文本": the department stands on a line above.
      const prev = head.slice(0, ti).reverse().find((p) => p.text.length <= 40 && ORG_SUFFIX.test(p.text));
      department = prev ? cleanDepartment(prev.text) : null;
      title = department ? `${department}${t}` : t;
    }
  }
  if (!department) {
    const editor = head.find((p) => /^.{2,30}编制$/.test(p.text));
    department = (editor && cleanDepartment(editor.text)) || departmentFromTables(blocks);
  }

  let year: number | null = null;
  const ty = title ? YEAR.exec(title) : null;
  if (ty) year = Number(ty[1]);
  else {
    for (const p of paras) {
      const m = YEAR.exec(p.text);
      if (m) {
        year = Number(m[1]);
        break;
      }
    }
  }

  const kinds = new Set(sections.map((s) => s.kind));
  const budgetKinds = ['budgetOverview', 'operatingExpenses', 'threePublic', 'procurement', 'assets'] as const;
  const kind = budgetKinds.some((k) => kinds.has(k)) ? 'budget' : kinds.has('performance') ? 'performance' : 'unknown';
  return { title, department, year, kind };
}
