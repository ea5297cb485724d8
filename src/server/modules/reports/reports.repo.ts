import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, MonthlyReportTable } from '../../db/schema';
import { updateVersioned } from '../../db/versioned-update';
import { latestActuals } from '../weekly/weekly.repo';

/** The columns of a monthly report that the service and its view read. */
const REPORT_COLUMNS = [
  'id',
  'project_id',
  'month',
  'status',
  'progress_text',
  'problems_text',
  'next_plan_text',
  'values_json',
  'photo_ids_json',
  'submitted_at',
  'submitted_by',
  'is_late',
  'reviewed_at',
  'reviewed_by',
  'review_comment',
  'version',
] as const;

/** One monthly report by id. */
export function findReport(db: Kysely<DB>, id: number) {
  return db.selectFrom('monthly_report').select(REPORT_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** A monthly report as the service reads it. */
export type MonthlyReportRow = NonNullable<Awaited<ReturnType<typeof findReport>>>;

/** A project's report of a month, if saved. */
export function findProjectMonth(db: Kysely<DB>, projectId: number, month: string): Promise<MonthlyReportRow | undefined> {
  return db.selectFrom('monthly_report').select(REPORT_COLUMNS).where('project_id', '=', projectId).where('month', '=', month).executeTakeFirst();
}

/** Insert a monthly report. */
export async function insertReport(db: Kysely<DB>, values: Insertable<MonthlyReportTable>): Promise<void> {
  await db.insertInto('monthly_report').values(values).execute();
}

/** Optimistic write: false when the report changed since `expectedVersion` was read. */
export function updateReport(db: Kysely<DB>, id: number, changes: Updateable<MonthlyReportTable>, expectedVersion: number): Promise<boolean> {
  return updateVersioned(db, 'monthly_report', id, expectedVersion, changes);
}

/** The project's accepted current weekly updates of some weeks (none when no weeks), oldest week first, with their texts. */
export function listAcceptedWeeks(db: Kysely<DB>, projectId: number, weeks: string[]) {
  if (weeks.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('weekly_update')
    .select(['id', 'week', 'progress_text', 'problems_text', 'next_steps_text'])
    .where('project_id', '=', projectId)
    .where('status', '=', 'accepted')
    .where('is_current', '=', 1)
    .where('week', 'in', weeks)
    .orderBy('week')
    .execute();
}

/** A project's targets by number, with what a month-end value against the trajectory needs. */
export function listReportTargets(db: Kysely<DB>, projectId: number) {
  return db
    .selectFrom('target')
    .select(['id', 'label', 'unit', 'value', 'kind', 'trajectory_json', 'due_date'])
    .where('project_id', '=', projectId)
    .orderBy('seq')
    .execute();
}

/** The latest accepted cumulative actual of each of a project's targets up to a week (a later revision of a week wins). */
export function acceptedActualsUpTo(db: Kysely<DB>, projectId: number, uptoWeek: string): Promise<Map<number, number>> {
  return latestActuals(db, projectId, ['accepted'], { upTo: uptoWeek });
}

/** Image attachments of the project's accepted current weekly updates of some weeks (none when no weeks), newest first. */
export function listAcceptedWeekImages(db: Kysely<DB>, projectId: number, weeks: string[]) {
  if (weeks.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('attachment')
    .innerJoin('weekly_update', 'weekly_update.id', 'attachment.update_id')
    .select(['attachment.id', 'attachment.file_name', 'attachment.mime', 'attachment.size', 'attachment.thumb_key', 'weekly_update.week'])
    .where('attachment.project_id', '=', projectId)
    .where('weekly_update.project_id', '=', projectId)
    .where('weekly_update.status', '=', 'accepted')
    .where('weekly_update.is_current', '=', 1)
    .where('weekly_update.week', 'in', weeks)
    .where('attachment.mime', 'like', 'image/%')
    .orderBy('weekly_update.week', 'desc')
    .orderBy('attachment.id', 'desc')
    .execute();
}

/** Some of a project's attachments by id (none when no ids), with the week and status of the update they belong to, if any. */
export function listProjectAttachmentsByIds(db: Kysely<DB>, projectId: number, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('attachment')
    .leftJoin('weekly_update', 'weekly_update.id', 'attachment.update_id')
    .select([
      'attachment.id',
      'attachment.file_name',
      'attachment.mime',
      'attachment.size',
      'attachment.thumb_key',
      'weekly_update.week',
      'weekly_update.status',
    ])
    .where('attachment.project_id', '=', projectId)
    .where('attachment.id', 'in', ids)
    .execute();
}
