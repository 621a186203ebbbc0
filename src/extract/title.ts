import { parseNumbering } from '../sections/numbering.js';
import { compact } from './context.js';

/**
 * Titles and labels that name the department and the year, as data. A title may stand
 * anywhere in the first lines, after page chrome (首页 > 政务公开 …); the department is the
 * name before the year ("XX2024年部门预算", "XX部门2024年部门预算", "XX2023年度部门决算",
 * "关于公布XX2025年度“三公”经费预算的说明") or before 部门预算 / 单位预算 ("XX单位预算").
 */

/** A line that is the title of a disclosure. */
export const TITLE_PATTERNS: readonly RegExp[] = [
  /(预算|决算).{0,12}(说明|公开|文本|报告)/,
  /(预算|决算)信息公开|预算绩效文本/,
  /(部门|单位)(综合)?(预算|决算)(公开)?(目\s*录)?\s*([（(][^（）()]{1,10}[)）])?$/, // … · 部门预算（草案） · 单位预算（公开版） · 部门综合预算
  /三公.{0,8}经费.{0,14}(预算|决算)/,
  /三公.{0,2}经费.{0,8}情况(说明|公开|报告)?$/, // XX局“三公”经费支出情况说明
  /(?:19|20)\d{2}\s*年度?.{0,16}绩效(?:目标|自评)(?:申报)?表\s*(?:[（(][^（）()]{1,10}[)）])?$/, // XX局2024年度项目支出绩效自评表 (a 绩效 form published alone)
];

/** Words before the department in a title: 关于公布 / 关于公开 / 公开 … */
const TITLE_LEAD = /^(?:标题\s*[:：])?\s*(?:关于)?(?:公布|公开|发布|印发|批复)?/;

/** Where the department ends in a title without a year: "XX单位预算", "XX部门预算公开". */
const BEFORE_KIND = /^(.+?)(?:部门|单位)(?:综合)?(?:预算|决算)/;
/**
 * … or before the one topic the title names, or before 预算 / 决算 itself: "XX学院政府采购决算公开情况说明" ·
 * "XX公路事务中心决算公开说明", also before the “三公” figures a title names without either ("XX局“三公”经费
 * 增减情况说明") (then it must end as a body's name does, and be no bare 政府); a funding scope between the
 * two is no part of the name ("2024年XX局一般公共预算财政拨款“三公”经费支出决算情况说明").
 */
const BEFORE_TOPIC = /^(.+?)(?:一般公共预算)?(?:财政拨款)?(?:(?:政府采购|“?三公”?经费)?(?:支出)?(?:预算|决算)|“?三公”?经费)/;

/** A line that names the department with a label: 部门：XX · 单位名称：XX · 来源：XX. */
export const DEPARTMENT_LABELS = /(?:^|\s)(?:填报单位\s*(?:[（(]\s*盖章\s*[)）])?|预算主管部门|主管部门|编制单位|编制部门|部门名称|单位名称|预算单位|部门|单位|来源|发布机构|发布单位)\s*[:：]\s*([^\s:：]{2,40})/;

