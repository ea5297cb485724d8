import type { TrajectoryShape } from '../../../domain/trajectory/trajectory';
import { targetFieldsProblem } from '../../../domain/baseline/target-rules';
import type { TargetKind } from '../../../domain/targets/target.types';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import type { TargetRow } from '../../db/schema';
import { badRequest, notFound, versionConflict } from '../../errors';
import type { ProjectTargets, Target, TargetHistory, TargetInput, TargetPatchBody, TrajectoryBody } from '../../../contract/targets.contract';
import { canEditProject, canReviewProject } from '../../policies/project.policy';
import { isConfirmedOnWrite, targetPermissions } from '../../policies/target.policy';
import { assertCanConfirm, assertCanEditBeforeLock, loadProjectScope } from './project-access';
import { pendingChangesFor } from './change-requests.repo';
import { planTrajectory } from './trajectory-plan';
import { toMilestoneView, toTargetView } from './target-view';
import {
  deleteTargetRow,
  findTargetRow,
  insertTargetRow,
  listMilestoneRows,
  listRevisions,
  listTargetRows,
  nextSeq,
  updateTargetRow,
  writeRevision,
} from './targets.repo';

function checkFields(t: { label: string; value: number; unit: string; kind: TargetKind }): void {
  const problem = targetFieldsProblem(t);
  if (problem) throw badRequest(problem.message, { field: problem.field });
}

const describe = (t: { label: string; value: number; unit: string }) => `${t.label} ${t.value}${t.unit}`;

/** Everything the targets panel shows for a project, with what the actor may do. */
export async function getProjectTargets(ctx: AppContext, actor: Actor, projectId: number): Promise<ProjectTargets> {
  const scope = await loadProjectScope(ctx, actor, projectId);
  const [targets, milestones, pending] = await Promise.all([
    listTargetRows(ctx.db, projectId),
    listMilestoneRows(ctx.db, projectId),
    pendingChangesFor(ctx.db, projectId),
  ]);
  return {
    targets: targets.map((t) => toTargetView(t, pending.byTarget.get(t.id) ?? null)),
    milestones: milestones.map((m) => toMilestoneView(m, pending.byMilestone.get(m.id) ?? null)),
    baseline: { lockedAt: scope.plan.baseline_locked_at, lockedBy: scope.plan.baseline_locked_by },
    canEdit: canEditProject(actor, scope.units),
    canReview: canReviewProject(actor),
    permissions: targetPermissions(actor, scope),
  };
}

export async function addTarget(ctx: AppContext, actor: Actor, projectId: number, input: TargetInput): Promise<Target> {
  const scope = await loadProjectScope(ctx, actor, projectId);
  assertCanEditBeforeLock(actor, scope);
  checkFields(input);
  if (input.parentId) {
    const parent = await findTargetRow(ctx.db, input.parentId);
    if (!parent || parent.project_id !== projectId) throw badRequest('所属的上级指标不存在或不属于本项目。', { field: 'parentId' });
  }
  const direction = input.direction ?? 'increase';
  const dueDate = input.dueDate ?? scope.project.deadline;
  const trajectory = planTrajectory(scope.plan.year, { ...input, direction, dueDate }, 'linear');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await insertTargetRow(trx, {
      project_id: projectId,
      parent_id: input.parentId ?? null,
      seq: await nextSeq(trx, 'target', projectId),
      label: input.label.trim(),
      value: input.value,
      unit: input.unit.trim(),
      kind: input.kind,
      direction,
      weight: input.weight ?? 1,
      due_date: dueDate,
      is_min: 0,
      is_approx: 0,
      source_text: null,
      confidence: 1,
      status: isConfirmedOnWrite(actor) ? 'confirmed' : 'proposed',
      trajectory_shape: 'linear',
      trajectory_json: JSON.stringify(trajectory),
      baseline_json: null,
    });
    await writeRevision(trx, 'target', newId, actor.username, 'create');
    await writeAudit(trx, actor, {
      action: 'create',
      entity: 'target',
      entityId: newId,
      summary: `项目 ${scope.project.seq} 新增目标：${describe(input)}`,
      after: input,
    });
    return newId;
  });
  return toTargetView((await findTargetRow(ctx.db, id))!);
}

/** Load a target and its project scope for a write. */
export async function loadTargetForWrite(ctx: AppContext, actor: Actor, targetId: number) {
  const target = await findTargetRow(ctx.db, targetId);
  if (!target) throw notFound('目标');
  const scope = await loadProjectScope(ctx, actor, target.project_id);
  return { target, scope };
}

