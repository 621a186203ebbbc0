import { COMPARED_YEAR, positionOf, type Mention } from './amounts.js';

/**
 * A year named as the subject of a sentence, not one compared with: "2020年“三公”经费预算中，…"
 * names 2020; "比2020年减少" · "较2020年" · "与2020年相比" · "2019—2020年" do not.
 */
const YEAR = /(\d{4})\s*年/g;
/** Words just before a year that make it a year compared with, or the start of a span of years. */
const COMPARED = /(比|较|与|同|和|相比|对比|低于|高于|至|到|[-—–~～])\s*$/;
/** Words just after a year that make it a span's start or a year compared with (2019年至2021年 · 2020年相比). */
const SPAN_AFTER = /^\s*(至|到|[-—–~～]|相比|比较)/;

/**
 * The year a stated figure's sentence names as its own subject: "2020年“三公”经费预算中，因公出国（境）费
 * 12万元" names 2020 (in a 2021 budget: last year's figure, not this year's). The last year named
 * before the figure in its sentence decides (a year compared with, or the start of a span, is passed
 * over); null when the sentence names none.
 */
function subjectYear(m: Mention): number | null {
  const pos = positionOf(m.money);
  if (!pos) return null;
  const t = pos.paragraph.text;
  // The sentence before the figure, at most REACH characters of it (a line of thousands of figures
  // without a full stop is read in linear time, not once per figure).
  const window = Math.max(0, pos.start - REACH);
  const near = t.slice(window, pos.start);
  const from = window + near.lastIndexOf('。') + 1;
  const before = t.slice(from, pos.start);
  if (!before.includes('年')) return null;
  let last: number | null = null;
  YEAR.lastIndex = 0;
  for (let y = YEAR.exec(before); y !== null; y = YEAR.exec(before)) {
    if (COMPARED.test(before.slice(Math.max(0, y.index - 3), y.index))) continue;
    if (SPAN_AFTER.test(before.slice(y.index + y[0].length, y.index + y[0].length + 3))) continue;
    last = Number(y[1]);
  }
  if (last === null) return null;
  // "2025年“三公”经费预算13.85万元，比2025年减少5.45万元" in a 2026 budget: a sentence that compares its
  // figure with the year it names (or a later one) cannot be about that year; the year is a slip.
  const end = Math.min(t.length, pos.start + REACH);
  const stop = t.slice(pos.start, end).indexOf('。');
  const sentence = t.slice(from, stop < 0 ? end : pos.start + stop);
  COMPARED_YEARS.lastIndex = 0;
  let slip = false;
  for (let c = COMPARED_YEARS.exec(sentence); c !== null && !slip; c = COMPARED_YEARS.exec(sentence)) slip = Number(c[1]) >= last;
  // … but not when the sentence names a later year as a subject too: "2024年…实际支出11万元，2025年…预算12万元，
  // 2025年预算比2024年实际支出增加1万元" states both years' figures, and compares the later with the earlier.
  if (slip && !namesLaterSubject(sentence, last)) return null;
  return last;
}

/** Whether a sentence names a year after `year` as a subject (not compared with, not a span's start). */
function namesLaterSubject(sentence: string, year: number): boolean {
  YEAR.lastIndex = 0;
  for (let y = YEAR.exec(sentence); y !== null; y = YEAR.exec(sentence)) {
    if (Number(y[1]) <= year) continue;
    if (COMPARED.test(sentence.slice(Math.max(0, y.index - 3), y.index))) continue;
    if (SPAN_AFTER.test(sentence.slice(y.index + y[0].length, y.index + y[0].length + 3))) continue;
    return true;
  }
  return false;
}

/** How far from a figure its sentence is searched for a year, either way. */
const REACH = 200;

/** Every year a sentence compares with (COMPARED_YEAR of amounts.ts). */
const COMPARED_YEARS = new RegExp(COMPARED_YEAR.source, 'g');

/**
 * The mentions of a reader that may be the year's own: those whose sentence names another year as
 * its subject are left out (a change too: "2020年…20万元，比2019年减少2万元" is 2020's). The caller
 * still reports them (UNPLACED_FIGURE: it warns over what it scanned, not over what it read). The
 * same array when none is left out.
 */
export function ownYear(mentions: Mention[], year: number | null): Mention[] {
  if (year === null) return mentions;
  const years = mentions.map(subjectYear);
  // Only where the text names the document's own year as a figure's subject too: a document whose
  // year was taken from elsewhere (a law of 2019 cited on its first page) keeps its figures.
  if (!years.includes(year) || years.every((y) => y === null || y === year)) return mentions;
  let out: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const other = years[i] !== null && years[i] !== year;
    if (other && out === null) out = mentions.slice(0, i);
    else if (!other && out !== null) out.push(mentions[i]!);
  }
  return out ?? mentions;
}

/** A figure named as the year before's: 上年预算 · 上年 · 去年 · 上一年度执行数 (not 上年结转 / 结余, this year's revenue). */
const PREVIOUS_YEAR = /^(?:上一?年|去年)度?(?!结转|结余)/;

/**
 * A stock figure whose own words name the year before ("…30.00万元，上年预算32.00万元"): no figure of the year,
 * neither a total nor an item; the readers report it (UNPLACED_FIGURE).
 */
export function isPreviousYearFigure(m: Mention): boolean {
  return m.sign === null && PREVIOUS_YEAR.test(m.label);
}
