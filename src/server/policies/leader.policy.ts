import type { Actor } from './policy-actor';
import { isLeader, isOffice, readsAll } from './policy-actor';

/** 指定分管领导 of a project: the 督查室 (and admin). */
export const canAssignProjectLeaders = (actor: Actor) => isOffice(actor);

/** The list of leader users (the 督查室's picker): those who read everything, the 督查室 and the leaders. */
export const canListLeaderUsers = (actor: Actor) => readsAll(actor);

/** The leader's own desk (领导调度, 旬 digests): leaders only. */
export const canUseLeaderDesk = (actor: Actor) => isLeader(actor);

/** What the actor may do on a project's 分管领导; returned by the project's leader list as `permissions`. */
export function projectLeadersPermissions(actor: Actor) {
  return { canEdit: canAssignProjectLeaders(actor) };
}
