/** Starts the scheduled jobs of one app process (main.ts only, so tests never get timers). */
import { Cron } from 'croner';
import type { AppContext } from '../context';
import { JOB_TIMEZONE, runXunDigests, XUN_DIGEST_CRON } from './xun-digest.job';
import type { XunDigestRunResult } from './xun-digest.job';
import { startNotificationWorker } from '../modules/notifications/delivery-worker';
import { startSupervisionEscalation } from './supervision-escalation.job';
import { startReminders } from './reminders.job';
import { startAuditSeal } from './audit-seal.job';
import { startIdempotencyPurge } from './idempotency-purge.job';

/** The part of the Fastify/pino logger the jobs use. */
export interface JobLogger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface RunningJobs {
  /** no new runs; settles when a run in progress (catch-up or scheduled) has finished */
  stop(): Promise<void>;
}

function logDigestRun(log: JobLogger, trigger: 'schedule' | 'catch-up', r: XunDigestRunResult): void {
  const facts = { job: 'xun-digest', trigger, period: r.xun.start, created: r.created, existing: r.existing, failed: r.failed };
  if (!r.isDue) log.info(facts, `旬调度摘要：${r.xun.label}尚未到 08:30 生成时间，本次不生成`);
  else if (r.failed.length) log.error(facts, `旬调度摘要：${r.xun.label}有 ${r.failed.length} 位领导生成失败，将在下次运行时重试`);
  else log.info(facts, `旬调度摘要：${r.xun.label}新生成 ${r.created.length} 份，已存在 ${r.existing} 份`);
}

/** Schedule the 旬 digest at 08:30 Beijing time on days 1/11/21 and catch up the current 旬 right away. */
export function startJobs(ctx: AppContext, log: JobLogger): RunningJobs {
  const inFlight = new Set<Promise<void>>();
  const run = (trigger: 'schedule' | 'catch-up') => {
    const done = runXunDigests(ctx, new Date())
      .then((result) => logDigestRun(log, trigger, result))
      .catch((error: unknown) => log.error({ job: 'xun-digest', trigger, err: error }, '旬调度摘要：运行失败'))
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
    return done;
  };
  // protect: a run still going when the next one fires is not started twice in this process.
  const xunDigest = new Cron(XUN_DIGEST_CRON, { timezone: JOB_TIMEZONE, name: 'xun-digest', protect: true }, () => run('schedule'));
  log.info(
    { job: 'xun-digest', cron: XUN_DIGEST_CRON, timezone: JOB_TIMEZONE, nextRun: xunDigest.nextRun()?.toISOString() ?? null },
    '定时任务已启动：旬调度摘要',
  );
  void run('catch-up');
  // notifications (issue 11): this process's delivery worker; the workers of all processes share the claims
  const notifications = startNotificationWorker(ctx, log);
  log.info({ job: 'notifications', worker: notifications.id, pollMs: ctx.config.notify.pollMs }, '定时任务已启动：消息推送');
  const supervisionEscalation = startSupervisionEscalation(ctx, log);
  const reminders = startReminders(ctx, log);
  const auditSeal = startAuditSeal(ctx, log);
  const idempotencyPurge = startIdempotencyPurge(ctx, log);
  return {
    async stop() {
      await notifications.stop();
      xunDigest.stop();
      await Promise.all([...inFlight, supervisionEscalation.stop(), reminders.stop(), auditSeal.stop(), idempotencyPurge.stop()]);
    },
  };
}
