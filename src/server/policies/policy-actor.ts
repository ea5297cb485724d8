import type { Actor } from '../auth/actor';
import { isOffice, isUnitRole } from '../auth/actor';

/**
 * The pieces every policy reads. A policy file per entity (`<entity>.policy.ts`) holds pure `canX(actor, row)`
 * functions and one `<entity>Permissions(actor, row)` that the views return as `permissions`, so the web shows
 * only the buttons the server will honour. Services check through the same functions; nothing else decides.
 */
export type { Actor };
export { isOffice, isUnitRole };

/** A project's unit as the policies see it: lead (主办) or co (协办). */
export interface ProjectUnitRef {
  id: number;
  role: 'lead' | 'co';
}

/** Leaders (分管领导) read everything the 督查室 reads, and write only their own 批示. */
export const isLeader = (actor: Actor) => actor.role === 'leader';

/** The 督查室, admin and leaders read every plan, project, meeting and report that is not a draft. */
export const readsAll = (actor: Actor) => isOffice(actor) || isLeader(actor);

/** A unit user (负责人 or 联络员) of the given unit. */
export const isUserOfUnit = (actor: Actor, unitId: number | null | undefined) =>
  isUnitRole(actor.role) && actor.unitId !== null && unitId != null && actor.unitId === unitId;
