/** The scheduled side of 旬 digests: which leaders get one, written by the leaders module's claimDigest. */
import type { Actor } from '../auth/actor';
import { systemActor } from '../auth/actor';
import type { AppContext } from '../context';
import { claimDigest } from '../modules/leaders/leaders.service';
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

/** Write the leader's digest of `xun` as of `asOf` unless one exists, audited as the job; true when this call created it. */
export function claimXunDigest(ctx: AppContext, leader: Actor, xun: Xun, asOf: string): Promise<boolean> {
  return claimDigest(ctx, leader, xun, asOf, systemActor(XUN_DIGEST_JOB_USER));
}
