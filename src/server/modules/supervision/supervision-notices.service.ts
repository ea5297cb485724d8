import { planTodays } from '../plans/plan-as-of.service';
import { shanghaiDate } from '../../../domain/calendar';
import type { Kysely } from 'kysely';
import type {
  IssueSupervisionNoticeInput,
  ReviewSupervisionNoticeInput,
  SupervisionNoticeDetail,
  SupervisionNoticeList,
  SupervisionNoticeListQuery,
} from '../../../contract/supervision-notices.contract';
import { SUPERVISION_NOTICE_STATUS_LABELS } from '../../../contract/supervision-notices.contract';
import { enqueueNotification } from '../notifications/enqueue';
import { writeAudit } from '../../audit/audit.writer';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import type { DB, SupervisionNoticeStatus } from '../../db/schema';
import { AppError, badRequest, forbidden, notFound, versionConflict } from '../../errors';
import { isOffice, isUserOfUnit } from '../../policies/policy-actor';
import { canIssueSupervisionNotice, canReadSupervisionNotice, supervisionNoticeListScope } from '../../policies/supervision-notice.policy';
import { loadProjectUnits } from '../projects/projects.repo';
import {
  findNotice,
  findNoticeBlocker,
  findNoticePlan,
  findNoticeProject,
  insertNotice,
  insertNoticeEvent,
  listNoticeAttachments,
  listNoticeEvents,
  listPlanNoticeRows,
  type NoticeRecord,
  nextNoticeSeq,
  updateNoticeRow,
} from './supervision-notices.repo';
import { AWAITING_RESPONSE, isNoticeOverdue, noticeDetail, noticeNumber, noticeSummary } from './supervision-views';

/** Today in Beijing: deadlines and 逾期 are judged by it. */
export const beijingToday = () => shanghaiDate(new Date());

const NOT_FOUND = '督办单';

/** A notice the actor may read; else not found (other units never learn it exists). */
export async function loadReadableNotice(ctx: AppContext, actor: Actor, id: number): Promise<NoticeRecord> {
  const n = await findNotice(ctx.db, id);
  if (!n || !canReadSupervisionNotice(actor, n)) throw notFound(NOT_FOUND);
  return n;
}

export async function getSupervisionNotice(ctx: AppContext, actor: Actor, id: number): Promise<SupervisionNoticeDetail> {
  const n = await loadReadableNotice(ctx, actor, id);
  const blocker = n.blocker_id !== null ? ((await findNoticeBlocker(ctx.db, n.blocker_id)) ?? null) : null;
  const [attachments, events] = await Promise.all([listNoticeAttachments(ctx.db, id), listNoticeEvents(ctx.db, id)]);
  return noticeDetail(n, actor, (await planTodays(ctx, [n.plan_id]))(n.plan_id), {
    blocker: blocker && { id: blocker.id, description: blocker.description },
    attachments,
    events,
  });
}

export async function listPlanSupervisionNotices(
  ctx: AppContext,
  actor: Actor,
  planId: number,
  query: SupervisionNoticeListQuery = {},
): Promise<SupervisionNoticeList> {
  if (!(await findNoticePlan(ctx.db, planId))) throw notFound('清单');
  const permissions = { canIssue: canIssueSupervisionNotice(actor) };
  const scope = supervisionNoticeListScope(actor);
  if (!scope) return { items: [], total: 0, permissions };
  const unitId = 'unitId' in scope ? scope.unitId : query.unitId;
  if ('unitId' in scope && query.unitId !== undefined && query.unitId !== scope.unitId) return { items: [], total: 0, permissions };
  const statuses: SupervisionNoticeStatus[] | undefined =
    query.status === 'open' || query.status === 'overdue'
      ? [...AWAITING_RESPONSE, ...(query.status === 'open' ? (['responded'] as const) : [])]
      : query.status
        ? [query.status]
        : undefined;
  // 逾期 as of the plan's as-of day (a finished year is judged as it stood at its end)
  const today = (await planTodays(ctx, [planId]))(planId);
  const rows = (await listPlanNoticeRows(ctx.db, planId, { unitId, projectId: query.projectId, statuses })).filter(
    (n) => query.status !== 'overdue' || isNoticeOverdue(n, today),
  );
  const items = rows.map((n) => noticeSummary(n, actor, today));
  return { items, total: items.length, permissions };
}

const required = (value: string | null | undefined) => (value ?? '').trim();

/** A deadline that is given and not before today (Beijing date). */
function checkDeadline(deadline: string | null | undefined, today: string, field = 'deadline'): string {
  if (!deadline) throw badRequest('请填写办理期限（督办单必须明确办结时限）。', { field });
  if (deadline < today) throw badRequest(`办理期限不能早于今天（${today}），请重新选择日期。`, { field });
  return deadline;
}

