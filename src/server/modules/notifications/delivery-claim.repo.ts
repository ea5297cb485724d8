/**
 * Claiming deliveries so each goes out once across app processes on one database. A claim stamps the rows with a
 * token of its own: on PostgreSQL the candidates are locked with FOR UPDATE SKIP LOCKED (two workers never wait for
 * or take the same row); on SQLite the UPDATE … WHERE claimed_by IS NULL is atomic (writes are serialised).
 * A worker that dies mid-send leaves rows 'sending'; after the lease they are handed out again.
 */
import type { Kysely } from 'kysely';
import { skipLockedOn } from '../../db/dialect';
import type { DialectName } from '../../db/dialect';
import type { DB, DeliveryChannel } from '../../db/schema';

export interface ClaimWindow {
  now: string;
  /** robot rows created before this (and not yet tried) are due: later ones wait to be merged into a digest */
  robotCutoff: string;
}

/** Rows 'sending' since before `staleBefore` (their worker died) become pending again. */
export async function releaseStaleClaims(db: Kysely<DB>, staleBefore: string): Promise<number> {
  const r = await db
    .updateTable('notification_delivery')
    .set({ status: 'pending', claimed_by: null, claimed_at: null })
    .where('status', '=', 'sending')
    .where('claimed_at', '<', staleBefore)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Claim up to `limit` due rows for `token`; answers how many were claimed. */
export async function claimDue(db: Kysely<DB>, dialect: DialectName, token: string, w: ClaimWindow, limit: number): Promise<number> {
  const due = db
    .selectFrom('notification_delivery')
    .select('id')
    .where('status', '=', 'pending')
    .where('claimed_by', 'is', null)
    .where('next_attempt_at', '<=', w.now)
    .where((eb) => eb.or([eb('channel', '=', 'email'), eb('attempts', '>', 0), eb('created_at', '<=', w.robotCutoff)]))
    .orderBy('id')
    .limit(limit);
  const candidates = skipLockedOn(dialect, due);
  const r = await db
    .updateTable('notification_delivery')
    .set({ status: 'sending', claimed_by: token, claimed_at: w.now })
    .where('id', 'in', candidates)
    .where('status', '=', 'pending')
    .where('claimed_by', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Also claim every other due row of the same robot, so they go out in one digest message. */
export async function claimRobotCompanions(
  db: Kysely<DB>,
  dialect: DialectName,
  token: string,
  now: string,
  channel: DeliveryChannel,
  unitId: number,
): Promise<number> {
  const same = db
    .selectFrom('notification_delivery')
    .select('id')
    .where('status', '=', 'pending')
    .where('claimed_by', 'is', null)
    .where('channel', '=', channel)
    .where('unit_id', '=', unitId)
    .where('next_attempt_at', '<=', now)
    .limit(100);
  const candidates = skipLockedOn(dialect, same);
  const r = await db
    .updateTable('notification_delivery')
    .set({ status: 'sending', claimed_by: token, claimed_at: now })
    .where('id', 'in', candidates)
    .where('status', '=', 'pending')
    .where('claimed_by', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function loadClaimed(db: Kysely<DB>, token: string) {
  return db
    .selectFrom('notification_delivery')
    .innerJoin('notification_event', 'notification_event.id', 'notification_delivery.event_id')
    .select([
      'notification_delivery.id',
      'notification_delivery.channel',
      'notification_delivery.user_id',
      'notification_delivery.unit_id',
      'notification_delivery.address',
      'notification_delivery.attempts',
      'notification_event.title',
      'notification_event.body',
      'notification_event.link',
    ])
    .where('notification_delivery.claimed_by', '=', token)
    .where('notification_delivery.status', '=', 'sending')
    .orderBy('notification_delivery.id')
    .execute();
}
export type ClaimedDelivery = Awaited<ReturnType<typeof loadClaimed>>[number];

export async function markSent(db: Kysely<DB>, ids: number[], token: string, at: string): Promise<void> {
  if (!ids.length) return;
  await db
    .updateTable('notification_delivery')
    .set((eb) => ({ status: 'sent', sent_at: at, attempts: eb('attempts', '+', 1), claimed_by: null, claimed_at: null, last_error: null }))
    .where('id', 'in', ids)
    .where('claimed_by', '=', token)
    .execute();
}

/** A failed attempt: back to pending at `retryAt`, or 'failed' for good when `retryAt` is null. */
export async function markAttemptFailed(db: Kysely<DB>, id: number, token: string, error: string, retryAt: string | null): Promise<void> {
  await db
    .updateTable('notification_delivery')
    .set((eb) => ({
      status: retryAt ? 'pending' : 'failed',
      attempts: eb('attempts', '+', 1),
      next_attempt_at: retryAt ?? eb.ref('next_attempt_at'),
      last_error: error.slice(0, 1000),
      claimed_by: null,
      claimed_at: null,
    }))
    .where('id', '=', id)
    .where('claimed_by', '=', token)
    .execute();
}

export async function findRobot(db: Kysely<DB>, unitId: number, channel: 'dingtalk' | 'wecom') {
  return db
    .selectFrom('unit_robot_setting')
    .select(['webhook_enc', 'secret_enc', 'is_enabled'])
    .where('unit_id', '=', unitId)
    .where('channel', '=', channel)
    .executeTakeFirst();
}
