import { SHANGHAI_OFFSET_MS, dateOfDayNumber, dayNumberOf, weekRange } from './iso-week';

/** ISO weekday: Monday = 1 … Sunday = 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** When a weekly update is due and when it counts as missing; a setting of the plan, in Asia/Shanghai. */
export interface WeeklyRhythm {
  /** weekday of the reported week on which the update is due (Friday = 5) */
  dueWeekday: IsoWeekday;
  /** local time 'HH:MM' of the due moment; submitted after it → late */
  dueTime: string;
  /** weekday of the NEXT week from which a week with no update counts as missing (Monday = 1) */
  missingWeekday: IsoWeekday;
  /** local time 'HH:MM' from which the update is missing */
  missingTime: string;
}

/** DESIGN.md §5: due Friday 18:00, missing from Monday 09:00 of the following week. */
export const DEFAULT_WEEKLY_RHYTHM: WeeklyRhythm = { dueWeekday: 5, dueTime: '18:00', missingWeekday: 1, missingTime: '09:00' };

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The UTC instant of a Shanghai wall-clock time on a day number. */
const shanghaiInstant = (dayNumber: number, time: string): Date => {
  const match = TIME_PATTERN.exec(time);
  if (match === null) throw new Error(`时间格式不正确：“${time}”，应为 HH:MM（24小时制）。`);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return new Date(dayNumber * 86_400_000 + minutes * 60_000 - SHANGHAI_OFFSET_MS);
};

const checkWeekday = (weekday: number, what: string) => {
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) throw new Error(`${what}应为周一至周日（1—7），现为 ${weekday}。`);
};

/** Whether people work on a 'YYYY-MM-DD' date; from the working-day calendar (statutory holidays and 调休). */
export type WorkingDayTest = (date: string) => boolean;

/** The first day on or after the day number that is a working day (the day itself without a calendar). */
function onOrAfterWorkingDay(dayNumber: number, isWorkingDay?: WorkingDayTest): number {
  if (!isWorkingDay) return dayNumber;
  let day = dayNumber;
  // A year has no holiday run longer than a few weeks; the bound only guards against a broken calendar.
  for (let i = 0; i < 60 && !isWorkingDay(dateOfDayNumber(day)); i += 1) day += 1;
  return day;
}

/** The day number of a week's due day, moved to the next working day when it falls on a holiday or weekend. */
function dueDayNumber(week: string, rhythm: WeeklyRhythm, isWorkingDay?: WorkingDayTest): number {
  checkWeekday(rhythm.dueWeekday, '截止日');
  return onOrAfterWorkingDay(dayNumberOf(weekRange(week).start) + rhythm.dueWeekday - 1, isWorkingDay);
}

/**
 * The due and missing instants (ISO UTC, e.g. '2024-06-07T10:00:00.000Z') of a week's update.
 * With the default rhythm: Friday 18:00 and next Monday 09:00 Shanghai time, i.e. 10:00Z and 01:00Z.
 * Given the working-day test, a due day on a holiday moves to the next working day (2024 国庆: Friday 4 October
 * → Tuesday 8 October), and the missing moment is on a working day after the due day.
 */
export function weeklyDeadlines(
  week: string,
  rhythm: WeeklyRhythm = DEFAULT_WEEKLY_RHYTHM,
  isWorkingDay?: WorkingDayTest,
): { dueAt: string; missingAt: string } {
  checkWeekday(rhythm.missingWeekday, '缺报判定日');
  const due = dueDayNumber(week, rhythm, isWorkingDay);
  let missing = onOrAfterWorkingDay(dayNumberOf(weekRange(week).start) + 7 + rhythm.missingWeekday - 1, isWorkingDay);
  if (missing <= due) missing = onOrAfterWorkingDay(due + 1, isWorkingDay);
  return {
    dueAt: shanghaiInstant(due, rhythm.dueTime).toISOString(),
    missingAt: shanghaiInstant(missing, rhythm.missingTime).toISOString(),
  };
}

/** The monthly report (月报) rhythm: due on a day of the month at a local time (DESIGN default: the 25th, 18:00). */
export interface MonthlyRhythm {
  dueDay: number;
  dueTime: string;
}

export const DEFAULT_MONTHLY_RHYTHM: MonthlyRhythm = { dueDay: 25, dueTime: '18:00' };

/**
 * The instant a month's report ('YYYY-MM') is due; on a holiday or weekend it moves to the next working day
 * (2024-08-25 is a Sunday → Monday 26 August 18:00). A due day past the month's end means its last day.
 */
export function monthlyDueAt(month: string, rhythm: MonthlyRhythm = DEFAULT_MONTHLY_RHYTHM, isWorkingDay?: WorkingDayTest): string {
  const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  const day = Math.min(Math.max(1, rhythm.dueDay), lastDay);
  const nominal = dayNumberOf(`${month}-${String(day).padStart(2, '0')}`);
  return shanghaiInstant(onOrAfterWorkingDay(nominal, isWorkingDay), rhythm.dueTime).toISOString();
}

/**
 * Whether an update submitted at `submittedAt` (any ISO instant) is late: strictly after the due moment,
 * so a submission at 18:00:00 sharp still counts as on time.
 */
export function isLateSubmission(submittedAt: string, week: string, rhythm: WeeklyRhythm = DEFAULT_WEEKLY_RHYTHM, isWorkingDay?: WorkingDayTest): boolean {
  const submitted = Date.parse(submittedAt);
  if (Number.isNaN(submitted)) throw new Error(`提交时间格式不正确：“${submittedAt}”。`);
  return submitted > Date.parse(weeklyDeadlines(week, rhythm, isWorkingDay).dueAt);
}

/** Whether a week's update is missing at `now`: none submitted and the missing moment (inclusive) has come. */
export function isMissing(
  now: Date,
  week: string,
  hasSubmission: boolean,
  rhythm: WeeklyRhythm = DEFAULT_WEEKLY_RHYTHM,
  isWorkingDay?: WorkingDayTest,
): boolean {
  if (hasSubmission) return false;
  return now.getTime() >= Date.parse(weeklyDeadlines(week, rhythm, isWorkingDay).missingAt);
}

/** The Shanghai calendar date ('YYYY-MM-DD') of a week's due day, for '截止 6月7日 18:00' style labels. */
export function dueDateOf(week: string, rhythm: WeeklyRhythm = DEFAULT_WEEKLY_RHYTHM, isWorkingDay?: WorkingDayTest): string {
  return dateOfDayNumber(dueDayNumber(week, rhythm, isWorkingDay));
}
