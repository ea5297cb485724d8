/** Working-day calendar: China's statutory holidays and adjusted working days, and arithmetic on them. */
export { CHINA_HOLIDAY_SCHEDULES } from './holidays.data';
export type { HolidayPeriod, YearSchedule } from './holidays.data';
export { addWorkingDays, buildCalendar, hasScheduleFor, isWorkingDay, nextWorkingDay, workingDaysBetween } from './workday-calendar';
export type { WorkdayCalendar } from './workday-calendar';
