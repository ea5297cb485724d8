/**
 * One "as of" for every page of a plan. A plan is a year's list: a page about it shows the state at a date of that
 * year, never of the real calendar when the year is over (a 2024 plan read in 2026 is shown as of 2024-12-31) and
 * never asks for a week outside the year. A plan may end its ledger earlier (台账截止日, `endDate`, set by the
 * 督查室 with the 报送时限): after that day nothing is asked or reminded, and its pages are shown as of that day.
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

/** The last day of a plan's ledger: its 台账截止日 when set (within the year), else 31 December. */
export function planLastDay(year: number, endDate?: string | null): string {
  const { end } = planYearRange(year);
  return endDate && endDate < end ? endDate : end;
}

export interface PlanAsOfInput {
  /** The plan's year (2024 for the 2024 list). */
  year: number;
  /** The plan's 台账截止日, if the 督查室 set one; by default the year's last day. */
  endDate?: string | null;
  /** A date the user chose ('YYYY-MM-DD'); clamped into the plan's year. */
  chosen?: string | null;
  /** The real instant; the Shanghai calendar date of it is "today". */
  now?: Date;
}

/**
 * The as-of date of a plan: the chosen date if given (clamped into the plan's year), else today if today is within
 * the plan's period, else the plan's last day (after it: 31 December or its 台账截止日) or its first day (before the
 * year starts).
 */
export function planAsOf({ year, endDate, chosen, now = new Date() }: PlanAsOfInput): string {
  if (chosen) return clampIntoPlanYear(chosen, year);
  const today = clampIntoPlanYear(shanghaiDate(now), year);
  const last = planLastDay(year, endDate);
  return today > last ? last : today;
}

/**
 * Whether the plan's period is over on the real calendar: its year ended, or its 台账截止日 passed. Its pages then
 * say "截至 <last day>", and nobody is asked or reminded any more.
 */
export function isPlanYearOver(year: number, now: Date = new Date(), endDate?: string | null): boolean {
  return shanghaiDate(now) > planLastDay(year, endDate);
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
