import { writeAudit } from '../../audit/audit.writer';
import { systemActor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { enqueueNotification } from '../notifications/enqueue';
import { insertNoticeEvent, listEscalationRecipientIds, listOverdueUnescalated, updateNoticeRow } from './supervision-notices.repo';
import { noticeNumber } from './supervision-views';

/**
 * 逾期升级: every 督办单 whose deadline is before `today` (Beijing date, YYYY-MM-DD) and that the unit has not
 * responded to is marked `escalated` (挂牌督办), with a timeline step and an audit row; notices of a plan whose year
 * is over as of `today` are left as they are (the year is closed, nobody is chased). Projects carry no
 * 挂牌督办 flag of their own, so the mark lives on the notice. Safe to run from several processes: each row is
 * written through its version, so a notice is escalated once. Returns the ids escalated by this call.
 */
export async function escalateOverdueNotices(ctx: AppContext, today: string): Promise<number[]> {
  const escalated: number[] = [];
  const system = systemActor('system');
  for (const n of await listOverdueUnescalated(ctx.db, today)) {
    const now = nowIso();
    const done = await ctx.db.transaction().execute(async (trx) => {
      if (!(await updateNoticeRow(trx, n.id, n.version, { escalated: 1, escalated_at: now }))) return false;
      await insertNoticeEvent(trx, {
        notice_id: n.id,
        action: 'escalate',
        actor: system.username,
        at: now,
        text: `超过办理期限 ${n.deadline} 未反馈，列入挂牌督办`,
      });
      await writeAudit(trx, system, {
        action: 'escalate',
        entity: 'supervision_notice',
        entityId: n.id,
        summary: `${noticeNumber(n)} 逾期未反馈，列入挂牌督办`,
        before: { escalated: 0 },
        after: { escalated: 1, deadline: n.deadline },
      });
      await enqueueNotification(trx, {
        kind: 'supervision_notice_escalated',
        entityId: n.id,
        projectId: n.project_id,
        title: `${noticeNumber(n)} 逾期未反馈，已列入挂牌督办`,
        body: `督办事项“${n.subject}”超过办理期限 ${n.deadline} 仍未反馈，已列入挂牌督办，请尽快办理并反馈。`,
        link: `/plans/${n.plan_id}/supervision`,
        recipients: { userIds: await listEscalationRecipientIds(trx, n.unit_id, n.project_id), roles: ['supervisor'] },
        createdBy: system.username,
        dedupeKey: `supervision_notice_escalated:${n.id}`,
      });
      return true;
    });
    if (done) escalated.push(n.id);
  }
  return escalated;
}
