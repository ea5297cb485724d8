import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** Count one hit in a bucket's window and return the window's hits so far (one statement: safe under concurrency). */
export async function hitRateWindow(db: Kysely<DB>, bucket: string, windowStart: string): Promise<number> {
  const row = await db
    .insertInto('public_rate_counter')
    .values({ bucket, window_start: windowStart, hits: 1 })
    .onConflict((oc) => oc.columns(['bucket', 'window_start']).doUpdateSet({ hits: sql<number>`public_rate_counter.hits + 1` }))
    .returning('hits')
    .executeTakeFirstOrThrow();
  return Number(row.hits);
}

/** Forget windows that started before `before` (they can no longer limit anything). */
export async function deleteRateWindowsBefore(db: Kysely<DB>, before: string): Promise<void> {
  await db.deleteFrom('public_rate_counter').where('window_start', '<', before).execute();
}
