import type { Kysely } from 'kysely';
import { dialectOf, sql } from './dialect';
import type { DB } from './schema';

/**
 * A token that changes whenever committed data visible to this database handle may have changed, whatever table and
 * whoever wrote it (no write path has to remember to announce itself):
 * - PostgreSQL: the current snapshot (`xmin:xmax:in-progress xids`). Two equal snapshots see exactly the same rows;
 *   every commit of a writing transaction moves it. Read-only transactions take no xid and leave it alone.
 * - SQLite: rows changed through this connection (`total_changes()`, the server's own writes) with the file's
 *   `data_version` (bumped by a commit of any other connection: the CLI, a second process).
 */
export async function readDataVersion(db: Kysely<DB>): Promise<string> {
  if (dialectOf(db as unknown as Kysely<unknown>) === 'postgres') {
    const { rows } = await sql<{ v: string }>`select pg_current_snapshot()::text as v`.execute(db);
    return rows[0]!.v;
  }
  const { rows } = await sql<{ c: number; v: number }>`select total_changes() as c, (select data_version from pragma_data_version) as v`.execute(db);
  return `${rows[0]!.c}:${rows[0]!.v}`;
}
