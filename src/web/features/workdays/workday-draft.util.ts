/** The editable copy of a year's schedule and the checks made before it is sent. */
import dayjs from 'dayjs';
import type { HolidayPeriod, WorkdayYear } from '../../../contract/workdays.contract';

/** A holiday row being edited; dates may still be empty. `key` keeps React rows stable while rows are removed. */
export interface HolidayDraft extends HolidayPeriod {
  key: number;
}

export interface WorkdayDraftRow {
  key: number;
  date: string;
}

export interface YearDraft {
  holidays: HolidayDraft[];
  workdays: WorkdayDraftRow[];
}

let nextKey = 1;
export const newRowKey = () => nextKey++;

export function draftOf(year: WorkdayYear): YearDraft {
  return {
    holidays: year.holidays.map((h) => ({ ...h, key: newRowKey() })),
    workdays: year.workdays.map((date) => ({ key: newRowKey(), date })),
  };
}

const comparable = (holidays: HolidayPeriod[], workdays: string[]) =>
  JSON.stringify({ holidays: holidays.map(({ name, start, end }) => ({ name: name.trim(), start, end })), workdays: [...workdays].sort() });

export function isDraftChanged(draft: YearDraft, year: WorkdayYear): boolean {
  return (
    comparable(
      draft.holidays,
      draft.workdays.map((w) => w.date),
    ) !== comparable(year.holidays, year.workdays)
  );
}

/** Days a period lasts, both ends included; null while a date is missing or reversed. */
export function periodDays(start: string, end: string): number | null {
  if (!start || !end) return null;
  const days = dayjs(end).diff(dayjs(start), 'day') + 1;
  return days >= 1 ? days : null;
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
export const weekdayOf = (date: string) => (date ? WEEKDAYS[dayjs(date).day()] : '');

/** What the admin still has to fix before saving, in Chinese; empty when the draft can be sent. */
export function draftProblems(draft: YearDraft): string[] {
  const problems: string[] = [];
  draft.holidays.forEach((h, i) => {
    const label = h.name.trim() || `第 ${i + 1} 个节假日`;
    if (!h.name.trim()) problems.push(`第 ${i + 1} 个节假日还没有填写名称。`);
    if (!h.start || !h.end) problems.push(`${label}还没有选择开始和结束日期。`);
    else if (h.end < h.start) problems.push(`${label}的结束日期早于开始日期。`);
  });
  draft.workdays.forEach((w, i) => {
    if (!w.date) problems.push(`第 ${i + 1} 个调休上班日还没有选择日期。`);
  });
  return problems;
}
