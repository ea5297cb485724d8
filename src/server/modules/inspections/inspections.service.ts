import { planTodays } from '../plans/plan-as-of.service';
import { INSPECTION_KIND_LABELS } from '../../../contract/inspections.contract';
import type { InspectionDetail, InspectionInput, InspectionList, InspectionSummary } from '../../../contract/inspections.contract';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { badRequest, forbidden, notFound, versionConflict } from '../../errors';
import { canManageInspections, inspectionPermissions, inspectionScope } from '../../policies/inspection.policy';
import { findPlanRow } from '../plans/plans.repo';
import { loadProjectUnits } from '../projects/projects.repo';
import { buildFindingViews, isRectificationOverdue } from './inspection-views';
import {
  type InspectionRecord,
  findInspection,
  findPlanProjects,
  insertInspection,
  listFindingRows,
  listInspectionProjects,
  listPlanInspectionRows,
  listRectificationsOfFindings,
  replaceInspectionProjects,
  updateInspectionRow,
} from './inspections.repo';

const notFoundInspection = () => notFound('督导检查');

/** The project ids a unit user may see among `projectIds` (all of them for the office and leaders). */
async function visibleProjectIds(ctx: AppContext, actor: Actor, projectIds: number[]): Promise<Set<number>> {
  const scope = inspectionScope(actor);
  if (!scope) return new Set();
  if ('all' in scope) return new Set(projectIds);
  const units = await loadProjectUnits(ctx.db, projectIds);
  return new Set(projectIds.filter((id) => (units.get(id) ?? []).some((u) => u.id === scope.unitId)));
}

/** Summaries of inspections as the actor may see them: only the visible projects, findings and rectifications. */
async function summarise(ctx: AppContext, actor: Actor, rows: InspectionRecord[]): Promise<InspectionSummary[]> {
  const ids = rows.map((r) => r.id);
  const projects = await listInspectionProjects(ctx.db, ids);
  const findings = await listFindingRows(ctx.db, { inspectionIds: ids });
  const visible = await visibleProjectIds(ctx, actor, [...new Set([...projects.map((p) => p.id), ...findings.map((f) => f.project_id)])]);
  const shownFindings = findings.filter((f) => visible.has(f.project_id));
  const rectifications = await listRectificationsOfFindings(
    ctx.db,
    shownFindings.map((f) => f.id),
  );
  const dayOf = await planTodays(
    ctx,
    rows.map((r) => r.plan_id),
  );
  return rows.map((r) => {
    const own = shownFindings.filter((f) => f.inspection_id === r.id).map((f) => f.id);
    const rects = rectifications.filter((x) => own.includes(x.finding_id));
    return {
      id: r.id,
      planId: r.plan_id,
      date: r.date,
      kind: r.kind,
      kindLabel: INSPECTION_KIND_LABELS[r.kind],
      inspectors: r.inspectors,
      projects: projects.filter((p) => p.inspection_id === r.id && visible.has(p.id)).map((p) => ({ id: p.id, seq: p.seq, name: p.name })),
      findingCount: own.length,
      openRectificationCount: rects.filter((x) => x.status !== 'closed').length,
      awaitingReviewCount: rects.filter((x) => x.status === 'submitted').length,
      overdueRectificationCount: rects.filter((x) => isRectificationOverdue(x, dayOf(r.plan_id))).length,
    };
  });
}

export async function listPlanInspections(ctx: AppContext, actor: Actor, planId: number): Promise<InspectionList> {
  if (!(await findPlanRow(ctx.db, planId))) throw notFound('清单');
  const scope = inspectionScope(actor);
  const permissions = { canCreate: canManageInspections(actor) };
  if (!scope) return { items: [], total: 0, permissions };
  const rows = await listPlanInspectionRows(ctx.db, planId, 'unitId' in scope ? scope.unitId : undefined);
  const items = await summarise(ctx, actor, rows);
  return { items, total: items.length, permissions };
}

/** An inspection the actor may read: the office and leaders every one; a unit one that visited its projects. */
export async function loadVisibleInspection(ctx: AppContext, actor: Actor, id: number): Promise<InspectionRecord> {
  const row = await findInspection(ctx.db, id);
  if (!row) throw notFoundInspection();
  const scope = inspectionScope(actor);
  if (!scope) throw notFoundInspection();
  if ('unitId' in scope) {
    const projects = await listInspectionProjects(ctx.db, [id]);
    if (
      (
        await visibleProjectIds(
          ctx,
          actor,
          projects.map((p) => p.id),
        )
      ).size === 0
    )
      throw notFoundInspection();
  }
  return row;
}

