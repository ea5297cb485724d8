import type { Actor, ProjectUnitRef } from './policy-actor';
import { isLeader, isOffice, isUnitRole, isUserOfUnit } from './policy-actor';

/** A unit user of one of the project's lead units (主办单位). */
export function isLeadUser(actor: Actor, units: readonly ProjectUnitRef[]): boolean {
  return units.some((u) => u.role === 'lead' && isUserOfUnit(actor, u.id));
}

/** A unit user of one of the project's co-units (协办单位). */
export function isCoUser(actor: Actor, units: readonly ProjectUnitRef[]): boolean {
  return units.some((u) => u.role === 'co' && isUserOfUnit(actor, u.id));
}

/** Every signed-in user reads the published list of projects (the list is a public promise). */
export const canReadProject = (_actor: Actor) => true;

/** Writes for the project (targets before the lock, weekly and monthly reports, liaison): the 督查室/admin or its lead unit. */
export function canEditProject(actor: Actor, units: readonly ProjectUnitRef[]): boolean {
  return isOffice(actor) || isLeadUser(actor, units);
}

/** Reviews (targets, baseline, weekly and monthly reports, change requests): the 督查室 and admin. */
export const canReviewProject = (actor: Actor) => isOffice(actor);

/**
 * Drafts are the lead unit's own work: only it and the 督查室 read them (DESIGN §4). Anything past draft
 * (submitted, returned, accepted) is read by whoever reads the project.
 */
export function canReadReport(actor: Actor, units: readonly ProjectUnitRef[], report: { status: string } | null | undefined): boolean {
  return !report || report.status !== 'draft' || canEditProject(actor, units);
}

/** Raising a blocker or a weekly note: the lead unit (and the 督查室 on its behalf). */
export const canRaiseBlocker = (actor: Actor, units: readonly ProjectUnitRef[]) => canEditProject(actor, units);

/** Writing a co-unit note (协办说明) on the lead unit's week: users of a co-unit. */
export const canWriteCoNote = (actor: Actor, units: readonly ProjectUnitRef[]) => isUnitRole(actor.role) && isCoUser(actor, units);

/** A 批示 on the project: leaders only. */
export const canInstruct = (actor: Actor) => isLeader(actor);

/** What the actor may do on one project; returned by the project views as `permissions`. */
export function projectPermissions(actor: Actor, units: readonly ProjectUnitRef[]) {
  return {
    canEdit: canEditProject(actor, units),
    canReview: canReviewProject(actor),
    canReportWeekly: canEditProject(actor, units),
    canWriteCoNote: canWriteCoNote(actor, units),
    canRaiseBlocker: canRaiseBlocker(actor, units),
    canInstruct: canInstruct(actor),
  };
}

export type ProjectPermissions = ReturnType<typeof projectPermissions>;
