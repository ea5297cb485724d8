import type { Insertable, Kysely } from 'kysely';
import type { DB, InstructionTable, XunDigestTable } from '../../db/schema';
import { updateVersioned, type VersionedChanges } from '../../db/versioned-update';

/** The SQL of the leaders module: project leaders, 旬 digests, 批示 and the leader's portfolio. Pass a transaction as `db` to work inside it. */

// ---------------------------------------------------------------- projects and users

/** A project's id and 序号, or undefined when there is no such project. */
export function findProjectSeq(db: Kysely<DB>, projectId: number) {
  return db.selectFrom('project').select(['id', 'seq']).where('id', '=', projectId).executeTakeFirst();
}

/** Display names of users by id (none asked, none read). */
export function userDisplayNames(db: Kysely<DB>, userIds: number[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('user').select(['id', 'display_name']).where('id', 'in', userIds).execute();
}

// ---------------------------------------------------------------- 分管领导 assignment

/** The leaders assigned to a project with when they were, by user id. */
export function listProjectLeaderRows(db: Kysely<DB>, projectId: number) {
  return db
    .selectFrom('project_leader')
    .innerJoin('user', 'user.id', 'project_leader.user_id')
    .select(['user.id', 'user.username', 'user.display_name', 'project_leader.assigned_at'])
    .where('project_leader.project_id', '=', projectId)
    .orderBy('user.id')
    .execute();
}

/** The users an assignment names, with what decides whether they may be assigned (none asked, none read). */
export function findAssignableUsers(db: Kysely<DB>, userIds: number[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('user').select(['id', 'username', 'role', 'is_disabled']).where('id', 'in', userIds).execute();
}

/** The user ids of a project's leaders, in no particular order. */
export async function projectLeaderUserIds(db: Kysely<DB>, projectId: number): Promise<number[]> {
  return (await db.selectFrom('project_leader').select('user_id').where('project_id', '=', projectId).execute()).map((r) => r.user_id);
}

/** The ids of the projects a leader is assigned to. */
export async function leaderProjectIds(db: Kysely<DB>, userId: number): Promise<number[]> {
  return (await db.selectFrom('project_leader').select('project_id').where('user_id', '=', userId).execute()).map((r) => r.project_id);
}

/** Make `userIds` a project's leaders, replacing those it had; run it in a transaction. */
export async function replaceProjectLeaders(db: Kysely<DB>, projectId: number, userIds: number[], assignedBy: string, assignedAt: string): Promise<void> {
  await db.deleteFrom('project_leader').where('project_id', '=', projectId).execute();
  if (userIds.length)
    await db
      .insertInto('project_leader')
      .values(userIds.map((user_id) => ({ project_id: projectId, user_id, assigned_by: assignedBy, assigned_at: assignedAt })))
      .execute();
}

/** Active users with the leader role, by id: those who may be assigned as 分管领导. */
export function listActiveLeaderUsers(db: Kysely<DB>) {
  return db.selectFrom('user').select(['id', 'username', 'display_name']).where('role', '=', 'leader').where('is_disabled', '=', 0).orderBy('id').execute();
}

// ---------------------------------------------------------------- 旬 digests

const digestColumns = ['id', 'period_start', 'period_end', 'label', 'generated_at', 'content_json'] as const;

/** The id of a leader's digest of the 旬 starting `periodStart`, if it has been written. */
export function findDigestId(db: Kysely<DB>, userId: number, periodStart: string) {
  return db.selectFrom('xun_digest').select('id').where('user_id', '=', userId).where('period_start', '=', periodStart).executeTakeFirst();
}

/** Insert a digest unless the leader has one for that 旬 (unique user_id, period_start); the new id, or undefined when another writer was first. */
export async function insertDigestIfAbsent(db: Kysely<DB>, values: Insertable<XunDigestTable>): Promise<number | undefined> {
  const row = await db
    .insertInto('xun_digest')
    .values(values)
    .onConflict((oc) => oc.columns(['user_id', 'period_start']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** A leader's digest of the 旬 starting `periodStart`. */
export function findDigest(db: Kysely<DB>, userId: number, periodStart: string) {
  return db.selectFrom('xun_digest').select(digestColumns).where('user_id', '=', userId).where('period_start', '=', periodStart).executeTakeFirst();
}

/** A leader's digests, the newest 旬 first. */
export function listDigestRows(db: Kysely<DB>, userId: number) {
  return db.selectFrom('xun_digest').select(digestColumns).where('user_id', '=', userId).orderBy('period_start', 'desc').execute();
}

// ---------------------------------------------------------------- 批示

/** Every column of an instruction: the view shows them all. */
const instructionColumns = [
  'instruction.id',
  'instruction.project_id',
  'instruction.author_id',
  'instruction.author_username',
  'instruction.target_kind',
  'instruction.target_id',
  'instruction.text',
  'instruction.status',
  'instruction.answer',
  'instruction.evidence',
  'instruction.answered_by',
  'instruction.answered_at',
  'instruction.closed_by',
  'instruction.closed_at',
  'instruction.created_at',
  'instruction.version',
] as const;

/** The project of the weekly update or blocker an instruction is on, or undefined when there is no such row. */
export function findInstructionTarget(db: Kysely<DB>, kind: 'weekly_update' | 'blocker', targetId: number) {
  return db.selectFrom(kind).select(['id', 'project_id']).where('id', '=', targetId).executeTakeFirst();
}

/** Insert an instruction; its id. */
export async function insertInstruction(db: Kysely<DB>, values: Insertable<InstructionTable>): Promise<number> {
  const row = await db.insertInto('instruction').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export function findInstructionRow(db: Kysely<DB>, id: number) {
  return db.selectFrom('instruction').select(instructionColumns).where('id', '=', id).executeTakeFirst();
}

/** A project's instructions, the newest first. */
export function listProjectInstructionRows(db: Kysely<DB>, projectId: number) {
  return db.selectFrom('instruction').select(instructionColumns).where('project_id', '=', projectId).orderBy('id', 'desc').execute();
}

export type InstructionRow = NonNullable<Awaited<ReturnType<typeof findInstructionRow>>>;

/** Change a 批示 at `expectedVersion`; false when it moved on or is gone. */
export function updateInstructionRow(db: Kysely<DB>, id: number, expectedVersion: number, changes: VersionedChanges<'instruction'>): Promise<boolean> {
  return updateVersioned(db, 'instruction', id, expectedVersion, changes);
}

/** Whose unsettled instructions: those on projects a unit leads, those a leader wrote, or all. */
export type OpenInstructionScope = { leadUnitId: number } | { authorId: number } | 'all';

/** Instructions not yet 办结 in a scope, with their project and the author's display name; answered before open, then the newest first. */
export function listOpenInstructionRows(db: Kysely<DB>, scope: OpenInstructionScope) {
  let query = db
    .selectFrom('instruction')
    .innerJoin('project', 'project.id', 'instruction.project_id')
    .innerJoin('user', 'user.id', 'instruction.author_id')
    .select(instructionColumns)
    .select(['project.plan_id', 'project.seq', 'project.name', 'user.display_name as author_display_name'])
    .where('instruction.status', '!=', 'closed');
  if (scope !== 'all' && 'leadUnitId' in scope) {
    const unitId = scope.leadUnitId;
    query = query.where('instruction.project_id', 'in', (qb) =>
      qb.selectFrom('project_unit').select('project_unit.project_id').where('project_unit.unit_id', '=', unitId).where('project_unit.role', '=', 'lead'),
    );
  } else if (scope !== 'all') {
    query = query.where('instruction.author_id', '=', scope.authorId);
  }
  return query.orderBy('instruction.status', 'desc').orderBy('instruction.id', 'desc').execute();
}

// ---------------------------------------------------------------- portfolio

/** Active projects, all of them or those among `ids`, by plan and 序号. */
export function listActiveProjects(db: Kysely<DB>, ids?: number[]) {
  let query = db.selectFrom('project').select(['id', 'plan_id', 'seq', 'name']).where('status', '=', 'active');
  if (ids) query = query.where('id', 'in', ids);
  return query.orderBy('plan_id').orderBy('seq').execute();
}

/** Target values of the current accepted weekly updates of projects (non-empty), accepted in [fromIso, toIso); by week, then target order. */
export function acceptedValuesBetween(db: Kysely<DB>, projectIds: number[], fromIso: string, toIso: string) {
  return db
    .selectFrom('weekly_update')
    .innerJoin('weekly_value', 'weekly_value.update_id', 'weekly_update.id')
    .innerJoin('target', 'target.id', 'weekly_value.target_id')
    .select([
      'weekly_update.project_id',
      'weekly_update.id as update_id',
      'weekly_update.week',
      'weekly_update.reviewed_at',
      'target.label',
      'target.unit',
      'weekly_value.actual',
    ])
    .where('weekly_update.project_id', 'in', projectIds)
    .where('weekly_update.status', '=', 'accepted')
    .where('weekly_update.is_current', '=', 1)
    .where('weekly_update.reviewed_at', '>=', fromIso)
    .where('weekly_update.reviewed_at', '<', toIso)
    .orderBy('weekly_update.week')
    .orderBy('target.seq')
    .execute();
}

/** Blockers of projects (non-empty) raised in [fromIso, toIso), oldest first. */
export function blockersRaisedBetween(db: Kysely<DB>, projectIds: number[], fromIso: string, toIso: string) {
  return db
    .selectFrom('blocker')
    .select(['id', 'project_id', 'kind', 'description', 'status', 'raised_at'])
    .where('project_id', 'in', projectIds)
    .where('raised_at', '>=', fromIso)
    .where('raised_at', '<', toIso)
    .orderBy('raised_at')
    .execute();
}

/** Open action items of projects (non-empty) whose deadline is before `day`, with the owner unit's name; earliest deadline first. */
export function overdueActionItemsOf(db: Kysely<DB>, projectIds: number[], day: string) {
  return db
    .selectFrom('action_item')
    .innerJoin('unit', 'unit.id', 'action_item.owner_unit_id')
    .select(['action_item.id', 'action_item.project_id', 'action_item.title', 'action_item.deadline', 'action_item.meeting_id', 'unit.name as owner_unit_name'])
    .where('action_item.project_id', 'in', projectIds)
    .where('action_item.status', '=', 'open')
    .where('action_item.deadline', '<', day)
    .orderBy('action_item.deadline')
    .execute();
}

/** Project and status of the instructions not yet 办结 on projects (non-empty). */
export function unclosedInstructionsOf(db: Kysely<DB>, projectIds: number[]) {
  return db.selectFrom('instruction').select(['project_id', 'status']).where('project_id', 'in', projectIds).where('status', '!=', 'closed').execute();
}
