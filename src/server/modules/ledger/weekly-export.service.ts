import { weekRange } from '../../../domain/calendar';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { loadProjectUnits } from '../projects/projects.repo';
import { loadValues } from '../weekly/weekly.repo';
import type { WeeklyExportData } from './ledger.types';

/** Every project's report of one week, for the 督查室's per-week export (drafts count as not submitted). */
export async function buildWeeklyExport(ctx: AppContext, _actor: Actor, planId: number, week: string): Promise<WeeklyExportData> {
  const plan = await ctx.db.selectFrom('plan').select(['id', 'title']).where('id', '=', planId).executeTakeFirst();
  if (!plan) throw notFound('清单');
  const projects = await ctx.db.selectFrom('project').select(['id', 'seq', 'name']).where('plan_id', '=', planId).where('status', '=', 'active').orderBy('seq').execute();
  const ids = projects.map((p) => p.id);
  const updates = ids.length ? await ctx.db.selectFrom('weekly_update').selectAll().where('project_id', 'in', ids).where('week', '=', week).where('is_current', '=', 1).execute() : [];
  const targets = ids.length ? await ctx.db.selectFrom('target').select(['id', 'project_id', 'label', 'unit', 'value', 'kind']).where('project_id', 'in', ids).orderBy('seq').execute() : [];
  const values = await loadValues(ctx.db, updates.filter((u) => u.status !== 'draft').map((u) => u.id));
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
          .map((t) => ({ label: t.label, unit: t.unit, target: t.value, actual: visible ? (values.find((v) => v.update_id === visible.id && v.target_id === t.id)?.actual ?? null) : null })),
        progressText: visible?.progress_text ?? '',
        problemsText: visible?.problems_text ?? '',
        nextStepsText: visible?.next_steps_text ?? '',
      };
    }),
  };
}
