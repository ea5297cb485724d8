/**
 * 审计封存 (issue 13): every minute, the settled audit rows are sealed into the hash chain (audit-chain.ts), so a
 * row edited later in the database is detected by `minsheng audit verify`.
 */
import { sealAudit } from '../audit/audit-chain';
import type { AppContext } from '../context';
import type { JobLogger } from './job-scheduler';
import { startScheduledTask } from './scheduled-task';
import type { ScheduledTask } from './scheduled-task';

export const AUDIT_SEAL_CRON = '* * * * *';

export function startAuditSeal(ctx: AppContext, log: JobLogger): ScheduledTask {
  return startScheduledTask(log, { name: 'audit-seal', cron: AUDIT_SEAL_CRON, failure: '审计封存：本次未完成，下一分钟重试' }, async () => {
    await sealAudit(ctx.db);
  });
}
