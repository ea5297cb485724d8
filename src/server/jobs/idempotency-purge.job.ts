/**
 * Every hour at minute 17, the Idempotency-Keys older than a day are forgotten with their stored answers (a retry after
 * a lost answer comes within minutes; src/server/http/idempotency.ts).
 */
import { Cron } from 'croner';
import type { AppContext } from '../context';
import { forgetOldIdempotencyKeys } from '../http/idempotency';
import type { JobLogger } from './job-scheduler';
import { JOB_TIMEZONE } from './xun-digest.job';

export const IDEMPOTENCY_PURGE_CRON = '17 * * * *';

export function startIdempotencyPurge(ctx: AppContext, log: JobLogger): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = forgetOldIdempotencyKeys(ctx, new Date())
      .then((deleted) => {
        if (deleted > 0) log.info({ job: 'idempotency-purge', deleted }, `重复提交保护：清除 ${deleted} 个一天前的请求标识`);
      })
      .catch((error: unknown) => log.error({ job: 'idempotency-purge', err: error }, '重复提交保护：清除过期请求标识未完成，一小时后重试'));
    return running;
  };
  const cron = new Cron(IDEMPOTENCY_PURGE_CRON, { timezone: JOB_TIMEZONE, name: 'idempotency-purge', protect: true }, run);
  void run();
  return {
    async stop() {
      cron.stop();
      await running;
    },
  };
}
