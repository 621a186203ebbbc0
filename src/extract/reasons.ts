import { lineAt, type Paragraph } from '../blocks/index.js';
import type { Statement } from '../schema/index.js';

/**
 * Reasons (主要原因是…) and purposes (主要用于…) read in the clause that follows a figure.
 * Knowledge as data: the words that open a reason or a purpose.
 */

/** Words that open the reason of a change: 主要原因是 · 主要是 · 主要为 · 由于 · 系. */
export const REASON_WORDS = /(?:[增减]加?的?|变化的?|增减的?|下降的?)?主要原因(?:是|为|系|在于)?|原因(?:是|为|系|在于)|主要(?:是|为|系|由于|因为|用于)|由于|因为|系因/;
/** Words that open what a figure is used for or consists of. */
export const PURPOSE_WORDS = /主要用于|全部用于|用于|主要(?:为|是|包括)|包括/;
/** A clause that speaks of a change: its words are a reason, never a purpose. */
const CHANGE_TALK = /持平|增加|减少|下降|增长|上升|相比|较上年|比上年|与上年/;
/**
 * Words that say a figure did not change (与上年持平 · 与上年相比无变动 · 与上年相比没有变化). Not 无增减变化
 * (`决算比预算无增减变化` says nothing of the year before).
 */
export const FLAT_WORDS = '持平|无变动|无变化|没有变化|没有变动|未发生变化|未发生变动|保持不变';
export const FLAT = new RegExp(FLAT_WORDS);
/** Words before a FLAT that make it approximate (与2020年预算基本持平): no change of exactly 0. */
export const ROUGHLY_WORDS = '基本|大致|大体|总体|趋于|略有|接近';
export const ROUGHLY = new RegExp(`(?:${ROUGHLY_WORDS})$`);
/**
 * 比 as a comparison, not the 比 of 比重 / 比例 / 比率 / 占比 (…占“三公”经费的比重无变化 · 公用经费占比保持不变 are no change
 * of the figure). The lookbehind is tried only where a 比 stands.
 */
export const COMPARING_BI = '比(?<!占比)(?![重例率])';
/**
 * What may stand between the comparison word and a flat word other than 持平 (与上年相比无变化 · 与2022年决算数相比没有变化):
 * only the year or budget compared with. Other words there are a subject of their own (与上年相比车辆编制无变化 ·
 * 与上年相比公务用车保有量无变化): the flat word is theirs, not the figure's change.
 */
export const FLAT_OBJECT = '(?:上年|上一年|去年|\\d{4}年)?度?(?:年初|全年)?(?:预算|决算)?数?(?:相比|比较)?[，,]?';
/** FLAT_OBJECT without a written year, for the amount grammar (which reads no 0 in words after a digit). */
export const FLAT_OBJECT_NO_YEAR = FLAT_OBJECT.replace('|\\d{4}年', '');
/** The flat words other than 持平 (持平 keeps its own, wider rule). */
export const OTHER_FLAT_WORDS = FLAT_WORDS.replace(/^持平\|/, '');
/**
 * What a flat word other than 持平 must follow in its clause to be the figure's change: a comparison word and the year
 * compared with, or nothing (…1.00万元，占“三公”经费的比重无变化 · 与上年相比车辆编制无变化 are of something else).
 */
export const FLAT_LEAD = new RegExp(`(?:^|[与同较]|${COMPARING_BI})${FLAT_OBJECT}(?:${ROUGHLY_WORDS})?$`);

const CLAUSE_END = /[；;。]/;
/** Separators of a list, by char code (the search reads one character at a time). */
const LIST_SEP = new Set([...'，,、'].map((c) => c.charCodeAt(0)));

/** The text after a figure up to the end of its clause (；。) or up to the label of the next figure. */
export function clauseAfter(text: string, end: number, nextStart: number = text.length): { text: string; offset: number } {
  let stop = Math.min(nextStart, text.length);
  const m = CLAUSE_END.exec(text.slice(end, stop));
  if (m) stop = end + m.index;
  else if (nextStart < text.length) {
    // The next figure's label belongs to the next figure: cut at the last separator before it.
    let i = stop - 1;
    while (i >= end && !LIST_SEP.has(text.charCodeAt(i))) i--;
    stop = Math.max(end, i);
  }
  return { text: text.slice(end, stop), offset: end };
}

function statement(p: Paragraph, clause: { text: string; offset: number }, at: number): Statement | null {
  const text = clause.text.slice(at).replace(/^[，,：:\s]+/, '').replace(/[，,、：:\s]+$/, '');
  return text ? { text, line: p.pieces ? lineAt(p, clause.offset + at) : p.line } : null;
}

/** The reason stated in a change's clause (the text after its amount), or null. */
export function reasonIn(p: Paragraph, clause: { text: string; offset: number }): Statement | null {
  const m = REASON_WORDS.exec(clause.text);
  return m ? statement(p, clause, m.index) : null;
}

/** A reason sentence of its own right after `end`: "…减少10万元。减少的主要原因是…。" */
export function reasonSentenceAfter(p: Paragraph, end: number): Statement | null {
  const dot = p.text.indexOf('。', end);
  if (dot < 0) return null;
  const next = p.text.indexOf('。', dot + 1);
  const sentence = p.text.slice(dot + 1, next < 0 ? p.text.length : next);
  const m = /^[^，,；;]{0,10}原因/.exec(sentence);
  return m ? statement(p, { text: sentence, offset: dot + 1 }, 0) : null;
}

/** What a stock figure is used for, from its clause; null when the clause speaks of a change or lists figures. */
export function purposeIn(p: Paragraph, clause: { text: string; offset: number }): Statement | null {
  const m = PURPOSE_WORDS.exec(clause.text);
  if (!m) return null;
  // "主要用于…，与上年持平，主要是…": the purpose ends where the change talk starts.
  const c = CHANGE_TALK.exec(clause.text);
  if (!c) return statement(p, clause, m.index);
  if (c.index < m.index) return null;
  const cut = Math.max(clause.text.lastIndexOf('，', c.index), clause.text.lastIndexOf(',', c.index));
  return cut > m.index ? statement(p, { text: clause.text.slice(0, cut), offset: clause.offset }, m.index) : null;
}
