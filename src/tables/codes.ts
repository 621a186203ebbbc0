/**
 * 功能分类 / 经济分类 codes: from a code column, from 类 / 款 / 项 columns, or written before the
 * name (`2010501-行政运行`, `2010301 行政运行`, `201 03 01 行政运行`). Codes stay text.
 */
import { compact } from '../normalize/text.js';

/** A classification code: 类 3 digits, 款 5, 项 7 (经济分类 in some provinces 7: 3021101). */
export const CODE = /^\d{3}(\d{2}){0,2}$/;

/** The level of a code: 1 类, 2 款, 3 项. */
export function levelOfCode(code: string): number | null {
  return code.length === 3 ? 1 : code.length === 5 ? 2 : code.length === 7 ? 3 : null;
}

const SPACED = /^([235]\d{2})(?:\s+(\d{2}))?(?:\s+(\d{2}))?\s+(\S.*)$/;
const JOINED = /^([235]\d{2}(?:\d{2}){0,2})\s*(?:[-－—–、.．:：]\s*|\s+)(\S.*)$/;
const GLUED = /^([235]\d{2}(?:\d{2}){0,2})([\u4e00-\u9fff“（(].*)$/;

/**
 * A code written before the name in one cell; null when the cell does not start with one. Only a
 * plausible 功能 / 经济分类 code is split off (3, 5 or 7 digits, the first 2, 3 or 5: 201…, 301…, 501…),
 * and a code glued to the name (`2010501行政运行`) only where the table says it has codes (`glued`:
 * a 科目 / 编码 / 分类 header): `12345政务服务热线`, `110指挥中心` are names.
 */
export function splitCodeName(text: string, opts: { glued: boolean } = { glued: true }): { code: string; name: string } | null {
  const t = text.trim();
  if (!/^[235]\d{2}/.test(t)) return null;
  const j = JOINED.exec(t) ?? (opts.glued ? GLUED.exec(t) : null);
  if (j && !/^\d/.test(j[2]!)) return { code: j[1]!, name: j[2]!.trim() };
  const s = SPACED.exec(t);
  if (s && !/^\d/.test(s[4]!)) return { code: s[1]! + (s[2] ?? '') + (s[3] ?? ''), name: s[4]!.trim() };
  return null;
}

/** A lone code in a code column (digits, perhaps with spaces between 类 款 项). */
export function cellCode(text: string): string | null {
  const t = compact(text);
  return CODE.test(t) ? t : null;
}

/** Level from the numbering of a name where there is no code: 一、 1; （一） 2; 1、 / 1. 3 (2 when the table has no （一）). */
export function levelOfNumbering(name: string, hasParenNumbers: boolean): number | null {
  if (/^[一二三四五六七八九十]{1,3}[、.．]/.test(name)) return 1;
  if (/^[（(][一二三四五六七八九十]{1,3}[)）]/.test(name)) return 2;
  if (/^\d{1,2}[、.．](?!\d)/.test(name)) return hasParenNumbers ? 3 : 2;
  return null;
}
