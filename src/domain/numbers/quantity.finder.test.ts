import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatChineseNumber } from './chinese-number.formatter';
import { findQuantities } from './quantity.finder';

const brief = (text: string) =>
  findQuantities(text).map((match) => ({
    value: match.value,
    unit: match.unit,
    isMinimum: match.isMinimum,
    isApproximate: match.isApproximate,
    phrase: text.slice(match.start, match.end),
  }));

describe('findQuantities examples', () => {
  it('applies 万 and keeps the unit and approximation: 覆盖约11.3万人', () => {
    expect(brief('2024年覆盖约11.3万人。')).toEqual([
      { value: 2024, unit: '年', isMinimum: false, isApproximate: false, phrase: '2024年' },
      { value: 113_000, unit: '人', isMinimum: false, isApproximate: true, phrase: '约11.3万人' },
    ]);
  });

  it('reads minimums before and after the number', () => {
    expect(brief('演出不少于150场')[0]).toMatchObject({ value: 150, unit: '场', isMinimum: true, phrase: '不少于150场' });
    expect(brief('新增就业5600人以上')[0]).toMatchObject({ value: 5600, isMinimum: true, phrase: '5600人以上' });
    expect(brief('至少3处')[0]).toMatchObject({ isMinimum: true, phrase: '至少3处' });
    expect(brief('建档率不低于95%')[0]).toMatchObject({ value: 95, unit: '%', isMinimum: true });
    expect(brief('超过200户')[0]).toMatchObject({ isMinimum: true });
    expect(brief('100余场')[0]).toMatchObject({ value: 100, unit: '场', isMinimum: true });
  });

  it('reads 达到（超过） as a minimum and 左右/约/近 as approximations', () => {
    expect(brief('录取比例达到（超过）70%的任务目标')[0]).toMatchObject({ value: 70, unit: '%', isMinimum: true, phrase: '达到（超过）70%' });
    expect(brief('比例达到44%左右')[0]).toMatchObject({ value: 44, isApproximate: true, phrase: '44%左右' });
    expect(brief('免费为约150名老人')[0]).toMatchObject({ value: 150, unit: '名', isApproximate: true });
    expect(brief('惠及近3000户')[0]).toMatchObject({ isApproximate: true });
    expect(brief('签约1200人')[0]).toMatchObject({ isApproximate: false });
    expect(brief('就近3公里')[0]).toMatchObject({ isApproximate: false });
  });

  it('reads percentages, decimals, 亿 and Chinese numerals with units', () => {
    expect(brief('录取率达70.5%')[0]).toMatchObject({ value: 70.5, unit: '%' });
    expect(brief('占比百分之七十五')[0]).toMatchObject({ value: 75, unit: '%' });
    expect(brief('贷款1.2亿元')[0]).toMatchObject({ value: 120_000_000, unit: '元' });
    expect(brief('面积达到3.5平方米')[0]).toMatchObject({ value: 3.5, unit: '平方米' });
    expect(brief('培训10人次')[0]).toMatchObject({ value: 10, unit: '人次' });
    expect(brief('新建两千个')[0]).toMatchObject({ value: 2000, unit: '个' });
    expect(brief('新改建５.５公里')[0]).toMatchObject({ value: 5.5, unit: '公里' });
  });

  it('reads ranges with the lower end as value', () => {
    const [range] = findQuantities('每校配备3-5个');
    expect(range).toMatchObject({ value: 3, upperValue: 5, unit: '个' });
  });

  it('reports Arabic codes without a unit and skips Chinese numerals inside words', () => {
    expect(brief('嘉兴路（S338以北路段）')).toEqual([{ value: 338, unit: '', isMinimum: false, isApproximate: false, phrase: '338' }]);
    expect(brief('统一部署，进一步千方百计做好万家灯火，十四五期间')).toEqual([]);
  });

  it('gives offsets into the original text', () => {
    const text = '全区新改建充电桩110座。';
    const [match] = findQuantities(text);
    expect(text.slice(match?.numberStart, match?.numberEnd)).toBe('110');
    expect(text.slice(match?.start, match?.end)).toBe('110座');
  });
});

describe('findQuantities properties', () => {
  it('finds a Chinese-numeral count in a sentence with its exact value and span', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 99_999_999 }), (n) => {
        const numeral = formatChineseNumber(n);
        const text = `全年新建${numeral}座。`;
        const matches = findQuantities(text);
        expect(matches).toHaveLength(1);
        expect(matches[0]).toMatchObject({ value: n, unit: '座', numberText: numeral });
      }),
    );
  });

  it('finds an Arabic amount with 万 and a unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 9 }), (whole, tenth) => {
        const matches = findQuantities(`覆盖${whole}.${tenth}万人次，`);
        expect(matches).toHaveLength(1);
        expect(matches[0]).toMatchObject({ value: whole * 10_000 + tenth * 1000, unit: '人次' });
      }),
    );
  });
});
