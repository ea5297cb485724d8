import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatChineseNumber } from './chinese-number.formatter';
import { readChineseNumber } from './chinese-number.reader';

const FINANCIAL: Record<string, string> = {
  一: '壹',
  二: '贰',
  三: '叁',
  四: '肆',
  五: '伍',
  六: '陆',
  七: '柒',
  八: '捌',
  九: '玖',
  十: '拾',
  百: '佰',
  千: '仟',
};
const toFullWidth = (digits: string): string => digits.replace(/[0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

describe('readChineseNumber properties', () => {
  it('reads back every integer 0..99,999,999 written in Chinese numerals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
        expect(readChineseNumber(formatChineseNumber(n))).toBe(n);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the financial (大写) numerals like the ordinary ones', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), (n) => {
        const financial = [...formatChineseNumber(n)].map((ch) => FINANCIAL[ch] ?? ch).join('');
        expect(readChineseNumber(financial)).toBe(n);
      }),
    );
  });

  it('reads Arabic integers, full-width digits and thousands commas', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        expect(readChineseNumber(String(n))).toBe(n);
        expect(readChineseNumber(toFullWidth(String(n)))).toBe(n);
        expect(readChineseNumber(n.toLocaleString('en-US'))).toBe(n);
      }),
    );
  });

  it('applies 万 and 亿 exactly to decimals with up to four places', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 9999 }), (whole, fraction) => {
        const decimals = String(fraction).padStart(4, '0');
        expect(readChineseNumber(`${whole}.${decimals}万`)).toBe(whole * 10_000 + fraction);
        expect(readChineseNumber(`${whole}万`)).toBe(whole * 10_000);
        expect(readChineseNumber(`${whole}.${decimals}亿`)).toBe(whole * 100_000_000 + fraction * 10_000);
      }),
    );
  });

  it('reads Chinese integers followed by 万 as ten thousands', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => {
        expect(readChineseNumber(`${formatChineseNumber(n)}万`)).toBe(n * 10_000);
      }),
    );
  });

  it('reads decimals written with 点', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 9 }), (whole, tenth) => {
        const digit = formatChineseNumber(tenth);
        expect(readChineseNumber(`${formatChineseNumber(whole)}点${digit}`)).toBe(whole + tenth / 10);
      }),
    );
  });
});

describe('readChineseNumber examples', () => {
  it.each([
    ['110', 110],
    ['11.3', 11.3],
    ['11.3万', 113_000],
    ['1.2亿', 120_000_000],
    ['1,200', 1200],
    ['１５', 15],
    ['十', 10],
    ['十五', 15],
    ['一百一十', 110],
    ['两千', 2000],
    ['两百', 200],
    ['一千零五', 1005],
    ['一万零五百', 10_500],
    ['十万', 100_000],
    ['二千零三万', 20_030_000],
    ['一亿零五万', 100_050_000],
    ['三点五', 3.5],
    ['零点五', 0.5],
    ['三点五万', 35_000],
    ['二〇二四', 2024],
    ['〇', 0],
    ['零', 0],
    ['壹佰贰拾', 120],
    ['一百五', 150],
    ['三万五', 35_000],
    [' 7 ', 7],
  ])('%s → %d', (text, value) => {
    expect(readChineseNumber(text)).toBe(value);
  });

  it.each(['', '万', '百万', '亿', '十四五', '一二三四五六七八九十', 'S338', '3.', '三点', '百', '千方百计', '1.2.3'])('rejects %j', (text) => {
    expect(readChineseNumber(text)).toBeNull();
  });
});

describe('formatChineseNumber', () => {
  it.each([
    [0, '零'],
    [10, '十'],
    [15, '十五'],
    [110, '一百一十'],
    [1005, '一千零五'],
    [10_010, '一万零一十'],
    [100_000, '十万'],
    [20_030_000, '二千零三万'],
  ])('%d → %s', (value, text) => {
    expect(formatChineseNumber(value)).toBe(text);
  });
});
