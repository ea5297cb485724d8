import type { Insertable, Kysely } from 'kysely';
import type { ActionItemTable, DB, MeetingAttachmentTable, MeetingTable } from '../../db/schema';
import { updateVersioned, type VersionedChanges } from '../../db/versioned-update';

/** The SQL of the meetings module: meetings, their projects, action items and files. Pass a transaction as `db` to write inside it. */

/** What the views and access rules read of a meeting (all but updated_at). */
const meetingColumns = ['id', 'plan_id', 'kind', 'date', 'host', 'host_unit_id', 'attendees', 'minutes', 'created_by', 'created_at', 'version'] as const;

export function findMeeting(db: Kysely<DB>, id: number) {
  return db.selectFrom('meeting').select(meetingColumns).where('id', '=', id).executeTakeFirst();
}

/** A plan's meetings, the latest date first. */
export function listMeetingRows(db: Kysely<DB>, planId: number) {
  return db.selectFrom('meeting').select(meetingColumns).where('plan_id', '=', planId).orderBy('date', 'desc').orderBy('id', 'desc').execute();
}

/** Whether a plan exists. */
export async function planRowExists(db: Kysely<DB>, planId: number): Promise<boolean> {
  return (await db.selectFrom('plan').select('id').where('id', '=', planId).executeTakeFirst()) !== undefined;
}

/** The active ones among projects (none asked, none read), with their plan, 序号 and name. */
export function activeProjectsByIds(db: Kysely<DB>, projectIds: number[]) {
  if (projectIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('project').select(['id', 'plan_id', 'seq', 'name']).where('id', 'in', projectIds).where('status', '=', 'active').execute();
}

/** The ids of a plan's active projects, by 序号: those a topic meeting may discuss. */
export async function activeProjectIdsOfPlan(db: Kysely<DB>, planId: number): Promise<number[]> {
  return (await db.selectFrom('project').select('id').where('plan_id', '=', planId).where('status', '=', 'active').orderBy('seq').execute()).map((r) => r.id);
}

/** The ids of a plan's active projects a unit leads (主办), by 序号: those its weekly meeting may discuss. */
export async function activeProjectIdsLedByUnit(db: Kysely<DB>, planId: number, unitId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('project')
    .innerJoin('project_unit', 'project_unit.project_id', 'project.id')
    .select('project.id')
    .where('project.plan_id', '=', planId)
    .where('project.status', '=', 'active')
    .where('project_unit.unit_id', '=', unitId)
    .where('project_unit.role', '=', 'lead')
    .orderBy('project.seq')
    .execute();
  return rows.map((r) => r.id);
}

/** The ids among `unitIds` (non-empty) that are units. */
export async function existingUnitIds(db: Kysely<DB>, unitIds: number[]): Promise<number[]> {
  return (await db.selectFrom('unit').select('id').where('id', 'in', unitIds).execute()).map((u) => u.id);
}

/** Insert a meeting with the projects it discussed and its action items; the meeting's id. Run it in a transaction. */
export async function insertMeeting(
  db: Kysely<DB>,
  meeting: Insertable<MeetingTable>,
  projectIds: number[],
  actionItems: Omit<Insertable<ActionItemTable>, 'meeting_id'>[],
): Promise<number> {
  const row = await db.insertInto('meeting').values(meeting).returning('id').executeTakeFirstOrThrow();
  if (projectIds.length)
    await db
      .insertInto('meeting_project')
      .values(projectIds.map((project_id) => ({ meeting_id: row.id, project_id })))
      .execute();
  if (actionItems.length)
    await db
      .insertInto('action_item')
      .values(actionItems.map((i) => ({ ...i, meeting_id: row.id })))
      .execute();
  return row.id;
}

/** The meetings among `meetingIds` (non-empty) with an action item owned by the unit. */
export async function meetingIdsWithItemsOfUnit(db: Kysely<DB>, meetingIds: number[], unitId: number): Promise<number[]> {
  return (await db.selectFrom('action_item').select('meeting_id').where('meeting_id', 'in', meetingIds).where('owner_unit_id', '=', unitId).execute()).map(
    (r) => r.meeting_id,
  );
}

/** The meetings among `meetingIds` (non-empty) that discussed a project the unit works on (lead or co). */
export async function meetingIdsWithProjectsOfUnit(db: Kysely<DB>, meetingIds: number[], unitId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('meeting_project')
    .innerJoin('project_unit', 'project_unit.project_id', 'meeting_project.project_id')
    .select('meeting_project.meeting_id')
    .where('meeting_project.meeting_id', 'in', meetingIds)
    .where('project_unit.unit_id', '=', unitId)
    .execute();
  return rows.map((r) => r.meeting_id);
}

export async function meetingProjects(db: Kysely<DB>, meetingIds: number[]): Promise<Map<number, number[]>> {
  const map = new Map<number, number[]>();
  if (meetingIds.length === 0) return map;
  const rows = await db
    .selectFrom('meeting_project')
    .select(['meeting_id', 'project_id'])
    .where('meeting_id', 'in', meetingIds)
    .orderBy('project_id')
    .execute();
  for (const r of rows) map.set(r.meeting_id, [...(map.get(r.meeting_id) ?? []), r.project_id]);
  return map;
}

const itemColumns = [
  'action_item.id',
  'action_item.meeting_id',
  'action_item.project_id',
  'action_item.owner_unit_id',
  'unit.name as owner_unit_name',
  'project.seq as project_seq',
  'project.name as project_name',
  'action_item.title',
  'action_item.deadline',
  'action_item.status',
  'action_item.closing_evidence',
  'action_item.closed_at',
  'action_item.closed_by',
  'action_item.version',
] as const;

export function actionItemsOfMeetings(db: Kysely<DB>, meetingIds: number[]) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('action_item')
    .innerJoin('unit', 'unit.id', 'action_item.owner_unit_id')
    .leftJoin('project', 'project.id', 'action_item.project_id')
    .select(itemColumns)
    .where('action_item.meeting_id', 'in', meetingIds)
    .orderBy('action_item.id')
    .execute();
}

