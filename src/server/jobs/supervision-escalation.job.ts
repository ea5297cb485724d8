/**
 * 督办单 escalation (issue 11): every day shortly after midnight Beijing time, notices past their deadline that the unit
 * has not responded to are marked 挂牌督办 (escalateOverdueNotices). Each notice is written through its version, so
 * several app processes, a second run or the catch-up after a restart escalate it once.
 */
import { shanghaiDate } from '../../domain/calendar';
import type { AppContext } from '../context';
import { escalateOverdueNotices } from '../modules/supervision/supervision-escalation.service';
import type { JobLogger } from './job-scheduler';
import { startScheduledTask } from './scheduled-task';
import type { ScheduledTask } from './scheduled-task';

/** minute hour …: 00:10 every day. */
export const SUPERVISION_ESCALATION_CRON = '10 0 * * *';

/** Schedule the daily escalation and catch up right away; returns what stops it (settling when a run has finished). */
export function startSupervisionEscalation(ctx: AppContext, log: JobLogger): ScheduledTask {
  const job = { name: 'supervision-escalation', cron: SUPERVISION_ESCALATION_CRON, failure: '督办单逾期升级：运行失败' };
  return startScheduledTask(log, job, async (trigger) => {
    const ids = await escalateOverdueNotices(ctx, shanghaiDate(new Date()));
    if (ids.length) log.info({ job: job.name, trigger, ids }, `督办单：${ids.length} 份逾期未反馈，已列入挂牌督办`);
  });
}
