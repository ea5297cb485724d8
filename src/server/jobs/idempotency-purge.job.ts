/**
 * Every hour at minute 17, the Idempotency-Keys older than a day are forgotten with their stored answers (a retry after
 * a lost answer comes within minutes; src/server/http/idempotency.ts).
 */
import type { AppContext } from '../context';
import { forgetOldIdempotencyKeys } from '../http/idempotency';
import type { JobLogger } from './job-scheduler';
import { startScheduledTask } from './scheduled-task';
import type { ScheduledTask } from './scheduled-task';

export const IDEMPOTENCY_PURGE_CRON = '17 * * * *';

export function startIdempotencyPurge(ctx: AppContext, log: JobLogger): ScheduledTask {
  const job = { name: 'idempotency-purge', cron: IDEMPOTENCY_PURGE_CRON, failure: '重复提交保护：清除过期请求标识未完成，一小时后重试' };
  return startScheduledTask(log, job, async () => {
    const deleted = await forgetOldIdempotencyKeys(ctx, new Date());
    if (deleted > 0) log.info({ job: job.name, deleted }, `重复提交保护：清除 ${deleted} 个一天前的请求标识`);
  });
}