export function findActionItem(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('action_item')
    .innerJoin('unit', 'unit.id', 'action_item.owner_unit_id')
    .leftJoin('project', 'project.id', 'action_item.project_id')
    .select(itemColumns)
    .where('action_item.id', '=', id)
    .executeTakeFirst();
}

export function actionItemsOfUnit(db: Kysely<DB>, unitId: number) {
  return db
    .selectFrom('action_item')
    .innerJoin('unit', 'unit.id', 'action_item.owner_unit_id')
    .leftJoin('project', 'project.id', 'action_item.project_id')
    .innerJoin('meeting', 'meeting.id', 'action_item.meeting_id')
    .select([...itemColumns, 'meeting.date as meeting_date', 'meeting.kind as meeting_kind', 'meeting.host as meeting_host', 'meeting.plan_id'])
    .where('action_item.owner_unit_id', '=', unitId)
    .orderBy('action_item.deadline')
    .orderBy('action_item.id')
    .execute();
}

export type ActionItemRow = Awaited<ReturnType<typeof actionItemsOfMeetings>>[number];

const attachmentColumns = ['id', 'meeting_id', 'storage_key', 'thumb_key', 'file_name', 'mime', 'size', 'uploaded_by', 'created_at'] as const;

export function attachmentsOfMeeting(db: Kysely<DB>, meetingId: number) {
  return db.selectFrom('meeting_attachment').select(attachmentColumns).where('meeting_id', '=', meetingId).orderBy('id').execute();
}

export function findMeetingAttachment(db: Kysely<DB>, id: number) {
  return db.selectFrom('meeting_attachment').select(attachmentColumns).where('id', '=', id).executeTakeFirst();
}

/** Insert a meeting attachment row; its id. */
export async function insertMeetingAttachment(db: Kysely<DB>, values: Insertable<MeetingAttachmentTable>): Promise<number> {
  const row = await db.insertInto('meeting_attachment').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Delete a meeting attachment row (the stored bytes are the caller's to remove). */
export async function deleteMeetingAttachmentRow(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('meeting_attachment').where('id', '=', id).execute();
}

export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

/** 办结 an open action item at `expectedVersion`; false when it moved on, is gone or is no longer open. */
export function closeActionItemRow(db: Kysely<DB>, id: number, expectedVersion: number, changes: VersionedChanges<'action_item'>): Promise<boolean> {
  return updateVersioned(db, 'action_item', id, expectedVersion, changes, { where: (eb) => eb('status', '=', 'open') });
}
