import { shanghaiDate } from '../../../domain/calendar';
import { editRefusal, isRefusal, MONTHLY_REPORT, reviewOutcome, reviewRefusal } from '../../../domain/reporting/review-workflow';
import type { MonthlyDraftInput, MonthlyReport } from '../../../contract/reports.contract';
import { projectDeadlines } from '../plans/plan-deadlines';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import type { Updateable } from 'kysely';
import type { MonthlyReportTable } from '../../db/schema';
import { badRequest, forbidden, notFound, refuseIf, versionConflict } from '../../errors';
import { canReadMonthlyReport, canReviewMonthlyReport, canWriteMonthlyReport, monthlyReportPermissions } from '../../policies/monthly-report.policy';
import { loadProjectScope } from '../targets/project-access';
import type { ProjectScope } from '../targets/project-access';
import { availablePhotos, checkPhotoIds, defaultPhotoIds, reportPhotos } from './monthly-photos';
import { draftFromWeeks, isValidMonth, weeksOfMonth } from './monthly-draft';
import type { MonthlyValue } from './monthly-draft';
import { findProjectMonth, findReport, insertReport, updateReport } from './reports.repo';
import type { MonthlyReportRow } from './reports.repo';

export type { MonthlyReportRow } from './reports.repo';

/** Texts and chosen photo attachment ids; absent photoIds keep the saved choice (a fresh draft takes the most recent few). */
export type MonthlyInput = MonthlyDraftInput;

function checkMonth(month: string, future = false): void {
  if (!isValidMonth(month)) throw badRequest(`月份“${month}”格式不对，应为如 2024-06 的年月。`, { field: 'month' });
  if (future && month > shanghaiDate(new Date()).slice(0, 7)) throw badRequest(`不能填报未来月份（${month}）的月报。`, { field: 'month' });
}

async function view(ctx: AppContext, actor: Actor, scope: ProjectScope, month: string, report: MonthlyReportRow | null): Promise<MonthlyReport> {
  const fresh = await draftFromWeeks(ctx.db, scope.project.id, scope.plan.year, month);
  return {
    id: report?.id ?? null,
    projectId: scope.project.id,
    month,
    status: report?.status ?? ('draft' as const),
    progressText: report ? report.progress_text : fresh.progressText,
    problemsText: report ? report.problems_text : fresh.problemsText,
    nextPlanText: report ? report.next_plan_text : fresh.nextPlanText,
    values: report && report.status !== 'draft' && report.status !== 'returned' ? (JSON.parse(report.values_json) as MonthlyValue[]) : fresh.values,
    ...(await reportPhotos(ctx.db, scope.project.id, weeksOfMonth(month), scope.canEdit, report)),
    sourceWeeks: fresh.weeks,
    dueAt: (await projectDeadlines(ctx.db, scope.project.id)).monthlyDueAt(month),
    submittedAt: report?.submitted_at ?? null,
    submittedBy: report?.submitted_by ?? null,
    isLate: report ? report.is_late === 1 : false,
    reviewedAt: report?.reviewed_at ?? null,
    reviewedBy: report?.reviewed_by ?? null,
    reviewComment: report?.review_comment ?? null,
    version: report?.version ?? 0,
    permissions: monthlyReportPermissions(actor, scope.units, report),
  };
}

export async function getMonthly(ctx: AppContext, actor: Actor, projectId: number, month: string): Promise<MonthlyReport> {
  checkMonth(month);
  const scope = await loadProjectScope(ctx, actor, projectId);
  const report = await findProjectMonth(ctx.db, projectId, month);
  return view(ctx, actor, scope, month, report && canReadMonthlyReport(actor, scope.units, report) ? report : null);
}

