/**
 * What a sentence or a table says it is about, as data: one table of cues per reader kind.
 * A sentence belongs to the reader whose cue stands first in it (so "机关运行经费…，主要是压减
 * 三公经费" is an operating-expenses sentence); a sentence without a cue of its own follows the
 * sentence before it in its paragraph, else the section it stands in (the heading is a hint).
 *
 * Adding a province's wording is one line here and one case in tests/wording.test.ts (claims: sentences name their reader).
 */
export type ReaderKind = 'budgetOverview' | 'operatingExpenses' | 'threePublic' | 'procurement' | 'assets';

export const READER_KINDS: readonly ReaderKind[] = ['budgetOverview', 'operatingExpenses', 'threePublic', 'procurement', 'assets'];

/**
 * A cue of `nobody`: the sentence states a figure that no reader's field holds (事业运行经费, the
 * running costs of the subordinate 事业单位, is neither 机关运行经费 nor “三公”): its figures, and
 * those of the cue-less sentences after it, are reported as UNPLACED_FIGURE, whatever the section.
 */
export const NOBODY = 'nobody';
export type CueKind = ReaderKind | typeof NOBODY;

export interface Cue {
  kind: CueKind;
  re: RegExp;
}

/** Cues in running text. */
/** The name of 机关运行经费 (机构运行经费: the 2022 决算 template's name). */
export const OPERATING_NAME = /机[关构]运行经?费/;

export const SENTENCE_CUES: readonly Cue[] = [
  { kind: 'threePublic', re: /三公/ },
  { kind: 'threePublic', re: /因公出国/ },
  { kind: 'threePublic', re: /公务接待/ },
  // (a count of cars, 一般公务用车1辆, is a 国有资产 figure: no cue; nor is the kind of a car counted before, 车辆1辆，为一般公务用车；)
  { kind: 'threePublic', re: /公务用车(?!\s*(?:[\d０-９]+\s*辆|[；;。，,、]|$))|公车(购置|运行|运维)|车辆购置及运/ },
  { kind: 'operatingExpenses', re: OPERATING_NAME },
  { kind: NOBODY, re: /事业运行\s*经\s*费/ },
  { kind: 'procurement', re: /政府采购/ },
  { kind: 'assets', re: /固定资产|国有资产|资产总额|资产原值/ },
  { kind: 'budgetOverview', re: /收支总预算|收支预算|预算收支|收支总计|收支总额/ },
  { kind: 'budgetOverview', re: /收入预算|支出预算|预算收入|预算支出|收入总计|支出总计|收入合计|支出合计/ },
  { kind: 'budgetOverview', re: /收入决算|支出决算|收支决算|决算收入|决算支出/ },
  { kind: 'budgetOverview', re: /基本支出|项目支出/ },
  { kind: 'budgetOverview', re: /^\s*(?:[\d一二三四五六七八九十]+[、.．]\s*)?(?:本年)?(?:收入|支出)(?:包括)?[:：]/ },
];

/**
 * The header words of a classification table (支出经济分类 / 功能分类, 科目编码 | 科目名称): its rows are
 * 科目, and a 科目 row may be named 因公出国（境）费用 or 公务接待费 (经济分类 30212, 30217) while its
 * 合计 is the year's basic spending, never the “三公” total.
 */
export const CLASSIFICATION_TABLE = /科目编码|科目名称|经济分类|功能分类/;

/**
 * Cues in a table's cells: a table that names all of `all` and none of `none` is read by that
 * reader wherever it stands.
 */
export const TABLE_CUES: readonly { kind: ReaderKind; all: readonly RegExp[]; none?: readonly RegExp[] }[] = [
  { kind: 'threePublic', all: [/因公出国/, /公务接待/], none: [CLASSIFICATION_TABLE] },
  { kind: 'assets', all: [/固定资产|资产总额/, /数量|面积/, /价值|金额/] },
  { kind: 'budgetOverview', all: [/(?:^|\u0001)\s*本年度?收入(?:决算)?合计\s*\u0001/, /(?:^|\u0001)\s*本年度?支出(?:决算)?合计\s*\u0001/] }, // 收入支出决算总表 (final-overview.ts)
];

/** Readers never take figures from these sections: their amounts are read by others, or are no figures. */
export const UNROUTED_SECTIONS: ReadonlySet<string> = new Set(['glossary', 'performance']);
