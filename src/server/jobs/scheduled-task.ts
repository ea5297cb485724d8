import { Cron } from 'croner';
import type { JobLogger } from './job-scheduler';
import { JOB_TIMEZONE } from './xun-digest.job';

export type Trigger = 'schedule' | 'catch-up';

/** A started task: `stop` ends the schedule and settles when a run in progress has finished. */
export interface ScheduledTask {
  stop(): Promise<void>;
}

/**
 * Run `task` on a cron schedule (Beijing time) and once right away (the catch-up after a start); a run still going
 * when the next one fires is not started twice in this process. A failed run is logged with `failure` and tried
 * again at the next time.
 */
export function startScheduledTask(
  log: JobLogger,
  job: { name: string; cron: string; failure: string },
  task: (trigger: Trigger) => Promise<void>,
): ScheduledTask {
  let running: Promise<void> = Promise.resolve();
  const run = (trigger: Trigger) => {
    running = task(trigger).catch((error: unknown) => log.error({ job: job.name, trigger, err: error }, job.failure));
    return running;
  };
  const cron = new Cron(job.cron, { timezone: JOB_TIMEZONE, name: job.name, protect: true }, () => run('schedule'));
  void run('catch-up');
  return {
    async stop() {
      cron.stop();
      await running;
    },
  };
}
