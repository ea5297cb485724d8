/** What the reminder job reads: active plans, their projects' lead units, what was submitted, open dated items. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { rhythmColumns } from '../plans/plan-rhythm';

/** Active plans with their year and rhythm columns. */
export function listActivePlansForReminders(db: Kysely<DB>) {
  return db
    .selectFrom('plan')
    .select(['plan.id', 'plan.year', ...rhythmColumns])
    .where('plan.status', '=', 'active')
    .orderBy('plan.id')
    .execute();
}

/** The active projects of a plan with their lead unit(s). */
export function listLeadUnitsOfPlan(db: Kysely<DB>, planId: number) {
  return db
    .selectFrom('project')
    .innerJoin('project_unit', 'project_unit.project_id', 'project.id')
    .select(['project.id', 'project.seq', 'project.name', 'project_unit.unit_id'])
    .where('project.plan_id', '=', planId)
    .where('project.status', '=', 'active')
    .where('project_unit.role', '=', 'lead')
    .orderBy('project.id')
    .execute();
}

/** (project, week) pairs whose current update is submitted or accepted. */
export async function listSubmittedWeeks(db: Kysely<DB>, projectIds: number[], weeks: string[]): Promise<Set<string>> {
  if (!projectIds.length || !weeks.length) return new Set();
  const rows = await db
    .selectFrom('weekly_update')
    .select(['project_id', 'week'])
    .where('project_id', 'in', projectIds)
    .where('week', 'in', weeks)
    .where('is_current', '=', 1)
    .where('status', 'in', ['submitted', 'accepted'])
    .execute();
  return new Set(rows.map((r) => `${r.project_id}:${r.week}`));
}

/** (project, month) pairs whose 月报 is submitted or accepted. */
export async function listSubmittedMonths(db: Kysely<DB>, projectIds: number[], months: string[]): Promise<Set<string>> {
  if (!projectIds.length || !months.length) return new Set();
  const rows = await db
    .selectFrom('monthly_report')
    .select(['project_id', 'month'])
    .where('project_id', 'in', projectIds)
    .where('month', 'in', months)
    .where('status', 'in', ['submitted', 'accepted'])
    .execute();
  return new Set(rows.map((r) => `${r.project_id}:${r.month}`));
}

/** Open 交办事项 of a plan's projects with a deadline up to `until`. */
export function listOpenActionItems(db: Kysely<DB>, planId: number, until: string) {
  return db
    .selectFrom('action_item')
    .innerJoin('meeting', 'meeting.id', 'action_item.meeting_id')
    .select(['action_item.id', 'action_item.project_id', 'action_item.owner_unit_id', 'action_item.title', 'action_item.deadline'])
    .where('meeting.plan_id', '=', planId)
    .where('action_item.status', '=', 'open')
    .where('action_item.deadline', '<=', until)
    .orderBy('action_item.id')
    .execute();
}

/** Unanswered 绿色通道 requests of a plan's projects due up to `until`. */
export function listOpenGreenChannelRequests(db: Kysely<DB>, planId: number, until: string) {
  return db
    .selectFrom('green_channel_request')
    .innerJoin('blocker', 'blocker.id', 'green_channel_request.blocker_id')
    .innerJoin('project', 'project.id', 'blocker.project_id')
    .select([
      'green_channel_request.id',
      'green_channel_request.co_unit_id',
      'green_channel_request.due_date',
      'project.id as project_id',
      'project.seq',
      'project.name',
    ])
    .where('project.plan_id', '=', planId)
    .where('green_channel_request.status', 'in', ['requested', 'accepted'])
    .where('green_channel_request.due_date', '<=', until)
    .orderBy('green_channel_request.id')
    .execute();
}
