import type { Actor } from './policy-actor';
import { isOffice, isUnitRole } from './policy-actor';
import { readsAllMeetings } from './meeting.policy';

/**
 * An action item (overdue ones included) is seen by its owner unit, the meeting's host unit, the 督查室 and leaders;
 * a unit that reads the meeting only because it works on a discussed project does not see other units' items.
 */
export function canSeeActionItem(actor: Actor, meeting: { host_unit_id: number | null }, item: { owner_unit_id: number }): boolean {
  if (readsAllMeetings(actor)) return true;
  return actor.unitId !== null && (actor.unitId === item.owner_unit_id || actor.unitId === meeting.host_unit_id);
}

/** 办结: users of the owner unit or the 督查室, while the item is open. */
export function canCloseActionItem(actor: Actor, item: { owner_unit_id: number; status: string }): boolean {
  if (item.status === 'done') return false;
  return isOffice(actor) || (isUnitRole(actor.role) && actor.unitId === item.owner_unit_id);
}

/** What the actor may do on one action item; returned by the item views as `permissions`. */
export function actionItemPermissions(actor: Actor, item: { owner_unit_id: number; status: string }) {
  return { canClose: canCloseActionItem(actor, item) };
}

export type ActionItemPermissions = ReturnType<typeof actionItemPermissions>;
