import type { PublicCommentStatus } from '../db/schema';
import type { Actor } from './policy-actor';
import { isOffice, isUnitRole, isUserOfUnit, readsAll } from './policy-actor';

/**
 * 群众留言 (issue 12): the 督查室 moderates every comment of a plan and alone sees the full phone (to call back);
 * leaders read all, masked; users of a project's lead unit read its approved comments, masked, and reply; other
 * units see nothing (a direct id answers 404).
 */

/** The parts of a comment the rules read. */
export interface PublicCommentRef {
  status: PublicCommentStatus;
  /** the project's lead units (a project may have several) */
  lead_units: readonly { id: number }[];
}

/** Read one comment. */
/** A user of one of the project's lead units. */
const isLeadUser = (actor: Actor, c: PublicCommentRef) => c.lead_units.some((u) => isUserOfUnit(actor, u.id));

export const canReadPublicComment = (actor: Actor, c: PublicCommentRef) => readsAll(actor) || (isLeadUser(actor, c) && c.status === 'approved');

/** The full phone and name, for a call back: the 督查室 (and admin) only. */
export const seesFullContact = (actor: Actor) => isOffice(actor);

/** 审核 (approve / reject): the 督查室. */
export const canModeratePublicComments = (actor: Actor) => isOffice(actor);

/** 公开: a pending comment, or one rejected by mistake. */
export const canApprovePublicComment = (actor: Actor, c: PublicCommentRef) => isOffice(actor) && c.status !== 'approved';

/** 不予公开 (with a reason): a pending comment, or withdraw an approved one. */
export const canRejectPublicComment = (actor: Actor, c: PublicCommentRef) => isOffice(actor) && c.status !== 'rejected';

/** 回复: a user of the project's lead unit, once the comment is public. */
export const canReplyPublicComment = (actor: Actor, c: PublicCommentRef) => isLeadUser(actor, c) && c.status === 'approved';

/** Which comments of a plan the actor lists: all, the approved ones of the projects its unit leads, or none. */
export function publicCommentListScope(actor: Actor): { all: true } | { leadUnitId: number } | null {
  if (readsAll(actor)) return { all: true };
  if (isUnitRole(actor.role) && actor.unitId !== null) return { leadUnitId: actor.unitId };
  return null;
}

/** What the actor may do on a comment, by the same rules the service enforces. */
export function publicCommentPermissions(actor: Actor, c: PublicCommentRef) {
  return {
    canApprove: canApprovePublicComment(actor, c),
    canReject: canRejectPublicComment(actor, c),
    canReply: canReplyPublicComment(actor, c),
    seesFullPhone: seesFullContact(actor),
  };
}
