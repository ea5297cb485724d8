/**
 * Scheduled reminders (issue 11): every 15 minutes, Beijing time, runReminders enqueues what is due now (周台账将截止 /
 * 已逾期 / 未报送, 月报将截止, 交办事项 and 绿色通道 due or overdue). Each reminder carries a dedupe key, so the run of
 * every app process, a second run and the catch-up after a restart store it once.
 */
import type { AppContext } from '../context';
import { runReminders } from '../modules/reminders/reminders.service';
import type { JobLogger } from './job-scheduler';
import { startScheduledTask } from './scheduled-task';
import type { ScheduledTask } from './scheduled-task';

/** minute …: every 15 minutes (a reminder's window is hours wide, so a run is never missed). */
export const REMINDERS_CRON = '*/15 * * * *';

/** Schedule the reminder run and catch up right away; returns what stops it (settling when a run has finished). */
export function startReminders(ctx: AppContext, log: JobLogger): ScheduledTask {
  return startScheduledTask(log, { name: 'reminders', cron: REMINDERS_CRON, failure: '定时提醒：运行失败' }, async (trigger) => {
    const r = await runReminders(ctx, new Date());
    if (r.created) log.info({ job: 'reminders', trigger, ...r }, `提醒：新发出 ${r.created} 条，已存在 ${r.existing} 条`);
  });
}
