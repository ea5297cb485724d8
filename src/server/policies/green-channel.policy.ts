import type { GreenChannelStatus } from '../db/schema';
import type { Actor, ProjectUnitRef } from './policy-actor';
import { isUserOfUnit } from './policy-actor';
import { canReadWholeBlocker } from './blocker.policy';

/**
 * Green-channel requests (绿色通道, issue 5): the lead unit sends one to a co-unit of the project; only users of
 * that co-unit accept, answer and close it, in that order.
 */

/** The parts of a request the rules read. */
export interface GreenChannelRequestRef {
  co_unit_id: number;
  status: GreenChannelStatus;
}

export type GreenChannelAction = 'accept' | 'answer' | 'close';

/** Which request statuses allow each co-unit action: accept, then answer, then close. */
export const REQUEST_ACTION_FROM: Record<GreenChannelAction, readonly GreenChannelStatus[]> = {
  accept: ['requested'],
  answer: ['requested', 'accepted'],
  close: ['answered'],
};

/** A unit user of the co-unit the request is addressed to. */
export const isAddressedUser = (actor: Actor, r: Pick<GreenChannelRequestRef, 'co_unit_id'>) => isUserOfUnit(actor, r.co_unit_id);

/** Reading a request: whoever reads the whole blocker, and the addressed co-unit. */
export function canReadGreenChannelRequest(actor: Actor, units: readonly ProjectUnitRef[], r: Pick<GreenChannelRequestRef, 'co_unit_id'>): boolean {
  return canReadWholeBlocker(actor, units) || isAddressedUser(actor, r);
}

/** Accepting, answering or closing a request (whatever its status): users of the addressed co-unit only. */
export const canActOnGreenChannel = (actor: Actor, r: Pick<GreenChannelRequestRef, 'co_unit_id'>) => isAddressedUser(actor, r);

/** Whether the request's status allows the action now. */
export const greenChannelActionAllowed = (action: GreenChannelAction, status: GreenChannelStatus) => REQUEST_ACTION_FROM[action].includes(status);

/** What the actor may do on one request: only users of the addressed co-unit, in order. */
export function greenChannelPermissions(actor: Actor, r: GreenChannelRequestRef) {
  const addressed = canActOnGreenChannel(actor, r);
  return {
    canAccept: addressed && greenChannelActionAllowed('accept', r.status),
    canAnswer: addressed && greenChannelActionAllowed('answer', r.status),
    canClose: addressed && greenChannelActionAllowed('close', r.status),
  };
}

export type GreenChannelPermissions = ReturnType<typeof greenChannelPermissions>;
