import { describe, expect, it } from 'vitest';
import { add, fromInt, maxOf, parseDec, shift, sumOf, toNumber, toString, ZERO } from '../src/normalize/decimal.js';
import { parseAmount, toMoney, unitFromHeader } from '../src/normalize/money.js';

const yuan = (raw: string, unit?: '元' | '万元' | '亿元') => {
  const a = parseAmount(raw, unit);
  return a ? toString(a.yuan) : null;
};

describe('amount grammar', () => {
  it.each([
    ['16.4万', '164000'],
    ['16.4万元', '164000'],
    ['1,286.45万元', '12864500'],
    ['1，286.45万元', '12864500'],
    ['787. 50元', '787.5'],
    ['１２３．４５元', '123.45'],
    ['2447.87万元', '24478700'],
    ['3566894.19元', '3566894.19'],
    ['0.08万元', '800'],
    ['16.4亿元', '1640000000'],
    ['1.23456789亿元', '123456789'],
    ['0万元', '0'],
    ['负3.5万元', '-35000'],
    ['-0.50', '-0.5'],
    ['八万元', '80000'],
    ['十二万三千元', '123000'],
    ['壹拾壹元壹角壹分', '11.11'],
    ['约5万元', '50000'],
  ])('%s = %s yuan', (raw, expected) => {
    expect(yuan(raw)).toBe(expected);
  });

  it('reads a bare number in the unit a header gives', () => {
    expect(yuan('2663.29', '万元')).toBe('26632900');
    expect(yuan('671148.20', '元')).toBe('671148.2');
    expect(yuan('1.5', '亿元')).toBe('150000000');
    // A unit written next to the number wins over the header's.
    expect(yuan('500元', '万元')).toBe('500');
  });

  it('is exact where floating point is not', () => {
    expect(toMoney('16.4万', 1)!.yuan).toBe(164000);
    expect(toMoney('4.52万元', 1)!.yuan).toBe(45200);
    expect(toMoney('1.1万元', 1)!.yuan).toBe(11000);
    expect(toMoney('0.07万元', 1)!.yuan).toBe(700);
    expect(toMoney('0.29万元', 1)!.yuan).toBe(2900);
  });

  it('knows one unit of the last printed digit', () => {
    expect(toString(parseAmount('2447.87万元')!.ulp)).toBe('100');
    expect(toString(parseAmount('5万元')!.ulp)).toBe('10000');
    expect(toString(parseAmount('493.50元')!.ulp)).toBe('0.01');
  });

  it.each(['', '——', '-', '无', 'XX万元', '合计', '10..1万元', '元'])('%s is no amount', (raw) => {
    expect(parseAmount(raw)).toBeNull();
  });

  it('keeps raw, unit and line next to the value', () => {
    expect(toMoney('1,286.45万元', 7)).toEqual({ yuan: 12864500, raw: '1,286.45万元', unit: '万元', line: 7 });
  });

  it('finds the unit in table headers', () => {
    expect(unitFromHeader('单位：万元')).toBe('万元');
    expect(unitFromHeader('价值（金额单位：元）')).toBe('元');
    expect(unitFromHeader('金额单位: 亿元')).toBe('亿元');
    expect(unitFromHeader('项目名称')).toBeNull();
  });
});

describe('sumOf (one alignment, one normalization)', () => {
  it('equals the additions one by one, for mixed scales, signs and trailing zeros', () => {
    const texts = ['1286.45', '-0.05', '100.00', '16.4', '0.001', '-73', '0', '999999999999.99'];
    const values = texts.map((t) => parseDec(t)!);
    const chained = values.reduce((acc, v) => add(acc, v), ZERO);
    expect(sumOf(values)).toEqual(chained);
    expect(toString(sumOf(values))).toBe('1000000001329.791');
    expect(sumOf([parseDec('1.50')!, parseDec('2.50')!])).toEqual({ m: 4n, s: 0 });
    expect(sumOf([])).toEqual(ZERO);
    expect(toString(maxOf(values))).toBe('999999999999.99');
    expect(maxOf([parseDec('0.01')!, parseDec('1')!, parseDec('0.10')!])).toEqual(parseDec('1'));
  });
});

