import type { Insertable, Kysely, Updateable } from 'kysely';
import type { AttachmentTable, DB, WeeklyUpdateRow, WeeklyUpdateTable } from '../../db/schema';
import { updateVersioned } from '../../db/versioned-update';

/** The columns of a weekly update that the services and the week's view read (all but `created_at`). */
const UPDATE_COLUMNS = [
  'id',
  'project_id',
  'week',
  'status',
  'revision',
  'is_current',
  'progress_text',
  'problems_text',
  'next_steps_text',
  'co_unit_ids_json',
  'submitted_at',
  'submitted_by',
  'is_late',
  'reviewed_at',
  'reviewed_by',
  'review_comment',
  'updated_by',
  'version',
  'updated_at',
  'public_at',
] as const;

/** A weekly update as the services read it. */
export type WeeklyUpdate = Pick<WeeklyUpdateRow, (typeof UPDATE_COLUMNS)[number]>;

/** The current revision of a project's week, if saved. */
export function findCurrentUpdate(db: Kysely<DB>, projectId: number, week: string): Promise<WeeklyUpdate | undefined> {
  return db
    .selectFrom('weekly_update')
    .select(UPDATE_COLUMNS)
    .where('project_id', '=', projectId)
    .where('week', '=', week)
    .where('is_current', '=', 1)
    .executeTakeFirst();
}

