import type { SectionKind } from '../schema/index.js';
import { BoundedMemo } from '../memo.js';
import { parseNumbering } from './numbering.js';

/**
 * The vocabulary of section headings, as data: one table of patterns per section kind.
 * A heading is a short paragraph, numbered (一、 （一） 1. 第一部分 …) or standing alone, whose
 * words name the section. `numbered` patterns are tried on the text after the numbering;
 * `bare` patterns on a heading without numbering (stricter: the whole line). Tables are tried
 * in the order of HEADINGS, so a more specific kind comes before a more general one.
 *
 * A new province's wording is one line in the table of its kind (and one case in
 * tests/sections.test.ts).
 */
export interface HeadingVocabulary {
  kind: SectionKind;
  numbered: readonly RegExp[];
  bare: readonly RegExp[];
}

export const THREE_PUBLIC_HEADINGS: HeadingVocabulary = {
  kind: 'threePublic',
  numbered: [/三公/],
  // (not an indicator's name: “三公”经费控制率 · “三公”经费压减比例, a cell of a 绩效 form printed one cell per line)
  bare: [/^.{0,12}[“"]?三公[”"]?经费(?!.{0,16}[率例]$).{0,16}$/],
};

export const OPERATING_HEADINGS: HeadingVocabulary = {
  kind: 'operatingExpenses',
  // 机构运行经费: the name of the 2022 决算 template (内蒙古 …)
  numbered: [/机[关构]运行(经)?费/],
  bare: [/^.{0,8}机[关构]运行经?费.{0,10}$/],
};

export const PROCUREMENT_HEADINGS: HeadingVocabulary = {
  kind: 'procurement',
  numbered: [/政府采购/],
  bare: [/^.{0,8}政府采购(预算)?(情况)?(说明)?$/],
};

export const ASSETS_HEADINGS: HeadingVocabulary = {
  kind: 'assets',
  numbered: [/国有资产|固定资产/],
  bare: [/^.{0,8}国有资产(信息|占用情况)?(说明)?$/],
};

export const GLOSSARY_HEADINGS: HeadingVocabulary = {
  kind: 'glossary',
  numbered: [/名词解释|专业名词/],
  bare: [/^名词解释$/],
};

export const PERFORMANCE_HEADINGS: HeadingVocabulary = {
  kind: 'performance',
  numbered: [/绩效/],
  bare: [/^(.{0,20}绩效(目标|文本|预算信息|情况)|项目绩效目标表)\s*(?:[（(](?:19|20)\d{2}年度?[）)])?$/, /^预算绩效.{0,12}$/, /^[^，,。；;元]{0,40}绩效(?:目标|自评)(?:申报)?表\s*(?:[（(](?:19|20)\d{2}年度?[）)])?$/],
};

export const BUDGET_OVERVIEW_HEADINGS: HeadingVocabulary = {
  kind: 'budgetOverview',
  numbered: [
    /预算.{0,4}总体情况|收支(预算|总体)|预算安排的?总体|预算总体情况|收支情况/,
    /^(部门|单位)?收入(预算|决算)(情况)?(说明)?$/, // 收入预算情况说明 · 收入决算情况说明
    /^(部门|单位)?支出(预算|决算)(情况)?(说明)?$/, // 支出预算情况说明 · 支出决算情况说明
    /^(部门|单位)?收入支出(预算|决算)总体情况/, // 收入支出决算总体情况
    /^(部门|单位)?(收支|收入|支出)(总表|总体情况)/,
    /^财政拨款(收支|收入|支出)/, // 财政拨款收支总体情况 · 财政拨款支出决算情况
    /^一般公共预算(财政拨款)?(收支|收入|支出|基本支出|当年拨款)/,
    /^政府性基金(预算)?(收支|收入|支出|情况)/,
    /^国有资本经营(预算)?(收支|收入|支出|情况)/,
  ],
  bare: [/^.{0,8}(收支预算|预算安排的?总体情况)$/, /^(部门|单位)?(收入|支出)(预算|决算)情况(说明)?$/],
};

export const DUTIES_HEADINGS: HeadingVocabulary = {
  kind: 'duties',
  numbered: [/部门职责|主要职能|职能职责|部门主要职责|单位主要职责|^主要职责|职能简介|本部门职责|部门基本情况|单位基本情况|部门情况说明|单位职责/],
  bare: [/^(部门|单位)?(主要)?职责$/, /^(主要职能|职能简介|职能职责|部门基本情况|单位基本情况)$/],
};

export const ORGANIZATION_HEADINGS: HeadingVocabulary = {
  kind: 'organization',
  numbered: [/机构设置/],
  bare: [/^(部门|单位)?机构设置(情况)?$/],
};

export const OTHER_HEADINGS: HeadingVocabulary = {
  kind: 'other',
  numbered: [/其他需要说明|其他事项|其他说明|其他情况说明|其他重要事项|预算编制说明/],
  bare: [/^其他需要说明的事项$/, /^((19|20)\d{2}\s*年度?)?(部门|单位)?预算编制说明$/],
};

export const HEADINGS: readonly HeadingVocabulary[] = [
  THREE_PUBLIC_HEADINGS,
  OPERATING_HEADINGS,
  PROCUREMENT_HEADINGS,
  ASSETS_HEADINGS,
  GLOSSARY_HEADINGS,
  PERFORMANCE_HEADINGS,
  BUDGET_OVERVIEW_HEADINGS,
  DUTIES_HEADINGS,
  ORGANIZATION_HEADINGS,
  OTHER_HEADINGS,
];

