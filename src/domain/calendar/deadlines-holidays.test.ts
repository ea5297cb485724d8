import { describe, expect, it } from 'vitest';
import { buildCalendar, CHINA_HOLIDAY_SCHEDULES, isWorkingDay } from '../workdays';
import { DEFAULT_WEEKLY_RHYTHM, dueDateOf, isLateSubmission, monthlyDueAt, weeklyDeadlines } from './deadlines';

const cal = buildCalendar(CHINA_HOLIDAY_SCHEDULES);
const working = (date: string) => isWorkingDay(cal, date);

describe('deadlines on holidays move to the next working day', () => {
  it('moves the weekly due Friday of 2024 国庆 (4 October) to Tuesday 8 October, missing from Wednesday 09:00', () => {
    expect(weeklyDeadlines('2024-W40', DEFAULT_WEEKLY_RHYTHM, working)).toEqual({
      dueAt: '2024-10-08T10:00:00.000Z',
      missingAt: '2024-10-09T01:00:00.000Z',
    });
    expect(dueDateOf('2024-W40', DEFAULT_WEEKLY_RHYTHM, working)).toBe('2024-10-08');
    // submitted on the first working day after the holiday: on time
    expect(isLateSubmission('2024-10-08T09:59:00.000Z', '2024-W40', DEFAULT_WEEKLY_RHYTHM, working)).toBe(false);
    expect(isLateSubmission('2024-10-08T10:01:00.000Z', '2024-W40', DEFAULT_WEEKLY_RHYTHM, working)).toBe(true);
  });

  it('keeps an ordinary Friday and the calendar-less rule unchanged', () => {
    expect(weeklyDeadlines('2024-W41', DEFAULT_WEEKLY_RHYTHM, working)).toEqual(weeklyDeadlines('2024-W41'));
    expect(weeklyDeadlines('2024-W40').dueAt).toBe('2024-10-04T10:00:00.000Z');
  });

  it('moves the 2025 劳动节 Friday (2 May) to Tuesday 6 May', () => {
    expect(dueDateOf('2025-W18', DEFAULT_WEEKLY_RHYTHM, working)).toBe('2025-05-06');
  });

  it('moves a monthly deadline off a Sunday and out of 国庆, but not off a 调休 Saturday', () => {
    expect(monthlyDueAt('2024-08', undefined, working)).toBe('2024-08-26T10:00:00.000Z'); // 25 August 2024 is a Sunday
    expect(monthlyDueAt('2024-09', undefined, working)).toBe('2024-09-25T10:00:00.000Z');
    expect(monthlyDueAt('2024-10', { dueDay: 1, dueTime: '18:00' }, working)).toBe('2024-10-08T10:00:00.000Z');
    // Saturday 12 October 2024 is a 调休 working day: the deadline stays on it
    expect(monthlyDueAt('2024-10', { dueDay: 12, dueTime: '18:00' }, working)).toBe('2024-10-12T10:00:00.000Z');
    // without a calendar the nominal day holds; a due day past the month's end means its last day
    expect(monthlyDueAt('2024-08')).toBe('2024-08-25T10:00:00.000Z');
    expect(monthlyDueAt('2024-02', { dueDay: 31, dueTime: '18:00' })).toBe('2024-02-29T10:00:00.000Z');
  });
});
