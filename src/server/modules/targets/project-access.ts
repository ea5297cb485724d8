import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { AppError, forbidden, notFound } from '../../errors';
import { findProjectRow, loadProjectUnits } from '../projects/projects.repo';
import { canEditProject, canReviewProject, projectPermissions } from '../../policies/project.policy';
import { canConfirmTargets, canEditTargets } from '../../policies/target.policy';
import { getPlanBaseline } from './baseline.repo';

export const baselineLocked = () => new AppError('BASELINE_LOCKED', '基线已锁定，修改需提交变更申请并经督查室批准。');

/**
 * A project with its plan's year and baseline state, and what the actor may do on it. Used by the weekly,
 * report, blocker and ledger modules too: `canEdit`/`canReview` are the project policy's answers, `permissions`
 * the whole project permission set.
 */
export async function loadProjectScope(ctx: AppContext, actor: Actor, projectId: number) {
  const project = await findProjectRow(ctx.db, projectId);
  if (!project) throw notFound('项目');
  const plan = await getPlanBaseline(ctx.db, project.planId);
  const units = (await loadProjectUnits(ctx.db, [projectId])).get(projectId) ?? [];
  return {
    project,
    plan,
    isLocked: plan.baseline_locked_at !== null,
    canEdit: canEditProject(actor, units),
    canReview: canReviewProject(actor),
    permissions: projectPermissions(actor, units),
    units,
  };
}

export type ProjectScope = Awaited<ReturnType<typeof loadProjectScope>>;

/** Direct edits: the lead unit or the 督查室, and only before the baseline lock. */
export function assertCanEditBeforeLock(actor: Actor, scope: ProjectScope): void {
  if (canEditTargets(actor, scope)) return;
  if (!canEditProject(actor, scope.units)) throw forbidden('只有该项目的主办单位或督查室可以修改目标。');
  throw baselineLocked();
}

/** Confirming items: the 督查室, and only before the baseline lock. */
export function assertCanConfirm(actor: Actor, scope: ProjectScope): void {
  if (canConfirmTargets(actor, scope)) return;
  if (!canReviewProject(actor)) throw forbidden('只有督查室可以确认目标、锁定基线和审批变更。');
  throw baselineLocked();
}
