/** The 督办单 module's SQL: notices, their timeline events and evidence files. Pass a transaction as `db` to read or write inside it. */
import type { Insertable, Kysely } from 'kysely';
import type { DB, SupervisionNoticeAttachmentTable, SupervisionNoticeEventTable, SupervisionNoticeStatus, SupervisionNoticeTable } from '../../db/schema';
import { updateVersioned, type VersionedChanges } from '../../db/versioned-update';

/** Every column of a notice with its project's number and name and the addressed unit's name. */
const noticeColumns = [
  'supervision_notice.id',
  'supervision_notice.plan_id',
  'supervision_notice.project_id',
  'supervision_notice.blocker_id',
  'supervision_notice.unit_id',
  'supervision_notice.year',
  'supervision_notice.seq',
  'supervision_notice.subject',
  'supervision_notice.problem',
  'supervision_notice.requirement',
  'supervision_notice.deadline',
  'supervision_notice.status',
  'supervision_notice.issued_by',
  'supervision_notice.issued_at',
  'supervision_notice.signed_by',
  'supervision_notice.signed_at',
  'supervision_notice.response',
  'supervision_notice.evidence',
  'supervision_notice.responded_by',
  'supervision_notice.responded_at',
  'supervision_notice.review_comment',
  'supervision_notice.reviewed_by',
  'supervision_notice.reviewed_at',
  'supervision_notice.escalated',
  'supervision_notice.escalated_at',
  'supervision_notice.version',
  'project.seq as project_seq',
  'project.name as project_name',
  'unit.name as unit_name',
] as const;

const attachmentColumns = [
  'supervision_notice_attachment.id',
  'supervision_notice_attachment.notice_id',
  'supervision_notice_attachment.storage_key',
  'supervision_notice_attachment.thumb_key',
  'supervision_notice_attachment.file_name',
  'supervision_notice_attachment.mime',
  'supervision_notice_attachment.size',
  'supervision_notice_attachment.uploaded_by',
  'supervision_notice_attachment.created_at',
] as const;

export type NoticeRecord = NonNullable<Awaited<ReturnType<typeof findNotice>>>;
export type NoticeAttachmentRecord = NonNullable<Awaited<ReturnType<typeof findNoticeAttachment>>>;

const noticesWithNames = (db: Kysely<DB>) =>
  db
    .selectFrom('supervision_notice')
    .innerJoin('project', 'project.id', 'supervision_notice.project_id')
    .innerJoin('unit', 'unit.id', 'supervision_notice.unit_id')
    .select(noticeColumns);

/** One notice by id; undefined when there is none. */
export function findNotice(db: Kysely<DB>, id: number) {
  return noticesWithNames(db).where('supervision_notice.id', '=', id).executeTakeFirst();
}

/** A plan's notices, newest number first; optionally of one unit, of one project and in some states. */
export function listPlanNoticeRows(db: Kysely<DB>, planId: number, filter: { unitId?: number; projectId?: number; statuses?: SupervisionNoticeStatus[] } = {}) {
  let query = noticesWithNames(db).where('supervision_notice.plan_id', '=', planId);
  if (filter.unitId !== undefined) query = query.where('supervision_notice.unit_id', '=', filter.unitId);
  if (filter.projectId !== undefined) query = query.where('supervision_notice.project_id', '=', filter.projectId);
  if (filter.statuses) query = query.where('supervision_notice.status', 'in', filter.statuses);
  return query.orderBy('supervision_notice.year', 'desc').orderBy('supervision_notice.seq', 'desc').execute();
}

/**
 * Notices past their deadline (before `today`), not responded yet and not escalated, of plans whose year is not
 * over as of `today` (a finished year's plan, or one whose 台账截止日 passed, is no longer chased).
 */
export function listOverdueUnescalated(db: Kysely<DB>, today: string) {
  return db
    .selectFrom('supervision_notice')
    .innerJoin('plan', 'plan.id', 'supervision_notice.plan_id')
    .select([
      'supervision_notice.id',
      'supervision_notice.year',
      'supervision_notice.seq',
      'supervision_notice.deadline',
      'supervision_notice.status',
      'supervision_notice.version',
      'supervision_notice.plan_id',
      'supervision_notice.project_id',
      'supervision_notice.unit_id',
      'supervision_notice.subject',
    ])
    .where('supervision_notice.deadline', '<', today)
    .where('supervision_notice.status', 'in', ['issued', 'signed', 'returned'])
    .where('supervision_notice.escalated', '=', 0)
    .where('plan.year', '>=', Number(today.slice(0, 4)))
    .where((eb) => eb.or([eb('plan.ledger_end_date', 'is', null), eb('plan.ledger_end_date', '>=', today)]))
    .orderBy('supervision_notice.id')
    .execute();
}

