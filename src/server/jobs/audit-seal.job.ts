/**
 * 审计封存 (issue 13): every minute, the settled audit rows are sealed into the hash chain (audit-chain.ts), so a
 * row edited later in the database is detected by `minsheng audit verify`.
 */
import { Cron } from 'croner';
import { sealAudit } from '../audit/audit-chain';
import type { AppContext } from '../context';
import type { JobLogger } from './job-scheduler';
import { JOB_TIMEZONE } from './xun-digest.job';

export const AUDIT_SEAL_CRON = '* * * * *';

export function startAuditSeal(ctx: AppContext, log: JobLogger): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = sealAudit(ctx.db)
      .then(() => undefined)
      .catch((error: unknown) => log.error({ job: 'audit-seal', err: error }, '审计封存：本次未完成，下一分钟重试'));
    return running;
  };
  const cron = new Cron(AUDIT_SEAL_CRON, { timezone: JOB_TIMEZONE, name: 'audit-seal', protect: true }, run);
  void run();
  return {
    async stop() {
      cron.stop();
      await running;
    },
  };
}
