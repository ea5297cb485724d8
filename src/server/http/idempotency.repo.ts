import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** A stored idempotent request as the replay reads it. */
export interface StoredIdempotentResponse {
  route: string;
  request_hash: string;
  status_code: number;
  response_body: string;
}

/**
 * Claim a user's key for a request: the row's id, or null when the key is already taken. On PostgreSQL a
 * concurrent claim of the same key waits here until the first transaction ends (the unique index), then finds it taken.
 */
export async function claimIdempotencyKey(
  db: Kysely<DB>,
  claim: { userId: number; key: string; route: string; requestHash: string; createdAt: string },
): Promise<number | null> {
  const row = await db
    .insertInto('idempotency_key')
    .values({
      user_id: claim.userId,
      key: claim.key,
      route: claim.route,
      request_hash: claim.requestHash,
      status_code: 0,
      response_body: '',
      created_at: claim.createdAt,
    })
    .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Keep the response of a claimed key (in the transaction of the write it answers). */
export async function storeIdempotentResponse(db: Kysely<DB>, id: number, statusCode: number, responseBody: string): Promise<void> {
  await db.updateTable('idempotency_key').set({ status_code: statusCode, response_body: responseBody }).where('id', '=', id).execute();
}

/** The stored request and response of a user's key, if any. */
export function findIdempotentResponse(db: Kysely<DB>, userId: number, key: string): Promise<StoredIdempotentResponse | undefined> {
  return db
    .selectFrom('idempotency_key')
    .select(['route', 'request_hash', 'status_code', 'response_body'])
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
}

/** Forget keys stored before `before` (a retry comes within minutes, not days). */
export async function deleteIdempotencyKeysBefore(db: Kysely<DB>, before: string): Promise<number> {
  const result = await db.deleteFrom('idempotency_key').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
