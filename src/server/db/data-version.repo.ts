import type { Kysely, RawBuilder } from 'kysely';
import { dialectOf, sql } from './dialect';
import type { DB } from './schema';

/**
 * The current snapshot on PostgreSQL (`xmin:xmax:in-progress xids`): `pg_current_snapshot()` since PostgreSQL 13,
 * `txid_current_snapshot()` before it and on PostgreSQL-compatible engines that kept only the old name.
 */
export const SNAPSHOT_QUERIES: RawBuilder<{ v: string }>[] = [
  sql<{ v: string }>`select pg_current_snapshot()::text as v`,
  sql<{ v: string }>`select txid_current_snapshot()::text as v`,
];

/** Per database handle: which snapshot query works, or none (then nothing is kept). */
const snapshotQueryOf = new WeakMap<Kysely<DB>, number>();
let unversioned = 0;

/**
 * A token that changes whenever committed data visible to this database handle may have changed, whatever table and
 * whoever wrote it (no write path has to remember to announce itself):
 * - PostgreSQL: the current snapshot. Two equal snapshots see exactly the same rows; every commit of a writing
 *   transaction moves it. Read-only transactions take no xid and leave it alone.
 * - SQLite: rows changed through this connection (`total_changes()`, the server's own writes) with the file's
 *   `data_version` (bumped by a commit of any other connection: the CLI, a second process).
 * An engine that has neither snapshot function gets a new token every time: nothing is kept, everything is computed.
 */
export async function readDataVersion(db: Kysely<DB>): Promise<string> {
  if (dialectOf(db as unknown as Kysely<unknown>) === 'sqlite') {
    const { rows } = await sql<{ c: number; v: number }>`select total_changes() as c, (select data_version from pragma_data_version) as v`.execute(db);
    return `${rows[0]!.c}:${rows[0]!.v}`;
  }
  for (let i = snapshotQueryOf.get(db) ?? 0; i < SNAPSHOT_QUERIES.length; i += 1) {
    try {
      const { rows } = await SNAPSHOT_QUERIES[i]!.execute(db);
      snapshotQueryOf.set(db, i);
      return rows[0]!.v;
    } catch (error) {
      // 42883 undefined_function: try the older name; anything else is a real failure
      if ((error as { code?: string }).code !== '42883') throw error;
    }
  }
  snapshotQueryOf.set(db, SNAPSHOT_QUERIES.length);
  unversioned += 1;
  return `unversioned:${unversioned}`;
}
