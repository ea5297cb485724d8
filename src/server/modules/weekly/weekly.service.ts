import type { WeeklyDraftInput } from '../../../contract/weekly.contract';
import { currentWeek, isValidWeek, isWeekInPlanYear } from '../../../domain/calendar';
import { FLAG_LABELS, valueFlags } from '../../../domain/status';
import { valueBoundRefusal } from '../../../domain/status/value-bounds';
import type { Actor } from '../../auth/actor';
import { enqueueNotification } from '../notifications/enqueue';
import type { NotificationEvent } from '../notifications/enqueue';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import type { Kysely, Updateable } from 'kysely';
import type { DB, WeeklyUpdateTable } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import { AppError, badRequest, forbidden, notFound, refuseIf, versionConflict } from '../../errors';
import { correctRefusal, editRefusal, isRefusal, reviewOutcome, reviewRefusal, WEEKLY_REPORT } from '../../../domain/reporting/review-workflow';
import type { Refusal } from '../../../domain/reporting/review-workflow';
import { canReadWeekly, canReviewWeekly, canWriteWeekly } from '../../policies/weekly-update.policy';
import { loadProjectScope } from '../targets/project-access';
import type { ProjectScope } from '../targets/project-access';
import { listMilestoneRows, listTargetRows } from '../targets/targets.repo';
import { buildWeeklyView, composeWeeklyViews, loadWeeklyRows } from './weekly-view';
import type { WeeklyRows, WeeklyView } from './weekly-view';
import {
  carryOverContents,
  findCurrentUpdate,
  findUpdate,
  insertUpdate,
  previousActuals,
  replaceMilestones,
  replaceValues,
  retireUpdate,
  updateUpdate,
} from './weekly.repo';
import type { WeeklyUpdate } from './weekly.repo';

/** The draft as the form (or an imported Excel sheet) sends it. */
export type WeeklyInput = WeeklyDraftInput;

export function checkWeek(week: string, now = new Date()): void {
  if (!isValidWeek(week)) throw badRequest(`周次“${week}”格式不对，应为如 2024-W23 的 ISO 周。`, { field: 'week' });
  if (week > currentWeek(now)) throw badRequest(`不能填报未来的周次（${week}），本周是 ${currentWeek(now)}。`, { field: 'week' });
}

/** The week's view as the actor reads it, with what the actor may do on it. */
const viewOf = (ctx: AppContext, actor: Actor, scope: ProjectScope, week: string, update: WeeklyUpdate | null) =>
  buildWeeklyView(ctx.db, { actor, units: scope.units }, scope.project.id, week, update);

/** A project's week; another unit reads a draft as the empty form (drafts are the lead unit's own work). */
export async function getWeekly(ctx: AppContext, actor: Actor, projectId: number, week: string): Promise<WeeklyView> {
  if (!isValidWeek(week)) throw badRequest(`周次“${week}”格式不对，应为如 2024-W23 的 ISO 周。`);
  const scope = await loadProjectScope(ctx, actor, projectId);
  const update = await findCurrentUpdate(ctx.db, projectId, week);
  return viewOf(ctx, actor, scope, week, canReadWeekly(actor, scope.units, update) ? (update ?? null) : null);
}

/** Save the draft (autosave); creates the week's update on first save. */
export async function saveWeeklyDraft(ctx: AppContext, actor: Actor, projectId: number, week: string, input: WeeklyInput): Promise<WeeklyView> {
  checkWeek(week);
  const scope = await loadProjectScope(ctx, actor, projectId);
  if (!canWriteWeekly(actor, scope.units)) throw forbidden('只有该项目的主办单位可以填报周台账。');
  if (!isWeekInPlanYear(week, scope.plan.year)) {
    throw badRequest(`${week} 不在本清单的年度内，请填报 ${scope.plan.year} 年的周次。`, { field: 'week' });
  }
  const id = await inTransaction(ctx.db, (trx) => writeDraft(trx, actor, projectId, week, input));
  return viewOf(ctx, actor, scope, week, (await findUpdate(ctx.db, id)) ?? null);
}

/**
 * The write of a draft inside a transaction the caller owns (the Excel import saves many at once).
 * `input.version` null means "whatever is current" (an import), a number is checked.
 */
