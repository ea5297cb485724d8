/**
 * China's statutory holidays (法定节假日) and adjusted working days (调休上班), as published each year by the
 * General Office of the State Council (国务院办公厅关于部分节假日安排的通知).
 *
 * This is only the shipped default. An admin can edit the calendar of a year (the server keeps an editable
 * copy per year), so a wrong schedule — or next year's, published late in the autumn — is fixed without a release.
 */

/** One holiday period, both ends inclusive, dates as 'YYYY-MM-DD'. */
export type HolidayPeriod = { name: string; start: string; end: string };

/** The holiday schedule of one year: holiday periods and the weekend days that are worked instead (调休). */
export type YearSchedule = { year: number; holidays: HolidayPeriod[]; workdays: string[] };

/** Shipped schedules for 2024–2026, from the State Council notices published the autumn before each year. */
export const CHINA_HOLIDAY_SCHEDULES: readonly YearSchedule[] = [
  {
    year: 2024,
    holidays: [
      { name: '元旦', start: '2024-01-01', end: '2024-01-01' },
      { name: '春节', start: '2024-02-10', end: '2024-02-17' },
      { name: '清明节', start: '2024-04-04', end: '2024-04-06' },
      { name: '劳动节', start: '2024-05-01', end: '2024-05-05' },
      { name: '端午节', start: '2024-06-10', end: '2024-06-10' },
      { name: '中秋节', start: '2024-09-15', end: '2024-09-17' },
      { name: '国庆节', start: '2024-10-01', end: '2024-10-07' },
    ],
    workdays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
  },
  {
    year: 2025,
    holidays: [
      { name: '元旦', start: '2025-01-01', end: '2025-01-01' },
      { name: '春节', start: '2025-01-28', end: '2025-02-04' },
      { name: '清明节', start: '2025-04-04', end: '2025-04-06' },
      { name: '劳动节', start: '2025-05-01', end: '2025-05-05' },
      { name: '端午节', start: '2025-05-31', end: '2025-06-02' },
      { name: '国庆节、中秋节', start: '2025-10-01', end: '2025-10-08' },
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    holidays: [
      { name: '元旦', start: '2026-01-01', end: '2026-01-03' },
      { name: '春节', start: '2026-02-15', end: '2026-02-23' },
      { name: '清明节', start: '2026-04-04', end: '2026-04-06' },
      { name: '劳动节', start: '2026-05-01', end: '2026-05-05' },
      { name: '端午节', start: '2026-06-19', end: '2026-06-21' },
      { name: '中秋节', start: '2026-09-25', end: '2026-09-27' },
      { name: '国庆节', start: '2026-10-01', end: '2026-10-07' },
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];
