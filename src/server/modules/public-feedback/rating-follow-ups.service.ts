/** 回访整改 (issue 12): follow-ups of 不满意 ratings, listed for the 督查室 and the lead unit, closed by the unit. */
import type { RatingFollowUp, RatingFollowUpList } from '../../../contract/satisfaction.contract';
import { writeAudit } from '../../audit/audit.writer';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { AppError, badRequest, forbidden, notFound, versionConflict } from '../../errors';
import { canCloseFollowUp, canReadFollowUp, followUpListScope, followUpPermissions } from '../../policies/rating-follow-up.policy';
import { type FollowUpRecord, findFollowUp, findPlanForSatisfaction, listFollowUps, updateFollowUpRow } from './satisfaction.repo';

function followUpView(f: FollowUpRecord, actor: Actor): RatingFollowUp {
  return {
    id: f.id,
    planId: f.plan_id,
    project: { id: f.project_id, seq: f.project_seq, name: f.project_name },
    unitId: f.unit_id,
    unitName: f.unit_name,
    period: f.period,
    reason: f.reason,
    status: f.status,
    response: f.response,
    closedBy: f.closed_by,
    closedAt: f.closed_at,
    createdAt: f.created_at,
    version: f.version,
    permissions: followUpPermissions(actor, f),
  };
}

/** A plan's follow-ups: all for the 督查室 and leaders, its own for a unit. */
export async function listPlanFollowUps(ctx: AppContext, actor: Actor, planId: number, status?: 'open' | 'closed'): Promise<RatingFollowUpList> {
  if (!(await findPlanForSatisfaction(ctx.db, planId))) throw notFound('清单');
  const scope = followUpListScope(actor);
  if (!scope) return { items: [], total: 0 };
  const rows = await listFollowUps(ctx.db, { planId, status, ...('unitId' in scope ? { unitId: scope.unitId } : {}) });
  return { items: rows.map((f) => followUpView(f, actor)), total: rows.length };
}

/** 我的待办: the open follow-ups of the actor's unit, across plans. */
export async function listMyFollowUps(ctx: AppContext, actor: Actor): Promise<RatingFollowUpList> {
  const scope = followUpListScope(actor);
  if (!scope || !('unitId' in scope)) return { items: [], total: 0 };
  const rows = await listFollowUps(ctx.db, { unitId: scope.unitId, status: 'open' });
  return { items: rows.map((f) => followUpView(f, actor)), total: rows.length };
}

/** 处理并办结: the lead unit writes what it did (处理情况) and closes; audited. */
export async function closeFollowUp(ctx: AppContext, actor: Actor, id: number, input: { response?: string; version?: number }): Promise<RatingFollowUp> {
  const f = await findFollowUp(ctx.db, id);
  if (!f || !canReadFollowUp(actor, f)) throw notFound('回访整改事项');
  if (f.status === 'closed') throw new AppError('CONFLICT', '该回访整改事项已办结，不能重复办结。');
  if (!canCloseFollowUp(actor, f)) throw forbidden('只有该项目牵头单位的用户可以办结回访整改事项。');
  const response = (input.response ?? '').trim();
  if (!response) throw badRequest('请填写处理情况（如何回访、整改了什么）。', { field: 'response' });
  const changes = { status: 'closed' as const, response, closed_by: actor.username, closed_at: nowIso() };
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateFollowUpRow(trx, id, input.version ?? f.version, changes))) throw versionConflict('回访整改事项');
    await writeAudit(trx, actor, {
      action: 'close',
      entity: 'rating_follow_up',
      entityId: id,
      summary: `回访整改办结（项目 ${f.project_seq}，${f.unit_name}）`,
      before: { status: f.status },
      after: changes,
    });
  });
  return followUpView((await findFollowUp(ctx.db, id))!, actor);
}
