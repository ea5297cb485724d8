import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** The issue date of a plan (the first week units are asked to report is the week it was issued). */
export function findPlanIssueDate(db: Kysely<DB>, planId: number) {
  return db.selectFrom('plan').select(['id', 'issue_date']).where('id', '=', planId).executeTakeFirst();
}

/** The reported (non-draft) current weekly updates of a plan's active projects in weeks [fromWeek, toWeek]. */
export function listReportedWeeks(db: Kysely<DB>, planId: number, fromWeek: string, toWeek: string) {
  return db
    .selectFrom('weekly_update as u')
    .innerJoin('project as p', 'p.id', 'u.project_id')
    .select(['u.project_id as projectId', 'u.week', 'u.is_late as isLate'])
    .where('p.plan_id', '=', planId)
    .where('p.status', '=', 'active')
    .where('u.is_current', '=', 1)
    .where('u.status', '!=', 'draft')
    .where('u.week', '>=', fromWeek)
    .where('u.week', '<=', toWeek)
    .execute();
}

/** Blockers of a plan's active projects that are open or in progress and were raised before `beforeIso`, oldest first. */
export function listOpenBlockers(db: Kysely<DB>, planId: number, beforeIso: string) {
  return db
    .selectFrom('blocker as b')
    .innerJoin('project as p', 'p.id', 'b.project_id')
    .select([
      'b.id',
      'b.project_id as projectId',
      'p.name as projectName',
      'b.description',
      'b.status',
      'b.escalated_to_leader as escalated',
      'b.raised_at as raisedAt',
    ])
    .where('p.plan_id', '=', planId)
    .where('p.status', '=', 'active')
    .where('b.status', 'in', ['open', 'in_progress'])
    .where('b.raised_at', '<', beforeIso)
    .orderBy('b.raised_at')
    .execute();
}

/** Open 交办事项 of a plan's meetings whose deadline is before `day`, earliest deadline first. */
export function listOverdueActionItems(db: Kysely<DB>, planId: number, day: string) {
  return db
    .selectFrom('action_item as a')
    .innerJoin('meeting as m', 'm.id', 'a.meeting_id')
    .innerJoin('unit', 'unit.id', 'a.owner_unit_id')
    .select(['a.id', 'a.meeting_id as meetingId', 'a.project_id as projectId', 'a.title', 'a.deadline', 'unit.name as ownerUnitName'])
    .where('m.plan_id', '=', planId)
    .where('a.status', '=', 'open')
    .where('a.deadline', '<', day)
    .orderBy('a.deadline')
    .execute();
}
