import { editRefusal, MONTHLY_REPORT, reviewRefusal } from '../../domain/reporting/review-workflow';
import type { ReviewStatus } from '../../domain/reporting/review-workflow';
import type { Actor, ProjectUnitRef } from './policy-actor';
import { canEditProject, canReadReport, canReviewProject } from './project.policy';

/**
 * 月报 (issue 5): written and submitted by the project's lead unit (or the 督查室 on its behalf), reviewed by the
 * 督查室. A draft is read only by those who write it (canReadReport); the states follow the one review workflow.
 */

/** The parts of a report the rules read; null when the month has no saved report yet. */
export type MonthlyReportRef = { status: ReviewStatus } | null | undefined;

/** Reading the month's report: a draft by its writers only, anything past draft by whoever reads the project. */
export const canReadMonthlyReport = (actor: Actor, units: readonly ProjectUnitRef[], report: MonthlyReportRef) => canReadReport(actor, units, report);

/** Saving and submitting (whatever the state; a locked report is refused with the workflow's message). */
export const canWriteMonthlyReport = (actor: Actor, units: readonly ProjectUnitRef[]) => canEditProject(actor, units);

/** Accepting or returning (whatever the state; a report not submitted is refused with the workflow's message). */
export const canReviewMonthlyReport = (actor: Actor) => canReviewProject(actor);

/** What the actor may do on the month's report now; returned by its view as `permissions`. */
export function monthlyReportPermissions(actor: Actor, units: readonly ProjectUnitRef[], report: MonthlyReportRef) {
  const status = report?.status ?? 'draft';
  const canEdit = canWriteMonthlyReport(actor, units) && editRefusal(MONTHLY_REPORT, status) === null;
  return {
    canEdit,
    // submitting needs a saved report: the first save creates it
    canSubmit: canEdit && report != null,
    canReview: canReviewMonthlyReport(actor) && reviewRefusal(MONTHLY_REPORT, status) === null,
  };
}

export type MonthlyReportPermissions = ReturnType<typeof monthlyReportPermissions>;
