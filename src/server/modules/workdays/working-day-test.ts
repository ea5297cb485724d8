import type { WorkingDayTest } from '../../../domain/calendar';
import { isWorkingDay } from '../../../domain/workdays';
import type { AppContext } from '../../context';
import { loadWorkdayCalendar } from './workdays.service';

/** Whether a date is a working day by the calendar in force (edited years over shipped ones), for deadlines. */
export async function loadWorkingDayTest(ctx: Pick<AppContext, 'db'>): Promise<WorkingDayTest> {
  const calendar = await loadWorkdayCalendar(ctx);
  return (date) => isWorkingDay(calendar, date);
}