/** One weekly update (any revision) by id. */
export function findUpdate(db: Kysely<DB>, id: number): Promise<WeeklyUpdate | undefined> {
  return db.selectFrom('weekly_update').select(UPDATE_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** Insert a weekly update; returns its id. */
export async function insertUpdate(db: Kysely<DB>, values: Insertable<WeeklyUpdateTable>): Promise<number> {
  return (await db.insertInto('weekly_update').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Optimistic write: false when the row changed since `expectedVersion` was read. */
export async function updateUpdate(db: Kysely<DB>, id: number, changes: Updateable<WeeklyUpdateTable>, expectedVersion: number): Promise<boolean> {
  return updateVersioned(db, 'weekly_update', id, expectedVersion, changes);
}

/** Make a revision no longer current (a correction starts a new one); false when it was not current any more. */
export async function retireUpdate(db: Kysely<DB>, id: number): Promise<boolean> {
  const moved = await db.updateTable('weekly_update').set({ is_current: 0 }).where('id', '=', id).where('is_current', '=', 1).executeTakeFirst();
  return Number(moved.numUpdatedRows) > 0;
}

/** Copy a revision's values and milestone completions to a new revision, and move its attachments there. */
export async function carryOverContents(db: Kysely<DB>, fromUpdateId: number, toUpdateId: number): Promise<void> {
  const values = await db.selectFrom('weekly_value').select(['target_id', 'actual', 'reason', 'flags']).where('update_id', '=', fromUpdateId).execute();
  if (values.length)
    await db
      .insertInto('weekly_value')
      .values(values.map((v) => ({ ...v, update_id: toUpdateId })))
      .execute();
  const ms = await db.selectFrom('weekly_milestone').select(['milestone_id', 'completed_on']).where('update_id', '=', fromUpdateId).execute();
  if (ms.length)
    await db
      .insertInto('weekly_milestone')
      .values(ms.map((m) => ({ ...m, update_id: toUpdateId })))
      .execute();
  await db.updateTable('attachment').set({ update_id: toUpdateId }).where('update_id', '=', fromUpdateId).execute();
}

export async function replaceValues(
  db: Kysely<DB>,
  updateId: number,
  values: { targetId: number; actual: number | null; reason: string | null; flags: string[] }[],
): Promise<void> {
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
    await db
      .insertInto('weekly_milestone')
      .values(milestones.map((m) => ({ update_id: updateId, milestone_id: m.milestoneId, completed_on: m.completedOn })))
      .execute();
  }
}

/** The values of some updates (none when no ids). */
export function loadValues(db: Kysely<DB>, updateIds: number[]) {
  if (updateIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('weekly_value').select(['update_id', 'target_id', 'actual', 'reason', 'flags']).where('update_id', 'in', updateIds).execute();
}

/** The milestone completions of some updates (none when no ids). */
export function loadMilestoneCompletions(db: Kysely<DB>, updateIds: number[]) {
  if (updateIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('weekly_milestone').select(['update_id', 'milestone_id', 'completed_on']).where('update_id', 'in', updateIds).execute();
}

/**
 * The latest reported cumulative value of each of a project's targets among weeks of the given statuses, up to a
 * week (inclusive or not); a later week, then a later revision, wins.
 */
export async function latestActuals(
  db: Kysely<DB>,
  projectId: number,
  statuses: Array<'submitted' | 'accepted'>,
  week: { before: string } | { upTo: string },
): Promise<Map<number, number>> {
  let query = db
    .selectFrom('weekly_value')
    .innerJoin('weekly_update', 'weekly_update.id', 'weekly_value.update_id')
    .select(['weekly_value.target_id', 'weekly_value.actual'])
    .where('weekly_update.project_id', '=', projectId)
    .where('weekly_update.status', 'in', statuses)
    .where('weekly_value.actual', 'is not', null);
  query = 'before' in week ? query.where('weekly_update.week', '<', week.before) : query.where('weekly_update.week', '<=', week.upTo);
  const rows = await query.orderBy('weekly_update.week').orderBy('weekly_update.revision').execute();
  const latest = new Map<number, number>();
  for (const row of rows) if (row.actual !== null) latest.set(row.target_id, row.actual);
  return latest;
}

/** The last reported cumulative value of each target before a week (a week being corrected counts with its last submitted revision). */
export function previousActuals(db: Kysely<DB>, projectId: number, beforeWeek: string): Promise<Map<number, number>> {
  return latestActuals(db, projectId, ['submitted', 'accepted'], { before: beforeWeek });
}

/** The current revision of every week of a project, newest week first. */
export function listProjectUpdates(db: Kysely<DB>, projectId: number): Promise<WeeklyUpdate[]> {
  return db
    .selectFrom('weekly_update')
    .select(UPDATE_COLUMNS)
    .where('project_id', '=', projectId)
    .where('is_current', '=', 1)
    .orderBy('week', 'desc')
    .execute();
}

/** Every revision of a project's week, oldest first. */
export function listWeekRevisions(db: Kysely<DB>, projectId: number, week: string): Promise<WeeklyUpdate[]> {
  return db.selectFrom('weekly_update').select(UPDATE_COLUMNS).where('project_id', '=', projectId).where('week', '=', week).orderBy('revision').execute();
}

/**
 * Every cumulative value of a project reported in a submitted or accepted week before `beforeWeek`, oldest week and
 * revision first: the week's views fold them into each target's value before each of their weeks, with one query
 * however many weeks they show (the same rows as latestActuals, before the fold).
 */
export function listReportedValues(db: Kysely<DB>, projectId: number, beforeWeek: string) {
  return db
    .selectFrom('weekly_value')
    .innerJoin('weekly_update', 'weekly_update.id', 'weekly_value.update_id')
    .select(['weekly_update.week', 'weekly_value.target_id', 'weekly_value.actual'])
    .where('weekly_update.project_id', '=', projectId)
    .where('weekly_update.status', 'in', ['submitted', 'accepted'])
    .where('weekly_update.week', '<', beforeWeek)
    .where('weekly_value.actual', 'is not', null)
    .orderBy('weekly_update.week')
    .orderBy('weekly_update.revision')
    .execute();
}

/**
 * Every milestone completion of a project reported in a submitted or accepted week before `beforeWeek`, oldest
 * week and revision first, so a new week's form starts from the milestones already reported done.
 */
export function listReportedCompletions(db: Kysely<DB>, projectId: number, beforeWeek: string) {
  return db
    .selectFrom('weekly_milestone')
    .innerJoin('weekly_update', 'weekly_update.id', 'weekly_milestone.update_id')
    .select(['weekly_update.week', 'weekly_milestone.milestone_id', 'weekly_milestone.completed_on'])
    .where('weekly_update.project_id', '=', projectId)
    .where('weekly_update.status', 'in', ['submitted', 'accepted'])
    .where('weekly_update.week', '<', beforeWeek)
    .where('weekly_milestone.completed_on', 'is not', null)
    .orderBy('weekly_update.week')
    .orderBy('weekly_update.revision')
    .execute();
}

/** The attachments of some updates as the week's view lists them, oldest first (none when no ids). */
export function listAttachments(db: Kysely<DB>, updateIds: number[]) {
  if (updateIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('attachment')
    .select(['id', 'update_id', 'file_name', 'mime', 'size', 'thumb_key', 'public_at'])
    .where('update_id', 'in', updateIds)
    .orderBy('id')
    .execute();
}

/** One attachment with what reading, checking and deleting it need. */
export function findAttachment(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('attachment')
    .select(['id', 'update_id', 'project_id', 'storage_key', 'thumb_key', 'file_name', 'mime'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Insert an attachment row; returns its id. */
export async function insertAttachment(db: Kysely<DB>, values: Insertable<AttachmentTable>): Promise<number> {
  return (await db.insertInto('attachment').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Delete an attachment row (the stored files are the caller's to remove). */
export async function deleteAttachmentRow(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('attachment').where('id', '=', id).execute();
}

/** A project's co-unit notes with the columns the API shows. */
function coUnitNotes(db: Kysely<DB>, projectId: number) {
  return db
    .selectFrom('co_unit_note')
    .innerJoin('unit', 'unit.id', 'co_unit_note.unit_id')
    .select([
      'co_unit_note.id',
      'co_unit_note.project_id as projectId',
      'co_unit_note.week',
      'co_unit_note.unit_id as unitId',
      'unit.name as unitName',
      'co_unit_note.text',
      'co_unit_note.author',
      'co_unit_note.updated_at as updatedAt',
      'co_unit_note.version',
    ])
    .where('co_unit_note.project_id', '=', projectId);
}

/** Every co-unit's note on some weeks of a project, oldest note first (none when no weeks). */
export function listCoUnitNotes(db: Kysely<DB>, projectId: number, weeks: string[]) {
  if (weeks.length === 0) return Promise.resolve([]);
  return coUnitNotes(db, projectId).where('co_unit_note.week', 'in', weeks).orderBy('co_unit_note.id').execute();
}

/** One co-unit's note on a project's week; throws when there is none. */
export function getCoUnitNote(db: Kysely<DB>, projectId: number, week: string, unitId: number) {
  return coUnitNotes(db, projectId).where('co_unit_note.week', '=', week).where('co_unit_note.unit_id', '=', unitId).executeTakeFirstOrThrow();
}

/** Id and version of a co-unit's note on a project's week, if written. */
export function findCoUnitNoteVersion(db: Kysely<DB>, projectId: number, week: string, unitId: number) {
  return db
    .selectFrom('co_unit_note')
    .select(['id', 'version'])
    .where('project_id', '=', projectId)
    .where('week', '=', week)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
}

/** Insert a co-unit's first note on a project's week. */
export async function insertCoUnitNote(
  db: Kysely<DB>,
  values: { project_id: number; week: string; unit_id: number; text: string; author: string; updated_at: string },
): Promise<void> {
  await db.insertInto('co_unit_note').values(values).execute();
}

/** Optimistic write of a co-unit's note: false when it changed since `expectedVersion` was read. */
export function updateCoUnitNote(db: Kysely<DB>, id: number, expectedVersion: number, changes: { text: string; author: string }): Promise<boolean> {
  return updateVersioned(db, 'co_unit_note', id, expectedVersion, changes);
}

/** An active project, with the plan it belongs to (for checking an imported form). */
export function findActiveProject(db: Kysely<DB>, projectId: number) {
  return db.selectFrom('project').select(['id', 'plan_id', 'seq']).where('id', '=', projectId).where('status', '=', 'active').executeTakeFirst();
}

/**
 * 我的待办 rows: the unit's active projects of active plans with the week's current update, if any;
 * newest plan first, then by project number.
 */
export function listTodoRows(db: Kysely<DB>, unitId: number) {
  return db
    .selectFrom('project_unit')
    .innerJoin('project', 'project.id', 'project_unit.project_id')
    .innerJoin('plan', 'plan.id', 'project.plan_id')
    .select(['project.id as projectId', 'project.seq', 'project.name', 'project.plan_id as planId', 'plan.year as planYear', 'project_unit.role'])
    .where('project_unit.unit_id', '=', unitId)
    .where('project.status', '=', 'active')
    .where('plan.status', '=', 'active')
    .orderBy('plan.year', 'desc')
    .orderBy('project.seq')
    .execute();
}

/** The current update of one week for each of some projects (the 我的待办 status of that week). */
export function listCurrentUpdatesOfWeek(db: Kysely<DB>, projectIds: number[], week: string) {
  if (projectIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('weekly_update')
    .select(['project_id as projectId', 'id as updateId', 'status', 'is_late as isLate'])
    .where('project_id', 'in', projectIds)
    .where('week', '=', week)
    .where('is_current', '=', 1)
    .execute();
}

/** Whether a plan exists. */
export async function planExists(db: Kysely<DB>, planId: number): Promise<boolean> {
  return (await db.selectFrom('plan').select('id').where('id', '=', planId).executeTakeFirst()) !== undefined;
}

/** A plan's current submitted updates waiting for review, oldest submission first, with the highest flag string of their values. */
export function listReviewQueue(db: Kysely<DB>, planId: number) {
  return db
    .selectFrom('weekly_update')
    .innerJoin('project', 'project.id', 'weekly_update.project_id')
    .select([
      'weekly_update.id as updateId',
      'project.id as projectId',
      'project.seq',
      'project.name',
      'weekly_update.week',
      'weekly_update.submitted_at as submittedAt',
      'weekly_update.is_late as isLate',
    ])
    .select((eb) =>
      eb
        .selectFrom('weekly_value')
        .select((v) => v.fn.max('flags').as('f'))
        .whereRef('weekly_value.update_id', '=', 'weekly_update.id')
        .where('weekly_value.flags', '!=', '')
        .as('flags'),
    )
    .where('project.plan_id', '=', planId)
    .where('weekly_update.status', '=', 'submitted')
    .where('weekly_update.is_current', '=', 1)
    .orderBy('weekly_update.submitted_at')
    .execute();
}
