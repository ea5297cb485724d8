import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** Plans the 督查室 published, newest year first, with their count of active projects. */
export function listPublishedPlanRows(db: Kysely<DB>) {
  return db
    .selectFrom('plan')
    .select(['plan.id', 'plan.title', 'plan.year', 'plan.doc_number', 'plan.issuer', 'plan.published_at', 'plan.ledger_end_date'])
    .select((eb) =>
      eb
        .selectFrom('project')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('project.plan_id', '=', 'plan.id')
        .where('project.status', '=', 'active')
        .as('project_count'),
    )
    .where('plan.published_at', 'is not', null)
    .orderBy('plan.year', 'desc')
    .orderBy('plan.id', 'desc')
    .execute();
}

export type PublishedPlanRow = Awaited<ReturnType<typeof listPublishedPlanRows>>[number];

/** One published plan; undefined when it does not exist or is not published. */
export async function findPublishedPlanRow(db: Kysely<DB>, planId: number): Promise<PublishedPlanRow | undefined> {
  return (await listPublishedPlanRows(db)).find((p) => p.id === planId);
}

/** An active project of a published plan; undefined otherwise (the public never learns unpublished ones exist). */
export function findPublicProjectRow(db: Kysely<DB>, projectId: number) {
  return db
    .selectFrom('project')
    .innerJoin('plan', 'plan.id', 'project.plan_id')
    .select(['project.id', 'project.plan_id', 'project.content'])
    .where('project.id', '=', projectId)
    .where('project.status', '=', 'active')
    .where('plan.published_at', 'is not', null)
    .executeTakeFirst();
}

/** Category and deadline of a plan's active projects. */
export function listProjectFacts(db: Kysely<DB>, planId: number) {
  return db.selectFrom('project').select(['id', 'category', 'deadline']).where('plan_id', '=', planId).where('status', '=', 'active').execute();
}

/** Per project of the plan: the weeks of its accepted current updates with the day each was submitted. */
export function listAcceptedUpdateDays(db: Kysely<DB>, planId: number) {
  return db
    .selectFrom('weekly_update')
    .innerJoin('project', 'project.id', 'weekly_update.project_id')
    .select(['weekly_update.project_id', 'weekly_update.week', 'weekly_update.submitted_at'])
    .where('project.plan_id', '=', planId)
    .where('weekly_update.is_current', '=', 1)
    .where('weekly_update.status', '=', 'accepted')
    .execute();
}

/** Approved changes of a project's targets and milestones, oldest first, with what they changed. */
export function listApprovedChanges(db: Kysely<DB>, projectId: number) {
  return db
    .selectFrom('change_request')
    .leftJoin('target', 'target.id', 'change_request.target_id')
    .leftJoin('milestone', 'milestone.id', 'change_request.milestone_id')
    .select(['change_request.id', 'change_request.before_json', 'change_request.after_json', 'change_request.reason', 'change_request.decided_at'])
    .select(['target.label as target_label', 'target.unit as target_unit', 'milestone.title as milestone_title'])
    .where('change_request.project_id', '=', projectId)
    .where('change_request.status', '=', 'approved')
    .orderBy('change_request.decided_at')
    .orderBy('change_request.id')
    .execute();
}

/** The accepted current updates of a project that the 督查室 published, newest week first. */
export function listPublicUpdates(db: Kysely<DB>, projectId: number) {
  return db
    .selectFrom('weekly_update')
    .select(['id', 'week', 'progress_text', 'public_at'])
    .where('project_id', '=', projectId)
    .where('is_current', '=', 1)
    .where('status', '=', 'accepted')
    .where('public_at', 'is not', null)
    .orderBy('week', 'desc')
    .execute();
}

/** Published images of published updates. */
export function listPublicPhotos(db: Kysely<DB>, updateIds: number[]) {
  if (updateIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('attachment')
    .select(['id', 'update_id'])
    .where('update_id', 'in', updateIds)
    .where('public_at', 'is not', null)
    .where('mime', 'like', 'image/%')
    .orderBy('id')
    .execute();
}

/**
 * A photo the public may fetch: published itself, attached to a published accepted current update, of an active
 * project of a published plan. Undefined for anything else (a guessed id of an unpublished photo is simply absent).
 */
export function findPublicPhoto(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('attachment')
    .innerJoin('weekly_update', 'weekly_update.id', 'attachment.update_id')
    .innerJoin('project', 'project.id', 'weekly_update.project_id')
    .innerJoin('plan', 'plan.id', 'project.plan_id')
    .select(['attachment.id', 'attachment.storage_key', 'attachment.thumb_key', 'attachment.mime'])
    .where('attachment.id', '=', id)
    .where('attachment.public_at', 'is not', null)
    .where('attachment.mime', 'like', 'image/%')
    .where('weekly_update.public_at', 'is not', null)
    .where('weekly_update.status', '=', 'accepted')
    .where('weekly_update.is_current', '=', 1)
    .where('project.status', '=', 'active')
    .where('plan.published_at', 'is not', null)
    .executeTakeFirst();
}
