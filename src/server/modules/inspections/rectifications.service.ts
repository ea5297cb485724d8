import { planTodays } from '../plans/plan-as-of.service';
import type { Finding, MyRectification, RectificationInput } from '../../../contract/inspections.contract';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { AppError, badRequest, forbidden, notFound, versionConflict } from '../../errors';
import { canManageInspections, canRespondRectification, canReviewRectification, inspectionScope } from '../../policies/inspection.policy';
import { isLeadUser } from '../../policies/project.policy';
import { loadUnitNames } from '../blockers/blockers.repo';
import { loadProjectUnits } from '../projects/projects.repo';
import { loadProjectScope } from '../targets/project-access';
import { findingView, getFinding, loadVisibleFinding } from './findings.service';
import { buildFindingViews, rectificationView } from './inspection-views';
import {
  findProjectOf,
  findRectification,
  listFindingRows,
  listRectificationsOfFindings,
  listPhotosOfFindings,
  listRectificationsForTodo,
  updateRectificationRow,
} from './inspections.repo';
import { checkRectificationInput, insertRectificationWithAudit, leadUnitOf } from './rectification-request';

/** 下发整改要求 for a finding that has none yet: to the project's lead unit, with a required deadline. */
export async function requestRectification(ctx: AppContext, actor: Actor, findingId: number, input: RectificationInput): Promise<Finding> {
  const { finding } = await loadVisibleFinding(ctx, actor, findingId);
  if (!canManageInspections(actor)) throw forbidden('只有督查室可以下发整改要求。');
  const values = checkRectificationInput(input, finding.inspection_date);
  const unitId = await leadUnitOf(ctx, finding.project_id);
  const project = await findProjectOf(ctx.db, finding.project_id);
  await ctx.db.transaction().execute(async (trx) => {
    // finding_id is unique: a second request for the same finding fails here and rolls back
    if ((await listRectificationsOfFindings(trx, [findingId])).length > 0) throw new AppError('CONFLICT', '该问题已下发整改要求，请刷新页面查看。');
    await insertRectificationWithAudit(trx, actor, { findingId, projectId: finding.project_id, projectSeq: project.seq, unitId, ...values });
  });
  return getFinding(ctx, actor, findingId);
}

/** A rectification the actor may read (its finding's rule), with its finding and project units. */
export async function loadVisibleRectification(ctx: AppContext, actor: Actor, id: number) {
  const rectification = await findRectification(ctx.db, id);
  if (!rectification) throw notFound('整改要求');
  const { finding, units } = await loadVisibleFinding(ctx, actor, rectification.finding_id).catch(() => {
    throw notFound('整改要求');
  });
  return { rectification, finding, units };
}

/** 提交整改情况: the lead unit says what was done (required), with optional photos uploaded before; goes to 复核. */
export async function respondRectification(ctx: AppContext, actor: Actor, id: number, input: { evidence?: string; version: number }): Promise<Finding> {
  const { rectification: r, finding, units } = await loadVisibleRectification(ctx, actor, id);
  if (!isLeadUser(actor, units)) throw forbidden('只有该项目的主办单位可以提交整改情况。');
  if (!canRespondRectification(actor, units, r.status)) {
    throw new AppError('CONFLICT', r.status === 'closed' ? '该整改要求已销号，不能再提交。' : '整改情况已提交，正在等待督查室复核。');
  }
  const evidence = (input.evidence ?? '').trim();
  if (!evidence) throw badRequest('请填写整改情况：说明做了哪些整改、现在的状况（可附现场照片）。', { field: 'evidence' });
  const changes = { status: 'submitted' as const, evidence, responded_by: actor.username, responded_at: nowIso() };
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateRectificationRow(trx, id, input.version, changes))) throw versionConflict('整改要求');
    await writeAudit(trx, actor, {
      action: 'respond',
      entity: 'rectification',
      entityId: id,
      summary: `提交整改情况（${finding.inspection_date} 督导检查问题）`,
      before: { status: r.status },
      after: changes,
    });
  });
  return findingView(ctx, actor, finding);
}

