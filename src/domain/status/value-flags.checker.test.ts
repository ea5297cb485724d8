import { describe, expect, it } from 'vitest';
import { FLAG_LABELS, VALUE_FLAGS, valueFlags } from './value-flags.checker';

const piles = { target: 110, kind: 'quantity' as const };

describe('valueFlags', () => {
  it('accepts an ordinary week', () => {
    expect(valueFlags({ ...piles, previous: 40, actual: 46 })).toEqual([]);
    expect(valueFlags({ ...piles, previous: 46, actual: 46 })).toEqual([]);
  });
  it('flags a cumulative value that went down', () => {
    expect(valueFlags({ ...piles, previous: 46, actual: 45 })).toEqual(['decrease']);
  });
  it('flags a step larger than the whole target, but not one equal to it', () => {
    expect(valueFlags({ ...piles, previous: 10, actual: 121 })).toEqual(['jump']);
    expect(valueFlags({ ...piles, previous: 0, actual: 110 })).toEqual([]);
  });
  it('flags a quantity above 1.5 × target, not at 1.5 ×', () => {
    expect(valueFlags({ ...piles, previous: 160, actual: 165 })).toEqual([]);
    expect(valueFlags({ ...piles, previous: 160, actual: 166 })).toEqual(['over_total']);
  });
  it('marks a rate above 100 % out of range (no reason makes it submittable)', () => {
    expect(valueFlags({ previous: 90, actual: 100, target: 95, kind: 'rate' })).toEqual([]);
    expect(valueFlags({ previous: 90, actual: 101, target: 95, kind: 'rate' })).toEqual(['out_of_range']);
  });
  it('marks a value beyond 10 × the target, or negative, out of range instead of asking for a reason', () => {
    expect(valueFlags({ ...piles, previous: 100, actual: 99_999_999_999_999 })).toEqual(['out_of_range']);
    expect(valueFlags({ ...piles, previous: null, actual: -5 })).toEqual(['out_of_range']);
  });
  it('combines flags in a fixed order', () => {
    expect(valueFlags({ ...piles, previous: 0, actual: 1100 })).toEqual(['jump', 'over_total']);
    expect(VALUE_FLAGS).toEqual(['out_of_range', 'decrease', 'jump', 'over_total']);
  });
  it('does not judge the first report by a step', () => {
    expect(valueFlags({ ...piles, previous: null, actual: 100 })).toEqual([]);
    expect(valueFlags({ ...piles, previous: null, actual: 200 })).toEqual(['over_total']);
  });
  it('leaves lower-is-better targets alone', () => {
    expect(valueFlags({ ...piles, previous: 80, actual: 30, direction: 'decrease' })).toEqual([]);
  });
  it('only checks decrease for standards and increases', () => {
    expect(valueFlags({ previous: 3, actual: 2, target: 2, kind: 'standard' })).toEqual(['decrease']);
    expect(valueFlags({ previous: 1, actual: 20, target: 7.5, kind: 'increase' })).toEqual(['jump']);
  });
  it('explains each flag in Chinese', () => {
    expect(FLAG_LABELS.decrease).toBe('本周累计值低于上周，请说明原因');
    for (const flag of VALUE_FLAGS.filter((f) => f !== 'out_of_range')) expect(FLAG_LABELS[flag]).toMatch(/请.*说明原因$/);
    expect(FLAG_LABELS.out_of_range).toContain('不能提交');
  });
});
