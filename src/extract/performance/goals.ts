import type { Paragraph } from '../../blocks/index.js';
import type { Goal } from '../../schema/index.js';
import { parseNumbering } from '../../sections/numbering.js';
import { scanAmounts } from '../amounts.js';

const OVERALL = /总体(绩效)?目标/;
const ITEMS = /分项绩效目标|分项目标|职责分类绩效目标/;
const END = /保障措施|整体支出绩效指标|绩效指标表|第[一二三四五六七八九十]+部分|项目绩效目标|资金绩效目标/;
const FIELD = /^(绩效目标|绩效指标|绩效标准|评价标准)[:：]\s*/;
const CLAUSE_END = /[，,。；;]/;
/** A numbered line that names one project and nothing else: "（一）耕地质量监测项目" (its budget and goal on the next line). */
const PROJECT_TITLE = /(?:项目|经费|资金|专项)$/;
/** A paragraph that opens with that project's budget: "项目预算180.00万元。" · "该项目预算资金为…" · "预算安排…". */
const BUDGET_LEAD = /^(?:该|本)?(?:项目)?(?:年度)?(?:预算|资金)(?:资金|金额|安排|总额)?(?:为|共计?|合计)?[:：]?\s*$/;
/** What may end the paragraph after a budget stated alone ("项目资金：50.00万元。"). */
const BUDGET_ONLY_AFTER = /^[。；;，,]?\s*$/;
/** Its goal, after the budget: "绩效目标：完成…" (to the end of the paragraph). */
const GOAL_AFTER = /(?:绩效目标|项目目标|主要目标)(?:为|是)?[:：]\s*(.+)$/;

/** Any of the three: a paragraph none of them matches (most: the project tables' headings) is tested once, not thrice. */
const ANY_HEADING = new RegExp(`${OVERALL.source}|${ITEMS.source}|${END.source}`);

const heading = (t: string, re: RegExp) => t.length <= 30 && re.test(t);

/**
 * 总体绩效目标 (text) and 分项绩效目标: numbered goals, each with its 绩效目标 /
 * 绩效指标 / 绩效标准 paragraphs, or one paragraph with an amount
 * ("1、社区工作者工资保险895.5万元，项目主要目标为…").
 */
export function extractGoals(paras: readonly Paragraph[]): { overallGoal: string | null; goals: Goal[]; kept: Set<Paragraph> } {
  /** The paragraphs whose text the goals keep (their figures are in the output, as written). */
  const kept = new Set<Paragraph>();
  const overall: string[] = [];
  const goals: Goal[] = [];
  let mode: 'overall' | 'goals' | null = null;
  let current: Goal | null = null;
  // A numbered line naming one project (outside the 分项 goals too), whose budget and goal may follow.
  let titled: { title: string; line: number; para: Paragraph; goal: Goal | null } | null = null;
  /** The goal of a titled project whose 绩效目标： / 绩效指标： lines may follow its budget's line (outside the 分项 goals too). */
  let fields: Goal | null = null;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    const t = p.text;
    const lastTitle = titled;
    titled = null;
    const next = fields ? FIELD.exec(t) : null;
    if (fields && next) {
      setField(fields, next, t);
      kept.add(p);
      continue;
    }
    fields = null;
    if (lastTitle && !heading(t, ANY_HEADING)) {
      const g = projectBudgetGoal(p, lastTitle, FIELD.test(paras[i + 1]?.text ?? ''));
      if (g) {
        if (!lastTitle.goal) goals.push(g);
        kept.add(lastTitle.para);
        kept.add(p);
        current = g;
        fields = g;
        continue;
      }
    }
    const maybeHeading = heading(t, ANY_HEADING);
    if (maybeHeading && heading(t, OVERALL) && !heading(t, ITEMS)) {
      mode = 'overall';
      const inline = /[:：](.+)$/.exec(t);
      if (inline) overall.push(inline[1]!.trim());
      continue;
    }
    if (maybeHeading && heading(t, ITEMS)) {
      mode = 'goals';
      current = null;
      continue;
    }
    if (maybeHeading && heading(t, END)) {
      mode = null;
      current = null;
      continue;
    }
    if (mode === 'overall') {
      overall.push(t);
      kept.add(p);
      continue;
    }
    if (mode !== 'goals') {
      const num = t.length <= 40 ? parseNumbering(t) : null;
      if (num && num.style !== 'part' && PROJECT_TITLE.test(num.rest.trim())) titled = { title: num.rest.trim(), line: p.line, para: p, goal: null };
      continue;
    }
    const field = FIELD.exec(t);
    if (field && current) {
      setField(current, field, t);
      kept.add(p);
      continue;
    }
    const num = parseNumbering(t);
    if (!num || num.style === 'part') continue;
    const amount = scanAmounts(p).find((m) => m.sign === null);
    const at = amount ? num.rest.indexOf(amount.money.raw) : -1;
    // The first clause: the words before the first ，。； (a search, not a split of the whole goal).
    const cut = at >= 0 ? num.rest.search(CLAUSE_END) : -1;
    const firstClause = cut >= 0 ? num.rest.slice(0, cut) : num.rest;
    if (amount && at >= 0 && at < firstClause.length) {
      // "1、社区工作者工资保险895.5万元，项目主要目标为…": the title is the words before the amount.
      const title = (at > 0 ? num.rest.slice(0, at) : firstClause).replace(/(共计?|合计|总计|为)$/, '').trim();
      const after = at >= 0 ? num.rest.slice(at + amount.money.raw.length).replace(/^[，,。]/, '') : num.rest;
      const goalMatch = /主要目标(?:为|是)?[:：]?([^。]+)/.exec(after);
      const sentences = after.split('。').filter((s) => s.trim());
      current = {
        title,
        goal: goalMatch ? goalMatch[1]!.trim() : (sentences[0]?.trim() ?? null),
        indicators: sentences.filter((s) => /指标/.test(s)).join('。') || null,
        standard: null,
        amount: amount.money,
        line: p.line,
      };
      goals.push(current);
      kept.add(p);
    } else if (t.length <= 40) {
      current = { title: num.rest.trim(), goal: null, indicators: null, standard: null, amount: null, line: p.line };
      goals.push(current);
      kept.add(p);
      if (PROJECT_TITLE.test(current.title)) titled = { title: current.title, line: p.line, para: p, goal: current };
    }
  }
  return { overallGoal: overall.length ? overall.join('\n') : null, goals, kept };
}