export async function writeDraft(
  trx: Kysely<DB>,
  actor: Actor,
  projectId: number,
  week: string,
  input: Omit<WeeklyInput, 'version'> & { version: number | null },
): Promise<number> {
  const targets = (await listTargetRows(trx, projectId)).filter((t) => t.kind !== 'standard');
  const milestones = await listMilestoneRows(trx, projectId);
  for (const v of input.values) {
    const target = targets.find((t) => t.id === v.targetId);
    if (!target) throw badRequest('提交的指标不属于本项目，请刷新页面后重试。');
    if (v.actual !== null && (!Number.isFinite(v.actual) || v.actual < 0)) {
      throw badRequest(valueBoundRefusal({ label: target.label, unit: target.unit, actual: v.actual, target: target.value }) ?? '累计完成值不能为负数。', {
        targetId: v.targetId,
        field: `values.${v.targetId}`,
      });
    }
  }
  for (const m of input.milestones) if (!milestones.some((x) => x.id === m.milestoneId)) throw badRequest('提交的节点不属于本项目，请刷新页面后重试。');
  const previous = await previousActuals(trx, projectId, week);
  const values = input.values.map((v) => {
    const target = targets.find((t) => t.id === v.targetId)!;
    const flags =
      v.actual === null
        ? []
        : valueFlags({
            previous: previous.get(v.targetId) ?? null,
            actual: v.actual,
            target: target.value,
            kind: target.kind,
            direction: target.direction,
            unit: target.unit,
          });
    return { targetId: v.targetId, actual: v.actual, reason: v.reason?.trim() || null, flags };
  });
  const fields = {
    progress_text: input.progressText,
    problems_text: input.problemsText,
    next_steps_text: input.nextStepsText,
    co_unit_ids_json: JSON.stringify(input.coUnitIds),
    updated_by: actor.username,
  };
  const current = await findCurrentUpdate(trx, projectId, week);
  let updateId: number;
  if (!current) {
    if (input.version !== null && input.version !== 0) throw versionConflict('本周周报');
    const now = nowIso();
    updateId = await insertUpdate(trx, {
      ...fields,
      project_id: projectId,
      week,
      status: 'draft',
      revision: 1,
      is_current: 1,
      is_late: 0,
      created_at: now,
      updated_at: now,
    });
  } else {
    refuseIf(editRefusal(WEEKLY_REPORT, current.status));
    if (!(await updateUpdate(trx, current.id, fields, input.version ?? current.version))) throw versionConflict('本周周报');
    updateId = current.id;
  }
  await replaceValues(trx, updateId, values);
  await replaceMilestones(trx, updateId, input.milestones);
  return updateId;
}

async function loadForAction(ctx: AppContext, actor: Actor, id: number) {
  const update = await findUpdate(ctx.db, id);
  if (!update || !update.is_current) throw notFound('周报');
  const scope = await loadProjectScope(ctx, actor, update.project_id);
  if (!canReadWeekly(actor, scope.units, update)) throw notFound('周报');
  return { update, scope };
}

async function transition(
  ctx: AppContext,
  actor: Actor,
  scope: ProjectScope,
  update: WeeklyUpdate,
  version: number,
  changes: Updateable<WeeklyUpdateTable>,
  audit: { action: string; summary: string },
  notify: NotificationEvent,
  rows: WeeklyRows,
): Promise<WeeklyView> {
  await inTransaction(ctx.db, async (trx) => {
    if (!(await updateUpdate(trx, update.id, changes, version))) throw versionConflict('本周周报');
    await writeAudit(trx, actor, {
      action: audit.action,
      entity: 'weekly_update',
      entityId: update.id,
      summary: audit.summary,
      before: { status: update.status },
      after: changes,
    });
    await enqueueNotification(trx, notify);
  });
  const changed = (await findUpdate(ctx.db, update.id)) ?? null;
  // only the update's own columns changed: its view is composed again from the rows read before the change
  return composeWeeklyViews(rows, { actor, units: scope.units }, scope.project.id, [{ week: update.week, update: changed }])[0]!;
}

