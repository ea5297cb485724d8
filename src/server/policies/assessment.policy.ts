import type { Actor } from './policy-actor';
import { isOffice, isUnitRole, readsAll } from './policy-actor';

/**
 * 单位考核 (issue 11): the 督查室, admin and leaders read the whole league table; a unit's users read their own
 * unit's row only. Only the 督查室 (and admin) edit the rubric.
 */
export const canReadAssessment = (actor: Actor) => readsAll(actor) || (isUnitRole(actor.role) && actor.unitId !== null);

/** The units whose rows an actor may see: every unit, or only the actor's own. */
export const canSeeUnitScore = (actor: Actor, unitId: number) => readsAll(actor) || (isUnitRole(actor.role) && actor.unitId === unitId);

export const canEditRubric = (actor: Actor) => isOffice(actor);

/** What the reader may do from the assessment page; returned as `permissions`. */
export function assessmentPermissions(actor: Actor) {
  return { canEditRubric: canEditRubric(actor), canExport: canReadAssessment(actor), seesAllUnits: readsAll(actor) };
}
