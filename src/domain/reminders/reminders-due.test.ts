import { describe, expect, it } from 'vitest';
import { DEFAULT_MONTHLY_RHYTHM, DEFAULT_WEEKLY_RHYTHM } from '../calendar';
import { buildCalendar, CHINA_HOLIDAY_SCHEDULES, isWorkingDay } from '../workdays';
import { datedItemStage, monthlyRemindersDue, planIsQuiet, previousWorkingDay, weeklyReminderKey, weeklyRemindersDue } from './reminders-due';

const cal = buildCalendar(CHINA_HOLIDAY_SCHEDULES);
const working = (date: string) => isWorkingDay(cal, date);
/** A Shanghai wall-clock time as an instant. */
const sh = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const kinds = (year: number, at: Date) => weeklyRemindersDue(year, at, DEFAULT_WEEKLY_RHYTHM, working).map((r) => `${r.week}:${r.stage}`);

describe('weekly reminders: what is due now', () => {
  it('reminds the working day before the Friday deadline and on its morning, not before 08:30', () => {
    // 2024-W23: due Friday 7 June 18:00
    expect(kinds(2024, sh('2024-06-06', '08:00'))).toEqual([]);
    expect(kinds(2024, sh('2024-06-06', '09:00'))).toEqual(['2024-W23:eve']);
    expect(kinds(2024, sh('2024-06-07', '09:00'))).toEqual(['2024-W23:morning']);
    expect(kinds(2024, sh('2024-06-05', '10:00'))).toEqual([]);
  });

  it('is late right after the deadline and missing from the plan’s missing moment for one day', () => {
    expect(kinds(2024, sh('2024-06-07', '18:00'))).toEqual(['2024-W23:late']);
    expect(kinds(2024, sh('2024-06-09', '20:00'))).toEqual(['2024-W23:late']);
    // Monday 10 June 2024 is 端午: missing from Tuesday 09:00
    expect(kinds(2024, sh('2024-06-10', '09:00'))).toEqual(['2024-W23:late']);
    expect(kinds(2024, sh('2024-06-11', '09:00'))).toEqual(['2024-W23:missing']);
    expect(kinds(2024, sh('2024-06-12', '09:30'))).toEqual([]);
  });

  it('follows a holiday: 2024 国庆 moves the W40 deadline to Tuesday 8 October, reminded on 30 September and that morning', () => {
    expect(kinds(2024, sh('2024-09-30', '10:00'))).toEqual(['2024-W39:missing', '2024-W40:eve']);
    expect(kinds(2024, sh('2024-10-04', '10:00'))).toEqual([]);
    expect(kinds(2024, sh('2024-10-08', '09:00'))).toEqual(['2024-W40:morning']);
    expect(kinds(2024, sh('2024-10-08', '18:30'))).toEqual(['2024-W40:late']);
    expect(previousWorkingDay('2024-10-08', working)).toBe('2024-09-30');
  });

  it('follows the plan’s rhythm (due Thursday 12:00, missing Friday 09:00 the week after)', () => {
    const rhythm = { dueWeekday: 4 as const, dueTime: '12:00', missingWeekday: 5 as const, missingTime: '09:00' };
    const at = (d: string, t: string) => weeklyRemindersDue(2030, sh(d, t), rhythm, working).map((r) => `${r.week}:${r.stage}`);
    // 2030-W10: Monday 4 March, due Thursday 7 March
    // W09 is still late (missing from Friday): both
    expect(at('2030-03-06', '10:00')).toEqual(['2030-W09:late', '2030-W10:eve']);
    expect(at('2030-03-07', '12:01')).toEqual(['2030-W09:late', '2030-W10:late']);
    expect(at('2030-03-15', '09:00')).toEqual(['2030-W10:missing', '2030-W11:late']);
  });

  it('asks nothing of a plan whose year is over or has not begun, and no week of another year', () => {
    expect(kinds(2024, sh('2026-12-03', '10:00'))).toEqual([]);
    expect(kinds(2031, sh('2030-12-30', '10:00'))).toEqual([]);
    // 2030-12-30 is in ISO week 2031-W01: the 2030 plan does not ask for it
    expect(kinds(2030, sh('2031-01-02', '10:00'))).toEqual([]);
  });

  it('keys a reminder by kind, project, week and stage', () => {
    const [r] = weeklyRemindersDue(2024, sh('2024-06-06', '09:00'), DEFAULT_WEEKLY_RHYTHM, working);
    expect(weeklyReminderKey(r!, 7)).toBe('weekly_due_soon:7:2024-W23:eve');
  });
});

describe('monthly and dated reminders', () => {
  it('reminds of the 月报 from the working day before its (holiday-moved) due day until it is due', () => {
    // 2024-08-25 is a Sunday → due Monday 26 August 18:00; the working day before is Friday 23 August
    const due = (d: string, t: string) => monthlyRemindersDue(2024, sh(d, t), DEFAULT_MONTHLY_RHYTHM, working).map((r) => r.month);
    expect(due('2024-08-22', '10:00')).toEqual([]);
    expect(due('2024-08-23', '10:00')).toEqual(['2024-08']);
    expect(due('2024-08-26', '17:59')).toEqual(['2024-08']);
    expect(due('2024-08-26', '18:00')).toEqual([]);
    expect(monthlyRemindersDue(2024, sh('2026-08-24', '10:00'), DEFAULT_MONTHLY_RHYTHM, working)).toEqual([]);
  });

  it('marks a dated item due the working day before and on its day, overdue after, never before 08:30', () => {
    expect(datedItemStage('2024-06-10', sh('2024-06-06', '10:00'), working)).toBeNull();
    expect(datedItemStage('2024-06-10', sh('2024-06-07', '08:00'), working)).toBeNull();
    expect(datedItemStage('2024-06-10', sh('2024-06-07', '10:00'), working)).toBe('due');
    expect(datedItemStage('2024-06-10', sh('2024-06-10', '10:00'), working)).toBe('due');
    // overdue since midnight, but nobody's phone rings at 00:10
    expect(datedItemStage('2024-06-10', sh('2024-06-11', '00:10'), working)).toBeNull();
    expect(datedItemStage('2024-06-10', sh('2024-06-11', '08:30'), working)).toBe('overdue');
    expect(datedItemStage('2024-06-10', sh('2024-07-01', '09:00'), working)).toBe('overdue');
  });

  it('asks nothing of a plan after its 台账截止日, nor before its year begins', () => {
    expect(planIsQuiet(2024, sh('2024-10-16', '10:00'), '2024-10-15')).toBe(true);
    expect(planIsQuiet(2024, sh('2024-10-15', '10:00'), '2024-10-15')).toBe(false);
    expect(planIsQuiet(2024, sh('2024-10-16', '10:00'))).toBe(false);
    expect(planIsQuiet(2025, sh('2024-12-31', '10:00'))).toBe(true);
  });
});
