import { beijingTime } from '../../components/date-format.util';
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek';

dayjs.extend(isoWeek);

const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/** The ISO week of a date as the API writes it, e.g. `2024-W23`. */
export function isoWeekOf(date: dayjs.Dayjs = dayjs()): string {
  return `${date.isoWeekYear()}-W${String(date.isoWeek()).padStart(2, '0')}`;
}

export function isWeek(value: string | undefined): value is string {
  return value !== undefined && WEEK_PATTERN.test(value);
}

/** `2024-W23` + its Monday and Sunday → `2024年第23周（6月3日—6月9日）`. */
export function formatWeek(week: string, weekStart?: string, weekEnd?: string): string {
  const match = WEEK_PATTERN.exec(week);
  if (!match) return week;
  const title = `${match[1]}年第${Number(match[2])}周`;
  if (!weekStart || !weekEnd) return title;
  return `${title}（${dayjs(weekStart).format('M月D日')}—${dayjs(weekEnd).format('M月D日')}）`;
}

/** `2024-W23` → `第23周` for compact lists. */
export function shortWeek(week: string): string {
  const match = WEEK_PATTERN.exec(week);
  return match ? `${match[1]}年第${Number(match[2])}周` : week;
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** The due instant, relative to this week when it is: `本周五 18:00 截止`, else `6月7日（周五）18:00 截止`. */
export function formatDue(dueAt: string): string {
  const due = beijingTime(dueAt);
  if (!due.isValid()) return '';
  const weekday = WEEKDAYS[due.day()];
  if (isoWeekOf(due) === isoWeekOf()) return `本${weekday} ${due.format('HH:mm')} 截止`;
  return `${due.format('YYYY年M月D日')}（${weekday}）${due.format('HH:mm')} 截止`;
}

export function isPastDue(dueAt: string): boolean {
  return dayjs().isAfter(dayjs(dueAt));
}
