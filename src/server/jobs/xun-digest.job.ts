/**
 * The 旬 digest job (issue 5): at 08:30 Beijing time on days 1, 11 and 21 every active leader gets the digest of
 * the new 旬, kept as a dated record. Each (leader, 旬) is claimed once in the database, so several app
 * processes, a second run or the catch-up after a restart still leave exactly one row.
 */
import { Cron } from 'croner';
import { shanghaiDate, shanghaiInstant } from '../../domain/calendar';
import type { AppContext } from '../context';
import type { Xun } from '../modules/leaders/xun';
import { xunOf } from '../modules/leaders/xun';
import { isAnyPlanRunning } from '../modules/plans/plan-as-of.service';
import { activeLeaders, claimXunDigest } from './xun-digest.claim';

/** Time zone every scheduled job runs in. */
export const JOB_TIMEZONE = 'Asia/Shanghai';
/** minute hour day-of-month month day-of-week: 08:30 on the 1st, 11th and 21st. */
export const XUN_DIGEST_CRON = '30 8 1,11,21 * *';
/** Local time of day at which a 旬's digest becomes due. */
const DUE_TIME = '08:30';

export interface XunDigestRunResult {
  xun: Xun;
  /** false before 08:30 of the 旬's first day: nothing is generated yet */
  isDue: boolean;
  /** usernames whose digest this run created */
  created: string[];
  /** leaders whose digest already existed (made by another run, process or the leader) */
  existing: number;
  /** leaders whose digest failed; the next run (or restart) retries them */
  failed: { username: string; message: string }[];
  /** true when no active plan runs on that day (all years over or not begun): no digest, nobody is told */
  noRunningPlan?: boolean;
}

/** The instant a 旬's digest becomes due: 08:30 Beijing time on its first day. */
export function xunDueAt(xun: Xun): Date {
  return new Date(shanghaiInstant(xun.start, DUE_TIME));
}

/** When the schedule fires next after `after` (a schedule without a callback, so no timer is started). */
export function nextXunDigestRun(after: Date): Date | null {
  return new Cron(XUN_DIGEST_CRON, { timezone: JOB_TIMEZONE }).nextRun(after);
}

/**
 * Generate what is due for the 旬 containing `now`: one digest per active leader that has none yet.
 * Used by the 08:30 schedule and by the catch-up on start, so a server that was down at 08:30 skips no 旬.
 */
export async function runXunDigests(ctx: AppContext, now: Date): Promise<XunDigestRunResult> {
  const asOf = shanghaiDate(now);
  const xun = xunOf(asOf);
  const result: XunDigestRunResult = { xun, isDue: now.getTime() >= xunDueAt(xun).getTime(), created: [], existing: 0, failed: [] };
  if (!result.isDue) return result;
  // a finished year's plan is no longer steered: its leaders get no new 旬 digest and no message
  if (!(await isAnyPlanRunning(ctx, now))) return { ...result, noRunningPlan: true };
  for (const leader of await activeLeaders(ctx)) {
    try {
      if (await claimXunDigest(ctx, leader, xun, asOf)) result.created.push(leader.username);
      else result.existing += 1;
    } catch (error) {
      // One leader's failure must not cost the others their digest.
      result.failed.push({ username: leader.username, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}
