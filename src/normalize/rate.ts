/**
 * Rates: an amount per person, per month, per household … (每人每月100元 · 100元/人/月 · 每户200元).
 * Such a Money keeps `per` and is never summed with, or compared to, a total. Knowledge as data:
 * the words before the amount and the units after a slash.
 */

/** 每 + what, read before an amount: 每人每月 → 人/月. Longest first. */
const PER_WORDS: readonly [string, string][] = [
  ['每人每月', '人/月'], ['每人每天', '人/天'], ['每人每日', '人/天'], ['每人每年', '人/年'], ['每人每次', '人/次'],
  ['每户每月', '户/月'], ['每户每年', '户/年'], ['每月每人', '人/月'],
  ['每人', '人'], ['每户', '户'], ['每公里', '公里'], ['每平方米', '平方米'], ['每平米', '平方米'], ['每亩', '亩'],
  ['每名', '人'], ['每床', '床'], ['每辆', '辆'], ['每月', '月'], ['每天', '天'], ['每日', '天'], ['每年', '年'], ['每次', '次'], ['每场', '场'],
];
/** Words that may stand between 每… and the amount: 每人每月补贴标准为100元. */
const BETWEEN = /(?:的)?(?:补贴|补助|发放|工资|生活|标准|定额|费用|经费|按|为|是|计|合计|[：:]){0,4}$/;
/** After the amount: 100元/人/月 · 100元／人·月 · 100元每人每月. */
const AFTER = /^\s*(?:[/／]\s*(人|户|公里|平方米|平米|亩|名|辆|床|次|场|月|天|日|年)(?:\s*[/／·]\s*(月|天|日|年|次))?|(每人每月|每人每天|每人每年|每户每月|每人|每户|每月|每天|每年))/;

const norm = (u: string) => (u === '日' ? '天' : u === '平米' ? '平方米' : u === '名' ? '人' : u);

/**
 * The `per` of an amount standing at [start, end) of `text`, or null when it is a plain amount.
 * Looks at most 16 characters back within the clause, and at the characters right after it.
 */
export function rateOf(text: string, start: number, end: number): string | null {
  const after = AFTER.exec(text.slice(end, end + 12));
  if (after) {
    if (after[3]) return PER_WORDS.find(([w]) => w === after[3])![1];
    return after[2] ? `${norm(after[1]!)}/${norm(after[2])}` : norm(after[1]!);
  }
  let before = text.slice(Math.max(0, start - 16), start);
  const cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(','), before.lastIndexOf('、'));
  if (cut >= 0) before = before.slice(cut + 1);
  if (!before.includes('每')) return null;
  const stem = before.replace(BETWEEN, '');
  for (const [w, per] of PER_WORDS) if (stem.endsWith(w)) return per;
  return null;
}

/** The name of a rate without its 每… words: 公务交通补贴按每人每月 → 公务交通补贴. */
export function rateLabel(label: string): string {
  const i = label.search(/(?:按|以|为)?每/);
  return i > 0 ? label.slice(0, i) : label;
}
