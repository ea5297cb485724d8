/**
 * The reminder run (issue 11): for every active plan whose year is running, asks the pure rules of src/domain/reminders
 * what is due now and enqueues each reminder under its dedupe key, so several processes, a re-run or the catch-up
 * after a restart store it once. Nothing here decides a date.
 */
import { addDays, formatWeekChinese, shanghaiDate } from '../../../domain/calendar';
import type { WorkingDayTest } from '../../../domain/calendar';
import { datedItemStage, monthlyReminderKey, monthlyRemindersDue, planIsQuiet, weeklyReminderKey, weeklyRemindersDue } from '../../../domain/reminders';
import type { WeeklyReminder } from '../../../domain/reminders';
import { isWorkingDay } from '../../../domain/workdays';
import type { AppContext } from '../../context';
import { enqueueNotification } from '../notifications/enqueue';
import type { NotificationEvent } from '../notifications/enqueue';
import { toPlanRhythm } from '../plans/plan-rhythm';
import { loadWorkdayCalendar } from '../workdays/workdays.service';
import {
  listActivePlansForReminders,
  listLeadUnitsOfPlan,
  listOpenActionItems,
  listOpenGreenChannelRequests,
  listSubmittedMonths,
  listSubmittedWeeks,
} from './reminders.repo';

export const REMINDER_JOB_USER = 'system:reminders';

export interface ReminderRunResult {
  /** events stored by this run */
  created: number;
  /** events another run or process had stored already */
  existing: number;
}

