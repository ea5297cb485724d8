import { describe, expect, it } from 'vitest';
import { DEFAULT_WEEKLY_RHYTHM, dueDateOf, isLateSubmission, isMissing, weeklyDeadlines } from './deadlines';
import type { WeeklyRhythm } from './deadlines';

/** An instant given as Shanghai wall-clock time. */
const sh = (local: string) => new Date(`${local}+08:00`);

describe('weeklyDeadlines', () => {
  it('is due Friday 18:00 and missing from next Monday 09:00, Shanghai time', () => {
    expect(weeklyDeadlines('2024-W23')).toEqual({ dueAt: '2024-06-07T10:00:00.000Z', missingAt: '2024-06-10T01:00:00.000Z' });
  });
  it('crosses the year boundary', () => {
    expect(weeklyDeadlines('2024-W52')).toEqual({ dueAt: '2024-12-27T10:00:00.000Z', missingAt: '2024-12-30T01:00:00.000Z' });
    expect(weeklyDeadlines('2025-W01')).toEqual({ dueAt: '2025-01-03T10:00:00.000Z', missingAt: '2025-01-06T01:00:00.000Z' });
  });
  it('handles ISO week 53 (2020 and 2026)', () => {
    expect(weeklyDeadlines('2020-W53')).toEqual({ dueAt: '2021-01-01T10:00:00.000Z', missingAt: '2021-01-04T01:00:00.000Z' });
    expect(weeklyDeadlines('2026-W53')).toEqual({ dueAt: '2027-01-01T10:00:00.000Z', missingAt: '2027-01-04T01:00:00.000Z' });
    expect(() => weeklyDeadlines('2025-W53')).toThrow('周次不存在');
  });
  it('follows a plan-specific rhythm', () => {
    const rhythm: WeeklyRhythm = { dueWeekday: 4, dueTime: '12:00', missingWeekday: 2, missingTime: '00:00' };
    expect(weeklyDeadlines('2024-W23', rhythm)).toEqual({ dueAt: '2024-06-06T04:00:00.000Z', missingAt: '2024-06-10T16:00:00.000Z' });
  });
  it('refuses a malformed rhythm in Chinese', () => {
    expect(() => weeklyDeadlines('2024-W23', { ...DEFAULT_WEEKLY_RHYTHM, dueTime: '18点' })).toThrow('时间格式不正确');
    expect(() => weeklyDeadlines('2024-W23', { ...DEFAULT_WEEKLY_RHYTHM, dueTime: '24:00' })).toThrow('时间格式不正确');
  });
  it('gives the due day as a date', () => {
    expect(dueDateOf('2024-W23')).toBe('2024-06-07');
    expect(dueDateOf('2020-W53')).toBe('2021-01-01');
  });
});

describe('isLateSubmission', () => {
  it('is on time at 17:59 and 18:00 sharp, late at 18:01 Friday (Shanghai)', () => {
    expect(isLateSubmission(sh('2024-06-07T17:59:00').toISOString(), '2024-W23')).toBe(false);
    expect(isLateSubmission(sh('2024-06-07T18:00:00').toISOString(), '2024-W23')).toBe(false);
    expect(isLateSubmission(sh('2024-06-07T18:00:01').toISOString(), '2024-W23')).toBe(true);
    expect(isLateSubmission(sh('2024-06-07T18:01:00').toISOString(), '2024-W23')).toBe(true);
  });
  it('accepts instants written with an offset', () => {
    expect(isLateSubmission('2024-06-07T18:01:00+08:00', '2024-W23')).toBe(true);
    expect(isLateSubmission('2024-06-07T09:59:00Z', '2024-W23')).toBe(false);
  });
  it('works for week 53 whose Friday is New Year’s Day', () => {
    expect(isLateSubmission('2021-01-01T17:59:00+08:00', '2020-W53')).toBe(false);
    expect(isLateSubmission('2021-01-01T18:01:00+08:00', '2020-W53')).toBe(true);
    expect(isLateSubmission('2027-01-01T18:01:00+08:00', '2026-W53')).toBe(true);
  });
  it('refuses a malformed timestamp', () => {
    expect(() => isLateSubmission('yesterday', '2024-W23')).toThrow('提交时间格式不正确');
  });
});

describe('isMissing', () => {
  it('is missing from Monday 09:00 of the next week, not at 08:59', () => {
    expect(isMissing(sh('2024-06-10T08:59:00'), '2024-W23', false)).toBe(false);
    expect(isMissing(sh('2024-06-10T08:59:59'), '2024-W23', false)).toBe(false);
    expect(isMissing(sh('2024-06-10T09:00:00'), '2024-W23', false)).toBe(true);
    expect(isMissing(sh('2024-06-10T09:01:00'), '2024-W23', false)).toBe(true);
  });
  it('is never missing once something was submitted', () => {
    expect(isMissing(sh('2024-07-01T09:00:00'), '2024-W23', true)).toBe(false);
  });
  it('is not missing during the week itself, even after the due time', () => {
    expect(isMissing(sh('2024-06-08T12:00:00'), '2024-W23', false)).toBe(false);
  });
  it('crosses year boundaries and week 53', () => {
    expect(isMissing(sh('2021-01-04T08:59:00'), '2020-W53', false)).toBe(false);
    expect(isMissing(sh('2021-01-04T09:00:00'), '2020-W53', false)).toBe(true);
    expect(isMissing(sh('2024-12-30T09:00:00'), '2024-W52', false)).toBe(true);
    expect(isMissing(sh('2027-01-04T08:59:00'), '2026-W53', false)).toBe(false);
  });
});
