import type { Selectable } from 'kysely';
import type { Actor } from '../../auth/actor';
import { isOffice, isUnitRole } from '../../auth/actor';
import type { BlockerStatus, BlockerTable, GreenChannelRequestTable } from '../../db/schema';

type ProjectUnit = { id: number; role: 'lead' | 'co' };

/** A resolved or closed blocker takes no more actions. */
export const blockerClosed = (status: BlockerStatus) => status === 'resolved' || status === 'closed';

/** A unit user of one of the project's lead units. */
export function isLeadUser(actor: Actor, units: ProjectUnit[]) {
  return isUnitRole(actor.role) && actor.unitId !== null && units.some((u) => u.role === 'lead' && u.id === actor.unitId);
}

/** A unit user of the co-unit a green-channel request is addressed to. */
export function isAddressedUser(actor: Actor, coUnitId: number) {
  return isUnitRole(actor.role) && actor.unitId === coUnitId;
}

/** Which request statuses allow each co-unit action: accept, then answer, then close. */
export const REQUEST_ACTION_FROM: Record<'accept' | 'answer' | 'close', Selectable<GreenChannelRequestTable>['status'][]> = {
  accept: ['requested'],
  answer: ['requested', 'accepted'],
  close: ['answered'],
};

/**
 * What the actor may do on a blocker, by the same rules the service enforces, so the UI shows only buttons that
 * will work: green channel and escalation for the lead unit; resolve and close for the lead unit or 督查室.
 */
export function blockerPermissions(actor: Actor, b: Selectable<BlockerTable>, units: ProjectUnit[]) {
  const open = !blockerClosed(b.status);
  const lead = isLeadUser(actor, units);
  const finisher = open && (lead || isOffice(actor));
  return {
    canRequestGreenChannel: open && lead && units.some((u) => u.role === 'co'),
    canEscalate: open && lead && b.escalated_to_leader !== 1,
    canResolve: finisher,
    canClose: finisher,
  };
}

/** What the actor may do on one green-channel request: only users of the addressed co-unit, in order. */
export function requestPermissions(actor: Actor, r: Selectable<GreenChannelRequestTable>) {
  const addressed = isAddressedUser(actor, r.co_unit_id);
  return {
    canAccept: addressed && REQUEST_ACTION_FROM.accept.includes(r.status),
    canAnswer: addressed && REQUEST_ACTION_FROM.answer.includes(r.status),
    canClose: addressed && REQUEST_ACTION_FROM.close.includes(r.status),
  };
}

/** Past its due date (China calendar day) and still unanswered. */
export function isRequestOverdue(r: Selectable<GreenChannelRequestTable>, today: string) {
  return (r.status === 'requested' || r.status === 'accepted') && r.due_date < today;
}
