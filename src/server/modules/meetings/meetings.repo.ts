import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export function findMeeting(db: Kysely<DB>, id: number) {
  return db.selectFrom('meeting').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listMeetingRows(db: Kysely<DB>, planId: number) {
  return db.selectFrom('meeting').selectAll().where('plan_id', '=', planId).orderBy('date', 'desc').orderBy('id', 'desc').execute();
}

export async function meetingProjects(db: Kysely<DB>, meetingIds: number[]): Promise<Map<number, number[]>> {
  const map = new Map<number, number[]>();
  if (meetingIds.length === 0) return map;
  const rows = await db.selectFrom('meeting_project').select(['meeting_id', 'project_id']).where('meeting_id', 'in', meetingIds).orderBy('project_id').execute();
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
  return db.selectFrom('action_item').innerJoin('unit', 'unit.id', 'action_item.owner_unit_id').leftJoin('project', 'project.id', 'action_item.project_id').select(itemColumns).where('action_item.id', '=', id).executeTakeFirst();
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

export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;