export async function getInspection(ctx: AppContext, actor: Actor, id: number): Promise<InspectionDetail> {
  const row = await loadVisibleInspection(ctx, actor, id);
  const [summary] = await summarise(ctx, actor, [row]);
  const projects = await listInspectionProjects(ctx.db, [id]);
  const names = new Map(projects.map((p) => [p.id, { seq: p.seq, name: p.name }]));
  const findings = await buildFindingViews(ctx, actor, await listFindingRows(ctx.db, { inspectionIds: [id] }), names);
  const readsAll = 'all' in (inspectionScope(actor) ?? {});
  return {
    ...summary!,
    summary: readsAll ? row.summary : null,
    createdBy: row.created_by,
    version: row.version,
    findings,
    permissions: inspectionPermissions(actor),
  };
}

/** Trimmed, checked inspection input: inspectors named, at least one project, all of them in the plan. */
async function checkInspectionInput(ctx: AppContext, planId: number, input: InspectionInput) {
  const inspectors = input.inspectors.trim();
  if (!inspectors) throw badRequest('请填写检查人员（可填写多人，用“、”分隔）。', { field: 'inspectors' });
  const projectIds = [...new Set(input.projectIds)];
  if (projectIds.length === 0) throw badRequest('请至少选择一个检查的项目。', { field: 'projectIds' });
  const found = await findPlanProjects(ctx.db, planId, projectIds);
  if (found.length !== projectIds.length) throw badRequest('所选项目中有不属于本清单的项目，请刷新页面后重新选择。', { field: 'projectIds' });
  return { date: input.date, kind: input.kind ?? 'routine', inspectors, summary: (input.summary ?? '').trim(), projectIds };
}

export async function createInspection(ctx: AppContext, actor: Actor, planId: number, input: InspectionInput): Promise<InspectionDetail> {
  if (!(await findPlanRow(ctx.db, planId))) throw notFound('清单');
  if (!canManageInspections(actor)) throw forbidden('只有督查室可以记录督导检查。');
  const values = await checkInspectionInput(ctx, planId, input);
  const now = nowIso();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const inspectionId = await insertInspection(trx, {
      plan_id: planId,
      date: values.date,
      kind: values.kind,
      inspectors: values.inspectors,
      summary: values.summary,
      created_by: actor.username,
      created_at: now,
      updated_at: now,
    });
    await replaceInspectionProjects(trx, inspectionId, values.projectIds);
    await writeAudit(trx, actor, {
      action: 'create',
      entity: 'inspection',
      entityId: inspectionId,
      summary: `记录 ${values.date} 督导检查（${values.projectIds.length} 个项目）`,
      after: values,
    });
    return inspectionId;
  });
  return getInspection(ctx, actor, id);
}

export async function updateInspection(ctx: AppContext, actor: Actor, id: number, input: InspectionInput & { version: number }): Promise<InspectionDetail> {
  const row = await loadVisibleInspection(ctx, actor, id);
  if (!canManageInspections(actor)) throw forbidden('只有督查室可以修改督导检查。');
  const values = await checkInspectionInput(ctx, row.plan_id, input);
  const findings = await listFindingRows(ctx.db, { inspectionIds: [id] });
  const visited = await listInspectionProjects(ctx.db, [id]);
  const orphaned = visited.filter((p) => !values.projectIds.includes(p.id) && findings.some((f) => f.project_id === p.id));
  if (orphaned.length > 0) {
    throw badRequest(`已记录问题的项目不能从检查中移除：${orphaned.map((p) => `${p.seq}. ${p.name}`).join('；')}。`, { field: 'projectIds' });
  }
  const before = { date: row.date, kind: row.kind, inspectors: row.inspectors, summary: row.summary, projectIds: visited.map((p) => p.id) };
  await ctx.db.transaction().execute(async (trx) => {
    const changes = { date: values.date, kind: values.kind, inspectors: values.inspectors, summary: values.summary };
    if (!(await updateInspectionRow(trx, id, input.version, changes))) throw versionConflict('督导检查');
    await replaceInspectionProjects(trx, id, values.projectIds);
    await writeAudit(trx, actor, { action: 'update', entity: 'inspection', entityId: id, summary: `修改 ${values.date} 督导检查`, before, after: values });
  });
  return getInspection(ctx, actor, id);
}