/** '2024-06-07T10:00:00.000Z' → '6月7日 18:00' (Beijing time). */
const beijingMoment = (iso: string) => {
  const local = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${Number(local.slice(5, 7))}月${Number(local.slice(8, 10))}日 ${local.slice(11, 16)}`;
};

function weeklyText(r: WeeklyReminder, project: { seq: number; name: string }): { title: string; body: string } {
  const week = formatWeekChinese(r.week);
  const name = `项目 ${project.seq}“${project.name}”`;
  if (r.kind === 'weekly_due_soon')
    return {
      title: `${name} ${week}周台账将于 ${beijingMoment(r.dueAt)} 截止`,
      body: `${name}${week}的周台账尚未报送，请于 ${beijingMoment(r.dueAt)} 前报送。`,
    };
  if (r.kind === 'weekly_late')
    return { title: `${name} ${week}周台账已逾期`, body: `${name}${week}的周台账已过截止时间（${beijingMoment(r.dueAt)}），请尽快报送。` };
  return { title: `${name} ${week}周台账未报送`, body: `${name}${week}的周台账至 ${beijingMoment(r.missingAt)} 仍未报送，已记为缺报，请尽快补报。` };
}

/** Enqueue every reminder due at `now`; returns how many were stored now and how many existed already. */
export async function runReminders(ctx: AppContext, now: Date): Promise<ReminderRunResult> {
  const result: ReminderRunResult = { created: 0, existing: 0 };
  const calendar = await loadWorkdayCalendar(ctx);
  const working: WorkingDayTest = (date) => isWorkingDay(calendar, date);
  const enqueue = async (event: NotificationEvent) => {
    // the real clock, not `now`: delivery is due at once (quiet hours aside)
    const { eventId } = await ctx.db.transaction().execute((trx) => enqueueNotification(trx, { ...event, createdBy: REMINDER_JOB_USER }));
    if (eventId === null) result.existing += 1;
    else result.created += 1;
  };
  const today = shanghaiDate(now);

  for (const plan of await listActivePlansForReminders(ctx.db)) {
    const rhythm = toPlanRhythm(plan);
    if (planIsQuiet(plan.year, now, rhythm.endDate)) continue;
    const weekly = weeklyRemindersDue(plan.year, now, rhythm.weekly, working);
    const monthly = monthlyRemindersDue(plan.year, now, rhythm.monthly, working);
    const leads = await listLeadUnitsOfPlan(ctx.db, plan.id);
    const projectIds = [...new Set(leads.map((l) => l.id))];
    const weeksDone = await listSubmittedWeeks(
      ctx.db,
      projectIds,
      weekly.map((r) => r.week),
    );
    const monthsDone = await listSubmittedMonths(
      ctx.db,
      projectIds,
      monthly.map((r) => r.month),
    );
    const byProject = new Map<number, { seq: number; name: string; unitIds: number[] }>();
    for (const l of leads) {
      const p = byProject.get(l.id) ?? { seq: l.seq, name: l.name, unitIds: [] };
      p.unitIds.push(l.unit_id);
      byProject.set(l.id, p);
    }
    for (const [projectId, project] of byProject) {
      for (const r of weekly) {
        if (weeksDone.has(`${projectId}:${r.week}`)) continue;
        await enqueue({
          kind: r.kind,
          entityId: projectId,
          projectId,
          ...weeklyText(r, project),
          link: `/projects/${projectId}/weekly/${r.week}`,
          recipients: { unitIds: project.unitIds },
          createdBy: REMINDER_JOB_USER,
          dedupeKey: weeklyReminderKey(r, projectId),
        });
      }
      for (const r of monthly) {
        if (monthsDone.has(`${projectId}:${r.month}`)) continue;
        const month = `${r.month.slice(0, 4)}年${Number(r.month.slice(5, 7))}月`;
        await enqueue({
          kind: 'monthly_due',
          entityId: projectId,
          projectId,
          title: `项目 ${project.seq} ${month}月报将于 ${beijingMoment(r.dueAt)} 截止`,
          body: `项目 ${project.seq}“${project.name}”${month}的月报尚未报送，请于 ${beijingMoment(r.dueAt)} 前报送。`,
          link: `/projects/${projectId}/monthly/${r.month}`,
          recipients: { unitIds: project.unitIds },
          createdBy: REMINDER_JOB_USER,
          dedupeKey: monthlyReminderKey(r, projectId),
        });
      }
    }

    // dated items: due within the next working days (a week covers any holiday run before the date) or overdue
    const horizon = addDays(today, 14);
    for (const item of await listOpenActionItems(ctx.db, plan.id, horizon)) {
      const stage = datedItemStage(item.deadline, now, working);
      if (!stage) continue;
      await enqueue({
        kind: stage === 'due' ? 'action_item_due' : 'action_item_overdue',
        entityId: item.id,
        projectId: item.project_id,
        title: stage === 'due' ? `交办事项将于 ${item.deadline} 到期：${item.title}` : `交办事项已逾期：${item.title}`,
        body:
          stage === 'due'
            ? `交办事项“${item.title}”办理期限为 ${item.deadline}，请按时办结并填写办结情况。`
            : `交办事项“${item.title}”已超过办理期限 ${item.deadline}，请尽快办结并填写办结情况。`,
        link: '/todo',
        recipients: { unitIds: [item.owner_unit_id] },
        createdBy: REMINDER_JOB_USER,
        dedupeKey: `action_item_${stage}:${item.id}:${item.deadline}`,
      });
    }
    for (const g of await listOpenGreenChannelRequests(ctx.db, plan.id, horizon)) {
      const stage = datedItemStage(g.due_date, now, working);
      if (!stage) continue;
      // the project by name too: a co-unit helps on many projects, and every plan has a 项目 1
      const project = `项目 ${g.seq}「${g.name}」`;
      await enqueue({
        kind: 'green_channel_request',
        entityId: g.id,
        projectId: g.project_id,
        title: stage === 'due' ? `${project}的绿色通道请求将于 ${g.due_date} 到期` : `${project}的绿色通道请求已逾期`,
        body:
          stage === 'due'
            ? `${project}的绿色通道请求办理期限为 ${g.due_date}，请按时答复。`
            : `${project}的绿色通道请求已超过办理期限 ${g.due_date}，请尽快答复。`,
        link: `/plans/${plan.id}/blockers`,
        recipients: { unitIds: [g.co_unit_id] },
        createdBy: REMINDER_JOB_USER,
        dedupeKey: `green_channel_${stage}:${g.id}:${g.due_date}`,
      });
    }
  }
  return result;
}
