import type { SupervisionNoticeStatus } from '../db/schema';
import type { Actor } from './policy-actor';
import { isOffice, isUnitRole, isUserOfUnit, readsAll } from './policy-actor';

/**
 * 督办单 (issue 11): the 督查室 issues, reviews and reads all; leaders read all; users of the addressed unit read
 * theirs, sign and respond; other units see nothing (a direct id answers 404).
 */

/** The parts of a notice the rules read. */
export interface SupervisionNoticeRef {
  unit_id: number;
  status: SupervisionNoticeStatus;
}

/** 下发督办单: the 督查室 (and admin). */
export const canIssueSupervisionNotice = (actor: Actor) => isOffice(actor);

/** Read one notice: everyone who reads all, or a user of the addressed unit. */
export const canReadSupervisionNotice = (actor: Actor, n: Pick<SupervisionNoticeRef, 'unit_id'>) => readsAll(actor) || isUserOfUnit(actor, n.unit_id);

/** Which notices of a plan the actor lists: all, those addressed to its unit, or none. */
export function supervisionNoticeListScope(actor: Actor): { all: true } | { unitId: number } | null {
  if (readsAll(actor)) return { all: true };
  if (isUnitRole(actor.role) && actor.unitId !== null) return { unitId: actor.unitId };
  return null;
}

/** 签收: a user of the addressed unit, once, while issued. */
export const canSignSupervisionNotice = (actor: Actor, n: SupervisionNoticeRef) => isUserOfUnit(actor, n.unit_id) && n.status === 'issued';

/** 反馈 (and upload evidence): a user of the addressed unit, after signing or after a return. */
export const canRespondSupervisionNotice = (actor: Actor, n: SupervisionNoticeRef) =>
  isUserOfUnit(actor, n.unit_id) && (n.status === 'signed' || n.status === 'returned');

/** 复核 (办结 / 退回): the 督查室, once the unit has responded. */
export const canReviewSupervisionNotice = (actor: Actor, n: SupervisionNoticeRef) => isOffice(actor) && n.status === 'responded';

/** What the actor may do on a notice, by the same rules the service enforces. */
export function supervisionNoticePermissions(actor: Actor, n: SupervisionNoticeRef) {
  return {
    canSign: canSignSupervisionNotice(actor, n),
    canRespond: canRespondSupervisionNotice(actor, n),
    canUploadEvidence: canRespondSupervisionNotice(actor, n),
    canReview: canReviewSupervisionNotice(actor, n),
  };
}

export type SupervisionNoticePermissions = ReturnType<typeof supervisionNoticePermissions>;
