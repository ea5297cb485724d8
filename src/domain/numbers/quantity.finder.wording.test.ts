import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantity.finder';

const brief = (text: string) => findQuantities(text).map(({ value, unit, isMinimum }) => ({ value, unit, isMinimum }));

describe('numbers as real pages typeset them', () => {
  it('reads a unit after one space (推进 100 个)', () => {
    expect(brief('推进 100 个老旧小区改造')).toEqual([{ value: 100, unit: '个', isMinimum: false }]);
    expect(brief('新建幼儿园\u30004所以上')).toEqual([{ value: 4, unit: '所', isMinimum: true }]);
  });
  it('reads 千 after digits as a multiplier, not the 千 of 千米, 千瓦 or 千伏', () => {
    expect(brief('解决周边8千余户群众用水问题')).toEqual([{ value: 8000, unit: '户', isMinimum: true }]);
    expect(brief('新建绿道5千米')).toEqual([{ value: 5, unit: '千米', isMinimum: false }]);
    expect(brief('建设110千伏变电站4座').map(({ unit }) => unit)).toEqual(['', '座']);
  });
  it('keeps a per-head or per-period unit written after a slash with the unit', () => {
    expect(brief('抽检不少于5批次/千人')).toEqual([{ value: 5, unit: '批次/千人', isMinimum: true }]);
    expect(brief('补贴30元/人')).toEqual([{ value: 30, unit: '元/人', isMinimum: false }]);
  });
});
