import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { updateVersioned } from '../../db/versioned-update';

/** A year an admin edited, as stored in `workday_schedule` (the schedule itself as JSON). */
export interface StoredWorkdayRow {
  year: number;
  schedule_json: string;
  updated_by: string;
  updated_at: string;
  version: number;
}

/** Every stored (edited) year, oldest first. */
export function listStoredWorkdayYears(db: Kysely<DB>): Promise<StoredWorkdayRow[]> {
  return db.selectFrom('workday_schedule').select(['year', 'schedule_json', 'updated_by', 'updated_at', 'version']).orderBy('year').execute();
}

/** Stores the first edited copy of a year (version 1); a second insert of the same year fails on its primary key. */
export async function insertWorkdayYear(db: Kysely<DB>, values: { year: number; scheduleJson: string; updatedBy: string; updatedAt: string }): Promise<void> {
  await db
    .insertInto('workday_schedule')
    .values({ year: values.year, schedule_json: values.scheduleJson, updated_by: values.updatedBy, updated_at: values.updatedAt, version: 1 })
    .execute();
}

/** Replaces the stored schedule of a year at the expected version; false when someone changed it first. */
export function updateWorkdayYear(
  db: Kysely<DB>,
  year: number,
  expectedVersion: number,
  values: { scheduleJson: string; updatedBy: string },
): Promise<boolean> {
  return updateVersioned(db, 'workday_schedule', year, expectedVersion, { schedule_json: values.scheduleJson, updated_by: values.updatedBy });
}

/** Drops the edited copy of a year, so the shipped schedule (or none) is in force again. */
export async function deleteWorkdayYear(db: Kysely<DB>, year: number): Promise<void> {
  await db.deleteFrom('workday_schedule').where('year', '=', year).execute();
}
