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

/**
 * The due and missing instants (ISO UTC, e.g. '2024-06-07T10:00:00.000Z') of a week's update.
 * With the default rhythm: Friday 18:00 and next Monday 09:00 Shanghai time, i.e. 10:00Z and 01:00Z.
 */
export function weeklyDeadlines(week: string, rhythm: WeeklyRhythm = DEFAULT_WEEKLY_RHYTHM): { dueAt: string; missingAt: string } {
  checkWeekday(rhythm.dueWeekday, '截止日');
  checkWeekday(rhythm.missingWeekday, '缺报判定日');
  const monday = dayNumberOf(weekRange(week).start);
  return {
    dueAt: shanghaiInstant(monday + rhythm.dueWeekday - 1, rhythm.dueTime).toISOString(),
    missingAt: shanghaiInstant(monday + 7 + rhythm.missingWeekday - 1, rhythm.missingTime).toISOString(),
  };
}

/**
 * Whether an update submitted at `submittedAt` (any ISO instant) is late: strictly after the due moment,
 * so a submission at 18:00:00 sharp still counts as on time.
 */
export function isLateSubmission(submittedAt: string, week: string, rhythm: WeeklyRhythm = DEFAULT_WEEKLY_RHYTHM): boolean {
  const submitted = Date.parse(submittedAt);
  if (Number.isNaN(submitted)) throw new Error(`提交时间格式不正确：“${submittedAt}”。`);
  return submitted > Date.parse(weeklyDeadlines(week, rhythm).dueAt);
}

/** Whether a week's update is missing at `now`: none submitted and the missing moment (inclusive) has come. */
export function isMissing(now: Date, week: string, hasSubmission: boolean, rhythm: WeeklyRhythm = DEFAULT_WEEKLY_RHYTHM): boolean {
  if (hasSubmission) return false;
  return now.getTime() >= Date.parse(weeklyDeadlines(week, rhythm).missingAt);
}

/** The Shanghai calendar date ('YYYY-MM-DD') of a week's due day, for '截止 6月7日 18:00' style labels. */
export function dueDateOf(week: string, rhythm: WeeklyRhythm = DEFAULT_WEEKLY_RHYTHM): string {
  return dateOfDayNumber(dayNumberOf(weekRange(week).start) + rhythm.dueWeekday - 1);
}
