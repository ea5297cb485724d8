/**
 * ISO-8601 weeks ('YYYY-Www') and calendar dates ('YYYY-MM-DD') in Asia/Shanghai.
 * All arithmetic is done on UTC day numbers so the host time zone never leaks in.
 */

const DAY_MS = 86_400_000;
/** China has used UTC+8 without daylight saving since 1991, so a fixed offset is exact. */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date; throws a Chinese message for a malformed or impossible date. */
export function dayNumberOf(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (match === null) throw new Error(`日期格式不正确：“${date}”，应为 YYYY-MM-DD。`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC silently rolls 2024-02-30 over to March; refuse it instead.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new Error(`日期不存在：“${date}”。`);
  }
  return ms / DAY_MS;
}

/** Whether a string is a real 'YYYY-MM-DD' calendar date (2024-02-30 is not). */
export function isCalendarDate(date: string): boolean {
  try {
    dayNumberOf(date);
    return true;
  } catch {
    return false;
  }
}

/** The 'YYYY-MM-DD' date of a day number (days since 1970-01-01). */
export function dateOfDayNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a day number: Monday = 1 … Sunday = 7 (1970-01-01 was a Thursday). */
const isoWeekdayOf = (dayNumber: number) => ((((dayNumber + 3) % 7) + 7) % 7) + 1;

/** ISO weekday (Monday = 1 … Sunday = 7) of a 'YYYY-MM-DD' date. */
export function isoWeekday(date: string): number {
  return isoWeekdayOf(dayNumberOf(date));
}

/** Add (or subtract) whole days to a 'YYYY-MM-DD' date. */
export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumberOf(date) + days);
}

/** The calendar date 'YYYY-MM-DD' in Asia/Shanghai at an instant (a unit's "today"); an ISO string works too. */
export function shanghaiDate(now: Date | string): string {
  const ms = typeof now === 'string' ? Date.parse(now) : now.getTime();
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The instant (ISO, UTC) of a Shanghai wall-clock time: ('2024-03-08', '18:00') → '2024-03-08T10:00:00.000Z';
 * without a time, the start of that Shanghai day.
 */
export function shanghaiInstant(date: string, time = '00:00'): string {
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(dayNumberOf(date) * DAY_MS + ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000 - SHANGHAI_OFFSET_MS).toISOString();
}

const formatWeek = (year: number, week: number) => `${year}-W${String(week).padStart(2, '0')}`;

/** The ISO-8601 week 'YYYY-Www' of a 'YYYY-MM-DD' date; early January may belong to the previous year's week. */
export function isoWeekOf(date: string): string {
  const day = dayNumberOf(date);
  // The ISO week belongs to the year that holds its Thursday.
  const thursday = day + 4 - isoWeekdayOf(day);
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1) / DAY_MS;
  return formatWeek(year, Math.floor((thursday - jan1) / 7) + 1);
}

/** The ISO week of the current instant, as a unit in Asia/Shanghai sees it. */
export function currentWeek(now: Date): string {
  return isoWeekOf(shanghaiDate(now));
}

/** Day number of the Monday of ISO week 1 of a year (the week holding 4 January). */
const week1Monday = (year: number) => {
  const jan4 = Date.UTC(year, 0, 4) / DAY_MS;
  return jan4 - isoWeekdayOf(jan4) + 1;
};

/** 52 or 53: a year has 53 ISO weeks when 28 December falls in week 53. */
export function weeksInYear(year: number): number {
  return (week1Monday(year + 1) - week1Monday(year)) / 7;
}

const parseWeek = (week: string): { year: number; number: number } | null => {
  const match = WEEK_PATTERN.exec(week);
  if (match === null) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (number < 1 || number > weeksInYear(year)) return null;
  return { year, number };
};

/** Whether a string is a well-formed ISO week that exists ('2026-W53' yes, '2025-W53' no). */
export function isValidWeek(week: string): boolean {
  return parseWeek(week) !== null;
}

/** Day number of the Monday of a week; throws a Chinese message for a malformed or non-existent week. */
const mondayOf = (week: string): number => {
  const parsed = parseWeek(week);
  if (parsed === null) {
    if (WEEK_PATTERN.test(week)) throw new Error(`周次不存在：${week.slice(0, 4)}年没有第${Number(week.slice(6))}周。`);
    throw new Error(`周次格式不正确：“${week}”，应为 YYYY-Www，例如 2024-W23。`);
  }
  return week1Monday(parsed.year) + (parsed.number - 1) * 7;
};

/** Monday and Sunday ('YYYY-MM-DD') of an ISO week. */
export function weekRange(week: string): { start: string; end: string } {
  const monday = mondayOf(week);
  return { start: dateOfDayNumber(monday), end: dateOfDayNumber(monday + 6) };
}

/** The ISO week before, crossing into the previous year (2021-W01 → 2020-W53). */
export function previousWeek(week: string): string {
  return isoWeekOf(dateOfDayNumber(mondayOf(week) - 7));
}

/** The ISO week after, crossing into the next year (2020-W53 → 2021-W01). */
export function nextWeek(week: string): string {
  return isoWeekOf(dateOfDayNumber(mondayOf(week) + 7));
}

/** Every ISO week from `from` to `to` inclusive; empty when `to` is before `from`. */
export function weeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  const last = mondayOf(to);
  for (let monday = mondayOf(from); monday <= last; monday += 7) weeks.push(isoWeekOf(dateOfDayNumber(monday)));
  return weeks;
}

/**
 * A week as the UI shows it: '2024年第23周（6月3日—6月9日）'. A day outside the week's year carries its own
 * year ('2025年第1周（2024年12月30日—1月5日）') so the range is never ambiguous.
 */
export function formatWeekChinese(week: string): string {
  const { start, end } = weekRange(week);
  const year = week.slice(0, 4);
  const label = (date: string) => `${date.slice(0, 4) === year ? '' : `${date.slice(0, 4)}年`}${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
  return `${year}年第${Number(week.slice(6))}周（${label(start)}—${label(end)}）`;
}
