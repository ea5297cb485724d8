/**
 * 督办单 escalation (issue 11): every day shortly after midnight Beijing time, notices past their deadline that the unit
 * has not responded to are marked 挂牌督办 (escalateOverdueNotices). Each notice is written through its version, so
 * several app processes, a second run or the catch-up after a restart escalate it once.
 */
import { Cron } from 'croner';
import { shanghaiDate } from '../../domain/calendar';
import type { AppContext } from '../context';
import { escalateOverdueNotices } from '../modules/supervision/supervision-escalation.service';
import type { JobLogger } from './job-scheduler';
import { JOB_TIMEZONE } from './xun-digest.job';

/** minute hour …: 00:10 every day. */
export const SUPERVISION_ESCALATION_CRON = '10 0 * * *';

/** Schedule the daily escalation and catch up right away; returns what stops it (settling when a run has finished). */
export function startSupervisionEscalation(ctx: AppContext, log: JobLogger): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const run = (trigger: 'schedule' | 'catch-up') => {
    running = escalateOverdueNotices(ctx, shanghaiDate(new Date()))
      .then((ids) => {
        if (ids.length) log.info({ job: 'supervision-escalation', trigger, ids }, `督办单：${ids.length} 份逾期未反馈，已列入挂牌督办`);
      })
      .catch((error: unknown) => log.error({ job: 'supervision-escalation', trigger, err: error }, '督办单逾期升级：运行失败'));
    return running;
  };
  const cron = new Cron(SUPERVISION_ESCALATION_CRON, { timezone: JOB_TIMEZONE, name: 'supervision-escalation', protect: true }, () => run('schedule'));
  void run('catch-up');
  return {
    async stop() {
      cron.stop();
      await running;
    },
  };
}
