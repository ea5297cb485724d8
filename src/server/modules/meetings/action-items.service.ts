import type { ActionItem, CloseActionItemBody, MyActionItemList } from '../../../contract/meetings.contract';
import { shanghaiDate } from '../../../domain/calendar';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { AppError, badRequest, forbidden, notFound, versionConflict } from '../../errors';
import { canCloseActionItem } from '../../policies/action-item.policy';
import { planTodays } from '../plans/plan-as-of.service';
import { itemView } from './meeting-views';
import { actionItemsOfUnit, closeActionItemRow, findActionItem } from './meetings.repo';

/** 办结 an action item: the owner unit or the 督查室, with 办结情况/佐证 (required). */
export async function closeActionItem(ctx: AppContext, actor: Actor, id: number, input: CloseActionItemBody): Promise<ActionItem> {
  const item = await findActionItem(ctx.db, id);
  if (!item) throw notFound('交办事项');
  if (item.status === 'done') throw new AppError('CONFLICT', '该交办事项已经办结，无需重复办结。');
  if (!canCloseActionItem(actor, item)) throw forbidden('只有交办事项的责任单位或督查室可以办结该事项。');
  const evidence = (input.evidence ?? '').trim();
  if (!evidence) throw badRequest('办结交办事项需要填写办结情况和佐证材料说明。', { field: 'evidence' });
  if (evidence.length > 5000) throw badRequest('办结佐证说明不能超过 5000 字。', { field: 'evidence' });
  await ctx.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const version = input.version ?? item.version;
    const closed = await closeActionItemRow(trx, id, version, { status: 'done', closing_evidence: evidence, closed_at: now, closed_by: actor.username });
    if (!closed) throw versionConflict('交办事项');
    await writeAudit(trx, actor, {
      action: 'close',
      entity: 'action_item',
      entityId: id,
      summary: `办结交办事项「${item.title.slice(0, 100)}」`,
      before: { status: item.status },
      after: { status: 'done', evidence },
    });
  });
  return itemView((await findActionItem(ctx.db, id))!, shanghaiDate(new Date()), actor);
}

/** My unit's action items: overdue first, then open by deadline, then done. */
export async function myActionItems(ctx: AppContext, actor: Actor): Promise<MyActionItemList> {
  if (actor.unitId === null) return { items: [], total: 0 };
  const rank = { overdue: 0, open: 1, done: 2 } as const;
  const rows = await actionItemsOfUnit(ctx.db, actor.unitId);
  // 逾期 as of each plan's as-of day: a finished year's item is not overdue by the real calendar
  const dayOf = await planTodays(
    ctx,
    rows.map((r) => r.plan_id),
  );
  const items = rows
    .map((r) => ({
      ...itemView(r, dayOf(r.plan_id), actor),
      planId: r.plan_id,
      meeting: { id: r.meeting_id, date: r.meeting_date, kind: r.meeting_kind, host: r.meeting_host },
    }))
    .sort((a, b) => rank[a.status] - rank[b.status] || a.deadline.localeCompare(b.deadline) || a.id - b.id);
  return { items, total: items.length };
}
