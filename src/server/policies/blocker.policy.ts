import type { BlockerStatus } from '../db/schema';
import type { Actor, ProjectUnitRef } from './policy-actor';
import { isOffice, isUnitRole, isUserOfUnit, readsAll } from './policy-actor';
import { canRaiseBlocker, isLeadUser } from './project.policy';

/**
 * 堵点卡点 (issue 5): the lead unit raises, escalates and asks co-units for a green channel; the lead unit or the
 * 督查室 resolves or closes. Everyone who reads all plans reads every blocker; a co-unit reads a blocker only when
 * a green-channel request is addressed to it.
 */
export { canRaiseBlocker };

/** The parts of a blocker the rules read. */
export interface BlockerRef {
  status: BlockerStatus;
  escalated_to_leader: number;
}

/** A resolved or closed blocker takes no more actions. */
export const blockerClosed = (status: BlockerStatus) => status === 'resolved' || status === 'closed';

/** The whole blocker with all its requests: the 督查室, admin, leaders and the project's lead unit. */
export const canReadWholeBlocker = (actor: Actor, units: readonly ProjectUnitRef[]) => readsAll(actor) || isLeadUser(actor, units);

/** The blocker at all: as above, or a unit user of a co-unit one of its requests is addressed to. */
export function canReadBlocker(actor: Actor, units: readonly ProjectUnitRef[], requests: readonly { co_unit_id: number }[]): boolean {
  return canReadWholeBlocker(actor, units) || requests.some((r) => isUserOfUnit(actor, r.co_unit_id));
}

/**
 * Which of a plan's blockers the actor lists: all of them, those of one unit (its led projects' and those with a
 * request to it), or none.
 */
export function blockerListScope(actor: Actor): { all: true } | { unitId: number } | null {
  if (readsAll(actor)) return { all: true };
  if (isUnitRole(actor.role) && actor.unitId !== null) return { unitId: actor.unitId };
  return null;
}

/** 提请分管领导协调 and 申请绿色通道: the lead unit only. */
export const canEscalateBlocker = (actor: Actor, units: readonly ProjectUnitRef[]) => isLeadUser(actor, units);
export const canRequestGreenChannel = (actor: Actor, units: readonly ProjectUnitRef[]) => isLeadUser(actor, units);

/** 标记已解决 / 关闭: the lead unit or the 督查室. */
export const canFinishBlocker = (actor: Actor, units: readonly ProjectUnitRef[]) => isLeadUser(actor, units) || isOffice(actor);

/**
 * What the actor may do on a blocker, by the same rules the service enforces, so the UI shows only buttons that
 * will work: green channel (when the project has a co-unit) and escalation (once) for the lead unit; resolve and
 * close for the lead unit or 督查室; nothing on a finished blocker.
 */
export function blockerPermissions(actor: Actor, b: BlockerRef, units: readonly ProjectUnitRef[]) {
  const open = !blockerClosed(b.status);
  return {
    canRequestGreenChannel: open && canRequestGreenChannel(actor, units) && units.some((u) => u.role === 'co'),
    canEscalate: open && canEscalateBlocker(actor, units) && b.escalated_to_leader !== 1,
    canResolve: open && canFinishBlocker(actor, units),
    canClose: open && canFinishBlocker(actor, units),
  };
}

export type BlockerPermissions = ReturnType<typeof blockerPermissions>;
