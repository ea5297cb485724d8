import { canEditProject } from '../../policies/project.policy';
import type { Actor } from '../../auth/actor';
import { isOffice, isUnitRole } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { forbidden, notFound, versionConflict } from '../../errors';
import { findPlanRow } from '../plans/plans.repo';
import type { ProjectFilter, ProjectRecord, UnitRef } from './projects.repo';
import { findProjectRow, listProjectRows, loadProjectUnits, updateLiaison } from './projects.repo';

export interface ProjectView extends ProjectRecord {
  leadUnits: string[];
  coUnits: string[];
  units: UnitRef[];
}

function withUnits(project: ProjectRecord, units: UnitRef[] = []): ProjectView {
  return {
    ...project,
    leadUnits: units.filter((u) => u.role === 'lead').map((u) => u.name),
    coUnits: units.filter((u) => u.role === 'co').map((u) => u.name),
    units,
  };
}

/** Every signed-in role reads the list: the notice itself is a public document. */
export async function listPlanProjects(ctx: AppContext, _actor: Actor, planId: number, filter: ProjectFilter): Promise<ProjectView[]> {
  if (!(await findPlanRow(ctx.db, planId))) throw notFound('清单');
  const rows = await listProjectRows(ctx.db, planId, filter);
  const units = await loadProjectUnits(ctx.db, rows.map((r) => r.id));
  return rows.map((r) => withUnits(r, units.get(r.id)));
}

export async function getProject(ctx: AppContext, _actor: Actor, id: number) {
  const row = await findProjectRow(ctx.db, id);
  if (!row) throw notFound('项目');
  const plan = await findPlanRow(ctx.db, row.planId);
  if (!plan) throw notFound('清单');
  const units = await loadProjectUnits(ctx.db, [id]);
  return { ...withUnits(row, units.get(id)), plan: { id: plan.id, title: plan.title, docNumber: plan.docNumber, year: plan.year } };
}

export async function setProjectLiaison(
  ctx: AppContext,
  actor: Actor,
  id: number,
  input: { liaisonName: string | null; liaisonPhone: string | null; version: number },
) {
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
