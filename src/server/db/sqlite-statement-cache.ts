import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';
import { LruMap } from './lru-map';

/**
 * The SQLite file as Kysely's driver sees it, with each statement prepared once: the driver prepares every query it
 * runs, and under load that compiling was an eighth of the server's time (profile of the ledger at 200 connections).
 * Kysely holds the one connection for a query, a transaction or a stream at a time, so a cached statement is never in
 * use twice; SQLite re-prepares a statement itself when a migration changes the schema. The least recently used
 * statement is dropped past `limit` (queries with `in (?, ?, …)` lists differ by their length).
 */
export function withStatementCache(file: SQLite.Database, limit = 500): SqliteDatabase {
  const statements = new LruMap<string, SQLite.Statement>(limit);
  return {
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = file.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
    close() {
      statements.clear();
      file.close();
    },
  };
}
