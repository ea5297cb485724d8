import type { Kysely } from 'kysely';
import { DEFAULT_MONTHLY_RHYTHM, DEFAULT_WEEKLY_RHYTHM } from '../../../domain/calendar';
import type { IsoWeekday, MonthlyRhythm, WeeklyRhythm } from '../../../domain/calendar';
import type { DB } from '../../db/schema';
import type { RhythmRow } from './plans.repo';
import { findNewestActivePlanRhythmRow, findPlanRhythmRow, findProjectPlanRhythmRow, listPlanRhythmRows } from './plans.repo';

export { rhythmColumns } from './plans.repo';

/** A plan's reporting deadlines (DESIGN §5, each a setting of the plan). */
export interface PlanRhythm {
  weekly: WeeklyRhythm;
  monthly: MonthlyRhythm;
  /** 台账截止日: after it nothing is asked or reminded (null: the year's end) */
  endDate: string | null;
}

/** The DESIGN defaults, for callers with no plan (e.g. a user whose unit has no active project). */
export const DEFAULT_PLAN_RHYTHM: PlanRhythm = { weekly: DEFAULT_WEEKLY_RHYTHM, monthly: DEFAULT_MONTHLY_RHYTHM, endDate: null };

/** The rhythm of a plan row; the columns are checked when written, so the weekdays are 1–7. */
export function toPlanRhythm(row: RhythmRow): PlanRhythm {
  return {
    weekly: {
      dueWeekday: row.weekly_due_weekday as IsoWeekday,
      dueTime: row.weekly_due_time,
      missingWeekday: row.weekly_missing_weekday as IsoWeekday,
      missingTime: row.weekly_missing_time,
    },
    monthly: { dueDay: row.monthly_due_day, dueTime: row.monthly_due_time },
    endDate: row.ledger_end_date,
  };
}

/** A plan's rhythm; the defaults when the plan does not exist (callers have checked it already). */
export async function loadPlanRhythm(db: Kysely<DB>, planId: number): Promise<PlanRhythm> {
  const row = await findPlanRhythmRow(db, planId);
  return row ? toPlanRhythm(row) : DEFAULT_PLAN_RHYTHM;
}

/** The rhythm of the plan a project belongs to. */
export async function loadProjectRhythm(db: Kysely<DB>, projectId: number): Promise<PlanRhythm> {
  const row = await findProjectPlanRhythmRow(db, projectId);
  return row ? toPlanRhythm(row) : DEFAULT_PLAN_RHYTHM;
}

/** The rhythms of several plans at once, by plan id. */
export async function loadPlanRhythms(db: Kysely<DB>, planIds: number[]): Promise<Map<number, PlanRhythm>> {
  const ids = [...new Set(planIds)];
  if (ids.length === 0) return new Map();
  const rows = await listPlanRhythmRows(db, ids);
  return new Map(rows.map((row) => [row.id, toPlanRhythm(row)]));
}

/** The rhythm of the newest active plan (newest year, then newest id), or the defaults when there is none. */
export async function loadNewestActivePlanRhythm(db: Kysely<DB>): Promise<PlanRhythm> {
  const row = await findNewestActivePlanRhythmRow(db);
  return row ? toPlanRhythm(row) : DEFAULT_PLAN_RHYTHM;
}
