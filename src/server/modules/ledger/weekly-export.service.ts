import { weekRange } from '../../../domain/calendar';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { loadProjectUnits } from '../projects/projects.repo';
import { loadValues } from '../weekly/weekly.repo';
import { getWeekly } from '../weekly/weekly.service';
import { loadProjectScope } from '../targets/project-access';
import { findPlanTitle, listActiveProjects, listCurrentUpdatesOfWeek, listProjectsTargets } from './ledger.repo';
import type { WeeklyExportData, WeeklyFormData } from '../../../contract/ledger.contract';

/** Every project's report of one week, for the 督查室's per-week export (drafts count as not submitted). */
export async function buildWeeklyExport(ctx: AppContext, _actor: Actor, planId: number, week: string): Promise<WeeklyExportData> {
  const plan = await findPlanTitle(ctx.db, planId);
  if (!plan) throw notFound('清单');
  const projects = await listActiveProjects(ctx.db, planId);
  const ids = projects.map((p) => p.id);
  const updates = await listCurrentUpdatesOfWeek(ctx.db, ids, week);
  const targets = await listProjectsTargets(ctx.db, ids);
  const values = await loadValues(
    ctx.db,
    updates.filter((u) => u.status !== 'draft').map((u) => u.id),
  );
  const units = await loadProjectUnits(ctx.db, ids);
  const range = weekRange(week);
  return {
    planTitle: plan.title,
    week,
    weekStart: range.start,
    weekEnd: range.end,
    rows: projects.map((p) => {
      const update = updates.find((u) => u.project_id === p.id);
      const visible = update && update.status !== 'draft' ? update : undefined;
      return {
        seq: p.seq,
        projectName: p.name,
        leadUnits: (units.get(p.id) ?? []).filter((u) => u.role === 'lead').map((u) => u.name),
        status: update ? update.status : 'none',
        submittedAt: visible?.submitted_at ?? null,
        isLate: Boolean(visible?.is_late),
        values: targets
          .filter((t) => t.project_id === p.id && t.kind !== 'standard')
          .map((t) => ({
            label: t.label,
            unit: t.unit,
            target: t.value,
            actual: visible ? (values.find((v) => v.update_id === visible.id && v.target_id === t.id)?.actual ?? null) : null,
          })),
        progressText: visible?.progress_text ?? '',
        problemsText: visible?.problems_text ?? '',
        nextStepsText: visible?.next_steps_text ?? '',
      };
    }),
  };
}

/** What a project's week's Excel form (周台账填报表) is filled with: the week as the reader sees it, under the plan's title. */
export async function buildWeeklyForm(ctx: AppContext, actor: Actor, projectId: number, week: string): Promise<WeeklyFormData> {
  const scope = await loadProjectScope(ctx, actor, projectId);
  const view = await getWeekly(ctx, actor, projectId, week);
  const plan = await findPlanTitle(ctx.db, scope.project.planId);
  if (!plan) throw notFound('清单');
  const range = weekRange(view.week);
  return {
    planTitle: plan.title,
    projectId: scope.project.id,
    seq: scope.project.seq,
    projectName: scope.project.name,
    week: view.week,
    weekStart: range.start,
    weekEnd: range.end,
    targets: view.values.map((v) => ({ targetId: v.targetId, label: v.label, unit: v.unit, target: v.target, previous: v.previous, actual: v.actual })),
    milestones: view.milestones,
    progressText: view.progressText,
    problemsText: view.problemsText,
    nextStepsText: view.nextStepsText,
  };
}
