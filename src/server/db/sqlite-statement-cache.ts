import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * The SQLite file as Kysely's driver sees it, with each statement prepared once: the driver prepares every query it
 * runs, and under load that compiling was an eighth of the server's time (profile of the ledger at 200 connections).
 * Kysely holds the one connection for a query, a transaction or a stream at a time, so a cached statement is never in
 * use twice; SQLite re-prepares a statement itself when a migration changes the schema. The least recently used
 * statement is dropped past `limit` (queries with `in (?, ?, …)` lists differ by their length).
 */
export function withStatementCache(file: SQLite.Database, limit = 500): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string) {
      const cached = statements.get(sql);
      if (cached) {
        // most recently used last: delete and set again
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = file.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > limit) statements.delete(statements.keys().next().value as string);
      return statement;
    },
    close() {
      statements.clear();
      file.close();
    },
  };
}
