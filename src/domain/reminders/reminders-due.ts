/**
 * What reminder is due now (issue 11): pure decisions for the reminder job, in Asia/Shanghai, by a plan's rhythm and
 * the working-day calendar. Each reminder names a stage; the job stores it under a dedupe key built from it, so a
 * re-run, a restart or a second process sends it once.
 */
import {
  addDays,
  currentWeek,
  isPlanYearOver,
  isWeekInPlanYear,
  monthlyDueAt,
  previousWeek,
  shanghaiDate,
  shanghaiInstant,
  weeklyDeadlines,
} from '../calendar';
import type { MonthlyRhythm, WeeklyRhythm, WorkingDayTest } from '../calendar';

/** The weekly reminder stages: the working day before the deadline, the deadline morning, after it, once missing. */
export type WeeklyStage = 'eve' | 'morning' | 'late' | 'missing';

export interface WeeklyReminder {
  kind: 'weekly_due_soon' | 'weekly_late' | 'weekly_missing';
  stage: WeeklyStage;
  week: string;
  /** ISO instants of the week's deadlines (after any holiday move) */
  dueAt: string;
  missingAt: string;
}

/** A reminder on a day starts at this Shanghai time (no 00:00 messages). */
export const REMINDER_DAY_START = '08:30';
/** How long after the missing moment the 未报送 notice is still sent (a job that was down longer sends none). */
const MISSING_WINDOW_MS = 24 * 3_600_000;

const weekdayTest = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d !== 0 && d !== 6;
};

/** The working day before a date (weekends only without a calendar). */
export function previousWorkingDay(date: string, isWorkingDay: WorkingDayTest = weekdayTest): string {
  let day = addDays(date, -1);
  for (let i = 0; i < 60 && !isWorkingDay(day); i += 1) day = addDays(day, -1);
  return day;
}

/** Whether nothing is asked of a plan at `now`: its year (or its ledger, when it ends at `endDate`) is over, or has not begun. */
export function planIsQuiet(year: number, now: Date, endDate?: string | null): boolean {
  return isPlanYearOver(year, now, endDate) || shanghaiDate(now) < `${year}-01-01`;
}

/** The weekly reminder of one week at `now`, or null; a project with a submitted update gets none (the caller filters). */
export function weeklyReminderOf(week: string, now: Date, rhythm: WeeklyRhythm, isWorkingDay?: WorkingDayTest): WeeklyReminder | null {
  const { dueAt, missingAt } = weeklyDeadlines(week, rhythm, isWorkingDay);
  const t = now.getTime();
  const due = Date.parse(dueAt);
  const missing = Date.parse(missingAt);
  const dueDate = shanghaiDate(dueAt);
  const base = { week, dueAt, missingAt };
  if (t >= missing) return t < missing + MISSING_WINDOW_MS ? { ...base, kind: 'weekly_missing', stage: 'missing' } : null;
  if (t >= due) return { ...base, kind: 'weekly_late', stage: 'late' };
  const today = shanghaiDate(now);
  if (t < Date.parse(shanghaiInstant(today, REMINDER_DAY_START))) return null;
  if (today === dueDate) return { ...base, kind: 'weekly_due_soon', stage: 'morning' };
  if (today === previousWorkingDay(dueDate, isWorkingDay)) return { ...base, kind: 'weekly_due_soon', stage: 'eve' };
  return null;
}

/**
 * Every weekly reminder due at `now` for a plan of `year`: of this week and the two before (a holiday can move a
 * deadline into the next week), only weeks of the plan's year, none once the year is over.
 */
export function weeklyRemindersDue(year: number, now: Date, rhythm: WeeklyRhythm, isWorkingDay?: WorkingDayTest): WeeklyReminder[] {
  if (planIsQuiet(year, now)) return [];
  const current = currentWeek(now);
  const weeks = [previousWeek(previousWeek(current)), previousWeek(current), current].filter((w) => isWeekInPlanYear(w, year));
  return weeks.map((w) => weeklyReminderOf(w, now, rhythm, isWorkingDay)).filter((r): r is WeeklyReminder => r !== null);
}

export interface MonthlyReminder {
  kind: 'monthly_due';
  month: string;
  dueAt: string;
}

/** The 月报 reminder: from the working day before the (holiday-moved) due day until the due moment. */
export function monthlyRemindersDue(year: number, now: Date, rhythm: MonthlyRhythm, isWorkingDay?: WorkingDayTest): MonthlyReminder[] {
  if (planIsQuiet(year, now)) return [];
  const today = shanghaiDate(now);
  const thisMonth = today.slice(0, 7);
  const prev = addDays(`${thisMonth}-01`, -1).slice(0, 7);
  const out: MonthlyReminder[] = [];
  for (const month of [prev, thisMonth]) {
    if (!month.startsWith(String(year))) continue;
    const dueAt = monthlyDueAt(month, rhythm, isWorkingDay);
    const from = shanghaiInstant(previousWorkingDay(shanghaiDate(dueAt), isWorkingDay), REMINDER_DAY_START);
    if (now.getTime() >= Date.parse(from) && now.getTime() < Date.parse(dueAt)) out.push({ kind: 'monthly_due', month, dueAt });
  }
  return out;
}

/** The dedupe key of a reminder to one project: `weekly_due_soon:12:2030-W10:eve`. */
export const weeklyReminderKey = (r: WeeklyReminder, projectId: number) => `${r.kind}:${projectId}:${r.week}:${r.stage}`;
export const monthlyReminderKey = (r: MonthlyReminder, projectId: number) => `${r.kind}:${projectId}:${r.month}`;

/**
 * A dated item (交办事项, 绿色通道请求): 'due' on the working day before its due date (and on it), 'overdue' from the
 * day after; either only from REMINDER_DAY_START, so an item overdue since midnight is not sent at 00:00.
 */
export function datedItemStage(dueDate: string, now: Date, isWorkingDay?: WorkingDayTest): 'due' | 'overdue' | null {
  const today = shanghaiDate(now);
  if (now.getTime() < Date.parse(shanghaiInstant(today, REMINDER_DAY_START))) return null;
  if (today > dueDate) return 'overdue';
  if (today === dueDate || today === previousWorkingDay(dueDate, isWorkingDay)) return 'due';
  return null;
}
