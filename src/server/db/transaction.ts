import type { Kysely } from 'kysely';
import type { DB } from './schema';

/**
 * Run `work` in a transaction: the caller's when `db` already is one (an idempotent request runs the whole write and
 * the storing of its response in one transaction, src/server/http/idempotency.ts), else a new one.
 */
export function inTransaction<T>(db: Kysely<DB>, work: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
