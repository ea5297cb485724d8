/**
 * Working days in China: Monday–Friday unless a statutory holiday (法定节假日), plus the weekend days
 * worked instead (调休上班). Dates are 'YYYY-MM-DD' strings; everything here is pure.
 */
import { addDays, dayNumberOf, isoWeekday } from '../calendar/iso-week';
import type { YearSchedule } from './holidays.data';

/** Holiday dates and adjusted working days of all loaded years, one 'YYYY-MM-DD' per entry. */
export type WorkdayCalendar = { holidays: Set<string>; workdays: Set<string> };

/** Longest holiday period accepted; a longer one is almost certainly a typo in the end date. */
const MAX_PERIOD_DAYS = 31;

/**
 * Build a calendar from year schedules. Refuses (in Chinese) a malformed date, a period ending before it starts
 * or longer than 31 days, an adjusted working day that is not a Saturday or Sunday, a day that is both a holiday
 * and a working day, and the same year given twice.
 */
export function buildCalendar(data: readonly YearSchedule[]): WorkdayCalendar {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  const years = new Set<number>();
  for (const schedule of data) {
    if (years.has(schedule.year)) throw new Error(`${schedule.year} 年的节假日安排重复。`);
    years.add(schedule.year);
    for (const period of schedule.holidays) {
      const days = dayNumberOf(period.end) - dayNumberOf(period.start) + 1;
      if (days < 1) throw new Error(`${period.name}的结束日期 ${period.end} 早于开始日期 ${period.start}。`);
      if (days > MAX_PERIOD_DAYS) throw new Error(`${period.name}放假 ${days} 天，超过 ${MAX_PERIOD_DAYS} 天，请检查日期。`);
      for (let i = 0; i < days; i += 1) holidays.add(addDays(period.start, i));
    }
    for (const date of schedule.workdays) {
      if (isoWeekday(date) < 6) throw new Error(`调休上班日 ${date} 不是周六或周日。`);
      workdays.add(date);
    }
  }
  for (const date of workdays) {
    if (holidays.has(date)) throw new Error(`${date} 既是假日又是调休上班日。`);
  }
  return { holidays, workdays };
}

/** Whether a schedule for the year is loaded; without one, weekends and weekdays are all the calendar knows. */
export function hasScheduleFor(data: readonly YearSchedule[], year: number): boolean {
  return data.some((schedule) => schedule.year === year);
}

/** Whether people work on the date: an adjusted working day, or Monday–Friday that is not a holiday. */
export function isWorkingDay(cal: WorkdayCalendar, date: string): boolean {
  if (cal.workdays.has(date)) return true;
  if (cal.holidays.has(date)) return false;
  return isoWeekday(date) <= 5;
}

/** The first working day strictly after the date. */
export function nextWorkingDay(cal: WorkdayCalendar, date: string): string {
  let day = addDays(date, 1);
  while (!isWorkingDay(cal, day)) day = addDays(day, 1);
  return day;
}

/**
 * The date n working days after the date (n a whole number ≥ 0): day 1 is the first working day after it.
 * With n = 0 it is the date itself if that is a working day, else the next working day — so a deadline
 * that falls on a holiday or weekend moves to the next working day.
 */
export function addWorkingDays(cal: WorkdayCalendar, date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`工作日天数应为非负整数，收到 ${n}。`);
  dayNumberOf(date); // refuse a malformed date even when no step is taken
  if (n === 0) return isWorkingDay(cal, date) ? date : nextWorkingDay(cal, date);
  let day = date;
  for (let i = 0; i < n; i += 1) day = nextWorkingDay(cal, day);
  return day;
}

/**
 * Working days in (from, to]: `from` excluded, `to` included, so addWorkingDays(cal, d, n) is n days from d.
 * 0 when the dates are equal; negative (the count in (to, from]) when `to` is before `from`, e.g. days overdue.
 */
export function workingDaysBetween(cal: WorkdayCalendar, from: string, to: string): number {
  const start = dayNumberOf(from);
  const end = dayNumberOf(to);
  if (end < start) return -workingDaysBetween(cal, to, from);
  let count = 0;
  for (let i = 1; i <= end - start; i += 1) {
    if (isWorkingDay(cal, addDays(from, i))) count += 1;
  }
  return count;
}
