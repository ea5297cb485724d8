import { correctRefusal, editRefusal, reviewRefusal, WEEKLY_REPORT } from '../../domain/reporting/review-workflow';
import type { ReviewStatus } from '../../domain/reporting/review-workflow';
import type { Actor, ProjectUnitRef } from './policy-actor';
import { canPublishOnPortal } from './portal.policy';
import { canEditProject, canReadReport, canReviewProject, canWriteCoNote, projectPermissions } from './project.policy';

/**
 * The weekly ledger (周台账) of a project's week: the lead unit writes it (the 督查室 may on its behalf), the 督查室
 * reviews it, co-units add their own note, drafts stay with the lead unit and the 督查室. Where a week's status
 * forbids a write, the review workflow (src/domain/reporting/review-workflow.ts) says so; these answer who.
 */

/** A weekly update as the policies see it: its status, and whether it is the week's current revision. */
export interface WeeklyUpdateRef {
  status: ReviewStatus;
  is_current: number;
}

/** Reading a week (and its attachments): a draft only by the lead unit and the 督查室 (project.policy's canReadReport). */
export const canReadWeekly = (actor: Actor, units: readonly ProjectUnitRef[], update: { status: string } | null | undefined) =>
  canReadReport(actor, units, update);

/** Writing the week (save, submit, correct, import from Excel, add or delete attachments): the lead unit or the 督查室. */
export const canWriteWeekly = (actor: Actor, units: readonly ProjectUnitRef[]) => canEditProject(actor, units);

/** 通过 / 退回 and the review queue: the 督查室 and admin. */
export const canReviewWeekly = (actor: Actor) => canReviewProject(actor);

/** 协办说明 on the lead unit's week: users of a co-unit. */
export const canWriteWeeklyCoNote = (actor: Actor, units: readonly ProjectUnitRef[]) => canWriteCoNote(actor, units);

/**
 * What the actor may do on a project's week, returned by the week's view as `permissions`. `update` is null for a
 * week nobody has saved yet (a fresh form: it can be written, not corrected or reviewed). An older revision (not
 * current) is history: nothing can be done on it.
 */
export function weeklyUpdatePermissions(actor: Actor, units: readonly ProjectUnitRef[], update: WeeklyUpdateRef | null) {
  const project = projectPermissions(actor, units);
  const status: ReviewStatus = update?.status ?? 'draft';
  const isCurrent = update === null || Boolean(update.is_current);
  const canEdit = isCurrent && canWriteWeekly(actor, units) && editRefusal(WEEKLY_REPORT, status) === null;
  return {
    project,
    canEdit,
    canSubmit: canEdit,
    canCorrect: isCurrent && update !== null && canWriteWeekly(actor, units) && correctRefusal(WEEKLY_REPORT, status) === null,
    canReview: isCurrent && update !== null && canReviewWeekly(actor) && reviewRefusal(WEEKLY_REPORT, status) === null,
    canPublish: isCurrent && update !== null && status === 'accepted' && canPublishOnPortal(actor),
  };
}

export type WeeklyUpdatePermissions = ReturnType<typeof weeklyUpdatePermissions>;
