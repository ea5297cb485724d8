import type { TrajectoryShape } from '../../../domain/trajectory/trajectory';
import { targetFieldsProblem } from '../../../domain/baseline/target-rules';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { AppError, badRequest, forbidden, notFound } from '../../errors';
import { decideChangeRequest, findChangeRequestRow, hasPendingChangeRequest, insertChangeRequest, listPlanChangeRequests } from './change-requests.repo';
import type {
  ChangeRequest,
  ChangeRequestListItem,
  ChangeRequestListQuery,
  MilestoneChangeRequestBody,
  TargetChangeRequestBody,
} from '../../../contract/targets.contract';
import { canEditProject } from '../../policies/project.policy';
import { canDecideChanges, canRequestTargetChange, changeRequestPermissions, changeRequestUnitScope } from '../../policies/target.policy';
import { loadProjectScope } from './project-access';
import { toChangeRequestView } from './target-view';
import { applyApprovedMilestoneChange, applyApprovedTargetChange, findMilestoneRow, findTargetRow, writeRevision } from './targets.repo';
import { planTrajectory } from './trajectory-plan';

const notLockedYet = () => new AppError('BASELINE_NOT_LOCKED', '基线尚未锁定，可直接修改目标，无需申请变更。');
const alreadyPending = () => new AppError('CHANGE_PENDING', '该项已有一条待审批的变更申请，请等待督查室审批后再提交。');

async function scopeForRequest(ctx: AppContext, actor: Actor, projectId: number) {
  const scope = await loadProjectScope(ctx, actor, projectId);
  if (canRequestTargetChange(actor, scope)) return scope;
  if (!canEditProject(actor, scope.units)) throw forbidden('只有该项目的主办单位或督查室可以申请变更。');
  throw notLockedYet();
}

/** Ask to change a locked target; the current values stay in force until the 督查室 approves. */
export async function requestTargetChange(ctx: AppContext, actor: Actor, targetId: number, input: TargetChangeRequestBody): Promise<ChangeRequest> {
  const target = await findTargetRow(ctx.db, targetId);
  if (!target) throw notFound('目标');
  const scope = await scopeForRequest(ctx, actor, target.project_id);
  if (await hasPendingChangeRequest(ctx.db, 'target_id', targetId)) throw alreadyPending();
  const c = input.changes;
  const next = {
    label: c.label?.trim() ?? target.label,
    value: c.value ?? target.value,
    unit: c.unit?.trim() ?? target.unit,
    kind: target.kind,
    dueDate: c.dueDate ?? target.due_date,
  };
  const problem = targetFieldsProblem(next);
  if (problem) throw badRequest(problem.message, { field: problem.field });
  // Validate the new plan now, so an approval can never fail on it.
  const trajectory = planTrajectory(
    scope.plan.year,
    { ...next, direction: target.direction },
    c.trajectory?.shape ?? (target.trajectory_shape === 'custom' ? 'linear' : target.trajectory_shape),
    c.trajectory?.months,
  );
  const before = {
    label: target.label,
    value: target.value,
    unit: target.unit,
    dueDate: target.due_date,
    trajectoryShape: target.trajectory_shape,
    trajectory: JSON.parse(target.trajectory_json) as unknown,
  };
  const after = {
    label: next.label,
    value: next.value,
    unit: next.unit,
    dueDate: next.dueDate,
    trajectoryShape: c.trajectory?.shape ?? before.trajectoryShape,
    trajectory,
  };
  if (JSON.stringify(before) === JSON.stringify(after)) throw badRequest('申请的内容与当前目标相同，请填写要变更的值。');
  return createRequest(ctx, actor, {
    projectId: target.project_id,
    targetId,
    milestoneId: null,
    before,
    after,
    reason: input.reason,
    summary: `申请变更项目 ${scope.project.seq} 的目标“${target.label}”：${target.value}${target.unit} → ${next.value}${next.unit}`,
  });
}

export async function requestMilestoneChange(ctx: AppContext, actor: Actor, milestoneId: number, input: MilestoneChangeRequestBody): Promise<ChangeRequest> {
  const milestone = await findMilestoneRow(ctx.db, milestoneId);
  if (!milestone) throw notFound('节点');
  const scope = await scopeForRequest(ctx, actor, milestone.project_id);
  if (await hasPendingChangeRequest(ctx.db, 'milestone_id', milestoneId)) throw alreadyPending();
  const before = { title: milestone.title, dueDate: milestone.due_date };
  const after = {
    title: input.changes.title?.trim() || milestone.title,
    dueDate: input.changes.dueDate === undefined ? milestone.due_date : input.changes.dueDate,
  };
  if (JSON.stringify(before) === JSON.stringify(after)) throw badRequest('申请的内容与当前节点相同，请填写要变更的值。');
  return createRequest(ctx, actor, {
    projectId: milestone.project_id,
    targetId: null,
    milestoneId,
    before,
    after,
    reason: input.reason,
    summary: `申请变更项目 ${scope.project.seq} 的节点“${milestone.title}”`,
  });
}

