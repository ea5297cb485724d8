/** The inspections module's SQL: inspections, visited projects, findings, rectifications, photos. Pass a transaction as `db` to write inside it. */
import type { Insertable, Kysely } from 'kysely';
import type { DB, InspectionFindingTable, InspectionPhotoTable, InspectionTable, RectificationTable } from '../../db/schema';
import { updateVersioned, type VersionedChanges } from '../../db/versioned-update';

const inspectionColumns = [
  'inspection.id',
  'inspection.plan_id',
  'inspection.date',
  'inspection.kind',
  'inspection.inspectors',
  'inspection.summary',
  'inspection.created_by',
  'inspection.version',
] as const;

const findingColumns = [
  'inspection_finding.id',
  'inspection_finding.inspection_id',
  'inspection_finding.project_id',
  'inspection_finding.description',
  'inspection_finding.severity',
  'inspection_finding.created_by',
  'inspection_finding.created_at',
  'inspection_finding.version',
  'inspection.date as inspection_date',
  'inspection.plan_id',
] as const;

const rectificationColumns = [
  'rectification.id',
  'rectification.finding_id',
  'rectification.project_id',
  'rectification.unit_id',
  'rectification.requirement',
  'rectification.deadline',
  'rectification.status',
  'rectification.requested_by',
  'rectification.requested_at',
  'rectification.evidence',
  'rectification.responded_by',
  'rectification.responded_at',
  'rectification.review_comment',
  'rectification.reviewed_by',
  'rectification.reviewed_at',
  'rectification.return_count',
  'rectification.version',
] as const;

const photoColumns = [
  'inspection_photo.id',
  'inspection_photo.finding_id',
  'inspection_photo.rectification_id',
  'inspection_photo.project_id',
  'inspection_photo.storage_key',
  'inspection_photo.thumb_key',
  'inspection_photo.file_name',
  'inspection_photo.mime',
  'inspection_photo.size',
  'inspection_photo.lat',
  'inspection_photo.lng',
  'inspection_photo.location_source',
  'inspection_photo.uploaded_by',
  'inspection_photo.created_at',
] as const;

export type InspectionRecord = NonNullable<Awaited<ReturnType<typeof findInspection>>>;
export type FindingRecord = NonNullable<Awaited<ReturnType<typeof findFinding>>>;
export type RectificationRecord = NonNullable<Awaited<ReturnType<typeof findRectification>>>;
export type PhotoRecord = NonNullable<Awaited<ReturnType<typeof findPhoto>>>;

// ── inspections ─────────────────────────────────────────────────────────────

export function findInspection(db: Kysely<DB>, id: number) {
  return db.selectFrom('inspection').select(inspectionColumns).where('inspection.id', '=', id).executeTakeFirst();
}

/** A plan's inspections, newest first; with `unitId`, only those that visited a project the unit leads or co-operates on. */
export function listPlanInspectionRows(db: Kysely<DB>, planId: number, unitId?: number) {
  let query = db.selectFrom('inspection').select(inspectionColumns).where('inspection.plan_id', '=', planId);
  if (unitId !== undefined) {
    query = query.where('inspection.id', 'in', (eb) =>
      eb
        .selectFrom('inspection_project')
        .innerJoin('project_unit', 'project_unit.project_id', 'inspection_project.project_id')
        .select('inspection_project.inspection_id')
        .where('project_unit.unit_id', '=', unitId),
    );
  }
  return query.orderBy('inspection.date', 'desc').orderBy('inspection.id', 'desc').execute();
}