/** The rows of an update's week and its view as the actor reads it (a transition composes its answer from the same rows). */
async function loadWeek(ctx: AppContext, actor: Actor, scope: ProjectScope, update: WeeklyUpdate): Promise<{ rows: WeeklyRows; view: WeeklyView }> {
  const week = [{ week: update.week, update }];
  const rows = await loadWeeklyRows(ctx.db, update.project_id, week);
  return { rows, view: composeWeeklyViews(rows, { actor, units: scope.units }, scope.project.id, week)[0]! };
}

/** The values of a week beyond a hard bound (src/domain/status/value-bounds.ts), each with its message. */
function boundRefusals(targetRows: WeeklyRows['targets'], view: WeeklyView): { targetId: number; message: string }[] {
  const targets = new Map(targetRows.map((t) => [t.id, t]));
  return view.values.flatMap((v) => {
    const t = targets.get(v.targetId);
    const message =
      v.actual === null
        ? null
        : valueBoundRefusal({ label: v.label, unit: v.unit, actual: v.actual, target: v.target, kind: t?.kind, direction: t?.direction });
    return message ? [{ targetId: v.targetId, message }] : [];
  });
}

/** Submit a draft or a returned update: every tracked target needs a value, and flagged values a reason. */
export async function submitWeekly(ctx: AppContext, actor: Actor, id: number, version: number): Promise<WeeklyView> {
  const { update, scope } = await loadForAction(ctx, actor, id);
  if (!canWriteWeekly(actor, scope.units)) throw forbidden('只有该项目的主办单位可以提交周台账。');
  refuseIf(editRefusal(WEEKLY_REPORT, update.status));
  const { rows, view } = await loadWeek(ctx, actor, scope, update);
  const missing = view.values.filter((v) => v.actual === null).map((v) => v.label);
  if (missing.length) throw badRequest(`请填写以下指标的累计完成值后再提交：${missing.join('、')}。`, { missing });
  // beyond a hard bound no reason helps: the value must be corrected
  const absurd = boundRefusals(rows.targets, view);
  if (absurd.length)
    throw badRequest(absurd.map((a) => a.message).join(''), { field: `values.${absurd[0]!.targetId}`, outOfRange: absurd.map((a) => a.targetId) });
  const unexplained = view.values.filter((v) => v.flags.length > 0 && !v.reason);
  if (unexplained.length) {
    throw badRequest(unexplained.map((v) => `“${v.label}”${v.flags.map((f) => FLAG_LABELS[f as keyof typeof FLAG_LABELS] ?? f).join('；')}`).join('。'), {
      unexplained: unexplained.map((v) => v.targetId),
    });
  }
  if (!view.progressText.trim()) throw badRequest('请填写“本周进展”后再提交。', { field: 'progressText' });
  const submittedAt = nowIso();
  const isLate = rows.deadlines.isLateWeekly(submittedAt, update.week);
  return transition(
    ctx,
    actor,
    scope,
    update,
    version,
    { status: 'submitted', submitted_at: submittedAt, submitted_by: actor.username, is_late: isLate ? 1 : 0, updated_by: actor.username },
    {
      action: 'submit',
      summary: `提交项目 ${scope.project.seq} ${update.week} 周台账${isLate ? '（逾期）' : ''}`,
    },
    submittedNotice(actor, scope, update, isLate),
    rows,
  );
}

/** 周台账已报送: the 督查室 has an update to review, the co-units (and their group robots) learn the lead unit reported. */
function submittedNotice(actor: Actor, scope: ProjectScope, update: WeeklyUpdate, isLate: boolean): NotificationEvent {
  const leads = scope.units.filter((u) => u.role === 'lead');
  // the submitter's own unit is not told what it just did
  const coUnitIds = scope.units.filter((u) => u.role === 'co' && u.id !== actor.unitId && !leads.some((l) => l.id === u.id)).map((u) => u.id);
  const leadNames = leads.map((u) => u.name).join('、') || '主办单位';
  return {
    kind: 'weekly_submitted',
    entityId: update.id,
    projectId: scope.project.id,
    title: `项目 ${scope.project.seq}「${scope.project.name}」${update.week} 周台账已报送${isLate ? '（逾期）' : ''}`,
    body: `${leadNames}已报送${update.week}周台账，待督查室审核。`,
    link: `/projects/${scope.project.id}/weekly/${update.week}`,
    recipients: { roles: ['supervisor'], unitIds: coUnitIds },
    createdBy: actor.username,
  };
}

