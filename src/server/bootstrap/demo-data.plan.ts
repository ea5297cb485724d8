import type { Kysely } from 'kysely';
import type { TrajectoryPoint } from '../../domain/trajectory/trajectory';
import type { Actor } from '../auth/actor';
import type { AppContext } from '../context';
import type { DB } from '../db/schema';
import { confirmAllOfProject, lockBaseline } from '../modules/targets/baseline.service';
import { addMilestone } from '../modules/targets/milestones.service';
import type { DemoProjectPlan, DemoSpecialWeeks } from './demo-data.history';
import { lastAcceptedWeekOf } from './demo-data.history';
import type { DemoPace, DemoProject } from './demo-data.scenario';
import { assignPaces, factorFor, paceOptions, seedOf, simulateProject } from './demo-data.scenario';

/**
 * Prepare the plan as the 督查室 would before the year starts: give a project with nothing measurable four
 * milestones (so its progress can be followed), confirm every proposed target and milestone, lock the
 * baseline. Through the services, so revisions and audit rows are written. Nothing happens once locked.
 */
export async function confirmAndLockBaseline(ctx: AppContext, supervisor: Actor, planId: number, year: number): Promise<boolean> {
  const plan = await ctx.db.selectFrom('plan').select('baseline_locked_at').where('id', '=', planId).executeTakeFirstOrThrow();
  if (plan.baseline_locked_at) return false;
  const projects = await ctx.db
    .selectFrom('project')
    .select(['id', 'name', 'deadline'])
    .where('plan_id', '=', planId)
    .where('status', '=', 'active')
    .orderBy('seq')
    .execute();
  for (const p of projects) {
    const tracked = await ctx.db.selectFrom('target').select('id').where('project_id', '=', p.id).where('kind', '!=', 'standard').execute();
    const milestones = await ctx.db.selectFrom('milestone').select('id').where('project_id', '=', p.id).execute();
    if (tracked.length === 0 && milestones.length === 0) {
      // due by the deadline like the notice's own milestones; the pace expects them spread over the year
      for (const title of [`制定年度实施方案`, `全面启动实施`, `完成年度任务过半`, `全面完成并开展成效评估`]) {
        await addMilestone(ctx, supervisor, p.id, { title: `${p.name}：${title}`, dueDate: p.deadline });
      }
    }
    await confirmAllOfProject(ctx, supervisor, p.id);
  }
  await lockBaseline(ctx, supervisor, planId);
  return true;
}

export interface LoadedDemoProject {
  project: DemoProject;
  leadUnitIds: number[];
  coUnits: { id: number; name: string }[];
}

/** The plan's active projects with tracked targets, milestones and units, ordered by seq. */
export async function loadDemoProjects(db: Kysely<DB>, planId: number): Promise<LoadedDemoProject[]> {
  const projects = await db
    .selectFrom('project')
    .select(['id', 'seq', 'name', 'deadline'])
    .where('plan_id', '=', planId)
    .where('status', '=', 'active')
    .orderBy('seq')
    .execute();
  const ids = projects.map((p) => p.id);
  if (ids.length === 0) return [];
  const [targets, milestones, units] = await Promise.all([
    db
      .selectFrom('target')
      .select(['id', 'project_id', 'label', 'unit', 'value', 'kind', 'direction', 'weight', 'due_date', 'trajectory_json'])
      .where('project_id', 'in', ids)
      .where('kind', '!=', 'standard')
      .orderBy('seq')
      .execute(),
    db.selectFrom('milestone').select(['id', 'project_id', 'title', 'due_date']).where('project_id', 'in', ids).orderBy('seq').execute(),
    db
      .selectFrom('project_unit')
      .innerJoin('unit', 'unit.id', 'project_unit.unit_id')
      .select(['project_unit.project_id', 'project_unit.role', 'unit.id', 'unit.name'])
      .where('project_unit.project_id', 'in', ids)
      .orderBy('project_unit.sort_order')
      .execute(),
  ]);
  return projects.map((p) => ({
    project: {
      ...p,
      targets: targets
        .filter((t) => t.project_id === p.id)
        .map((t) => ({
          id: t.id,
          label: t.label,
          unit: t.unit,
          value: t.value,
          kind: t.kind,
          direction: t.direction,
          weight: t.weight,
          dueDate: t.due_date,
          trajectory: JSON.parse(t.trajectory_json) as TrajectoryPoint[],
        })),
      milestones: milestones.filter((m) => m.project_id === p.id).map((m) => ({ id: m.id, title: m.title, dueDate: m.due_date })),
    },
    leadUnitIds: units.filter((u) => u.project_id === p.id && u.role === 'lead').map((u) => u.id),
    coUnits: units.filter((u) => u.project_id === p.id && u.role === 'co').map((u) => ({ id: u.id, name: u.name })),
  }));
}

