import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, MilestoneTable, TargetTable } from '../../db/schema';
import { deleteVersioned, updateVersioned } from '../../db/versioned-update';

const now = () => new Date().toISOString();

/**
 * Every column of a target, in table order: the view shows nearly all of them, and a revision snapshot and a
 * deletion's audit row keep the whole row (the compiler checks the list against TargetRow where a full row is needed).
 */
const targetColumns = [
  'target.id',
  'target.project_id',
  'target.parent_id',
  'target.seq',
  'target.label',
  'target.value',
  'target.unit',
  'target.kind',
  'target.direction',
  'target.weight',
  'target.due_date',
  'target.is_min',
  'target.is_approx',
  'target.source_text',
  'target.confidence',
  'target.status',
  'target.trajectory_shape',
  'target.trajectory_json',
  'target.baseline_json',
  'target.version',
  'target.created_at',
  'target.updated_at',
] as const;

/** Every column of a milestone, in table order (same reasons as targetColumns). */
const milestoneColumns = [
  'milestone.id',
  'milestone.project_id',
  'milestone.seq',
  'milestone.title',
  'milestone.due_date',
  'milestone.source_text',
  'milestone.status',
  'milestone.baseline_json',
  'milestone.completed_at',
  'milestone.version',
  'milestone.created_at',
  'milestone.updated_at',
] as const;

/** A project's targets in display order (seq, then id). */
export function listTargetRows(db: Kysely<DB>, projectId: number) {
  return db.selectFrom('target').select(targetColumns).where('project_id', '=', projectId).orderBy('seq').orderBy('id').execute();
}

/** A project's milestones in display order (seq, then id). */
export function listMilestoneRows(db: Kysely<DB>, projectId: number) {
  return db.selectFrom('milestone').select(milestoneColumns).where('project_id', '=', projectId).orderBy('seq').orderBy('id').execute();
}

/** One target, whole row; undefined when there is none. */
export function findTargetRow(db: Kysely<DB>, id: number) {
  return db.selectFrom('target').select(targetColumns).where('id', '=', id).executeTakeFirst();
}

/** One milestone, whole row; undefined when there is none. */
export function findMilestoneRow(db: Kysely<DB>, id: number) {
  return db.selectFrom('milestone').select(milestoneColumns).where('id', '=', id).executeTakeFirst();
}

export async function insertTargetRow(db: Kysely<DB>, values: Omit<Insertable<TargetTable>, 'created_at' | 'updated_at'>): Promise<number> {
  const at = now();
  const row = await db
    .insertInto('target')
    .values({ ...values, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertMilestoneRow(db: Kysely<DB>, values: Omit<Insertable<MilestoneTable>, 'created_at' | 'updated_at'>): Promise<number> {
  const at = now();
  const row = await db
    .insertInto('milestone')
    .values({ ...values, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Optimistic update: false when the row moved on since `expectedVersion` was read. */
export async function updateTargetRow(db: Kysely<DB>, id: number, changes: Updateable<TargetTable>, expectedVersion: number): Promise<boolean> {
  return updateVersioned(db, 'target', id, expectedVersion, changes);
}

export async function updateMilestoneRow(db: Kysely<DB>, id: number, changes: Updateable<MilestoneTable>, expectedVersion: number): Promise<boolean> {
  return updateVersioned(db, 'milestone', id, expectedVersion, changes);
}

/**
 * Mark a target confirmed without a version check (the 督查室 confirming a whole project at once):
 * status 'confirmed', version + 1, updated_at = `at`.
 */
export async function markTargetConfirmed(db: Kysely<DB>, id: number, at: string): Promise<void> {
  await updateVersioned(db, 'target', id, 'any', { status: 'confirmed', updated_at: at }, { touch: false });
}

/** As markTargetConfirmed, for a milestone. */
export async function markMilestoneConfirmed(db: Kysely<DB>, id: number, at: string): Promise<void> {
  await updateVersioned(db, 'milestone', id, 'any', { status: 'confirmed', updated_at: at }, { touch: false });
}

/** The values an approved change request writes onto a target. */
export interface ApprovedTargetChange {
  label: string;
  value: number;
  unit: string;
  due_date: string;
  trajectory_shape: TargetTable['trajectory_shape'];
  trajectory_json: string;
}

/** Apply an approved change to a locked target: the new values, status 'changed', version + 1, updated_at = `at`. */
export async function applyApprovedTargetChange(db: Kysely<DB>, id: number, change: ApprovedTargetChange, at: string): Promise<void> {
  await updateVersioned(db, 'target', id, 'any', { ...change, status: 'changed', updated_at: at }, { touch: false });
}

/** Apply an approved change to a locked milestone: title and due date, status 'changed', version + 1, updated_at = `at`. */
export async function applyApprovedMilestoneChange(db: Kysely<DB>, id: number, change: { title: string; due_date: string | null }, at: string): Promise<void> {
  await updateVersioned(db, 'milestone', id, 'any', { ...change, status: 'changed', updated_at: at }, { touch: false });
}

/** Whether any target or milestone of the project is past 'proposed' (confirmed or changed by a person). */
export async function hasReviewedTargetsOrMilestones(db: Kysely<DB>, projectId: number): Promise<boolean> {
  const reviewed = await db
    .selectFrom('target')
    .select('id')
    .where('project_id', '=', projectId)
    .where('status', '!=', 'proposed')
    .unionAll(db.selectFrom('milestone').select('id').where('project_id', '=', projectId).where('status', '!=', 'proposed'))
    .executeTakeFirst();
  return Boolean(reviewed);
}

/** Delete every target, then every milestone, of a project. */
export async function deleteProjectTargetsAndMilestones(db: Kysely<DB>, projectId: number): Promise<void> {
  await db.deleteFrom('target').where('project_id', '=', projectId).execute();
  await db.deleteFrom('milestone').where('project_id', '=', projectId).execute();
}

export async function nextSeq(db: Kysely<DB>, table: 'target' | 'milestone', projectId: number): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  return Number(row?.seq ?? 0) + 1;
}

/** Keep every version of a target or milestone: the row as it is after the change. */
export async function writeRevision(db: Kysely<DB>, entity: 'target' | 'milestone', id: number, username: string, action: string): Promise<void> {
  const row = entity === 'target' ? await findTargetRow(db, id) : await findMilestoneRow(db, id);
  if (!row) return;
  await db
    .insertInto('revision')
    .values({ entity, entity_id: id, version: row.version, at: now(), username, action, snapshot_json: JSON.stringify(row) })
    .execute();
}

export function listRevisions(db: Kysely<DB>, entity: 'target' | 'milestone', id: number) {
  return db
    .selectFrom('revision')
    .select(['version', 'at', 'username', 'action', 'snapshot_json'])
    .where('entity', '=', entity)
    .where('entity_id', '=', id)
    .orderBy('id')
    .execute();
}

/** Delete a target at `expectedVersion`; false when it moved on or is gone. */
export function deleteTargetRow(db: Kysely<DB>, id: number, expectedVersion: number): Promise<boolean> {
  return deleteVersioned(db, 'target', id, expectedVersion);
}

/** Delete a milestone at `expectedVersion`; false when it moved on or is gone. */
export function deleteMilestoneRow(db: Kysely<DB>, id: number, expectedVersion: number): Promise<boolean> {
  return deleteVersioned(db, 'milestone', id, expectedVersion);
}
