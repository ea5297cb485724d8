import type { RectificationStatus } from '../db/schema';
import type { Actor, ProjectUnitRef } from './policy-actor';
import { isOffice, isUnitRole, readsAll } from './policy-actor';
import { isCoUser, isLeadUser } from './project.policy';

/**
 * 一线督导检查 (issue 11): the 督查室 records inspections and findings, requests rectifications and reviews them;
 * leaders read everything; a unit reads the findings and rectifications of projects it leads or co-operates on
 * (and the inspections that visited them), the lead unit answers its rectifications; other units see nothing.
 */

/** Record and edit inspections, findings and rectification requests; review rectifications: the 督查室 (and admin). */
export const canManageInspections = (actor: Actor) => isOffice(actor);

/** Everything of every inspection: the 督查室, admin and leaders. */
export const readsAllInspections = (actor: Actor) => readsAll(actor);

/** A finding (and its rectification and photos) of a project: all readers, or a user of its lead or co-unit. */
export const canReadFinding = (actor: Actor, units: readonly ProjectUnitRef[]) => readsAll(actor) || isLeadUser(actor, units) || isCoUser(actor, units);

/**
 * Which inspections and findings the actor lists: all, those of one unit's projects, or none. A unit user sees an
 * inspection only when it visited one of the unit's projects, and only those projects' findings.
 */
export function inspectionScope(actor: Actor): { all: true } | { unitId: number } | null {
  if (readsAll(actor)) return { all: true };
  if (isUnitRole(actor.role) && actor.unitId !== null) return { unitId: actor.unitId };
  return null;
}

/** 提交整改情况: a user of the project's lead unit, while the rectification is open (new or returned). */
export const canRespondRectification = (actor: Actor, units: readonly ProjectUnitRef[], status: RectificationStatus) =>
  status === 'open' && isUnitRole(actor.role) && isLeadUser(actor, units);

/** 复核: the 督查室, once the unit has submitted. */
export const canReviewRectification = (actor: Actor, status: RectificationStatus) => status === 'submitted' && canManageInspections(actor);

export function inspectionPermissions(actor: Actor) {
  return { canEdit: canManageInspections(actor), canAddFinding: canManageInspections(actor) };
}

export function findingPermissions(actor: Actor, hasRectification: boolean) {
  const manage = canManageInspections(actor);
  return { canEdit: manage, canAddPhoto: manage, canRequestRectification: manage && !hasRectification };
}

/** What the actor may do on a rectification, by the same rules the service enforces. */
export function rectificationPermissions(actor: Actor, units: readonly ProjectUnitRef[], status: RectificationStatus) {
  const review = canReviewRectification(actor, status);
  return {
    canRespond: canRespondRectification(actor, units, status),
    canAddPhoto: canRespondRectification(actor, units, status),
    canAccept: review,
    canReturn: review,
  };
}
