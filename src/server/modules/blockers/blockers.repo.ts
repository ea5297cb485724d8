/** The blockers module's SQL: 堵点卡点 and their green-channel requests. Pass a transaction as `db` to read or write inside it. */
import type { Insertable, Kysely } from 'kysely';
import type { BlockerTable, DB, GreenChannelRequestTable } from '../../db/schema';
import { updateVersioned, type VersionedChanges } from '../../db/versioned-update';

/** Every column of a blocker: its detail view shows them all. */
const blockerColumns = [
  'blocker.id',
  'blocker.project_id',
  'blocker.update_id',
  'blocker.kind',
  'blocker.description',
  'blocker.needed_from',
  'blocker.raised_by',
  'blocker.raised_at',
  'blocker.status',
  'blocker.resolution',
  'blocker.resolved_at',
  'blocker.resolved_by',
  'blocker.escalated_to_leader',
  'blocker.escalated_at',
  'blocker.version',
] as const;

/** What a plan's blocker list shows of each blocker. */
const blockerSummaryColumns = ['blocker.id', 'blocker.project_id', 'blocker.kind', 'blocker.status', 'blocker.raised_at', 'blocker.resolved_at'] as const;

/** Every column of a green-channel request: its view shows them all. */
const requestColumns = [
  'green_channel_request.id',
  'green_channel_request.blocker_id',
  'green_channel_request.co_unit_id',
  'green_channel_request.request_text',
  'green_channel_request.requested_by',
  'green_channel_request.requested_at',
  'green_channel_request.due_date',
  'green_channel_request.status',
  'green_channel_request.answer',
  'green_channel_request.answered_at',
  'green_channel_request.answered_by',
  'green_channel_request.version',
] as const;

export type BlockerRecord = NonNullable<Awaited<ReturnType<typeof findBlocker>>>;
export type BlockerSummaryRecord = Awaited<ReturnType<typeof listPlanBlockerRows>>[number];
export type RequestRecord = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

// ── blockers ────────────────────────────────────────────────────────────────

/** One blocker by id, every column; undefined when there is none. */
export function findBlocker(db: Kysely<DB>, id: number) {
  return db.selectFrom('blocker').select(blockerColumns).where('blocker.id', '=', id).executeTakeFirst();
}

/** The project a blocker belongs to (its id only); undefined when the blocker is gone. */
export function findBlockerProjectId(db: Kysely<DB>, blockerId: number) {
  return db.selectFrom('blocker').select('blocker.project_id').where('blocker.id', '=', blockerId).executeTakeFirst();
}

/**
 * The blockers of a plan's projects, newest raised first (then highest id), summary columns.
 * With `visibleToUnitId`, only those of projects the unit leads and those with a green-channel request to the unit.
 */
export function listPlanBlockerRows(db: Kysely<DB>, planId: number, visibleToUnitId?: number) {
  let query = db
    .selectFrom('blocker')
    .innerJoin('project', 'project.id', 'blocker.project_id')
    .select(blockerSummaryColumns)
    .where('project.plan_id', '=', planId);
  if (visibleToUnitId !== undefined) {
    const unitId = visibleToUnitId;
    query = query.where((eb) =>
      eb.or([
        eb('blocker.project_id', 'in', eb.selectFrom('project_unit').select('project_id').where('unit_id', '=', unitId).where('role', '=', 'lead')),
        eb('blocker.id', 'in', eb.selectFrom('green_channel_request').select('blocker_id').where('co_unit_id', '=', unitId)),
      ]),
    );
  }
  return query.orderBy('blocker.raised_at', 'desc').orderBy('blocker.id', 'desc').execute();
}

/** Inserts a blocker; returns its id. */
export async function insertBlocker(db: Kysely<DB>, values: Insertable<BlockerTable>): Promise<number> {
  return (await db.insertInto('blocker').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Optimistic write of a blocker: false when the row moved on since `expectedVersion` was read, or is gone. */
export function updateBlockerRow(db: Kysely<DB>, id: number, expectedVersion: number, changes: VersionedChanges<'blocker'>): Promise<boolean> {
  return updateVersioned(db, 'blocker', id, expectedVersion, changes);
}

// ── green-channel requests ──────────────────────────────────────────────────

/** One green-channel request by id, every column; undefined when there is none. */
export function findRequest(db: Kysely<DB>, id: number) {
  return db.selectFrom('green_channel_request').select(requestColumns).where('green_channel_request.id', '=', id).executeTakeFirst();
}

/** A blocker's green-channel requests in id order, every column. */
export function listBlockerRequests(db: Kysely<DB>, blockerId: number) {
  return db
    .selectFrom('green_channel_request')
    .select(requestColumns)
    .where('green_channel_request.blocker_id', '=', blockerId)
    .orderBy('green_channel_request.id')
    .execute();
}

/** Of the given blockers, those with a green-channel request to the unit that is not yet closed (待我答复). */
export async function blockersAwaitingUnit(db: Kysely<DB>, unitId: number, blockerIds: number[]): Promise<Set<number>> {
  if (blockerIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('green_channel_request')
    .select('blocker_id')
    .where('co_unit_id', '=', unitId)
    .where('status', '!=', 'closed')
    .where('blocker_id', 'in', blockerIds)
    .execute();
  return new Set(rows.map((r) => r.blocker_id));
}

/** Inserts a green-channel request; returns its id. */
export async function insertRequest(db: Kysely<DB>, values: Insertable<GreenChannelRequestTable>): Promise<number> {
  return (await db.insertInto('green_channel_request').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Optimistic write of a green-channel request: false when the row moved on since `expectedVersion` was read, or is gone. */
export function updateRequestRow(db: Kysely<DB>, id: number, expectedVersion: number, changes: VersionedChanges<'green_channel_request'>): Promise<boolean> {
  return updateVersioned(db, 'green_channel_request', id, expectedVersion, changes);
}

// ── what the views need from other tables ───────────────────────────────────

/** Unit names by id, for the units given (an empty list asks nothing). */
export async function loadUnitNames(db: Kysely<DB>, unitIds: number[]): Promise<Map<number, string>> {
  const names = new Map<number, string>();
  if (unitIds.length === 0) return names;
  for (const u of await db.selectFrom('unit').select(['id', 'name']).where('id', 'in', unitIds).execute()) names.set(u.id, u.name);
  return names;
}

/** The project a blocker belongs to, as its detail view names it; throws when the project is gone. */
export function findBlockerProject(db: Kysely<DB>, projectId: number) {
  return db.selectFrom('project').select(['id', 'seq', 'name', 'plan_id']).where('id', '=', projectId).executeTakeFirstOrThrow();
}

/** The project a weekly update belongs to (id and project id); undefined when there is no such update. */
export function findWeeklyUpdateProject(db: Kysely<DB>, updateId: number) {
  return db.selectFrom('weekly_update').select(['id', 'project_id']).where('id', '=', updateId).executeTakeFirst();
}
