import { ApiError } from '../../api/http-client';

function describe(item: unknown): string | null {
  if (typeof item === 'string') return item;
  if (typeof item === 'object' && item !== null && 'message' in item && typeof item.message === 'string') {
    const label = 'label' in item && typeof item.label === 'string' ? `${item.label}：` : '';
    return label + item.message;
  }
  return null;
}

/** The list a 400 on submit carries (missing values, flagged values without a reason), as lines to show. */
export function errorDetailLines(error: unknown): string[] {
  if (!(error instanceof ApiError) || !error.details) return [];
  const details = error.details;
  const list: unknown[] = Array.isArray(details)
    ? details
    : typeof details === 'object' && details !== null
      ? Object.values(details).flatMap((value: unknown) => (Array.isArray(value) ? value : []))
      : [];
  // The message often names the items already (请填写以下指标…：A、B); list only what it does not say.
  return list.map(describe).filter((line): line is string => line !== null && !error.message.includes(line));
}
