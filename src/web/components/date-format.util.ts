import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/**
 * An instant as a Beijing wall-clock time. Deadlines and submissions are Asia/Shanghai business times
 * (DESIGN §5), so they read the same whatever the viewer's device time zone is.
 */
export function beijingTime(value: string | Date) {
  return dayjs.utc(value).utcOffset(480);
}

/** `2024-03-08` → `2024年3月8日`; empty text for a missing date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format('YYYY年M月D日') : value;
}

/** An ISO timestamp in Beijing time, e.g. `2024年3月8日 14:05`. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = beijingTime(value);
  return date.isValid() ? date.format('YYYY年M月D日 HH:mm') : value;
}
