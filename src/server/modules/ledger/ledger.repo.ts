import type { Kysely } from 'kysely';
import { sql } from '../../db/dialect';
import type { DB } from '../../db/schema';

export interface LatestWeek {
  updateId: number;
  week: string;
  progressText: string;
  problemsText: string;
  nextStepsText: string;
}

/**
 * Each project's latest accepted week up to a week (a later accepted revision of the same week wins; an accepted
 * week stays in force while its correction is drafted). Window functions are standard SQL in both engines.
 */
export async function latestAcceptedWeeks(db: Kysely<DB>, planId: number, uptoWeek: string): Promise<Map<number, LatestWeek>> {
  const ranked = db
    .selectFrom('weekly_update as u')
    .innerJoin('project as p', 'p.id', 'u.project_id')
    .select([
      'u.id',
      'u.project_id',
      'u.week',
      'u.progress_text',
      'u.problems_text',
      'u.next_steps_text',
      sql<number>`row_number() over (partition by ${sql.ref('u.project_id')} order by ${sql.ref('u.week')} desc, ${sql.ref('u.revision')} desc)`.as('rn'),
    ])
    .where('p.plan_id', '=', planId)
    .where('u.status', '=', 'accepted')
    .where('u.week', '<=', uptoWeek)
    .as('r');
  const rows = await db.selectFrom(ranked).selectAll().where('r.rn', '=', 1).execute();
  return new Map(
    rows.map((r) => [r.project_id, { updateId: r.id, week: r.week, progressText: r.progress_text, problemsText: r.problems_text, nextStepsText: r.next_steps_text }]),
  );
}

/**
 * Latest accepted cumulative actual of every target: read from each project's latest accepted week, and only for
 * targets that week left empty, from the weeks before it (a submission needs every value, so that is rare).
 */
export async function latestAcceptedActuals(db: Kysely<DB>, planId: number, uptoWeek: string, latest: Map<number, LatestWeek>, targetIds: number[]): Promise<Map<number, number>> {
  const actuals = new Map<number, number>();
  const updateIds = [...latest.values()].map((l) => l.updateId);
  for (let i = 0; i < updateIds.length; i += 1000) {
    const rows = await db.selectFrom('weekly_value').select(['target_id', 'actual']).where('update_id', 'in', updateIds.slice(i, i + 1000)).where('actual', 'is not', null).execute();
    for (const row of rows) if (row.actual !== null) actuals.set(row.target_id, row.actual);
  }
  const missing = targetIds.filter((id) => !actuals.has(id));
  if (missing.length === 0 || latest.size === 0) return actuals;
  for (let i = 0; i < missing.length; i += 1000) {
    const ranked = db
      .selectFrom('weekly_value as v')
      .innerJoin('weekly_update as u', 'u.id', 'v.update_id')
      .select([
        'v.target_id',
        'v.actual',
        sql<number>`row_number() over (partition by ${sql.ref('v.target_id')} order by ${sql.ref('u.week')} desc, ${sql.ref('u.revision')} desc)`.as('rn'),
      ])
      .where('v.target_id', 'in', missing.slice(i, i + 1000))
      .where('u.status', '=', 'accepted')
      .where('u.week', '<=', uptoWeek)
      .where('v.actual', 'is not', null)
      .as('r');
    const rows = await db.selectFrom(ranked).select(['r.target_id', 'r.actual']).where('r.rn', '=', 1).execute();
    for (const row of rows) if (row.actual !== null) actuals.set(row.target_id, row.actual);
  }
  return actuals;
}

/** Milestones reported done (in accepted weeks) on or before a date. */
export async function completedMilestones(db: Kysely<DB>, planId: number, uptoDate: string): Promise<Set<number>> {
  const rows = await db
    .selectFrom('weekly_milestone as wm')
    .innerJoin('weekly_update as u', 'u.id', 'wm.update_id')
    .innerJoin('project as p', 'p.id', 'u.project_id')
    .select('wm.milestone_id')
    .distinct()
    .where('p.plan_id', '=', planId)
    .where('u.status', '=', 'accepted')
    .where('wm.completed_on', 'is not', null)
    .where('wm.completed_on', '<=', uptoDate)
    .execute();
  return new Set(rows.map((r) => r.milestone_id));
}

/** Projects of a plan that have a report (submitted, returned or accepted) for a week. */
export async function projectsReported(db: Kysely<DB>, planId: number, week: string): Promise<Set<number>> {
  const rows = await db
    .selectFrom('weekly_update as u')
    .innerJoin('project as p', 'p.id', 'u.project_id')
    .select('u.project_id')
    .distinct()
    .where('p.plan_id', '=', planId)
    .where('u.week', '=', week)
    .where('u.status', '!=', 'draft')
    .execute();
  return new Set(rows.map((r) => r.project_id));
}