describe('plain amounts read without normalizing (speed, issue 17)', () => {
  const raws = ['2447.87万元', '-0.50', '3566894.19', '16.4万', '12千', '500元', '１２３．４５元', '1,286.45万元', ' 787. 50元 ', '约5万元', '八万元', '十六万', '十六万元', '负3.5万元', '-−1', '0万元', '12.', '1.5亿'];
  const units = ['元', '万元', '亿元'] as const;

  it('reads a plain amount as the normalizing path does', () => {
    for (const raw of raws) {
      for (const u of units) {
        // The same text with a trailing space is never plain: it takes the normalizing path.
        const plain = parseAmount(raw, u);
        const slow = parseAmount(`${raw} `, u);
        expect(plain && { yuan: toString(plain.yuan), unit: plain.unit, ulp: toString(plain.ulp) }).toEqual(slow && { yuan: toString(slow.yuan), unit: slow.unit, ulp: toString(slow.ulp) });
      }
    }
  });
});

describe('amounts made without decimal arithmetic (speed, issue 17)', () => {
  // A small deterministic generator: the same cases on every run.
  let seed = 17;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const digits = (n: number) => Array.from({ length: n }, () => String(rnd(10))).join('');

  it('reads the digits as shift() of the decimal does: value, normal form and rounding unit', () => {
    const big: Record<string, number> = { '': 0, 千: 3, 万: 4, 亿: 8 };
    for (let i = 0; i < 3000; i++) {
      const int = rnd(4) === 0 ? '0' : digits(1 + rnd(9));
      const frac = rnd(3) === 0 ? '' : digits(1 + rnd(5)) + (rnd(2) ? '0'.repeat(rnd(3)) : '');
      const b = ['', '千', '万', '亿'][rnd(4)]!;
      const yuanMark = rnd(2) ? '元' : '';
      const sign = rnd(5) === 0 ? '-' : '';
      const raw = `${sign}${int}${frac ? `.${frac}` : ''}${b}${yuanMark}`;
      const a = parseAmount(raw, '万元')!;
      const power = b ? big[b]! : yuanMark ? 0 : 4;
      let expected = shift(parseDec(`${int}${frac ? `.${frac}` : ''}`)!, power);
      if (sign) expected = { m: -expected.m, s: expected.s };
      expect([a.yuan.m, a.yuan.s], raw).toEqual([expected.m, expected.s]);
      const ulp = shift(fromInt(1), power - frac.length);
      expect([a.ulp.m, a.ulp.s], raw).toEqual([ulp.m, ulp.s]);
    }
  });

  it('toNumber gives the double that the decimal string gives', () => {
    for (let i = 0; i < 3000; i++) {
      const d = parseDec(`${rnd(3) === 0 ? '-' : ''}${digits(1 + rnd(18))}.${digits(rnd(12))}`.replace(/\.$/, ''))!;
      expect(toNumber(d)).toBe(Number(toString(d)));
    }
    for (const x of ['9007199254740993', '0.1', '123456789.123456789', '-0.000001', '1e-7'.replace('1e-7', '0.0000001')]) {
      expect(toNumber(parseDec(x)!)).toBe(Number(x));
    }
  });
});

describe('plain amounts read by their characters (speed, issue 17)', () => {
  it('reads any text as the normalizing path reads it with a trailing space', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = ['-', '-', '0', '1', '5', '9', '0', '.', '.', '亿', '万', '千', '元', '圆', ' ', ',', '约', '负'];
    for (let i = 0; i < 5000; i++) {
      const raw = Array.from({ length: 1 + rnd(9) }, () => alphabet[rnd(alphabet.length)]).join('');
      for (const u of ['元', '万元'] as const) {
        const a = parseAmount(raw, u);
        const b = parseAmount(`${raw} `, u);
        expect(a && [toString(a.yuan), a.yuan.s, a.unit, toString(a.ulp)], JSON.stringify(raw)).toEqual(b && [toString(b.yuan), b.yuan.s, b.unit, toString(b.ulp)]);
      }
    }
  });
});

describe('full-width digits in sentences', () => {
  it('are found by the sentence scanner, not dropped (１２．５０万元 typed with a full-width input method)', async () => {
    const { parseDocument } = await import('../src/index.js');
    const d = parseDocument('青禾市档案馆2025年部门预算公开说明\n\n三、“三公”经费预算情况\n2025年“三公”经费预算１，２３４．５０万元，其中：公务接待费２３４．５０万元，公务用车运行维护费１０００万元。\n');
    const t = d.threePublic!;
    expect([t.total?.yuan, t.reception?.yuan, t.vehicleOperation?.yuan]).toEqual([12345000, 2345000, 10000000]);
    expect(t.total?.raw).toBe('１，２３４．５０万元');
    expect(d.warnings.map((w) => w.code)).not.toContain('NO_THREE_PUBLIC_TOTAL');
  });
});