/** The next number of a year's notices (1 for the first). */
export async function nextNoticeSeq(db: Kysely<DB>, year: number): Promise<number> {
  const row = await db
    .selectFrom('supervision_notice')
    .select((eb) => eb.fn.max('seq').as('max'))
    .where('year', '=', year)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

/** Inserts a notice; returns its id. */
export async function insertNotice(db: Kysely<DB>, values: Insertable<SupervisionNoticeTable>): Promise<number> {
  return (await db.insertInto('supervision_notice').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Optimistic write of a notice: false when the row moved on since `expectedVersion`, or is gone. */
export function updateNoticeRow(
  db: Kysely<DB>,
  id: number,
  expectedVersion: number | 'any',
  changes: VersionedChanges<'supervision_notice'>,
): Promise<boolean> {
  return updateVersioned(db, 'supervision_notice', id, expectedVersion, changes);
}

// ── timeline ────────────────────────────────────────────────────────────────

export async function insertNoticeEvent(db: Kysely<DB>, values: Insertable<SupervisionNoticeEventTable>): Promise<void> {
  await db.insertInto('supervision_notice_event').values(values).execute();
}

/** A notice's steps, oldest first. */
export function listNoticeEvents(db: Kysely<DB>, noticeId: number) {
  return db
    .selectFrom('supervision_notice_event')
    .select(['id', 'action', 'actor', 'at', 'text'])
    .where('notice_id', '=', noticeId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

// ── evidence files ──────────────────────────────────────────────────────────

export async function insertNoticeAttachment(db: Kysely<DB>, values: Insertable<SupervisionNoticeAttachmentTable>): Promise<number> {
  return (await db.insertInto('supervision_notice_attachment').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export function findNoticeAttachment(db: Kysely<DB>, id: number) {
  return db.selectFrom('supervision_notice_attachment').select(attachmentColumns).where('supervision_notice_attachment.id', '=', id).executeTakeFirst();
}

export function listNoticeAttachments(db: Kysely<DB>, noticeId: number) {
  return db
    .selectFrom('supervision_notice_attachment')
    .select(attachmentColumns)
    .where('supervision_notice_attachment.notice_id', '=', noticeId)
    .orderBy('supervision_notice_attachment.id')
    .execute();
}

export async function deleteNoticeAttachmentRow(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('supervision_notice_attachment').where('id', '=', id).execute();
}

// ── what issuing needs from other tables ────────────────────────────────────

/** An active project as a notice names it; undefined when there is none. */
export function findNoticeProject(db: Kysely<DB>, projectId: number) {
  return db.selectFrom('project').select(['id', 'plan_id', 'seq', 'name']).where('id', '=', projectId).where('status', '=', 'active').executeTakeFirst();
}

/** A blocker as a notice names it; undefined when there is none. */
export function findNoticeBlocker(db: Kysely<DB>, blockerId: number) {
  return db.selectFrom('blocker').select(['id', 'project_id', 'description']).where('id', '=', blockerId).executeTakeFirst();
}

/** A plan's year; undefined when there is no such plan. */
export function findNoticePlan(db: Kysely<DB>, planId: number) {
  return db.selectFrom('plan').select(['id', 'year']).where('id', '=', planId).executeTakeFirst();
}

/** Who hears of an overdue notice besides the 督查室: the unit's 负责人 (unit_manager) and the project's 包保领导. */
export async function listEscalationRecipientIds(db: Kysely<DB>, unitId: number, projectId: number): Promise<number[]> {
  const managers = await db.selectFrom('user').select('id').where('unit_id', '=', unitId).where('role', '=', 'unit_manager').execute();
  const leaders = await db.selectFrom('project_leader').select('user_id as id').where('project_id', '=', projectId).execute();
  return [...new Set([...managers, ...leaders].map((r) => r.id))];
}
