import type { AppContext } from '../context';
import { enqueueNotification } from '../modules/notifications/enqueue';
import type { NotificationEvent } from '../modules/notifications/enqueue';
import { noticeNumber } from '../modules/supervision/supervision-views';

/**
 * The demo's bell: the messages the units would have received for what the demo wrote directly (returned weekly
 * updates, open 督办单, open 整改要求), in the same words the services use, dated when the thing happened. The
 * bulletins already told everyone through the bulletins service. In-app only (demo accounts give no e-mail or robot);
 * each event has a `demo:` dedupe key, so a second run adds nothing.
 */
export async function seedDemoNotifications(ctx: AppContext, planId: number, supervisor: string): Promise<number> {
  const events: { event: NotificationEvent; at: string }[] = [];

  const returned = await ctx.db
    .selectFrom('weekly_update')
    .innerJoin('project', 'project.id', 'weekly_update.project_id')
    .innerJoin('project_unit', (j) => j.onRef('project_unit.project_id', '=', 'project.id').on('project_unit.role', '=', 'lead'))
    .select(['weekly_update.id', 'weekly_update.week', 'weekly_update.review_comment', 'weekly_update.reviewed_at', 'project.id as projectId'])
    .select(['project.seq', 'project.name', 'project_unit.unit_id as unitId'])
    .where('project.plan_id', '=', planId)
    .where('weekly_update.is_current', '=', 1)
    .where('weekly_update.status', '=', 'returned')
    .execute();
  for (const u of returned) {
    events.push({
      at: u.reviewed_at ?? new Date().toISOString(),
      event: {
        kind: 'weekly_returned',
        entityId: u.id,
        projectId: u.projectId,
        title: `项目 ${u.seq}「${u.name}」${u.week} 周台账被督查室退回`,
        body: `退回意见：${(u.review_comment ?? '').replace(/[。.]+$/, '')}。请修改后重新提交。`,
        link: `/projects/${u.projectId}/weekly/${u.week}`,
        recipients: { unitIds: [u.unitId] },
        createdBy: supervisor,
        dedupeKey: `demo:weekly_returned:${u.id}:${u.unitId}`,
      },
    });
  }

  const notices = await ctx.db
    .selectFrom('supervision_notice')
    .innerJoin('project', 'project.id', 'supervision_notice.project_id')
    .innerJoin('unit', 'unit.id', 'supervision_notice.unit_id')
    .select(['supervision_notice.id', 'supervision_notice.year', 'supervision_notice.seq', 'supervision_notice.subject', 'supervision_notice.deadline'])
    .select([
      'supervision_notice.issued_at',
      'supervision_notice.unit_id as unitId',
      'unit.name as unitName',
      'project.id as projectId',
      'project.seq as projectSeq',
    ])
    .where('supervision_notice.plan_id', '=', planId)
    .where('supervision_notice.status', 'in', ['issued', 'signed', 'returned'])
    .execute();
  for (const n of notices) {
    const number = noticeNumber(n);
    events.push({
      at: n.issued_at,
      event: {
        kind: 'supervision_notice_issued',
        entityId: n.id,
        projectId: n.projectId,
        title: `${number}：${n.subject}`,
        body: `督查室向${n.unitName}下发${number}（项目 ${n.projectSeq}），请于 ${n.deadline} 前办结并反馈。`,
        link: `/plans/${planId}/supervision`,
        recipients: { unitIds: [n.unitId] },
        createdBy: supervisor,
        dedupeKey: `demo:supervision_notice_issued:${n.id}`,
      },
    });
  }

  const rectifications = await ctx.db
    .selectFrom('rectification')
    .innerJoin('project', 'project.id', 'rectification.project_id')
    .select(['rectification.id', 'rectification.requirement', 'rectification.deadline', 'rectification.requested_at', 'rectification.unit_id as unitId'])
    .select(['project.id as projectId', 'project.seq'])
    .where('project.plan_id', '=', planId)
    .where('rectification.status', '=', 'open')
    .execute();
  for (const r of rectifications) {
    events.push({
      at: r.requested_at,
      event: {
        kind: 'rectification_requested',
        entityId: r.id,
        projectId: r.projectId,
        title: `项目 ${r.seq} 整改要求：${r.deadline} 前整改到位`,
        body: `督查室检查后下发整改要求：${r.requirement.replace(/[。.]+$/, '')}。请于 ${r.deadline} 前整改到位并上传整改材料。`,
        link: `/plans/${planId}/inspections`,
        recipients: { unitIds: [r.unitId] },
        createdBy: supervisor,
        dedupeKey: `demo:rectification_requested:${r.id}`,
      },
    });
  }

  let written = 0;
  for (const { event, at } of events.sort((a, b) => a.at.localeCompare(b.at))) {
    const { eventId } = await ctx.db.transaction().execute((trx) => enqueueNotification(trx, event, new Date(at)));
    if (eventId !== null) written += 1;
  }
  return written;
}
