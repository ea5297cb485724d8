import { describe, expect, it } from 'vitest';
import { MILESTONES_WEIGHT, projectExpected, projectProgress, targetProgress } from './progress.calculator';
import type { ProgressTarget } from './progress.calculator';
import { monthsBetween, shapeTrajectory } from '../trajectory/trajectory';

const piles: ProgressTarget = { value: 110, kind: 'quantity', direction: 'increase' };

describe('targetProgress', () => {
  it('is actual ÷ target, 46 of 110 charging piles', () => {
    expect(targetProgress(piles, 46)).toBeCloseTo(46 / 110, 10);
    expect(targetProgress(piles, 0)).toBe(0);
    expect(targetProgress(piles, 110)).toBe(1);
  });
  it('keeps over-achievement raw', () => {
    expect(targetProgress(piles, 121)).toBeCloseTo(1.1, 10);
  });
  it('is null for a standard and when nothing is reported', () => {
    expect(targetProgress({ value: 2, kind: 'standard', direction: 'increase' }, 2)).toBeNull();
    expect(targetProgress(piles, null)).toBeNull();
    expect(targetProgress(piles, Number.NaN)).toBeNull();
  });
  it('measures rates and increases the same way', () => {
    expect(targetProgress({ value: 95, kind: 'rate', direction: 'increase' }, 76)).toBeCloseTo(0.8, 10);
    expect(targetProgress({ value: 7.5, kind: 'increase', direction: 'increase' }, 3)).toBeCloseTo(0.4, 10);
  });
  it('for lower-is-better: 1 at or below the target, else target ÷ actual', () => {
    const limit: ProgressTarget = { value: 35, kind: 'quantity', direction: 'decrease' };
    expect(targetProgress(limit, 30)).toBe(1);
    expect(targetProgress(limit, 35)).toBe(1);
    expect(targetProgress(limit, 70)).toBe(0.5);
    expect(targetProgress({ value: 0, kind: 'quantity', direction: 'decrease' }, 3)).toBe(0);
  });
  it('never goes below zero and copes with a zero target', () => {
    expect(targetProgress(piles, -5)).toBe(0);
    expect(targetProgress({ value: 0, kind: 'quantity', direction: 'increase' }, 0)).toBe(1);
  });
});

describe('projectProgress', () => {
  it('is 0 when there is nothing to measure', () => {
    expect(projectProgress({ targets: [], milestones: [] })).toBe(0);
    expect(projectProgress({ targets: [{ progress: 0.5, weight: 0 }], milestones: [] })).toBe(0);
  });
  it('is the weighted mean of target progress, each capped at 1', () => {
    expect(
      projectProgress({
        targets: [
          { progress: 0.4, weight: 1 },
          { progress: 0.8, weight: 1 },
        ],
        milestones: [],
      }),
    ).toBeCloseTo(0.6, 10);
    expect(
      projectProgress({
        targets: [
          { progress: 0.4, weight: 3 },
          { progress: 0.8, weight: 1 },
        ],
        milestones: [],
      }),
    ).toBeCloseTo(0.5, 10);
    // 150 % on one target must not hide a lagging other
    expect(
      projectProgress({
        targets: [
          { progress: 1.5, weight: 1 },
          { progress: 0.2, weight: 1 },
        ],
        milestones: [],
      }),
    ).toBeCloseTo(0.6, 10);
  });
  it('counts a tracked but unreported target as 0', () => {
    expect(
      projectProgress({
        targets: [
          { progress: null, weight: 1 },
          { progress: 1, weight: 1 },
        ],
        milestones: [],
      }),
    ).toBe(0.5);
  });
  it('counts the milestones together as one component of weight 1', () => {
    expect(MILESTONES_WEIGHT).toBe(1);
    const milestones = [{ isDone: true }, { isDone: false }, { isDone: false }, { isDone: false }];
    expect(projectProgress({ targets: [], milestones })).toBe(0.25);
    expect(projectProgress({ targets: [{ progress: 0.75, weight: 1 }], milestones })).toBe(0.5);
    expect(projectProgress({ targets: [{ progress: 1, weight: 1 }], milestones: [{ isDone: true }] })).toBe(1);
  });
  it('stays within 0–1', () => {
    expect(projectProgress({ targets: [{ progress: 3, weight: 1 }], milestones: [{ isDone: true }] })).toBe(1);
    expect(projectProgress({ targets: [{ progress: -1, weight: 1 }], milestones: [] })).toBe(0);
  });
});

describe('projectExpected', () => {
  const year = { startDate: '2024-01-01', deadline: '2024-12-31' };
  const linearTarget = { value: 110, weight: 1, trajectory: [], startDate: '2024-01-01', dueDate: '2024-12-31' };

  it('follows each target’s trajectory', () => {
    const trajectory = shapeTrajectory('linear', 120, monthsBetween('2024-01', '2024-12'));
    const target = { ...linearTarget, value: 120, trajectory };
    expect(projectExpected({ ...year, targets: [target], milestones: [] }, '2024-06-30')).toBeCloseTo(0.5, 10);
    expect(projectExpected({ ...year, targets: [target], milestones: [] }, '2023-12-31')).toBe(0);
    expect(projectExpected({ ...year, targets: [target], milestones: [] }, '2024-12-31')).toBe(1);
  });
  it('weights targets like projectProgress', () => {
    const early = { ...linearTarget, dueDate: '2024-03-31', weight: 3 };
    expect(projectExpected({ ...year, targets: [early, linearTarget], milestones: [] }, '2024-04-01')).toBeCloseTo((3 + 91 / 365) / 4, 6);
  });
  it('expects a milestone done once its due date has come, linear in time before', () => {
    const milestones = [{ dueDate: '2024-03-01' }, { dueDate: '2024-12-31' }];
    expect(projectExpected({ ...year, targets: [], milestones }, '2024-03-01')).toBeCloseTo((1 + 60 / 365) / 2, 6);
    expect(projectExpected({ ...year, targets: [], milestones }, '2024-01-31')).toBeCloseTo((30 / 60 + 30 / 365) / 2, 6);
  });
  it('expects an undated milestone by the project deadline', () => {
    expect(projectExpected({ ...year, targets: [], milestones: [{ dueDate: null }] }, '2024-12-31')).toBe(1);
    expect(projectExpected({ ...year, targets: [], milestones: [{ dueDate: null }] }, '2024-07-01')).toBeCloseTo(182 / 365, 6);
  });
  it('mixes targets and milestones with equal weight', () => {
    const input = { ...year, targets: [{ ...linearTarget, dueDate: '2024-02-01' }], milestones: [{ dueDate: '2024-12-31' }] };
    expect(projectExpected(input, '2024-02-01')).toBeCloseTo((1 + 31 / 365) / 2, 6);
  });
  it('is 0 when there is nothing to measure', () => {
    expect(projectExpected({ ...year, targets: [], milestones: [] }, '2024-06-30')).toBe(0);
  });
});
