import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, WeeklyUpdateTable } from '../../db/schema';
import { updateVersioned } from '../../db/versioned-update';

export function findCurrentUpdate(db: Kysely<DB>, projectId: number, week: string) {
  return db.selectFrom('weekly_update').selectAll().where('project_id', '=', projectId).where('week', '=', week).where('is_current', '=', 1).executeTakeFirst();
}

export function findUpdate(db: Kysely<DB>, id: number) {
  return db.selectFrom('weekly_update').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUpdate(db: Kysely<DB>, values: Insertable<WeeklyUpdateTable>): Promise<number> {
  return (await db.insertInto('weekly_update').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Optimistic write: false when the row changed since `expectedVersion` was read. */
export async function updateUpdate(db: Kysely<DB>, id: number, changes: Updateable<WeeklyUpdateTable>, expectedVersion: number): Promise<boolean> {
  return updateVersioned(db, 'weekly_update', id, expectedVersion, changes);
}

export async function replaceValues(db: Kysely<DB>, updateId: number, values: { targetId: number; actual: number | null; reason: string | null; flags: string[] }[]): Promise<void> {
  await db.deleteFrom('weekly_value').where('update_id', '=', updateId).execute();
  if (values.length) {
    await db
      .insertInto('weekly_value')
      .values(values.map((v) => ({ update_id: updateId, target_id: v.targetId, actual: v.actual, reason: v.reason, flags: v.flags.join(',') })))
      .execute();
  }
}

export async function replaceMilestones(db: Kysely<DB>, updateId: number, milestones: { milestoneId: number; completedOn: string | null }[]): Promise<void> {
  await db.deleteFrom('weekly_milestone').where('update_id', '=', updateId).execute();
  if (milestones.length) {
    await db.insertInto('weekly_milestone').values(milestones.map((m) => ({ update_id: updateId, milestone_id: m.milestoneId, completed_on: m.completedOn }))).execute();
  }
}

export function loadValues(db: Kysely<DB>, updateIds: number[]) {
  if (updateIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('weekly_value').selectAll().where('update_id', 'in', updateIds).execute();
}

export function loadMilestoneCompletions(db: Kysely<DB>, updateIds: number[]) {
  if (updateIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('weekly_milestone').selectAll().where('update_id', 'in', updateIds).execute();
}

/** The last reported cumulative value of each target before a week (from submitted or accepted weeks). */
export async function previousActuals(db: Kysely<DB>, projectId: number, beforeWeek: string): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('weekly_value')
    .innerJoin('weekly_update', 'weekly_update.id', 'weekly_value.update_id')
    .select(['weekly_value.target_id', 'weekly_value.actual', 'weekly_update.week'])
    .where('weekly_update.project_id', '=', projectId)
    .where('weekly_update.status', 'in', ['submitted', 'accepted'])
    .where('weekly_update.week', '<', beforeWeek)
    .where('weekly_value.actual', 'is not', null)
    // a week being corrected still counts with its last submitted revision
    .orderBy('weekly_update.week')
    .orderBy('weekly_update.revision')
    .execute();
  const latest = new Map<number, number>();
  for (const row of rows) if (row.actual !== null) latest.set(row.target_id, row.actual);
  return latest;
}

export function listProjectUpdates(db: Kysely<DB>, projectId: number) {
  return db.selectFrom('weekly_update').selectAll().where('project_id', '=', projectId).where('is_current', '=', 1).orderBy('week', 'desc').execute();
}

export function listWeekRevisions(db: Kysely<DB>, projectId: number, week: string) {
  return db.selectFrom('weekly_update').selectAll().where('project_id', '=', projectId).where('week', '=', week).orderBy('revision').execute();
}

/** Milestones already reported done before a week, with their dates, so a new week's form starts from them. */
export async function previousCompletions(db: Kysely<DB>, projectId: number, beforeWeek: string): Promise<Map<number, string>> {
  const rows = await db
    .selectFrom('weekly_milestone')
    .innerJoin('weekly_update', 'weekly_update.id', 'weekly_milestone.update_id')
    .select(['weekly_milestone.milestone_id', 'weekly_milestone.completed_on'])
    .where('weekly_update.project_id', '=', projectId)
    .where('weekly_update.status', 'in', ['submitted', 'accepted'])
    .where('weekly_update.week', '<', beforeWeek)
    .where('weekly_milestone.completed_on', 'is not', null)
    .orderBy('weekly_update.week')
    .orderBy('weekly_update.revision')
    .execute();
  const done = new Map<number, string>();
  for (const row of rows) if (row.completed_on) done.set(row.milestone_id, row.completed_on);
  return done;
}
