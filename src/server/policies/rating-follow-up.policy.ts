import type { RatingFollowUpStatus } from '../db/schema';
import type { Actor } from './policy-actor';
import { isUnitRole, isUserOfUnit, readsAll } from './policy-actor';

/**
 * 满意度 (issue 12): the 督查室 and leaders read the results and every 回访整改 follow-up; users of the lead unit
 * read theirs and close them with 处理情况; other units see nothing.
 */

export interface RatingFollowUpRef {
  unit_id: number;
  status: RatingFollowUpStatus;
}

/** Results per project and the year-end 测评 table. */
export const canReadSatisfaction = (actor: Actor) => readsAll(actor);

export const canReadFollowUp = (actor: Actor, f: Pick<RatingFollowUpRef, 'unit_id'>) => readsAll(actor) || isUserOfUnit(actor, f.unit_id);

/** 处理并办结: a user of the addressed lead unit, while open. */
export const canCloseFollowUp = (actor: Actor, f: RatingFollowUpRef) => isUserOfUnit(actor, f.unit_id) && f.status === 'open';

/** Which follow-ups the actor lists: all, its unit's, or none. */
export function followUpListScope(actor: Actor): { all: true } | { unitId: number } | null {
  if (readsAll(actor)) return { all: true };
  if (isUnitRole(actor.role) && actor.unitId !== null) return { unitId: actor.unitId };
  return null;
}

export const followUpPermissions = (actor: Actor, f: RatingFollowUpRef) => ({ canClose: canCloseFollowUp(actor, f) });
