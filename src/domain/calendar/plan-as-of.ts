/**
 * One "as of" for every page of a plan. A plan is a year's list: a page about it shows the state at a date of that
 * year, never of the real calendar when the year is over (a 2024 plan read in 2026 is shown as of 2024-12-31) and
 * never asks for a week outside the year.
 */
import { isoWeekOf, shanghaiDate, weeksInYear } from './iso-week';

/** First and last day ('YYYY-MM-DD') of a plan's year. */
export function planYearRange(year: number): { start: string; end: string } {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** A date clamped into the plan's year: before it → its first day, after it → its last day. */
export function clampIntoPlanYear(date: string, year: number): string {
  const { start, end } = planYearRange(year);
  if (date < start) return start;
  if (date > end) return end;
  return date;
}

export interface PlanAsOfInput {
  /** The plan's year (2024 for the 2024 list). */
  year: number;
  /** A date the user chose ('YYYY-MM-DD'); clamped into the plan's year. */
  chosen?: string | null;
  /** The real instant; the Shanghai calendar date of it is "today". */
  now?: Date;
}

/**
 * The as-of date of a plan: the chosen date if given (clamped into the plan's year), else today if today is within
 * the plan's year, else the plan's last day (after the year) or its first day (before the year starts).
 */
export function planAsOf({ year, chosen, now = new Date() }: PlanAsOfInput): string {
  return clampIntoPlanYear(chosen ?? shanghaiDate(now), year);
}

/** Whether the plan's year is over on the real calendar (its pages then say "截至 YYYY年12月31日"). */
export function isPlanYearOver(year: number, now: Date = new Date()): boolean {
  return shanghaiDate(now) > planYearRange(year).end;
}

/**
 * The ISO week of a date within the plan's year. Early January may belong to the previous ISO year and late
 * December to the next; such a date is given the plan year's first or last week, so no page asks for a week of
 * another year (2024-12-31 is ISO 2025-W01 → 2024-W52).
 */
export function planWeekOf(date: string, year: number): string {
  const week = isoWeekOf(clampIntoPlanYear(date, year));
  const weekYear = Number(week.slice(0, 4));
  if (weekYear < year) return `${year}-W01`;
  if (weekYear > year) return `${year}-W${String(weeksInYear(year)).padStart(2, '0')}`;
  return week;
}

/** Whether an ISO week 'YYYY-Www' belongs to the plan's year. */
export function isWeekInPlanYear(week: string, year: number): boolean {
  return week.slice(0, 4) === String(year);
}

/** '2024-12-31' → '2024年12月31日' (the caption "截至 2024年12月31日"). */
export function formatDayChinese(date: string): string {
  return `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
