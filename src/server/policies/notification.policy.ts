import type { Actor } from './policy-actor';
import { isOffice } from './policy-actor';

/**
 * Notifications (issue 11): everyone reads and marks only their own items and sets their own preferences; a unit's
 * group robots are set by the 督查室 or the admin; the delivery log is the admin's.
 */
export const canReadNotification = (actor: Actor, n: { user_id: number }) => n.user_id === actor.id;

export const canEditUnitRobots = (actor: Actor) => isOffice(actor);

/** A unit's robot settings (masked): the office, or the unit's own users. */
export const canReadUnitRobots = (actor: Actor, unitId: number) => isOffice(actor) || actor.unitId === unitId;

export const canReadDeliveryLog = (actor: Actor) => actor.role === 'admin';

export function unitRobotPermissions(actor: Actor) {
  return { canEdit: canEditUnitRobots(actor) };
}