export async function insertInspection(db: Kysely<DB>, values: Insertable<InspectionTable>): Promise<number> {
  return (await db.insertInto('inspection').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export function updateInspectionRow(db: Kysely<DB>, id: number, expectedVersion: number, changes: VersionedChanges<'inspection'>): Promise<boolean> {
  return updateVersioned(db, 'inspection', id, expectedVersion, changes);
}

/** The visited projects of the given inspections, in notice order. */
export async function listInspectionProjects(db: Kysely<DB>, inspectionIds: number[]) {
  if (inspectionIds.length === 0) return [];
  return db
    .selectFrom('inspection_project')
    .innerJoin('project', 'project.id', 'inspection_project.project_id')
    .select(['inspection_project.inspection_id', 'project.id', 'project.seq', 'project.name'])
    .where('inspection_project.inspection_id', 'in', inspectionIds)
    .orderBy('project.seq')
    .execute();
}

/** Replace an inspection's visited projects. */
export async function replaceInspectionProjects(db: Kysely<DB>, inspectionId: number, projectIds: number[]): Promise<void> {
  await db.deleteFrom('inspection_project').where('inspection_id', '=', inspectionId).execute();
  if (projectIds.length > 0)
    await db
      .insertInto('inspection_project')
      .values(projectIds.map((project_id) => ({ inspection_id: inspectionId, project_id })))
      .execute();
}

/** The active projects among `ids` that belong to the plan (id, seq, name). */
export function findPlanProjects(db: Kysely<DB>, planId: number, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('project').select(['id', 'seq', 'name']).where('plan_id', '=', planId).where('status', '=', 'active').where('id', 'in', ids).execute();
}

/** A project's seq and name; throws when it is gone. */
export function findProjectOf(db: Kysely<DB>, projectId: number) {
  return db.selectFrom('project').select(['id', 'seq', 'name', 'plan_id']).where('id', '=', projectId).executeTakeFirstOrThrow();
}

// ── findings ────────────────────────────────────────────────────────────────

export function findFinding(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('inspection_finding')
    .innerJoin('inspection', 'inspection.id', 'inspection_finding.inspection_id')
    .select(findingColumns)
    .where('inspection_finding.id', '=', id)
    .executeTakeFirst();
}

/** Findings by inspection(s) or by project, oldest first. */
export function listFindingRows(db: Kysely<DB>, filter: { inspectionIds?: number[]; projectId?: number }) {
  let query = db.selectFrom('inspection_finding').innerJoin('inspection', 'inspection.id', 'inspection_finding.inspection_id').select(findingColumns);
  if (filter.inspectionIds) {
    if (filter.inspectionIds.length === 0) return Promise.resolve([]);
    query = query.where('inspection_finding.inspection_id', 'in', filter.inspectionIds);
  }
  if (filter.projectId !== undefined) query = query.where('inspection_finding.project_id', '=', filter.projectId);
  return query.orderBy('inspection.date', 'desc').orderBy('inspection_finding.id').execute();
}

export async function insertFinding(db: Kysely<DB>, values: Insertable<InspectionFindingTable>): Promise<number> {
  return (await db.insertInto('inspection_finding').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export function updateFindingRow(db: Kysely<DB>, id: number, expectedVersion: number, changes: VersionedChanges<'inspection_finding'>): Promise<boolean> {
  return updateVersioned(db, 'inspection_finding', id, expectedVersion, changes);
}

// ── rectifications ──────────────────────────────────────────────────────────

export function findRectification(db: Kysely<DB>, id: number) {
  return db.selectFrom('rectification').select(rectificationColumns).where('rectification.id', '=', id).executeTakeFirst();
}

export function listRectificationsOfFindings(db: Kysely<DB>, findingIds: number[]) {
  if (findingIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('rectification').select(rectificationColumns).where('rectification.finding_id', 'in', findingIds).execute();
}

/** Rectifications in the given states, with their finding and project; by unit when `unitId` is given; by deadline. */
export function listRectificationsForTodo(db: Kysely<DB>, statuses: ('open' | 'submitted')[], unitId?: number) {
  let query = db
    .selectFrom('rectification')
    .innerJoin('inspection_finding', 'inspection_finding.id', 'rectification.finding_id')
    .innerJoin('inspection', 'inspection.id', 'inspection_finding.inspection_id')
    .innerJoin('project', 'project.id', 'rectification.project_id')
    .select([
      ...rectificationColumns,
      'inspection.plan_id',
      'inspection.date as inspection_date',
      'inspection_finding.description as finding_description',
      'inspection_finding.severity',
      'project.seq as project_seq',
      'project.name as project_name',
    ])
    .where('rectification.status', 'in', statuses);
  if (unitId !== undefined) query = query.where('rectification.unit_id', '=', unitId);
  return query.orderBy('rectification.deadline').orderBy('rectification.id').execute();
}

export async function insertRectification(db: Kysely<DB>, values: Insertable<RectificationTable>): Promise<number> {
  return (await db.insertInto('rectification').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export function updateRectificationRow(db: Kysely<DB>, id: number, expectedVersion: number, changes: VersionedChanges<'rectification'>): Promise<boolean> {
  return updateVersioned(db, 'rectification', id, expectedVersion, changes);
}

// ── photos ──────────────────────────────────────────────────────────────────

export function findPhoto(db: Kysely<DB>, id: number) {
  return db.selectFrom('inspection_photo').select(photoColumns).where('inspection_photo.id', '=', id).executeTakeFirst();
}

export function listPhotosOfFindings(db: Kysely<DB>, findingIds: number[]) {
  if (findingIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('inspection_photo').select(photoColumns).where('inspection_photo.finding_id', 'in', findingIds).orderBy('inspection_photo.id').execute();
}

export async function insertPhoto(db: Kysely<DB>, values: Insertable<InspectionPhotoTable>): Promise<number> {
  return (await db.insertInto('inspection_photo').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function deletePhotoRow(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('inspection_photo').where('id', '=', id).execute();
}
