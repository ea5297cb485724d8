import { describe, expect, it } from 'vitest';
import { guessUnitKind, normaliseUnitName, splitUnitCell } from './unit-name';

describe('normaliseUnitName', () => {
  it('turns half-width parentheses into full-width ones and removes every whitespace', () => {
    expect(normaliseUnitName(' 区组织部 (人力资源部) ')).toBe('区组织部（人力资源部）');
    expect(normaliseUnitName('区\u3000财政局\t')).toBe('区财政局');
    expect(normaliseUnitName('区组织部（人力资源部）')).toBe(normaliseUnitName('区组织部(人力资源部)'));
  });

  it('turns full-width digits and letters into half-width ones', () => {
    expect(normaliseUnitName('第１０１中学ＡＢ')).toBe('第101中学AB');
  });
});

describe('guessUnitKind', () => {
  it.each([
    ['疃里镇', 'town'],
    ['马集镇人民政府', 'town'],
    ['古槐街道办事处', 'town'],
    ['济宁祥城投资集团有限公司', 'enterprise'],
    ['区供电中心', 'department'],
    ['区乡村振兴局', 'department'],
    ['市自然资源和规划局经开区分局', 'external'],
    ['省公路事业发展中心', 'external'],
    ['消防救援支队济东大队', 'external'],
    ['区组织部（人力资源部）', 'department'],
  ] as const)('%s → %s', (name, kind) => {
    expect(guessUnitKind(name)).toBe(kind);
  });
});

describe('splitUnitCell', () => {
  it('takes one unit per line and joins a line starting with a parenthesis to the unit before', () => {
    expect(splitUnitCell(['区组织部', '（人力资源部）', '区财政局'])).toEqual(['区组织部（人力资源部）', '区财政局']);
    expect(splitUnitCell(['区组织部', '(人力资源部)'])).toEqual(['区组织部（人力资源部）']);
  });

  it('continues a unit whose parenthesis is still open', () => {
    expect(splitUnitCell(['区组织部（人力', '资源部）'])).toEqual(['区组织部（人力资源部）']);
  });

  it('splits units written on one line with 、 or ， but not inside parentheses', () => {
    expect(splitUnitCell(['疃里镇、马集镇', '区组织部（人力资源部、编办），区财政局'])).toEqual([
      '疃里镇',
      '马集镇',
      '区组织部（人力资源部、编办）',
      '区财政局',
    ]);
  });

  it('skips empty lines and keeps a unit once', () => {
    expect(splitUnitCell(['', '  ', '区财政局', '区财政局 '])).toEqual(['区财政局']);
    expect(splitUnitCell([])).toEqual([]);
  });
});
