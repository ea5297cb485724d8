import type { Kysely } from 'kysely';
import { isLateSubmission, monthlyDueAt, weeklyDeadlines } from '../../../domain/calendar';
import type { DB } from '../../db/schema';
import { loadWorkingDayTest } from '../workdays/working-day-test';
import { loadProjectRhythm } from './plan-rhythm';

/**
 * A project's reporting deadlines: its plan's rhythm on the working-day calendar in force, so a deadline that falls
 * on a holiday moves to the next working day. The one place services get a weekly or monthly deadline from.
 */
export async function projectDeadlines(db: Kysely<DB>, projectId: number) {
  const [rhythm, isWorkingDay] = await Promise.all([loadProjectRhythm(db, projectId), loadWorkingDayTest({ db })]);
  return {
    weekly: (week: string) => weeklyDeadlines(week, rhythm.weekly, isWorkingDay),
    isLateWeekly: (submittedAt: string, week: string) => isLateSubmission(submittedAt, week, rhythm.weekly, isWorkingDay),
    monthlyDueAt: (month: string) => monthlyDueAt(month, rhythm.monthly, isWorkingDay),
  };
}
