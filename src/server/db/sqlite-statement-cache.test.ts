import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './sqlite-statement-cache';

describe('SQLite statement cache', () => {
  it('prepares a query once, keeps the most recently used and still sees a changed schema', async () => {
    const file = new SQLite(':memory:');
    const cached = withStatementCache(file, 2);
    const db = new Kysely<{ t: { a: number; b?: string } }>({ dialect: new SqliteDialect({ database: cached }) });
    await sql`create table t (a integer)`.execute(db);
    await db.insertInto('t').values({ a: 1 }).execute();
    await db.insertInto('t').values({ a: 2 }).execute();
    expect(cached.prepare('select a from t')).toBe(cached.prepare('select a from t'));

    const first = cached.prepare('select 1');
    cached.prepare('select 2');
    cached.prepare('select 1');
    cached.prepare('select 3'); // evicts "select 2", the least recently used
    expect(cached.prepare('select 1')).toBe(first);

    const all = () => db.selectFrom('t').selectAll().orderBy('a').execute();
    expect(await all()).toEqual([{ a: 1 }, { a: 2 }]);
    await sql`alter table t add column b text default 'x'`.execute(db);
    expect(await all()).toEqual([
      { a: 1, b: 'x' },
      { a: 2, b: 'x' },
    ]);
    await db.destroy();
  });
});
