import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { updateVersioned } from '../../db/versioned-update';

/** A plan's title, version and publication. */
export function findPlanPublication(db: Kysely<DB>, planId: number) {
  return db.selectFrom('plan').select(['id', 'title', 'version', 'published_at']).where('id', '=', planId).executeTakeFirst();
}

/** Publish (or withdraw) a plan at the expected version; false when someone changed it first. */
export function setPlanPublication(db: Kysely<DB>, planId: number, version: number, at: string | null, by: string | null): Promise<boolean> {
  return updateVersioned(db, 'plan', planId, version, { published_at: at, published_by: by });
}

/** A weekly update with what deciding its publication needs. */
export function findUpdatePublication(db: Kysely<DB>, updateId: number) {
  return db
    .selectFrom('weekly_update')
    .innerJoin('project', 'project.id', 'weekly_update.project_id')
    .select(['weekly_update.id', 'weekly_update.week', 'weekly_update.status', 'weekly_update.is_current', 'weekly_update.public_at'])
    .select(['project.id as project_id', 'project.seq', 'project.name'])
    .where('weekly_update.id', '=', updateId)
    .executeTakeFirst();
}

export async function setUpdatePublication(db: Kysely<DB>, updateId: number, at: string | null, by: string | null): Promise<void> {
  await db.updateTable('weekly_update').set({ public_at: at, public_by: by }).where('id', '=', updateId).execute();
}

/** An attachment of a weekly update with what deciding its publication needs. */
export function findAttachmentPublication(db: Kysely<DB>, attachmentId: number) {
  return db
    .selectFrom('attachment')
    .leftJoin('weekly_update', 'weekly_update.id', 'attachment.update_id')
    .select(['attachment.id', 'attachment.mime', 'attachment.file_name', 'attachment.public_at', 'attachment.project_id'])
    .select(['weekly_update.id as update_id', 'weekly_update.week'])
    .where('attachment.id', '=', attachmentId)
    .executeTakeFirst();
}

export async function setAttachmentPublication(db: Kysely<DB>, attachmentId: number, at: string | null, by: string | null): Promise<void> {
  await db.updateTable('attachment').set({ public_at: at, public_by: by }).where('id', '=', attachmentId).execute();
}
