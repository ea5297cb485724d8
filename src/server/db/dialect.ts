import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteAdapter, SqliteDialect, sql } from 'kysely';
import type { ColumnDefinitionBuilder, CreateTableBuilder } from 'kysely';
import type { AppConfig } from '../config';
import type { DB } from './schema';
import { withStatementCache } from './sqlite-statement-cache';

export type DialectName = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: DialectName;
  close(): Promise<void>;
}

// COUNT(*) comes back from PostgreSQL as int8 text; our counts always fit a JS number.
pg.types.setTypeParser(20, (value: string) => Number(value));

/** Open the configured database: PostgreSQL when DATABASE_URL is set, else SQLite in DATA_DIR (WAL). */
export async function openDatabase(config: Pick<AppConfig, 'databaseUrl' | 'databaseSchema' | 'dataDir'>): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, config.databaseSchema);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const file = new SQLite(path.join(config.dataDir, 'minsheng.db'));
  file.pragma('journal_mode = WAL');
  // FULL, not this build's default left implicit: each commit's WAL frames are fsynced before the write is answered,
  // so an acknowledged write survives a killed process and a power cut alike (PostgreSQL's synchronous_commit=on)
  file.pragma('synchronous = FULL');
  file.pragma('foreign_keys = ON');
  file.pragma('busy_timeout = 5000');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(file) }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

async function openPostgres(url: string, schema: string | undefined): Promise<Database> {
  if (schema) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path="${schema}"` } : {}),
  });
  // an idle connection the server closes (restart, failover, a dropped database) must not crash the process: pg
  // emits it on the pool, and the next query simply opens a new connection
  pool.on('error', () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/** Which dialect a Kysely instance speaks (migrations receive only the instance). */
export function dialectOf(db: Kysely<unknown>): DialectName {
  return db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres';
}

/** Surrogate integer key: INTEGER PRIMARY KEY AUTOINCREMENT on SQLite, identity column on PostgreSQL. */
export function withIdColumn<T extends string>(db: Kysely<unknown>, table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'> {
  if (dialectOf(db) === 'sqlite') {
    return table.addColumn('id', 'integer', (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement());
  }
  return table.addColumn('id', 'integer', (c: ColumnDefinitionBuilder) => c.primaryKey().generatedByDefaultAsIdentity());
}

/** Escape a user's search text for LIKE … ESCAPE '\'. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

export { sql };

/**
 * A claim's candidate rows: on PostgreSQL locked FOR UPDATE SKIP LOCKED (two workers never wait for or take the same
 * row); on SQLite unchanged (writes are serialised, the claiming UPDATE is atomic).
 */
export function skipLockedOn<Q extends { forUpdate(): { skipLocked(): unknown } }>(dialect: DialectName, query: Q): Q {
  return dialect === 'postgres' ? (query.forUpdate().skipLocked() as Q) : query;
}
