import { FINDING_SEVERITY_LABELS } from '../../../contract/inspections.contract';
import type { Finding, FindingInput, FindingSeverity } from '../../../contract/inspections.contract';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { badRequest, forbidden, notFound, versionConflict } from '../../errors';
import { canManageInspections, canReadFinding } from '../../policies/inspection.policy';
import { loadProjectUnits } from '../projects/projects.repo';
import { buildFindingViews } from './inspection-views';
import { loadVisibleInspection } from './inspections.service';
import { type FindingRecord, findFinding, insertFinding, listInspectionProjects, updateFindingRow } from './inspections.repo';
import { checkRectificationInput, insertRectificationWithAudit, leadUnitOf } from './rectification-request';

/** A finding the actor may read (a user of another unit gets not found), with its project's units. */
export async function loadVisibleFinding(ctx: AppContext, actor: Actor, id: number) {
  const finding = await findFinding(ctx.db, id);
  if (!finding) throw notFound('问题');
  const units = (await loadProjectUnits(ctx.db, [finding.project_id])).get(finding.project_id) ?? [];
  if (!canReadFinding(actor, units)) throw notFound('问题');
  return { finding, units };
}

/** One finding's view as the actor sees it. */
export async function findingView(ctx: AppContext, actor: Actor, finding: FindingRecord): Promise<Finding> {
  const projects = await listInspectionProjects(ctx.db, [finding.inspection_id]);
  const names = new Map(projects.map((p) => [p.id, { seq: p.seq, name: p.name }]));
  const [view] = await buildFindingViews(ctx, actor, [finding], names);
  if (!view) throw notFound('问题');
  return view;
}

export async function getFinding(ctx: AppContext, actor: Actor, id: number): Promise<Finding> {
  const { finding } = await loadVisibleFinding(ctx, actor, id);
  return findingView(ctx, actor, finding);
}

const checkDescription = (text: string) => {
  const description = text.trim();
  if (!description) throw badRequest('请填写发现的问题。', { field: 'description' });
  return description;
};

/**
 * 记录问题 on one of the visited projects; with `rectification`, the 整改要求 to the project's lead unit is saved
 * in the same transaction (both or nothing).
 */
export async function createFinding(ctx: AppContext, actor: Actor, inspectionId: number, input: FindingInput): Promise<Finding> {
  const inspection = await loadVisibleInspection(ctx, actor, inspectionId);
  if (!canManageInspections(actor)) throw forbidden('只有督查室可以记录检查发现的问题。');
  const description = checkDescription(input.description);
  const visited = await listInspectionProjects(ctx.db, [inspectionId]);
  const project = visited.find((p) => p.id === input.projectId);
  if (!project) throw badRequest('该项目不在本次检查的项目中，请先在检查中添加该项目。', { field: 'projectId' });
  const rectification = input.rectification ? checkRectificationInput(input.rectification, inspection.date) : null;
  const unitId = rectification ? await leadUnitOf(ctx, project.id) : null;
  const now = nowIso();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const findingId = await insertFinding(trx, {
      inspection_id: inspectionId,
      project_id: project.id,
      description,
      severity: input.severity,
      created_by: actor.username,
      created_at: now,
      updated_at: now,
    });
    await writeAudit(trx, actor, {
      action: 'create',
      entity: 'inspection_finding',
      entityId: findingId,
      summary: `${inspection.date} 督导检查：项目 ${project.seq} 发现${FINDING_SEVERITY_LABELS[input.severity]}问题`,
      after: { inspectionId, projectId: project.id, description, severity: input.severity },
    });
    if (rectification && unitId !== null)
      await insertRectificationWithAudit(trx, actor, { findingId, projectId: project.id, projectSeq: project.seq, unitId, ...rectification });
    return findingId;
  });
  return getFinding(ctx, actor, id);
}

export async function updateFinding(
  ctx: AppContext,
  actor: Actor,
  id: number,
  input: { description: string; severity: FindingSeverity; version: number },
): Promise<Finding> {
  const { finding } = await loadVisibleFinding(ctx, actor, id);
  if (!canManageInspections(actor)) throw forbidden('只有督查室可以修改检查发现的问题。');
  const description = checkDescription(input.description);
  const changes = { description, severity: input.severity };
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateFindingRow(trx, id, input.version, changes))) throw versionConflict('问题');
    await writeAudit(trx, actor, {
      action: 'update',
      entity: 'inspection_finding',
      entityId: id,
      summary: `修改 ${finding.inspection_date} 督导检查发现的问题`,
      before: { description: finding.description, severity: finding.severity },
      after: changes,
    });
  });
  return getFinding(ctx, actor, id);
}
