/**
 * Scheduled reminders (issue 11): every 15 minutes, Beijing time, runReminders enqueues what is due now (周台账将截止 /
 * 已逾期 / 未报送, 月报将截止, 交办事项 and 绿色通道 due or overdue). Each reminder carries a dedupe key, so the run of
 * every app process, a second run and the catch-up after a restart store it once.
 */
import { Cron } from 'croner';
import type { AppContext } from '../context';
import { runReminders } from '../modules/reminders/reminders.service';
import type { JobLogger } from './job-scheduler';
import { JOB_TIMEZONE } from './xun-digest.job';

/** minute …: every 15 minutes (a reminder's window is hours wide, so a run is never missed). */
export const REMINDERS_CRON = '*/15 * * * *';

/** Schedule the reminder run and catch up right away; returns what stops it (settling when a run has finished). */
export function startReminders(ctx: AppContext, log: JobLogger): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const run = (trigger: 'schedule' | 'catch-up') => {
    running = runReminders(ctx, new Date())
      .then((r) => {
        if (r.created) log.info({ job: 'reminders', trigger, ...r }, `提醒：新发出 ${r.created} 条，已存在 ${r.existing} 条`);
      })
      .catch((error: unknown) => log.error({ job: 'reminders', trigger, err: error }, '定时提醒：运行失败'));
    return running;
  };
  const cron = new Cron(REMINDERS_CRON, { timezone: JOB_TIMEZONE, name: 'reminders', protect: true }, () => run('schedule'));
  void run('catch-up');
  return {
    async stop() {
      cron.stop();
      await running;
    },
  };
}
