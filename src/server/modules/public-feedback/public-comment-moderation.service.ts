/** The back office's side of citizens' comments (issue 12): the 督查室 moderates, the lead unit replies; audited. */
import type { ManagedPublicComment, ManagedPublicCommentList, PublicCommentQuery } from '../../../contract/public-comments.contract';
import { PUBLIC_COMMENT_STATUS_LABELS } from '../../../contract/public-comments.contract';
import { writeAudit } from '../../audit/audit.writer';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import type { VersionedChanges } from '../../db/versioned-update';
import { AppError, badRequest, forbidden, notFound, versionConflict } from '../../errors';
import {
  canApprovePublicComment,
  canModeratePublicComments,
  canReadPublicComment,
  canRejectPublicComment,
  canReplyPublicComment,
  publicCommentListScope,
} from '../../policies/public-comment.policy';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { enqueueNotification } from '../notifications/enqueue';
import { type CommentRecord, countPlanComments, findComment, findPlanHead, listPlanComments, updateCommentRow } from './public-comments.repo';
import { managedCommentView } from './public-comment-views';

const NOT_FOUND = '留言';

async function loadReadable(ctx: AppContext, actor: Actor, id: number): Promise<CommentRecord> {
  const c = await findComment(ctx.db, id);
  if (!c || !canReadPublicComment(actor, c)) throw notFound(NOT_FOUND);
  return c;
}

export async function listPlanPublicComments(ctx: AppContext, actor: Actor, planId: number, query: PublicCommentQuery): Promise<ManagedPublicCommentList> {
  if (!(await findPlanHead(ctx.db, planId))) throw notFound('清单');
  const permissions = { canModerate: canModeratePublicComments(actor) };
  const scope = publicCommentListScope(actor);
  const empty = { items: [], total: 0, counts: { pending: 0, approved: 0, rejected: 0 }, permissions };
  if (!scope) return empty;
  // a unit sees the approved comments of the projects it leads
  const filter = 'leadUnitId' in scope ? { leadUnitId: scope.leadUnitId, statuses: ['approved' as const] } : {};
  if ('leadUnitId' in scope && query.status && query.status !== 'approved') return empty;
  const [rows, counts] = await Promise.all([
    listPlanComments(ctx.db, planId, { ...filter, status: query.status, projectId: query.projectId }),
    countPlanComments(ctx.db, planId, { ...filter, projectId: query.projectId }),
  ]);
  const items = rows.map((c) => managedCommentView(c, actor));
  return { items, total: items.length, counts, permissions };
}

const stateRefusal = (c: CommentRecord, doing: string) =>
  new AppError('CONFLICT', `该留言当前为“${PUBLIC_COMMENT_STATUS_LABELS[c.status]}”，不能${doing}。请刷新后查看最新状态。`);

async function write(
  ctx: AppContext,
  actor: Actor,
  c: CommentRecord,
  version: number | undefined,
  changes: VersionedChanges<'public_comment'>,
  audit: { action: string; summary: string },
  alsoInTransaction?: (trx: Kysely<DB>) => Promise<unknown>,
): Promise<ManagedPublicComment> {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateCommentRow(trx, c.id, version ?? c.version, changes))) throw versionConflict('留言');
    await alsoInTransaction?.(trx);
    await writeAudit(trx, actor, {
      action: audit.action,
      entity: 'public_comment',
      entityId: c.id,
      summary: `群众留言 #${c.id}（项目 ${c.project_seq}）${audit.summary}`,
      before: { status: c.status, reply: c.reply },
      after: changes,
    });
  });
  return managedCommentView((await findComment(ctx.db, c.id))!, actor);
}

/** 公开 (督查室). */
export async function approvePublicComment(ctx: AppContext, actor: Actor, id: number, version?: number) {
  const c = await loadReadable(ctx, actor, id);
  if (!canModeratePublicComments(actor)) throw forbidden('只有督查室可以审核群众留言。');
  if (!canApprovePublicComment(actor, c)) throw stateRefusal(c, '再次公开');
  const changes = { status: 'approved' as const, moderated_by: actor.username, moderated_at: nowIso(), reject_reason: null };
  // the lead unit is told there is a public comment to answer (its reply shows under the comment)
  const tellLeadUnit = (trx: Kysely<DB>) =>
    enqueueNotification(trx, {
      kind: 'public_comment_to_reply',
      entityId: c.project_id,
      projectId: c.project_id,
      title: `项目 ${c.project_seq} 有一条群众留言待答复`,
      body: `“${c.project_name}”的一条群众留言已公开，请牵头单位答复；答复会显示在留言下方。`,
      link: `/plans/${c.plan_id}/public-comments`,
      recipients: { unitIds: c.lead_units.map((u) => u.id) },
      createdBy: actor.username,
    });
  return write(ctx, actor, c, version, changes, { action: 'approve', summary: '审核通过，公开显示' }, tellLeadUnit);
}

/** 不予公开 with a reason (督查室): a pending comment, or an approved one withdrawn. */
export async function rejectPublicComment(ctx: AppContext, actor: Actor, id: number, input: { reason?: string; version?: number }) {
  const c = await loadReadable(ctx, actor, id);
  if (!canModeratePublicComments(actor)) throw forbidden('只有督查室可以审核群众留言。');
  if (!canRejectPublicComment(actor, c)) throw stateRefusal(c, '再次不予公开');
  const reason = (input.reason ?? '').trim();
  if (!reason) throw badRequest('请填写不予公开的原因（如：含个人隐私、与项目无关、广告信息）。', { field: 'reason' });
  const changes = { status: 'rejected' as const, moderated_by: actor.username, moderated_at: nowIso(), reject_reason: reason };
  return write(ctx, actor, c, input.version, changes, { action: 'reject', summary: `不予公开：${reason}` });
}

/** 答复 (a user of the project's lead unit, on a public comment); a later reply replaces it. */
export async function replyPublicComment(ctx: AppContext, actor: Actor, id: number, input: { reply?: string; version?: number }) {
  const c = await loadReadable(ctx, actor, id);
  if (!canReplyPublicComment(actor, c)) throw forbidden('只有该项目牵头单位的用户可以答复公开的群众留言。');
  const reply = (input.reply ?? '').trim();
  if (!reply) throw badRequest('请填写答复内容。', { field: 'reply' });
  if ([...reply].length > 1000) throw badRequest('答复不能超过 1000 字，请精简后再提交。', { field: 'reply' });
  const changes = { reply, reply_unit_id: actor.unitId, replied_by: actor.username, replied_at: nowIso() };
  return write(ctx, actor, c, input.version, changes, {
    action: c.reply ? 'reply_update' : 'reply',
    summary: `${actor.unitId !== null ? (c.lead_units.find((u) => u.id === actor.unitId)?.name ?? '') : ''}答复`,
  });
}
