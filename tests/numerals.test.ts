import { existsSync, readFileSync } from 'node:fs';
import ChineseNumber from 'chinese-numbers-converter';
import { describe, expect, it } from 'vitest';
import { toNumber } from '../src/normalize/decimal.js';
import { parseAmount } from '../src/normalize/money.js';
import { parseChineseNumeral } from '../src/normalize/numerals.js';
import { PEER } from './helpers.js';

interface Case {
  input: string;
  expected?: number | string;
  error?: boolean;
  mode?: string;
  kind?: string;
}
const cases: Case[] = existsSync(PEER) ? (JSON.parse(readFileSync(PEER, 'utf8')) as { cases: Case[] }).cases : [];
const numeric = cases.filter((c) => !c.error && !c.kind && ['strict', 'normal', 'smart'].includes(c.mode ?? ''));
const validInputs = new Set(numeric.map((c) => c.input));
// Error cases that are errors in every mode (a case valid in normal or smart mode is not an error for us).
const errors = cases.filter((c) => c.error && !validInputs.has(c.input));
const unique = <T extends Case>(xs: T[]) => [...new Map(xs.map((c) => [c.input, c])).values()];

describe.skipIf(cases.length === 0)('Chinese numerals: the cn2an test cases (../shared/peer)', () => {
  it('has the peer cases', () => {
    expect(numeric.length).toBeGreaterThan(100);
  });
  it.each(unique(numeric).map((c) => [c.input, c.expected] as const))('%s = %s', (input, expected) => {
    const dec = parseChineseNumeral(input);
    expect(dec).not.toBeNull();
    expect(toNumber(dec!)).toBe(expected);
  });
  it.each(unique(errors).map((c) => [c.input] as const))('%s is rejected', (input) => {
    expect(parseChineseNumeral(input)).toBeNull();
  });
  // The amount grammar reads the cases with 万 / 亿 / 点 exactly as well.
  it.each(unique(numeric.filter((c) => /[万亿点]/.test(c.input))).map((c) => [c.input, c.expected] as const))(
    'amount %s = %s yuan',
    (input, expected) => {
      const a = parseAmount(`${input}元`);
      expect(a && toNumber(a.yuan)).toBe(expected);
    },
  );
});

describe('Chinese numerals: agreement with chinese-numbers-converter', () => {
  // The library the project was asked to use, as a differential oracle on integers where it is right.
  const samples = ['一百零一', '两千六', '三万五', '廿二', '壹仟壹佰壹拾壹', '九千九百九十九', '十二', '两', '一亿零一', '十三万五'];
  it.each(samples)('%s', (s) => {
    expect(toNumber(parseChineseNumeral(s)!)).toBe(new ChineseNumber(s).toInteger());
  });
  it('is exact where the library is not: 一千零十 = 1010, 4.52万 = 45200', () => {
    expect(toNumber(parseChineseNumeral('一千零十')!)).toBe(1010);
    expect(toNumber(parseChineseNumeral('4.52万')!)).toBe(45200);
  });
});
