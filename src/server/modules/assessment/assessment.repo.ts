import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** The saved rubric of a plan (none: the plan is scored with the default rubric). */
export function findRubric(db: Kysely<DB>, planId: number) {
  return db.selectFrom('assessment_rubric').select(['id', 'plan_id', 'criteria_json', 'version']).where('plan_id', '=', planId).executeTakeFirst();
}

export async function insertRubric(db: Kysely<DB>, planId: number, criteriaJson: string, by: string, at: string): Promise<number> {
  const row = await db
    .insertInto('assessment_rubric')
    .values({ plan_id: planId, criteria_json: criteriaJson, updated_by: by, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The plan's year, title and issue date. */
export function findPlanForAssessment(db: Kysely<DB>, planId: number) {
  return db.selectFrom('plan').select(['id', 'title', 'year', 'issue_date', 'ledger_end_date']).where('id', '=', planId).executeTakeFirst();
}

/** Reported (non-draft) current weekly updates of a plan's active projects in weeks [fromWeek, toWeek]. */
export function listReportedUpdates(db: Kysely<DB>, planId: number, fromWeek: string, toWeek: string) {
  return db
    .selectFrom('weekly_update as u')
    .innerJoin('project as p', 'p.id', 'u.project_id')
    .select(['u.id', 'u.project_id as projectId', 'u.week', 'u.is_late as isLate', 'u.status'])
    .where('p.plan_id', '=', planId)
    .where('p.status', '=', 'active')
    .where('u.is_current', '=', 1)
    .where('u.status', '!=', 'draft')
    .where('u.week', '>=', fromWeek)
    .where('u.week', '<=', toWeek)
    .execute();
}

/** Ids of weekly updates the 督查室 ever returned (退回), from the audit trail. */
export async function returnedUpdateIds(db: Kysely<DB>, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('audit_log')
    .select('entity_id')
    .where('entity', '=', 'weekly_update')
    .where('action', '=', 'return')
    .where(
      'entity_id',
      'in',
      ids.map((id) => String(id)),
    )
    .execute();
  return new Set(rows.map((r) => Number(r.entity_id)));
}

/** 督办单 of a plan (not withdrawn) with their addressed unit, deadline and closing time. */
export function listNoticesForAssessment(db: Kysely<DB>, planId: number) {
  return db
    .selectFrom('supervision_notice')
    .select(['id', 'unit_id as unitId', 'year', 'seq', 'deadline', 'status', 'responded_at as respondedAt'])
    .where('plan_id', '=', planId)
    .execute();
}

/** Blockers of a plan's active projects with when they were raised and resolved. */
export function listBlockersForAssessment(db: Kysely<DB>, planId: number) {
  return db
    .selectFrom('blocker as b')
    .innerJoin('project as p', 'p.id', 'b.project_id')
    .select(['b.id', 'b.project_id as projectId', 'p.seq', 'b.raised_at as raisedAt', 'b.resolved_at as resolvedAt'])
    .where('p.plan_id', '=', planId)
    .where('p.status', '=', 'active')
    .execute();
}

/** Rectification requests of a plan's inspections with their unit, deadline and closing time. */
export function listRectificationsForAssessment(db: Kysely<DB>, planId: number) {
  return db
    .selectFrom('rectification as r')
    .innerJoin('project as p', 'p.id', 'r.project_id')
    .select(['r.id', 'r.unit_id as unitId', 'p.seq', 'r.deadline', 'r.status', 'r.responded_at as respondedAt'])
    .where('p.plan_id', '=', planId)
    .execute();
}
