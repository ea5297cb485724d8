import { isoWeekOf, previousWeek } from '../../../domain/calendar';
import { forecastYearEnd, projectExpected, projectProgress, projectStatus, targetProgress } from '../../../domain/status';
import type { TrajectoryPoint } from '../../../domain/trajectory/trajectory';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { loadProjectUnits } from '../projects/projects.repo';
import type { LedgerItem, LedgerSheetData, ProjectStatus } from './ledger.types';
import { completedMilestones, latestAcceptedActuals, latestAcceptedTexts, projectsReported } from './ledger.repo';

export interface LedgerFilter {
  asOf: string;
  status?: ProjectStatus | 'not_reported';
  unitId?: number;
}

/**
 * The master ledger (专项工作台账): every project with plan vs actual from accepted weekly updates as of a date,
 * progress against the schedule pace, status, the not-reported flag and a year-end forecast.
 */
export async function buildLedger(ctx: AppContext, _actor: Actor, planId: number, filter: LedgerFilter): Promise<LedgerSheetData> {
  const plan = await ctx.db.selectFrom('plan').select(['id', 'title', 'doc_number', 'year']).where('id', '=', planId).executeTakeFirst();
  if (!plan) throw notFound('清单');
  const asOf = filter.asOf;
  const week = isoWeekOf(asOf);
  const startDate = `${plan.year}-01-01`;
  const projects = await ctx.db.selectFrom('project').select(['id', 'seq', 'name', 'deadline']).where('plan_id', '=', planId).where('status', '=', 'active').orderBy('seq').execute();
  const ids = projects.map((p) => p.id);
  const [units, targets, milestones, actuals, doneMilestones, texts, reported] = await Promise.all([
    loadProjectUnits(ctx.db, ids),
    ids.length ? ctx.db.selectFrom('target').select(['id', 'project_id', 'label', 'unit', 'value', 'kind', 'direction', 'weight', 'due_date', 'trajectory_json']).where('project_id', 'in', ids).orderBy('seq').execute() : [],
    ids.length ? ctx.db.selectFrom('milestone').select(['id', 'project_id', 'due_date']).where('project_id', 'in', ids).execute() : [],
    latestAcceptedActuals(ctx.db, planId, week),
    completedMilestones(ctx.db, planId, asOf),
    latestAcceptedTexts(ctx.db, planId, week),
    projectsReported(ctx.db, planId, previousWeek(week)),
  ]);
  const byProject = <T extends { project_id: number }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const row of rows) map.set(row.project_id, [...(map.get(row.project_id) ?? []), row]);
    return map;
  };
  const targetsOf = byProject(targets);
  const milestonesOf = byProject(milestones);

  let items: LedgerItem[] = projects.map((p) => {
    const ts = targetsOf.get(p.id) ?? [];
    const tracked = ts.filter((t) => t.kind !== 'standard');
    const ms = milestonesOf.get(p.id) ?? [];
    const rows = ts.map((t) => {
      const actual = actuals.get(t.id) ?? null;
      return { label: t.label, unit: t.unit, target: t.value, actual, progress: targetProgress(t, actual), kind: t.kind };
    });
    const progress = projectProgress({
      targets: tracked.map((t) => ({ progress: targetProgress(t, actuals.get(t.id) ?? null), weight: t.weight })),
      milestones: ms.map((m) => ({ isDone: doneMilestones.has(m.id) })),
    });
    const expected = projectExpected(
      {
        targets: tracked.map((t) => ({ value: t.value, weight: t.weight, trajectory: JSON.parse(t.trajectory_json) as TrajectoryPoint[], startDate, dueDate: t.due_date })),
        milestones: ms.map((m) => ({ dueDate: m.due_date })),
        startDate,
        deadline: p.deadline,
      },
      asOf,
    );
    const hasAnyProgress = progress > 0;
    const forecast = hasAnyProgress ? forecastYearEnd([{ date: asOf, progress }], startDate, p.deadline, asOf) : null;
    const projectUnits = units.get(p.id) ?? [];
    return {
      projectId: p.id,
      seq: p.seq,
      name: p.name,
      leadUnits: projectUnits.filter((u) => u.role === 'lead').map((u) => u.name),
      coUnits: projectUnits.filter((u) => u.role === 'co').map((u) => u.name),
      progress: Math.round(progress * 10_000) / 10_000,
      expected: Math.round(expected * 10_000) / 10_000,
      status: projectStatus({ progress, expected, startDate, hasAnyProgress, date: asOf }),
      notReported: !reported.has(p.id),
      forecast: forecast ? Math.round(forecast.projected * 10_000) / 10_000 : null,
      latest: texts.get(p.id) ?? null,
      targets: rows,
    };
  });
  if (filter.status === 'not_reported') items = items.filter((i) => i.notReported);
  else if (filter.status) items = items.filter((i) => i.status === filter.status);
  if (filter.unitId !== undefined) {
    const unitId = filter.unitId;
    items = items.filter((i) => (units.get(i.projectId) ?? []).some((u) => u.id === unitId));
  }
  return { planTitle: plan.title, docNumber: plan.doc_number, year: plan.year, asOf, items };
}
