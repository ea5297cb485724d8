import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { updateVersioned } from '../../db/versioned-update';

/** A plan's year and baseline lock; undefined when there is no such plan. */
export function findPlanBaseline(db: Kysely<DB>, planId: number) {
  return db.selectFrom('plan').select(['id', 'year', 'baseline_locked_at', 'baseline_locked_by']).where('id', '=', planId).executeTakeFirst();
}

/** As findPlanBaseline, for a plan that must exist (a project's own plan); throws Kysely's NoResultError otherwise. */
export function getPlanBaseline(db: Kysely<DB>, planId: number) {
  return db.selectFrom('plan').select(['id', 'year', 'baseline_locked_at', 'baseline_locked_by']).where('id', '=', planId).executeTakeFirstOrThrow();
}

/** The active projects of a plan in notice order (seq). */
export function listActivePlanProjects(db: Kysely<DB>, planId: number) {
  return db.selectFrom('project').select(['id', 'seq', 'name']).where('plan_id', '=', planId).where('status', '=', 'active').orderBy('seq').execute();
}

/** What the target review counts of each target of the projects: review status and extraction confidence. */
export async function listTargetReviewStates(db: Kysely<DB>, projectIds: number[]) {
  if (projectIds.length === 0) return [];
  return db.selectFrom('target').select(['project_id', 'status', 'confidence']).where('project_id', 'in', projectIds).execute();
}

/** What the target review counts of each milestone of the projects: review status. */
export async function listMilestoneReviewStates(db: Kysely<DB>, projectIds: number[]) {
  if (projectIds.length === 0) return [];
  return db.selectFrom('milestone').select(['project_id', 'status']).where('project_id', 'in', projectIds).execute();
}

/** The targets of the projects with the values a baseline keeps (label, value, unit, due date, trajectory). */
export async function listTargetsForBaseline(db: Kysely<DB>, projectIds: number[]) {
  if (projectIds.length === 0) return [];
  return db
    .selectFrom('target')
    .select(['id', 'project_id', 'status', 'label', 'value', 'unit', 'due_date', 'trajectory_json'])
    .where('project_id', 'in', projectIds)
    .execute();
}

/** The milestones of the projects with the values a baseline keeps (title, due date). */
export async function listMilestonesForBaseline(db: Kysely<DB>, projectIds: number[]) {
  if (projectIds.length === 0) return [];
  return db.selectFrom('milestone').select(['id', 'project_id', 'status', 'title', 'due_date']).where('project_id', 'in', projectIds).execute();
}

/** Store a target's locked original promise (JSON); the version is not moved on. */
export async function setTargetBaseline(db: Kysely<DB>, id: number, baselineJson: string): Promise<void> {
  await db.updateTable('target').set({ baseline_json: baselineJson }).where('id', '=', id).execute();
}

/** Store a milestone's locked original promise (JSON); the version is not moved on. */
export async function setMilestoneBaseline(db: Kysely<DB>, id: number, baselineJson: string): Promise<void> {
  await db.updateTable('milestone').set({ baseline_json: baselineJson }).where('id', '=', id).execute();
}

/** Mark the plan's baseline locked at `lockedAt` by `lockedBy`: version + 1, updated_at = `lockedAt`. */
export async function markPlanBaselineLocked(db: Kysely<DB>, planId: number, lockedAt: string, lockedBy: string): Promise<void> {
  await updateVersioned(db, 'plan', planId, 'any', { baseline_locked_at: lockedAt, baseline_locked_by: lockedBy, updated_at: lockedAt }, { touch: false });
}
