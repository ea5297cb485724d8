import type { AppContext } from '../../src/server/context';
import type { Actor } from '../../src/server/auth/actor';
import { buildLedger, readLedgerRows } from '../../src/server/modules/ledger/ledger.service';
import { findPlanHeading } from '../../src/server/modules/ledger/ledger.repo';
import { planAsOfForYear } from '../../src/server/modules/plans/plan-as-of.service';
import { percentile } from './report';

async function timeRuns(runs: number, once: () => Promise<unknown>) {
  for (let i = 0; i < 3; i += 1) await once(); // warm the caches and the statement cache
  const durations: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await once();
    durations.push(performance.now() - start);
  }
  return { p50: percentile(durations, 50), p95: percentile(durations, 95), runs };
}

/**
 * The ledger's SQL as the service runs it (the heading, then readLedgerRows: the same seven repo queries with the
 * same driver), timed `runs` times one after another with nothing else running; and buildLedger in-process, computed
 * afresh and answered from the read cache.
 */
export async function timeLedgerQueries(ctx: AppContext, actor: Actor, planId: number, runs: number) {
  const plan = await findPlanHeading(ctx.db, planId);
  if (!plan) throw new Error(`plan ${planId} not found`);
  const { asOf } = planAsOfForYear({ year: plan.year, endDate: plan.ledger_end_date }, undefined, new Date());
  const rawSql = await timeRuns(runs, async () => {
    await findPlanHeading(ctx.db, planId);
    await readLedgerRows(ctx.db, planId, asOf);
  });
  // inside a transaction the read cache never answers: the ledger computed afresh, as after every change
  const service = await timeRuns(runs, () => ctx.db.transaction().execute((trx) => buildLedger({ ...ctx, db: trx }, actor, planId, {})));
  // and as kept while nothing changed (src/server/db/read-cache.ts): the heading and the data version are still read
  const cached = await timeRuns(runs, () => buildLedger(ctx, actor, planId, {}));
  return { rawSql, service, cached };
}
