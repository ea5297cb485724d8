import { describe, expect, it } from 'vitest';
import { expectedProgress, monthsBetween, shapeTrajectory, trajectoryProblem } from './trajectory';

const year = monthsBetween('2024-01', '2024-12');

describe('trajectory shapes', () => {
  it('lists months across a year boundary', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsBetween('2024-03', '2024-02')).toEqual([]);
  });

  it('plans 110 charging piles linearly, ending exactly on the target', () => {
    const t = shapeTrajectory('linear', 110, year);
    expect(t).toHaveLength(12);
    expect(t[0]).toEqual({ month: '2024-01', value: 9.17 });
    expect(t[5]).toEqual({ month: '2024-06', value: 55 });
    expect(t[11]).toEqual({ month: '2024-12', value: 110 });
  });

  it('front-loads and back-loads', () => {
    const front = shapeTrajectory('front_loaded', 100, year);
    const back = shapeTrajectory('back_loaded', 100, year);
    expect(front[5]!.value).toBeGreaterThan(50);
    expect(back[5]!.value).toBeLessThan(50);
    expect(front[11]!.value).toBe(100);
    expect(back[11]!.value).toBe(100);
    for (const t of [front, back]) for (let i = 1; i < t.length; i += 1) expect(t[i]!.value).toBeGreaterThanOrEqual(t[i - 1]!.value);
  });
});

describe('custom trajectory validation', () => {
  const months = monthsBetween('2024-01', '2024-04');
  it('accepts a cumulative path ending on the target', () => {
    expect(
      trajectoryProblem(
        months.map((month, i) => ({ month, value: [10, 10, 60, 110][i]! })),
        months,
        110,
      ),
    ).toBeNull();
  });
  it('refuses a value above the target, naming the month', () => {
    expect(
      trajectoryProblem(
        months.map((month, i) => ({ month, value: [10, 120, 60, 110][i]! })),
        months,
        110,
      ),
    ).toBe('2024年2月的计划值 120 超过了目标值 110，计划进度不能高于目标。');
  });
  it('refuses a decrease, a negative value, a wrong last value and missing months', () => {
    expect(
      trajectoryProblem(
        months.map((month, i) => ({ month, value: [10, 5, 60, 110][i]! })),
        months,
        110,
      ),
    ).toContain('不能减少');
    expect(
      trajectoryProblem(
        months.map((month, i) => ({ month, value: [-1, 5, 60, 110][i]! })),
        months,
        110,
      ),
    ).toContain('负数');
    expect(
      trajectoryProblem(
        months.map((month, i) => ({ month, value: [10, 20, 60, 100][i]! })),
        months,
        110,
      ),
    ).toContain('应等于目标值 110');
    expect(trajectoryProblem([{ month: '2024-01', value: 110 }], months, 110)).toContain('共 4 个月');
  });
});

describe('expectedProgress', () => {
  const target = { value: 110, trajectory: shapeTrajectory('linear', 110, year), startDate: '2024-01-01', dueDate: '2024-12-31' };
  it('is 0 before the start and 1 from the due date', () => {
    expect(expectedProgress(target, '2023-12-31')).toBe(0);
    expect(expectedProgress(target, '2024-12-31')).toBe(1);
    expect(expectedProgress(target, '2025-03-01')).toBe(1);
  });
  it('follows the trajectory at month ends and interpolates within a month', () => {
    expect(expectedProgress(target, '2024-06-30')).toBeCloseTo(0.5, 5);
    expect(expectedProgress(target, '2024-07-16')).toBeCloseTo((55 + (64.17 - 55) * (16 / 31)) / 110, 5);
  });
  it('follows a back-loaded construction plan', () => {
    const back = { ...target, trajectory: shapeTrajectory('back_loaded', 110, year) };
    expect(expectedProgress(back, '2024-06-30')).toBeCloseTo(0.25, 2);
  });
  it('is linear in days without a trajectory', () => {
    const plain = { value: 1, trajectory: [], startDate: '2024-01-01', dueDate: '2024-01-11' };
    expect(expectedProgress(plain, '2024-01-06')).toBeCloseTo(0.5, 5);
  });
});
