import type { Actor, ProjectUnitRef } from './policy-actor';
import { isUnitRole } from './policy-actor';
import { canEditProject, canReviewProject } from './project.policy';

/**
 * Targets, milestones, the baseline lock and change requests. Before the plan's baseline is locked the project's
 * writers edit the items directly and the 督查室 confirms them; after the lock every change is a request the
 * 督查室 decides, so the original promise stays on record.
 */

/** A project as the target rules see it: its units and whether its plan's baseline is locked. */
export interface TargetScopeRef {
  units: readonly ProjectUnitRef[];
  isLocked: boolean;
}

/** 添加 / 编辑 / 删除 an item, or set its 计划进度: the lead unit or the 督查室, before the lock. */
export const canEditTargets = (actor: Actor, scope: TargetScopeRef) => canEditProject(actor, scope.units) && !scope.isLocked;

/** 确认 an item (one or all of a project): the 督查室, before the lock. */
export const canConfirmTargets = (actor: Actor, scope: TargetScopeRef) => canReviewProject(actor) && !scope.isLocked;

/** An item the 督查室 itself adds or edits needs no second look: it is stored confirmed. */
export const isConfirmedOnWrite = (actor: Actor) => canReviewProject(actor);

/** 申请变更 of a locked item: the lead unit or the 督查室, after the lock. */
export const canRequestTargetChange = (actor: Actor, scope: TargetScopeRef) => canEditProject(actor, scope.units) && scope.isLocked;

/** 锁定基线 of a plan: the 督查室 and admin. */
export const canLockBaseline = (actor: Actor) => canReviewProject(actor);

/** 批准 / 驳回 change requests: the 督查室 and admin. */
export const canDecideChanges = (actor: Actor) => canReviewProject(actor);

/** 批准 / 驳回 one change request: the 督查室, while it is still pending. */
export const canDecideChangeRequest = (actor: Actor, request: { status: string }) => canDecideChanges(actor) && request.status === 'pending';

/**
 * Unit users read only the change requests of projects their unit takes part in (returns that unit's id);
 * everyone else reads the whole plan's list (null).
 */
export function changeRequestUnitScope(actor: Actor): number | null {
  return isUnitRole(actor.role) && actor.unitId !== null ? actor.unitId : null;
}

/** What the actor may do with a project's targets and milestones; returned by the targets view as `permissions`. */
export function targetPermissions(actor: Actor, scope: TargetScopeRef) {
  return {
    canEditItems: canEditTargets(actor, scope),
    canConfirmItems: canConfirmTargets(actor, scope),
    canRequestChange: canRequestTargetChange(actor, scope),
    canDecideChanges: canDecideChanges(actor),
  };
}

/** What the actor may do on a plan's target review; returned by the review view as `permissions`. */
export function targetReviewPermissions(actor: Actor, plan: { isLocked: boolean }) {
  return {
    canConfirmItems: canReviewProject(actor) && !plan.isLocked,
    canLockBaseline: canLockBaseline(actor) && !plan.isLocked,
  };
}

/** What the actor may do with one change request; returned by the change list as `permissions`. */
export function changeRequestPermissions(actor: Actor, request: { status: string }) {
  return { canDecide: canDecideChangeRequest(actor, request) };
}

export type TargetPermissions = ReturnType<typeof targetPermissions>;