/** 复核: the 督查室 accepts (销号) or returns (with a reason) a submitted rectification. */
export async function reviewRectification(
  ctx: AppContext,
  actor: Actor,
  id: number,
  input: { accept: boolean; comment?: string; version: number },
): Promise<Finding> {
  const { rectification: r, finding } = await loadVisibleRectification(ctx, actor, id);
  if (!canManageInspections(actor)) throw forbidden('只有督查室可以复核整改情况。');
  if (!canReviewRectification(actor, r.status)) {
    throw new AppError('CONFLICT', r.status === 'closed' ? '该整改要求已销号。' : '主办单位尚未提交整改情况，暂不能复核。');
  }
  const comment = (input.comment ?? '').trim();
  if (!input.accept && !comment) throw badRequest('退回时请写明原因和需要补充整改的内容。', { field: 'comment' });
  const reviewed = { review_comment: comment || null, reviewed_by: actor.username, reviewed_at: nowIso() };
  const changes = input.accept ? { ...reviewed, status: 'closed' as const } : { ...reviewed, status: 'open' as const, return_count: r.return_count + 1 };
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateRectificationRow(trx, id, input.version, changes))) throw versionConflict('整改要求');
    await writeAudit(trx, actor, {
      action: input.accept ? 'accept' : 'return',
      entity: 'rectification',
      entityId: id,
      summary: input.accept
        ? `整改要求复核通过，销号（${finding.inspection_date} 督导检查问题）`
        : `整改情况退回主办单位（${finding.inspection_date} 督导检查问题）`,
      before: { status: r.status },
      after: changes,
    });
  });
  return findingView(ctx, actor, finding);
}

/** A project's findings with their rectifications (the project page's card); a unit outside the project gets not found. */
export async function listProjectFindings(ctx: AppContext, actor: Actor, projectId: number): Promise<{ items: Finding[]; total: number }> {
  const scope = await loadProjectScope(ctx, actor, projectId);
  const rows = await listFindingRows(ctx.db, { projectId });
  const items = await buildFindingViews(ctx, actor, rows, new Map([[projectId, { seq: scope.project.seq, name: scope.project.name }]]));
  return { items, total: items.length };
}

/**
 * 我的待办's rectifications: for a unit user, the open ones of its unit (逾期 first, then by deadline); for the
 * 督查室, those awaiting review; for others none.
 */
export async function listMyRectifications(ctx: AppContext, actor: Actor): Promise<{ items: MyRectification[]; total: number }> {
  const scope = inspectionScope(actor);
  let rows: Awaited<ReturnType<typeof listRectificationsForTodo>> = [];
  if (scope && 'unitId' in scope) rows = await listRectificationsForTodo(ctx.db, ['open'], scope.unitId);
  else if (canManageInspections(actor)) rows = await listRectificationsForTodo(ctx.db, ['submitted']);
  const units = await loadProjectUnits(ctx.db, [...new Set(rows.map((r) => r.project_id))]);
  const names = await loadUnitNames(ctx.db, [...new Set(rows.map((r) => r.unit_id))]);
  const photos = await listPhotosOfFindings(
    ctx.db,
    rows.map((r) => r.finding_id),
  );
  const dayOf = await planTodays(
    ctx,
    rows.map((r) => r.plan_id),
  );
  const items = rows
    .map((r) => ({
      ...rectificationView(actor, r, units.get(r.project_id) ?? [], names.get(r.unit_id) ?? '', photos, dayOf(r.plan_id)),
      planId: r.plan_id,
      project: { id: r.project_id, seq: r.project_seq, name: r.project_name },
      findingDescription: r.finding_description,
      severity: r.severity,
      inspectionDate: r.inspection_date,
    }))
    .sort((a, b) => Number(b.isOverdue) - Number(a.isOverdue));
  return { items, total: items.length };
}
