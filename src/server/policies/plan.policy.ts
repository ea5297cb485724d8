import type { PlanPermissions } from '../../contract/plans.contract';
import type { Actor } from './policy-actor';
import { isOffice } from './policy-actor';
import { canPublishOnPortal } from './portal.policy';

/** 报送时限: the 督查室 (and admin) set a plan's weekly and monthly deadlines. */
export const canSetPlanRhythm = (actor: Actor) => isOffice(actor);

/** The plan-wide reviews (目标审核, 变更审批, weekly and monthly reviews): the 督查室 and admin. */
export const canReviewPlan = (actor: Actor) => isOffice(actor);

/** What the actor may do on one plan; returned by GET /plans/:id as `permissions`. */
export function planPermissions(actor: Actor): PlanPermissions {
  return { canSetRhythm: canSetPlanRhythm(actor), canReview: canReviewPlan(actor), canPublish: canPublishOnPortal(actor) };
}
