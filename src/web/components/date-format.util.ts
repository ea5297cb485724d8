import dayjs from 'dayjs';

/** `2024-03-08` → `2024年3月8日`; empty text for a missing date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format('YYYY年M月D日') : value;
}

/** An ISO timestamp in the viewer's local time, e.g. `2024年3月8日 14:05`. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format('YYYY年M月D日 HH:mm') : value;
}
