import type { LiaisonBody, Project, ProjectDetail } from '../../../contract/projects.contract';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { forbidden, notFound, versionConflict } from '../../errors';
import { canEditProject, projectPermissions } from '../../policies/project.policy';
import { loadPlanRhythm } from '../plans/plan-rhythm';
import { findPlanRow } from '../plans/plans.repo';
import type { ProjectFilter, ProjectRecord, UnitRef } from './projects.repo';
import { findProjectRow, listProjectRows, loadProjectUnits, updateLiaison } from './projects.repo';

/** A project as the API shows it: its units by part, and what the actor may do on it. */
function toProjectView(actor: Actor, project: ProjectRecord, units: UnitRef[] = []): Project {
  return {
    ...project,
    leadUnits: units.filter((u) => u.role === 'lead').map((u) => u.name),
    coUnits: units.filter((u) => u.role === 'co').map((u) => u.name),
    units,
    permissions: projectPermissions(actor, units),
  };
}

/** Every signed-in role reads the list: the notice itself is a public document. */
export async function listPlanProjects(ctx: AppContext, actor: Actor, planId: number, filter: ProjectFilter): Promise<Project[]> {
  if (!(await findPlanRow(ctx.db, planId))) throw notFound('清单');
  const rows = await listProjectRows(ctx.db, planId, filter);
  const units = await loadProjectUnits(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toProjectView(actor, r, units.get(r.id)));
}

export async function getProject(ctx: AppContext, actor: Actor, id: number): Promise<ProjectDetail> {
  const row = await findProjectRow(ctx.db, id);
  if (!row) throw notFound('项目');
  const plan = await findPlanRow(ctx.db, row.planId);
  if (!plan) throw notFound('清单');
  const units = await loadProjectUnits(ctx.db, [id]);
  const { endDate } = await loadPlanRhythm(ctx.db, plan.id);
  return { ...toProjectView(actor, row, units.get(id)), plan: { id: plan.id, title: plan.title, docNumber: plan.docNumber, year: plan.year, endDate } };
}

export async function setProjectLiaison(ctx: AppContext, actor: Actor, id: number, input: LiaisonBody): Promise<ProjectDetail> {
  const before = await findProjectRow(ctx.db, id);
  if (!before) throw notFound('项目');
  const units = (await loadProjectUnits(ctx.db, [id])).get(id) ?? [];
  if (!canEditProject(actor, units)) throw forbidden('只有该项目的主办单位或督查室可以修改项目联络人。');
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateLiaison(trx, id, input, input.version))) throw versionConflict('项目联络人');
    await writeAudit(trx, actor, {
      action: 'update',
      entity: 'project',
      entityId: id,
      summary: `修改项目 ${before.seq}「${before.name}」的联络人`,
      before: { liaisonName: before.liaisonName, liaisonPhone: before.liaisonPhone },
      after: { liaisonName: input.liaisonName, liaisonPhone: input.liaisonPhone },
    });
  });
  return getProject(ctx, actor, id);
}