/**
 * "（一）耕地质量监测项目" ⏎ "项目预算180.00万元。绩效目标：完成…": the paragraph after a project's title opens with its
 * budget (the first figure, its words only 项目预算 / 预算资金为 …) and states its goal after 绩效目标：. The goal of the
 * title (the one already made in the 分项 goals, else a new one); null when the paragraph is not that.
 */
function projectBudgetGoal(p: Paragraph, titled: { title: string; line: number; goal: Goal | null }, fieldsFollow: boolean): Goal | null {
  const goalAt = GOAL_AFTER.exec(p.text);
  // The budget must be the paragraph's only figure: "项目预算60.00万元，其中：财政拨款50.00万元…" · "…，比上年增加5.00万元"
  // hold figures no goal field takes (UNPLACED_FIGURE each, the paragraph not kept).
  const mentions = scanAmounts(p);
  if (mentions.length !== 1) return null;
  const amount = mentions[0]!.sign === null ? mentions[0] : undefined;
  if (!amount) return null;
  const at = p.text.indexOf(amount.money.raw);
  // (or the budget alone, "项目资金：50.00万元。", its 绩效目标： on the next line; without one, "（二）财政拨款资金" ⏎
  // "预算安排150.00万元。" is no project's goal: the figure stays UNPLACED_FIGURE)
  const alone = !goalAt && fieldsFollow && at >= 0 && BUDGET_ONLY_AFTER.test(p.text.slice(at + amount.money.raw.length));
  if (!goalAt && !alone) return null;
  if (at < 0 || (goalAt && at > goalAt.index) || !BUDGET_LEAD.test(p.text.slice(0, at))) return null;
  const goal = goalAt ? goalAt[1]!.replace(/[。；;]$/, '').trim() : null;
  if (titled.goal) {
    titled.goal.amount ??= amount.money;
    titled.goal.goal ??= goal;
    return titled.goal;
  }
  return { title: titled.title, goal, indicators: null, standard: null, amount: amount.money, line: titled.line };
}

/** A 绩效目标： / 绩效指标： / 绩效标准： line, to its goal (a second line of the same field is added to it). */
function setField(goal: Goal, field: RegExpExecArray, t: string): void {
  const value = t.slice(field[0].length).trim();
  const key = field[1] === '绩效目标' ? 'goal' : field[1] === '绩效指标' ? 'indicators' : 'standard';
  goal[key] = goal[key] ? `${goal[key]}\n${value}` : value;
}