/**
 * What may stand before a heading's words: "（二）关于湖州市某局 2026 年收入预算情况说明" names the
 * section by the words after the department and the year. Tried when the words alone match no kind.
 */
export const HEADING_LEADS: readonly RegExp[] = [/^(?:关于)?.{0,30}?(?:19|20)\d{2}\s*年度?\s*/];

const MAX_HEADING = 40;

/** A heading that ends in 。 must still read as a title: it ends with a heading noun. */
const TITLE_END = /(情况|说明|预算|决算|经费|职责|职能|简介|设置|解释|信息|事项|目标|表)$/;

/** A numbered duty ("（十一）承办上级交办的其他事项。") starts with a verb; a heading does not. */
const DUTY_VERB = /^(负责|承办|承担|做好|组织|指导|参与|完成|落实|加强|协调|贯彻|拟订|制定|管理|统筹)/;

export interface HeadingMatch {
  kind: SectionKind;
  /** The numbering style, or null for a heading standing alone. */
  style: string | null;
}

/**
 * Strip what may close a heading without being part of its words: a page number of a table of
 * contents ("三、支出预算情况说明……5", "一、部门职责 3"), and a closing ：/:/。.
 */
export function headingWords(text: string): { words: string; stop: boolean } {
  let t = text.trim();
  // The closing characters are tested by their code: a regular expression ending in $ is tried at
  // every position of the line, and most lines end otherwise.
  const last = t.length > 0 ? t.charCodeAt(t.length - 1) : 0;
  const digit = last >= 48 && last <= 57;
  if (!digit && last !== 0xff1a /* ： */ && last !== 58 /* : */ && last !== 0x3002 /* 。 */) return { words: t, stop: false };
  if (digit) t = t.replace(PAGE_NUMBER, '').trim();
  const stop = t.endsWith('。');
  const end = t.length > 0 ? t.charCodeAt(t.length - 1) : 0;
  if (end === 0xff1a || end === 58 || end === 0x3002) t = t.slice(0, -1).trim();
  return { words: t, stop };
}

/** A page number closing a line of a table of contents: "……5", " 3" (only a line ending in a digit can hold one). */
const PAGE_NUMBER = /(?:\s+|[.．。…·─\-—]{2,}\s*)\d{1,3}$/;
/** A line without any CJK letter (a number, a code) is never a heading: true when one stands in it. */
function hasWords(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) return true;
  }
  return false;
}

// The patterns of each kind joined into one regular expression (compiled once), in table order.
const compiled = (field: 'numbered' | 'bare') => HEADINGS.map((h) => ({ kind: h.kind, re: new RegExp(h[field].map((r) => `(?:${r.source})`).join('|')) }));
const NUMBERED = compiled('numbered');
const BARE = compiled('bare');

function first(list: readonly { kind: SectionKind; re: RegExp }[], text: string): SectionKind | null {
  for (const h of list) if (h.re.test(text)) return h.kind;
  return null;
}

function afterLead(rest: string): SectionKind | null {
  for (const lead of HEADING_LEADS) {
    const m = lead.exec(rest);
    // The words after the lead hold no figure: "1、2025年财政拨款收入120万元" is an item, not a heading.
    if (m && m[0].length < rest.length && !/\d/.test(rest.slice(m[0].length))) {
      const kind = first(NUMBERED, rest.slice(m[0].length));
      if (kind) return kind;
    }
  }
  return null;
}

/**
 * Recognize a section heading in a paragraph's text, or return null. Headings repeat across the
 * documents of a batch (一、部门职责及机构设置情况 …), so the answer for a short line is kept in a
 * bounded memo (the match is shared: callers only read it).
 */
export function matchHeading(text: string): HeadingMatch | null {
  if (text.length > MAX_HEADING + 8) return null;
  return headingMemo.get(text, matchShort);
}

const headingMemo = new BoundedMemo<string, HeadingMatch | null>(2000);

/** matchHeading for a line short enough to be a heading. */
function matchShort(text: string): HeadingMatch | null {
  if (!hasWords(text)) return null;
  const { words, stop } = headingWords(text);
  if (words.length > MAX_HEADING) return null;
  const num = parseNumbering(words);
  if (num) {
    const rest = num.rest;
    // "7、机关运行费：是指…" is a glossary entry, not a heading; "（五）负责政府采购监督。" is a sentence.
    if (/[：:]./.test(rest) || /[；;]$/.test(rest) || /[。；;]./.test(rest)) return null;
    if (stop && (!TITLE_END.test(rest) || /[、，,]/.test(rest) || DUTY_VERB.test(rest))) return null;
    const kind = first(NUMBERED, rest) ?? afterLead(rest);
    return kind ? { kind, style: num.style } : null;
  }
  if (stop) return null;
  const kind = first(BARE, words);
  return kind ? { kind, style: null } : null;
}

/** A line holding nothing but a part number ("第一部分"), whose title follows on the next line. */
export function isBarePart(text: string): boolean {
  // Only 第 opens a part number: other lines are passed over without parsing their numbering.
  if (!text.startsWith('第')) return false;
  const num = parseNumbering(text);
  return num !== null && num.style === 'part' && num.rest.trim() === '';
}

/** A part heading ("第二部分 2026年度部门预算报表"): a boundary even when its words name no kind. */
export function isPart(text: string): boolean {
  return text.length <= MAX_HEADING && text.startsWith('第') && parseNumbering(text)?.style === 'part';
}
