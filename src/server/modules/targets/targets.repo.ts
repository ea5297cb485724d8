import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, MilestoneTable, TargetTable } from '../../db/schema';
import { updateVersioned } from '../../db/versioned-update';

const now = () => new Date().toISOString();

export function listTargetRows(db: Kysely<DB>, projectId: number) {
  return db.selectFrom('target').selectAll().where('project_id', '=', projectId).orderBy('seq').orderBy('id').execute();
}

export function listMilestoneRows(db: Kysely<DB>, projectId: number) {
  return db.selectFrom('milestone').selectAll().where('project_id', '=', projectId).orderBy('seq').orderBy('id').execute();
}

export function findTargetRow(db: Kysely<DB>, id: number) {
  return db.selectFrom('target').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findMilestoneRow(db: Kysely<DB>, id: number) {
  return db.selectFrom('milestone').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertTargetRow(db: Kysely<DB>, values: Omit<Insertable<TargetTable>, 'created_at' | 'updated_at'>): Promise<number> {
  const at = now();
  const row = await db.insertInto('target').values({ ...values, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function insertMilestoneRow(db: Kysely<DB>, values: Omit<Insertable<MilestoneTable>, 'created_at' | 'updated_at'>): Promise<number> {
  const at = now();
  const row = await db.insertInto('milestone').values({ ...values, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Optimistic update: false when the row moved on since `expectedVersion` was read. */
export async function updateTargetRow(db: Kysely<DB>, id: number, changes: Updateable<TargetTable>, expectedVersion: number): Promise<boolean> {
  return updateVersioned(db, 'target', id, expectedVersion, changes);
}

export async function updateMilestoneRow(db: Kysely<DB>, id: number, changes: Updateable<MilestoneTable>, expectedVersion: number): Promise<boolean> {
  return updateVersioned(db, 'milestone', id, expectedVersion, changes);
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
  return db.selectFrom('revision').select(['version', 'at', 'username', 'action', 'snapshot_json']).where('entity', '=', entity).where('entity_id', '=', id).orderBy('id').execute();
}