export async function saveMonthlyDraft(ctx: AppContext, actor: Actor, projectId: number, month: string, input: MonthlyInput): Promise<MonthlyReport> {
  checkMonth(month, true);
  const scope = await loadProjectScope(ctx, actor, projectId);
  if (!canWriteMonthlyReport(actor, scope.units)) throw forbidden('只有该项目的主办单位可以填报月报。');
  const fresh = await draftFromWeeks(ctx.db, projectId, scope.plan.year, month);
  const available = await availablePhotos(ctx.db, projectId, weeksOfMonth(month));
  const photoIds = input.photoIds === undefined ? undefined : checkPhotoIds(input.photoIds, available, month);
  const fields = {
    progress_text: input.progressText,
    problems_text: input.problemsText,
    next_plan_text: input.nextPlanText,
    values_json: JSON.stringify(fresh.values),
    ...(photoIds ? { photo_ids_json: JSON.stringify(photoIds) } : {}),
    updated_by: actor.username,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const current = await findProjectMonth(trx, projectId, month);
    if (!current) {
      if (input.version !== 0) throw versionConflict('本月月报');
      const now = nowIso();
      await insertReport(trx, {
        photo_ids_json: JSON.stringify(defaultPhotoIds(available)),
        ...fields,
        project_id: projectId,
        month,
        status: 'draft',
        is_late: 0,
        created_at: now,
        updated_at: now,
      });
    } else {
      refuseIf(editRefusal(MONTHLY_REPORT, current.status));
      if (!(await updateReport(trx, current.id, fields, input.version))) throw versionConflict('本月月报');
    }
  });
  return view(ctx, actor, scope, month, (await findProjectMonth(ctx.db, projectId, month)) ?? null);
}

async function loadForAction(ctx: AppContext, actor: Actor, id: number) {
  const report = await findReport(ctx.db, id);
  if (!report) throw notFound('月报');
  const scope = await loadProjectScope(ctx, actor, report.project_id);
  if (!canReadMonthlyReport(actor, scope.units, report)) throw notFound('月报');
  return { report, scope };
}

async function transition(
  ctx: AppContext,
  actor: Actor,
  scope: ProjectScope,
  report: MonthlyReportRow,
  version: number,
  changes: Updateable<MonthlyReportTable>,
  audit: { action: string; summary: string },
) {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateReport(trx, report.id, changes, version))) throw versionConflict('本月月报');
    await writeAudit(trx, actor, {
      action: audit.action,
      entity: 'monthly_report',
      entityId: report.id,
      summary: audit.summary,
      before: { status: report.status },
      after: { status: changes.status },
    });
  });
  return view(ctx, actor, scope, report.month, (await findReport(ctx.db, report.id)) ?? null);
}

export async function submitMonthly(ctx: AppContext, actor: Actor, id: number, version: number): Promise<MonthlyReport> {
  const { report, scope } = await loadForAction(ctx, actor, id);
  if (!canWriteMonthlyReport(actor, scope.units)) throw forbidden('只有该项目的主办单位可以提交月报。');
  refuseIf(editRefusal(MONTHLY_REPORT, report.status));
  if (!report.progress_text.trim()) throw badRequest('请填写“本月进展”后再提交。', { field: 'progressText' });
  const submittedAt = nowIso();
  const isLate = submittedAt > (await projectDeadlines(ctx.db, report.project_id)).monthlyDueAt(report.month);
  const fresh = await draftFromWeeks(ctx.db, report.project_id, scope.plan.year, report.month);
  // the photos go with the report as they are now: only those still in the month's accepted weeks
  const { photos } = await reportPhotos(ctx.db, report.project_id, weeksOfMonth(report.month), true, report);
  return transition(
    ctx,
    actor,
    scope,
    report,
    version,
    {
      status: 'submitted',
      submitted_at: submittedAt,
      submitted_by: actor.username,
      is_late: isLate ? 1 : 0,
      values_json: JSON.stringify(fresh.values),
      photo_ids_json: JSON.stringify(photos.map((p) => p.id)),
      updated_by: actor.username,
    },
    { action: 'submit', summary: `提交项目 ${scope.project.seq} ${report.month} 月报${isLate ? '（逾期）' : ''}` },
  );
}

export async function reviewMonthly(
  ctx: AppContext,
  actor: Actor,
  id: number,
  decision: { accept: boolean; comment: string | null; version?: number },
): Promise<MonthlyReport> {
  const { report, scope } = await loadForAction(ctx, actor, id);
  if (!canReviewMonthlyReport(actor)) throw forbidden('只有督查室可以审核月报。');
  refuseIf(reviewRefusal(MONTHLY_REPORT, report.status));
  const outcome = reviewOutcome(decision);
  // refuseIf throws on a refusal; `never` tells the compiler so
  if (isRefusal(outcome)) return refuseIf(outcome) as never;
  const { status, comment } = outcome;
  return transition(
    ctx,
    actor,
    scope,
    report,
    decision.version ?? report.version,
    { status, reviewed_at: nowIso(), reviewed_by: actor.username, review_comment: comment },
    {
      action: status === 'accepted' ? 'accept' : 'return',
      summary: `${status === 'accepted' ? '通过' : '退回'}项目 ${scope.project.seq} ${report.month} 月报${comment ? `：${comment}` : ''}`,
    },
  );
}
