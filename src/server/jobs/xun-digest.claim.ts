/**
 * Claim and write one leader's 旬 digest for a given day.
 *
 * Mirrors generateDigest in the leaders module (same table, same content, same unique (user_id, period_start):
 * whichever process inserts first owns the row, every other writer's insert does nothing). That function reads
 * the wall clock; the job needs an explicit instant for catch-up and tests. Once generateDigest takes an
 * optional `now`, this file can call it instead.
 */
import type { Actor } from '../auth/actor';
import { systemActor } from '../auth/actor';
import { writeAudit } from '../audit/audit.writer';
import type { AppContext } from '../context';
import { nowIso } from '../context';
import { leaderPortfolio } from '../modules/leaders/portfolio.service';
import type { Xun } from '../modules/leaders/xun';

/** The username audit rows of scheduled digests carry. */
export const XUN_DIGEST_JOB_USER = 'system:xun-digest';

/** The active leader accounts, as actors (the portfolio reads what the leader may read). */
export async function activeLeaders(ctx: AppContext): Promise<Actor[]> {
  const rows = await ctx.db
    .selectFrom('user')
    .select(['id', 'username', 'display_name', 'unit_id'])
    .where('role', '=', 'leader')
    .where('is_disabled', '=', 0)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, username: r.username, displayName: r.display_name, role: 'leader', unitId: r.unit_id, ip: null }));
}

const findDigest = (ctx: AppContext, userId: number, periodStart: string) =>
  ctx.db.selectFrom('xun_digest').select('id').where('user_id', '=', userId).where('period_start', '=', periodStart).executeTakeFirst();

/** Write the leader's digest of `xun` as of `asOf` unless one exists; true when this call created it. */
export async function claimXunDigest(ctx: AppContext, leader: Actor, xun: Xun, asOf: string): Promise<boolean> {
  if (await findDigest(ctx, leader.id, xun.start)) return false;
  const portfolio = await leaderPortfolio(ctx, leader, { asOf });
  const content = { asOf, items: portfolio.items, escalatedBlockers: portfolio.escalatedBlockers };
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('xun_digest')
      .values({ user_id: leader.id, period_start: xun.start, period_end: xun.end, label: xun.label, generated_at: nowIso(), content_json: JSON.stringify(content) })
      .onConflict((oc) => oc.columns(['user_id', 'period_start']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) return false;
    await writeAudit(trx, systemActor(XUN_DIGEST_JOB_USER), {
      action: 'create',
      entity: 'xun_digest',
      entityId: row.id,
      summary: `定时生成 ${leader.displayName} 的${xun.label}调度摘要（${portfolio.items.length} 个项目）`,
    });
    return true;
  });
}