/** The 督查室 returns (comment required) or accepts a submitted update. */
export async function reviewWeekly(
  ctx: AppContext,
  actor: Actor,
  id: number,
  decision: { accept: boolean; comment: string | null; version?: number },
): Promise<WeeklyView> {
  const { update, scope } = await loadForAction(ctx, actor, id);
  if (!canReviewWeekly(actor)) throw forbidden('只有督查室可以审核周台账。');
  refuseIf(reviewRefusal(WEEKLY_REPORT, update.status));
  const outcome = reviewOutcome(decision);
  refuseIf(isRefusal(outcome) ? outcome : null);
  const { status, comment } = outcome as Exclude<typeof outcome, Refusal>;
  const { rows, view } = await loadWeek(ctx, actor, scope, update);
  if (decision.accept) {
    const absurd = boundRefusals(rows.targets, view);
    if (absurd.length)
      throw new AppError('CONFLICT', `该周台账有超出合理范围的数值，不能通过，请退回主办单位更正：${absurd.map((a) => a.message).join('')}`, {
        outOfRange: absurd.map((a) => a.targetId),
      });
  }
  return transition(
    ctx,
    actor,
    scope,
    update,
    decision.version ?? update.version,
    { status, reviewed_at: nowIso(), reviewed_by: actor.username, review_comment: comment },
    {
      action: decision.accept ? 'accept' : 'return',
      summary: `${decision.accept ? '通过' : '退回'}项目 ${scope.project.seq} ${update.week} 周台账${comment ? `：${comment}` : ''}`,
    },
    {
      kind: decision.accept ? 'weekly_accepted' : 'weekly_returned',
      entityId: update.id,
      projectId: scope.project.id,
      title: `项目 ${scope.project.seq}「${scope.project.name}」${update.week} 周台账${decision.accept ? '已通过审核' : '被督查室退回'}`,
      body: decision.accept
        ? `督查室已通过${update.week}周台账。${comment ? `意见：${comment}` : ''}`
        : `退回意见：${(comment ?? '').replace(/[。.]+$/, '')}。请修改后重新提交。`,
      link: `/projects/${scope.project.id}/weekly/${update.week}`,
      recipients: { unitIds: scope.units.filter((u) => u.role === 'lead').map((u) => u.id) },
      createdBy: actor.username,
    },
    rows,
  );
}

/** Correct a submitted or accepted week: a new draft revision; the old one stays in the history. */
export async function correctWeekly(ctx: AppContext, actor: Actor, id: number): Promise<WeeklyView> {
  const { update, scope } = await loadForAction(ctx, actor, id);
  if (!canWriteWeekly(actor, scope.units)) throw forbidden('只有该项目的主办单位可以更正周台账。');
  refuseIf(correctRefusal(WEEKLY_REPORT, update.status));
  const newId = await inTransaction(ctx.db, async (trx) => {
    if (!(await retireUpdate(trx, update.id))) throw versionConflict('本周周报');
    const now = nowIso();
    const created = await insertUpdate(trx, {
      project_id: update.project_id,
      week: update.week,
      status: 'draft',
      revision: update.revision + 1,
      is_current: 1,
      progress_text: update.progress_text,
      problems_text: update.problems_text,
      next_steps_text: update.next_steps_text,
      co_unit_ids_json: update.co_unit_ids_json,
      is_late: 0,
      updated_by: actor.username,
      created_at: now,
      updated_at: now,
    });
    await carryOverContents(trx, update.id, created);
    await writeAudit(trx, actor, {
      action: 'correct',
      entity: 'weekly_update',
      entityId: created,
      summary: `更正项目 ${scope.project.seq} ${update.week} 周台账（第 ${update.revision + 1} 版）`,
    });
    return created;
  });
  return viewOf(ctx, actor, scope, update.week, (await findUpdate(ctx.db, newId)) ?? null);
}