/** 下发督办单 (督查室): numbered per plan year; the addressed unit must be one of the project's units. */
export async function issueSupervisionNotice(
  ctx: AppContext,
  actor: Actor,
  planId: number,
  input: IssueSupervisionNoticeInput,
): Promise<SupervisionNoticeDetail> {
  if (!canIssueSupervisionNotice(actor)) throw forbidden('只有督查室可以下发督办单。');
  const plan = await findNoticePlan(ctx.db, planId);
  if (!plan) throw notFound('清单');
  const project = await findNoticeProject(ctx.db, input.projectId);
  if (!project || project.plan_id !== planId) throw badRequest('督办的项目不在本清单中，请重新选择项目。', { field: 'projectId' });
  const units = (await loadProjectUnits(ctx.db, [project.id])).get(project.id) ?? [];
  const unit = units.find((u) => u.id === input.unitId);
  if (!unit) throw badRequest('督办单只能发给该项目的主办或协办单位，请重新选择承办单位。', { field: 'unitId' });
  if (input.blockerId != null) {
    const blocker = await findNoticeBlocker(ctx.db, input.blockerId);
    if (!blocker || blocker.project_id !== project.id) throw badRequest('关联的堵点不属于该项目，请重新选择。', { field: 'blockerId' });
  }
  const subject = required(input.subject);
  if (!subject) throw badRequest('请填写督办事项（标题）。', { field: 'subject' });
  const problem = required(input.problem);
  if (!problem) throw badRequest('请写明存在的问题。', { field: 'problem' });
  const requirement = required(input.requirement);
  if (!requirement) throw badRequest('请写明整改要求。', { field: 'requirement' });
  const today = beijingToday();
  const deadline = checkDeadline(input.deadline, today);
  const now = nowIso();

  // the number is the year's next; the unique (year, seq) index settles a race, so a clash is tried again
  let id = 0;
  for (let attempt = 0; id === 0; attempt++) {
    try {
      id = await ctx.db.transaction().execute(async (trx) => {
        const seq = await nextNoticeSeq(trx, plan.year);
        const noticeId = await insertNotice(trx, {
          plan_id: planId,
          project_id: project.id,
          blocker_id: input.blockerId ?? null,
          unit_id: unit.id,
          year: plan.year,
          seq,
          subject,
          problem,
          requirement,
          deadline,
          status: 'issued',
          issued_by: actor.username,
          issued_at: now,
          signed_by: null,
          signed_at: null,
          response: null,
          evidence: null,
          responded_by: null,
          responded_at: null,
          review_comment: null,
          reviewed_by: null,
          reviewed_at: null,
          escalated: 0,
          escalated_at: null,
        });
        await insertNoticeEvent(trx, { notice_id: noticeId, action: 'issue', actor: actor.username, at: now, text: `${subject}；${deadline} 前办结` });
        const number = noticeNumber({ year: plan.year, seq });
        await writeAudit(trx, actor, {
          action: 'issue',
          entity: 'supervision_notice',
          entityId: noticeId,
          summary: `下发${number}（项目 ${project.seq}，${unit.name}，${deadline} 前办结）`,
          after: { number, projectId: project.id, unitId: unit.id, blockerId: input.blockerId ?? null, subject, deadline },
        });
        await enqueueNotification(trx, {
          kind: 'supervision_notice_issued',
          entityId: noticeId,
          projectId: project.id,
          title: `${number}：${subject}`,
          body: `督查室向${unit.name}下发${number}（项目 ${project.seq}），请于 ${deadline} 前办结并反馈。`,
          link: `/plans/${planId}/supervision`,
          recipients: { unitIds: [unit.id] },
          createdBy: actor.username,
        });
        return noticeId;
      });
    } catch (error) {
      if (attempt >= 2 || !(await findNoticePlan(ctx.db, planId))) throw error;
    }
  }
  return getSupervisionNotice(ctx, actor, id);
}

const stateRefusal = (n: NoticeRecord, doing: string) =>
  new AppError(
    'CONFLICT',
    n.status === 'closed'
      ? '该督办单已办结，不能再操作。'
      : `该督办单当前为“${SUPERVISION_NOTICE_STATUS_LABELS[n.status]}”，不能${doing}。请刷新后查看最新状态。`,
  );