/**
 * Which weeks break the routine, chosen deterministically from the paces: two single-project units miss the
 * last week (one left a draft), one week waits for review and one was returned, two were late, three were
 * returned once and fixed, one was corrected after acceptance, a few drafts are started in the current week.
 */
export function chooseSpecialWeeks(loaded: LoadedDemoProject[], paces: Map<number, DemoPace>, weeks: string[]): DemoSpecialWeeks {
  const leadCount = new Map<number, number>();
  for (const l of loaded) for (const u of l.leadUnitIds) leadCount.set(u, (leadCount.get(u) ?? 0) + 1);
  const byPace = (pace: DemoPace) => loaded.filter((l) => paces.get(l.project.id) === pace).map((l) => l.project.id);
  const onTrack = byPace('on_track');
  const missingCandidates = loaded
    .filter((l) => l.leadUnitIds.length === 1 && leadCount.get(l.leadUnitIds[0] ?? 0) === 1 && ['on_track', 'behind'].includes(paces.get(l.project.id) ?? ''))
    .map((l) => l.project.id);
  const notReported = new Map<number, 'draft' | 'none'>();
  const [firstMissing, secondMissing] = missingCandidates;
  if (firstMissing !== undefined) notReported.set(firstMissing, 'draft');
  if (secondMissing !== undefined) notReported.set(secondMissing, 'none');
  const free = onTrack.filter((id) => !notReported.has(id));
  const pending = new Map<number, 'submitted' | 'returned'>();
  if (free[1] !== undefined) pending.set(free[1], 'submitted');
  if (free[3] !== undefined) pending.set(free[3], 'returned');
  const n = weeks.length;
  const pair = (id: number | undefined, week: string | undefined) => (id !== undefined && week !== undefined ? [`${id}:${week}`] : []);
  const ids = loaded.map((l) => l.project.id);
  return {
    notReported,
    pending,
    late: new Set([...pair(free[0], weeks[n - 3]), ...pair(byPace('behind')[0], weeks[10])]),
    returnedThenAccepted: new Set([...pair(ids[2], weeks[5]), ...pair(ids[8], weeks[n - 4]), ...pair(ids[14], weeks[20])]),
    corrected: new Set(pair(free[2], weeks[n - 6])),
    currentDrafts: new Set(ids.filter((id, i) => i % 5 === 1 && !notReported.has(id))),
  };
}

/** Assign paces and simulate each project so that the ledger at the demo date shows the intended status. */
export function planDemoProjects(loaded: LoadedDemoProject[], weeks: string[], lastFullWeek: string, startDate: string, demoDate: string) {
  const reported = loaded.filter((l) => l.leadUnitIds.length > 0);
  const lastWeek = weeks.length ? lastFullWeek : null;
  const firstOptions = reported.map((l) => paceOptions(l.project, weeks, lastWeek, startDate, demoDate));
  const paces = assignPaces(firstOptions);
  const special = chooseSpecialWeeks(reported, paces, weeks);
  const plans: DemoProjectPlan[] = reported.map((l, index) => {
    // a project whose last week is missing or under review is judged on the week before
    const lastAccepted = lastWeek ? lastAcceptedWeekOf(l.project.id, special, lastFullWeek) : null;
    const options = lastAccepted === lastWeek ? firstOptions[index] : paceOptions(l.project, weeks, lastAccepted, startDate, demoDate);
    const pace = paces.get(l.project.id) ?? 'on_track';
    const factor = options ? factorFor(options, pace) : 1;
    const series = simulateProject(l.project, weeks, startDate, demoDate, pace, factor, seedOf(l.project));
    return { project: l.project, leadUnitId: l.leadUnitIds[0] ?? 0, coUnits: l.coUnits, series };
  });
  return { plans, special };
}
