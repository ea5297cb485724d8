import { describe, expect, it } from 'vitest';
import { CHINA_HOLIDAY_SCHEDULES } from './holidays.data';
import type { YearSchedule } from './holidays.data';
import { addWorkingDays, buildCalendar, hasScheduleFor, isWorkingDay, nextWorkingDay, workingDaysBetween } from './workday-calendar';

const cal = buildCalendar(CHINA_HOLIDAY_SCHEDULES);

describe('isWorkingDay', () => {
  it('follows the 2024 Spring Festival schedule', () => {
    expect(isWorkingDay(cal, '2024-02-04')).toBe(true); // Sunday, 调休上班
    expect(isWorkingDay(cal, '2024-02-12')).toBe(false); // Monday, 春节
    expect(isWorkingDay(cal, '2024-02-18')).toBe(true); // Sunday, 调休上班
    expect(isWorkingDay(cal, '2024-02-19')).toBe(true);
  });
  it('treats ordinary weekends and weekdays as such', () => {
    expect(isWorkingDay(cal, '2024-03-08')).toBe(true); // Friday
    expect(isWorkingDay(cal, '2024-03-09')).toBe(false); // Saturday
    expect(isWorkingDay(cal, '2024-03-10')).toBe(false); // Sunday
  });
  it('follows the 2026 Spring Festival schedule (nine days, two 调休 Saturdays)', () => {
    expect(isWorkingDay(cal, '2026-02-14')).toBe(true); // Saturday, 调休上班
    for (let d = 15; d <= 23; d += 1) expect(isWorkingDay(cal, `2026-02-${d}`)).toBe(false);
    expect(isWorkingDay(cal, '2026-02-24')).toBe(true);
    expect(isWorkingDay(cal, '2026-02-28')).toBe(true); // Saturday, 调休上班
  });
  it('falls back to the plain week for a year without a schedule', () => {
    expect(isWorkingDay(cal, '2027-10-01')).toBe(true); // Friday; 2027 not loaded
    expect(isWorkingDay(cal, '2027-10-02')).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it('counts a green-channel deadline across 2024 国庆 with a 调休 Sunday', () => {
    // Fri 9/27 → Sun 9/29 (1, 调休), Mon 9/30 (2), 10/1–10/7 off, Tue 10/8 (3).
    expect(addWorkingDays(cal, '2024-09-27', 3)).toBe('2024-10-08');
  });
  it('counts a 调休 Saturday as a working day', () => {
    // Thu 10/10, Fri 10/11, Sat 10/12 (调休上班).
    expect(addWorkingDays(cal, '2024-10-09', 3)).toBe('2024-10-12');
    expect(addWorkingDays(cal, '2024-10-11', 1)).toBe('2024-10-12');
  });
  it('moves a deadline falling on a holiday to the next working day when n = 0', () => {
    expect(addWorkingDays(cal, '2024-10-03', 0)).toBe('2024-10-08');
    expect(addWorkingDays(cal, '2024-10-12', 0)).toBe('2024-10-12');
    expect(addWorkingDays(cal, '2024-10-08', 0)).toBe('2024-10-08');
  });
  it('crosses year boundaries', () => {
    // Tue 2024-12-31 → Thu 2025-01-02 (元旦 on Wednesday).
    expect(addWorkingDays(cal, '2024-12-31', 1)).toBe('2025-01-02');
    // Wed 2025-12-31 → 2026-01-01..03 off, Sun 1/4 调休上班.
    expect(addWorkingDays(cal, '2025-12-31', 1)).toBe('2026-01-04');
    expect(addWorkingDays(cal, '2025-12-31', 2)).toBe('2026-01-05');
    // Thu 2026-12-31 → Fri 2027-01-01 (no 2027 schedule loaded: a plain Friday).
    expect(addWorkingDays(cal, '2026-12-31', 1)).toBe('2027-01-01');
  });
  it('spans the 2025 Spring Festival', () => {
    // Fri 1/24 → Sun 1/26 (调休), Mon 1/27, then 1/28–2/4 off, Wed 2/5.
    expect(addWorkingDays(cal, '2025-01-24', 3)).toBe('2025-02-05');
  });
  it('refuses a negative or fractional count and a bad date', () => {
    expect(() => addWorkingDays(cal, '2024-10-08', -1)).toThrow('非负整数');
    expect(() => addWorkingDays(cal, '2024-10-08', 1.5)).toThrow('非负整数');
    expect(() => addWorkingDays(cal, '2024-02-30', 1)).toThrow('日期不存在');
  });
});

describe('nextWorkingDay', () => {
  it('skips holidays and weekends, strictly after the date', () => {
    expect(nextWorkingDay(cal, '2024-09-30')).toBe('2024-10-08');
    expect(nextWorkingDay(cal, '2024-02-03')).toBe('2024-02-04');
    expect(nextWorkingDay(cal, '2024-10-08')).toBe('2024-10-09');
  });
});

describe('workingDaysBetween', () => {
  it('counts (from, to] and agrees with addWorkingDays', () => {
    expect(workingDaysBetween(cal, '2024-09-27', '2024-10-08')).toBe(3);
    expect(workingDaysBetween(cal, '2024-10-08', '2024-10-08')).toBe(0);
    expect(workingDaysBetween(cal, '2024-10-01', '2024-10-07')).toBe(0);
    for (const n of [0, 1, 5, 20, 60]) {
      expect(workingDaysBetween(cal, '2025-12-20', addWorkingDays(cal, '2025-12-22', n))).toBe(n + 1);
    }
  });
  it('is negative when to is before from', () => {
    expect(workingDaysBetween(cal, '2024-10-08', '2024-09-27')).toBe(-3);
  });
  it('gives the published number of working days per year (2024: 251, 2025: 248)', () => {
    expect(workingDaysBetween(cal, '2023-12-31', '2024-12-31')).toBe(251);
    expect(workingDaysBetween(cal, '2024-12-31', '2025-12-31')).toBe(248);
  });
});

describe('schedules', () => {
  it('ships 2024–2026', () => {
    for (const year of [2024, 2025, 2026]) expect(hasScheduleFor(CHINA_HOLIDAY_SCHEDULES, year)).toBe(true);
    expect(hasScheduleFor(CHINA_HOLIDAY_SCHEDULES, 2027)).toBe(false);
  });
  it('keeps every date within its year', () => {
    for (const { year, holidays, workdays } of CHINA_HOLIDAY_SCHEDULES) {
      const dates = [...holidays.flatMap((h) => [h.start, h.end]), ...workdays];
      for (const date of dates) expect(date.slice(0, 4)).toBe(String(year));
    }
  });
});

describe('buildCalendar', () => {
  const year = (patch: Partial<YearSchedule>): YearSchedule => ({ year: 2030, holidays: [], workdays: [], ...patch });
  it('refuses inconsistent schedules in Chinese', () => {
    expect(() => buildCalendar([year({}), year({})])).toThrow('2030 年的节假日安排重复');
    expect(() => buildCalendar([year({ holidays: [{ name: '国庆节', start: '2030-10-07', end: '2030-10-01' }] })])).toThrow('早于开始日期');
    expect(() => buildCalendar([year({ holidays: [{ name: '国庆节', start: '2030-10-01', end: '2031-10-07' }] })])).toThrow('请检查日期');
    expect(() => buildCalendar([year({ workdays: ['2030-10-08'] })])).toThrow('不是周六或周日'); // Tuesday
    expect(() => buildCalendar([year({ holidays: [{ name: '国庆节', start: '2030-10-01', end: '2030-10-07' }], workdays: ['2030-10-05'] })])).toThrow(
      '既是假日又是调休上班日',
    );
    expect(() => buildCalendar([year({ workdays: ['2030-1-05'] })])).toThrow('日期格式不正确');
  });
});