/** What never is a department: heading words, figure labels, page chrome. */
const NOT_A_DEPARTMENT = /第[一二三四五六七八九十]+部分|预算|决算|经费|说明|公开|情况|万元|\d|目录|首页|附件|网站|浏览|打印|关闭|字号|当前位置|^[（(]|^(本|我)(部门|单位)/;

export const ORG_SUFFIX = /(办事处|政府|委员会|局|厅|院|中心|所|站|馆|处|室|队|会|部|社|办|校|园|街道|镇|乡|公司|协会|学会|联合会)(本级)?$/;

export function cleanDepartment(s: string): string | null {
  const t = s
    .trim()
    .replace(/^\d{3,}/, '') // unit code prefix: 611002秦皇岛市…
    .replace(TITLE_LEAD, '')
    .replace(/^(编制(部门|单位)|单位名称|部门名称)[:：]/, '')
    .replace(/编制$/, '')
    .replace(/[（(]?本级[)）]?$/, '')
    .replace(/[（(](?:部门)?(?:汇总|合并|含(?:下属|所属)单位)[)）]$/, '') // XX局（汇总）2023年度部门决算: what the figures cover, not the name
    .replace(/部门$/, '')
    .replace(/关于$/, '') // XX局关于2023年度部门决算的公开说明
    .replace(/[“”"]/g, '')
    .trim();
  if (t.length < 2 || t.length > 40 || /[，。；、,;：:\s]/.test(t) || NOT_A_DEPARTMENT.test(t)) return null;
  return t;
}

/**
 * Page chrome (breadcrumbs, navigation, the bulleted fields of a web page's header: "• 公开目录" ⏎
 * "• 部门决算"), sentences that state figures, and the sentence that announces what follows
 * ("根据…，现将本单位2025年“三公”经费预算情况说明如下：") are no title.
 */
export const NOT_A_TITLE = /首页|当前位置|[>＞»›]|上一篇|下一篇|\d\s*万?元|[。；;]$|^\s*[•·▪●◆■]|如下\s*[：:]?\s*$|^\s*(?:根据|按照|依据)/;

export function isTitle(text: string): boolean {
  if (text.length > 60 || parseNumbering(text) || NOT_A_TITLE.test(text)) return false;
  return TITLE_PATTERNS.some((re) => re.test(text));
}

export const YEAR = /((?:19|20)\d{2})\s*年/;

/** The department named by a title, or null. */
export function departmentFromTitle(title: string): string | null {
  const t = compact(title).replace(TITLE_LEAD, '');
  const ym = YEAR.exec(t);
  if (ym && ym.index > 0) return cleanDepartment(t.slice(0, ym.index));
  // "2023年度泸水县人民医院单位决算": the year first, the department before 单位决算.
  const rest = t.replace(/^(?:19|20)\d{2}年度?/, '');
  const k = BEFORE_KIND.exec(rest);
  if (k) return cleanDepartment(k[1]!);
  const topic = BEFORE_TOPIC.exec(rest);
  const d = topic ? cleanDepartment(topic[1]!) : null;
  // (…人民政府预算公开说明 is a government's own budget, the 总预算, not a department's)
  return d && d.length >= 4 && ORG_SUFFIX.test(d) && !d.endsWith('政府') ? d : null;
}

/** The department a labelled line names ("预算主管部门：上海市普陀区司法局"), or null. */
export function departmentFromLabel(text: string): string | null {
  const m = DEPARTMENT_LABELS.exec(text);
  if (!m) return null;
  const d = cleanDepartment(m[1]!);
  return d && ORG_SUFFIX.test(d) ? d : null;
}

// The fiscal year, by how sure the wording is: a year of a budget, then any year that is no date.
// A year after 比 / 较 / 与 is the year compared with ("比2023年预算减少"), never the fiscal year.
const BUDGET_YEAR = [
  /(?<![比较与同和]\s?)((?:19|20)\d{2})\s*年度/,
  /(?<![比较与同和]\s?)((?:19|20)\d{2})\s*年\s*(?:部门|单位)?\s*(?:预算|决算)/,
  /(?<![比较与同和]\s?)((?:19|20)\d{2})\s*年[^，。；\d]{0,16}(?:预算|决算|三公)/,
];
const PUBLICATION = /发布|日期|时间|来源|浏览|点击|更新/;

/** The fiscal year stated in these lines (a title first), never a publication date. */
export function fiscalYear(texts: readonly string[], strict = false): number | null {
  // Strict (over the whole body, past the title page): only a year that names a budget or a
  // 决算; "2025年度…" in a project's description is no fiscal year.
  for (const re of strict ? BUDGET_YEAR.slice(1) : BUDGET_YEAR) {
    for (const t of texts) {
      if (PUBLICATION.test(t) && !isTitle(t)) continue;
      const m = re.exec(t);
      if (m) return Number(m[1]);
    }
  }
  if (strict) return null;
  for (const t of texts) {
    if (PUBLICATION.test(t)) continue;
    const m = /(?<![比较与同和]\s?)((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/.exec(t);
    if (m) return Number(m[1]);
  }
  return null;
}