/** Every stored version of a target, oldest first; the actor must be allowed to see its project. */
export async function getTargetHistory(ctx: AppContext, actor: Actor, targetId: number): Promise<TargetHistory> {
  await loadTargetForWrite(ctx, actor, targetId);
  const rows = await listRevisions(ctx.db, 'target', targetId);
  return { items: rows.map(({ snapshot_json, ...r }) => ({ ...r, snapshot: JSON.parse(snapshot_json) as Record<string, unknown> })) };
}

async function saveTarget(ctx: AppContext, actor: Actor, before: TargetRow, changes: Partial<TargetRow>, version: number, action: string, summary: string) {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateTargetRow(trx, before.id, changes, version))) throw versionConflict('该目标');
    await writeRevision(trx, 'target', before.id, actor.username, action);
    const keys = Object.keys(changes) as (keyof TargetRow)[];
    await writeAudit(trx, actor, {
      action,
      entity: 'target',
      entityId: before.id,
      summary,
      before: Object.fromEntries(keys.map((k) => [k, before[k]])),
      after: changes,
    });
  });
  return toTargetView((await findTargetRow(ctx.db, before.id))!);
}

export async function updateTarget(ctx: AppContext, actor: Actor, targetId: number, input: TargetPatchBody): Promise<Target> {
  const { target, scope } = await loadTargetForWrite(ctx, actor, targetId);
  assertCanEditBeforeLock(actor, scope);
  const next = {
    label: input.label?.trim() ?? target.label,
    value: input.value ?? target.value,
    unit: input.unit?.trim() ?? target.unit,
    kind: input.kind ?? target.kind,
    direction: input.direction ?? target.direction,
    dueDate: input.dueDate ?? target.due_date,
  };
  checkFields(next);
  // A changed value or deadline invalidates a hand-typed path; it falls back to the even plan.
  const planChanged = next.value !== target.value || next.dueDate !== target.due_date || next.kind !== target.kind || next.direction !== target.direction;
  const shape: TrajectoryShape = planChanged && target.trajectory_shape === 'custom' ? 'linear' : target.trajectory_shape;
  const changes: Partial<TargetRow> = {
    label: next.label,
    value: next.value,
    unit: next.unit,
    kind: next.kind,
    direction: next.direction,
    weight: input.weight ?? target.weight,
    due_date: next.dueDate,
    // an edit by the unit goes back to the 督查室 for confirmation
    status: isConfirmedOnWrite(actor) ? target.status : 'proposed',
    ...(planChanged ? { trajectory_shape: shape, trajectory_json: JSON.stringify(planTrajectory(scope.plan.year, next, shape)) } : {}),
  };
  return saveTarget(ctx, actor, target, changes, input.version, 'update', `修改项目 ${scope.project.seq} 的目标：${describe(next)}`);
}

export async function setTargetTrajectory(ctx: AppContext, actor: Actor, targetId: number, input: TrajectoryBody): Promise<Target> {
  const { target, scope } = await loadTargetForWrite(ctx, actor, targetId);
  assertCanEditBeforeLock(actor, scope);
  const trajectory = planTrajectory(
    scope.plan.year,
    { value: target.value, kind: target.kind, direction: target.direction, dueDate: target.due_date },
    input.shape,
    input.months,
  );
  return saveTarget(
    ctx,
    actor,
    target,
    { trajectory_shape: input.shape, trajectory_json: JSON.stringify(trajectory) },
    input.version,
    'update',
    `修改项目 ${scope.project.seq} 目标“${target.label}”的计划进度`,
  );
}

export async function confirmTarget(ctx: AppContext, actor: Actor, targetId: number, version: number): Promise<Target> {
  const { target, scope } = await loadTargetForWrite(ctx, actor, targetId);
  assertCanConfirm(actor, scope);
  return saveTarget(ctx, actor, target, { status: 'confirmed' }, version, 'confirm', `确认项目 ${scope.project.seq} 的目标：${describe(target)}`);
}

export async function deleteTarget(ctx: AppContext, actor: Actor, targetId: number, version: number): Promise<void> {
  const { target, scope } = await loadTargetForWrite(ctx, actor, targetId);
  assertCanEditBeforeLock(actor, scope);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteTargetRow(trx, targetId, version))) throw versionConflict('该目标');
    await writeAudit(trx, actor, {
      action: 'delete',
      entity: 'target',
      entityId: targetId,
      summary: `删除项目 ${scope.project.seq} 的目标：${describe(target)}`,
      before: target,
    });
  });
}