/** One step: a versioned write of the notice, its timeline event and the audit row, in one transaction. */
async function step(
  db: Kysely<DB>,
  actor: Actor,
  n: NoticeRecord,
  version: number | undefined,
  changes: Parameters<typeof updateNoticeRow>[3],
  event: { action: 'sign' | 'respond' | 'return' | 'close'; text: string | null; summary: string },
) {
  await db.transaction().execute(async (trx) => {
    if (!(await updateNoticeRow(trx, n.id, version ?? n.version, changes))) throw versionConflict('督办单');
    await insertNoticeEvent(trx, { notice_id: n.id, action: event.action, actor: actor.username, at: nowIso(), text: event.text });
    await writeAudit(trx, actor, {
      action: event.action,
      entity: 'supervision_notice',
      entityId: n.id,
      summary: `${noticeNumber(n)}${event.summary}`,
      before: { status: n.status },
      after: changes,
    });
  });
}

/** 签收 (a user of the addressed unit). */
export async function signSupervisionNotice(ctx: AppContext, actor: Actor, id: number, version?: number): Promise<SupervisionNoticeDetail> {
  const n = await loadReadableNotice(ctx, actor, id);
  if (!isUserOfUnit(actor, n.unit_id)) throw forbidden('只有承办单位的用户可以签收督办单。');
  if (n.status !== 'issued') throw n.status === 'closed' ? stateRefusal(n, '签收') : new AppError('CONFLICT', '该督办单已签收，不能重复签收。');
  const now = nowIso();
  await step(
    ctx.db,
    actor,
    n,
    version,
    { status: 'signed', signed_by: actor.username, signed_at: now },
    { action: 'sign', text: null, summary: ` 已由${n.unit_name}签收` },
  );
  return getSupervisionNotice(ctx, actor, id);
}

/** 反馈办理情况 with evidence (a user of the addressed unit, after signing or a return). */
export async function respondSupervisionNotice(
  ctx: AppContext,
  actor: Actor,
  id: number,
  input: { response?: string; evidence?: string; version?: number },
): Promise<SupervisionNoticeDetail> {
  const n = await loadReadableNotice(ctx, actor, id);
  if (!isUserOfUnit(actor, n.unit_id)) throw forbidden('只有承办单位的用户可以反馈督办单的办理情况。');
  if (n.status === 'issued') throw new AppError('CONFLICT', '请先签收督办单，再反馈办理情况。');
  if (n.status !== 'signed' && n.status !== 'returned') throw stateRefusal(n, '反馈');
  const response = required(input.response);
  if (!response) throw badRequest('请填写办理情况（做了什么、整改到什么程度）。', { field: 'response' });
  const evidence = required(input.evidence);
  if (!evidence) throw badRequest('请填写佐证材料说明（如现场照片、验收单、文件名称），没有佐证材料不能反馈。', { field: 'evidence' });
  const changes = { status: 'responded' as const, response, evidence, responded_by: actor.username, responded_at: nowIso() };
  await step(ctx.db, actor, n, input.version, changes, { action: 'respond', text: response, summary: ` ${n.unit_name}反馈办理情况` });
  return getSupervisionNotice(ctx, actor, id);
}

/** 复核 (督查室): 办结, or 退回 with a reason (and optionally a new deadline) for the unit to respond again. */
export async function reviewSupervisionNotice(
  ctx: AppContext,
  actor: Actor,
  id: number,
  input: ReviewSupervisionNoticeInput,
): Promise<SupervisionNoticeDetail> {
  const n = await loadReadableNotice(ctx, actor, id);
  if (!isOffice(actor)) throw forbidden('只有督查室可以复核督办单。');
  if (n.status !== 'responded') throw n.status === 'closed' ? stateRefusal(n, '复核') : new AppError('CONFLICT', '承办单位尚未反馈办理情况，暂不能复核。');
  const comment = required(input.comment);
  const now = nowIso();
  if (input.outcome === 'close') {
    const changes = { status: 'closed' as const, review_comment: comment || null, reviewed_by: actor.username, reviewed_at: now };
    await step(ctx.db, actor, n, input.version, changes, { action: 'close', text: comment || null, summary: ' 复核通过，办结' });
  } else {
    if (!comment) throw badRequest('退回时请写明退回原因和需要补充整改的内容。', { field: 'comment' });
    const deadline = input.deadline ? checkDeadline(input.deadline, beijingToday()) : n.deadline;
    const changes = { status: 'returned' as const, review_comment: comment, reviewed_by: actor.username, reviewed_at: now, deadline };
    const text = deadline !== n.deadline ? `${comment}（办理期限改为 ${deadline}）` : comment;
    await step(ctx.db, actor, n, input.version, changes, { action: 'return', text, summary: ' 复核退回，重新办理' });
  }
  return getSupervisionNotice(ctx, actor, id);
}