async function createRequest(
  ctx: AppContext,
  actor: Actor,
  r: { projectId: number; targetId: number | null; milestoneId: number | null; before: object; after: object; reason: string; summary: string },
) {
  const reason = r.reason.trim();
  if (reason.length < 4) throw badRequest('请填写变更理由（至少 4 个字），说明为什么需要调整承诺。', { field: 'reason' });
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await insertChangeRequest(trx, {
      project_id: r.projectId,
      target_id: r.targetId,
      milestone_id: r.milestoneId,
      before_json: JSON.stringify(r.before),
      after_json: JSON.stringify(r.after),
      reason,
      status: 'pending',
      requested_by: actor.username,
      requested_at: nowIso(),
      decided_by: null,
      decided_at: null,
      decision_reason: null,
    });
    await writeAudit(trx, actor, { action: 'request_change', entity: 'change_request', entityId: newId, summary: r.summary, before: r.before, after: r.after });
    return newId;
  });
  return toChangeRequestView((await findChangeRequestRow(ctx.db, id))!);
}

/** Unit users see the requests of the projects their unit takes part in; others see the whole plan. */
export async function listChangeRequests(ctx: AppContext, actor: Actor, planId: number, filter: ChangeRequestListQuery): Promise<ChangeRequestListItem[]> {
  const unitId = changeRequestUnitScope(actor);
  const requests = await listPlanChangeRequests(ctx.db, planId, { ...filter, ...(unitId === null ? {} : { unitId }) });
  return requests.map((request) => ({ ...request, permissions: changeRequestPermissions(actor, request) }));
}

/** Approve or reject (督查室). An approval applies the new values; the baseline keeps the original promise. */
export async function decideChange(ctx: AppContext, actor: Actor, id: number, decision: { approve: boolean; reason: string | null }): Promise<ChangeRequest> {
  const request = await findChangeRequestRow(ctx.db, id);
  if (!request) throw notFound('变更申请');
  const scope = await loadProjectScope(ctx, actor, request.project_id);
  if (!canDecideChanges(actor)) throw forbidden('只有督查室可以审批变更申请。');
  if (!decision.approve && !decision.reason?.trim()) throw badRequest('驳回时请填写理由，便于申请单位修改。', { field: 'reason' });
  await ctx.db.transaction().execute(async (trx) => {
    const status = decision.approve ? 'approved' : 'rejected';
    if (!(await decideChangeRequest(trx, id, { status, by: actor.username, reason: decision.reason?.trim() || null }))) {
      throw new AppError('ALREADY_DECIDED', '该变更申请已被审批，请刷新查看结果。');
    }
    if (decision.approve) {
      const after = JSON.parse(request.after_json) as Record<string, unknown>;
      const at = nowIso();
      if (request.target_id !== null) {
        await applyApprovedTargetChange(
          trx,
          request.target_id,
          {
            label: after.label as string,
            value: after.value as number,
            unit: after.unit as string,
            due_date: after.dueDate as string,
            trajectory_shape: after.trajectoryShape as TrajectoryShape,
            trajectory_json: JSON.stringify(after.trajectory),
          },
          at,
        );
        await writeRevision(trx, 'target', request.target_id, actor.username, 'change_approved');
      } else if (request.milestone_id !== null) {
        await applyApprovedMilestoneChange(trx, request.milestone_id, { title: after.title as string, due_date: (after.dueDate as string | null) ?? null }, at);
        await writeRevision(trx, 'milestone', request.milestone_id, actor.username, 'change_approved');
      }
    }
    await writeAudit(trx, actor, {
      action: decision.approve ? 'approve_change' : 'reject_change',
      entity: 'change_request',
      entityId: id,
      summary: `${decision.approve ? '批准' : '驳回'}项目 ${scope.project.seq} 的变更申请${decision.reason ? `：${decision.reason}` : ''}`,
      before: JSON.parse(request.before_json),
      after: JSON.parse(request.after_json),
    });
  });
  return toChangeRequestView((await findChangeRequestRow(ctx.db, id))!, { seq: scope.project.seq, name: scope.project.name });
}
