import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** Latest accepted cumulative actual of every target of a plan, as of a week (one query, grouped in SQL). */
export async function latestAcceptedActuals(db: Kysely<DB>, planId: number, uptoWeek: string): Promise<Map<number, number>> {
  const latestWeek = db
    .selectFrom('weekly_value as v2')
    .innerJoin('weekly_update as u2', 'u2.id', 'v2.update_id')
    .innerJoin('project as p2', 'p2.id', 'u2.project_id')
    .select(['v2.target_id as tid', (eb) => eb.fn.max('u2.week').as('mw')])
    .where('p2.plan_id', '=', planId)
    .where('u2.status', '=', 'accepted')
    .where('u2.week', '<=', uptoWeek)
    .where('v2.actual', 'is not', null)
    .groupBy('v2.target_id')
    .as('m');
  const rows = await db
    .selectFrom('weekly_value as v')
    .innerJoin('weekly_update as u', 'u.id', 'v.update_id')
    .innerJoin(latestWeek, (join) => join.onRef('m.tid', '=', 'v.target_id').onRef('m.mw', '=', 'u.week'))
    .select(['v.target_id', 'v.actual'])
    .where('u.status', '=', 'accepted')
    // an accepted week stays in force while its correction is drafted; a later accepted revision wins
    .orderBy('u.revision')
    .execute();
  return new Map(rows.filter((r) => r.actual !== null).map((r) => [r.target_id, r.actual as number]));
}

/** Milestones reported done (in accepted weeks) on or before a date. */
export async function completedMilestones(db: Kysely<DB>, planId: number, uptoDate: string): Promise<Set<number>> {
  const rows = await db
    .selectFrom('weekly_milestone as wm')
    .innerJoin('weekly_update as u', 'u.id', 'wm.update_id')
    .innerJoin('project as p', 'p.id', 'u.project_id')
    .select('wm.milestone_id')
    .where('p.plan_id', '=', planId)
    .where('u.status', '=', 'accepted')
    .where('wm.completed_on', 'is not', null)
    .where('wm.completed_on', '<=', uptoDate)
    .execute();
  return new Set(rows.map((r) => r.milestone_id));
}

/** The latest accepted week's texts of each project of a plan. */
export async function latestAcceptedTexts(db: Kysely<DB>, planId: number, uptoWeek: string) {
  const latest = db
    .selectFrom('weekly_update as u2')
    .innerJoin('project as p2', 'p2.id', 'u2.project_id')
    .select(['u2.project_id as pid', (eb) => eb.fn.max('u2.week').as('mw')])
    .where('p2.plan_id', '=', planId)
    .where('u2.status', '=', 'accepted')
    .where('u2.week', '<=', uptoWeek)
    .groupBy('u2.project_id')
    .as('m');
  const rows = await db
    .selectFrom('weekly_update as u')
    .innerJoin(latest, (join) => join.onRef('m.pid', '=', 'u.project_id').onRef('m.mw', '=', 'u.week'))
    .select(['u.project_id', 'u.week', 'u.progress_text', 'u.problems_text', 'u.next_steps_text'])
    .where('u.status', '=', 'accepted')
    .orderBy('u.revision')
    .execute();
  return new Map(rows.map((r) => [r.project_id, { week: r.week, progressText: r.progress_text, problemsText: r.problems_text, nextStepsText: r.next_steps_text }]));
}

/** Projects of a plan that have a report (submitted, returned or accepted) for a week. */
export async function projectsReported(db: Kysely<DB>, planId: number, week: string): Promise<Set<number>> {
  const rows = await db
    .selectFrom('weekly_update as u')
    .innerJoin('project as p', 'p.id', 'u.project_id')
    .select('u.project_id')
    .where('p.plan_id', '=', planId)
    .where('u.week', '=', week)
    .where('u.status', '!=', 'draft')
    .execute();
  return new Set(rows.map((r) => r.project_id));
}
