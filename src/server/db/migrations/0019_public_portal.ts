import type { Kysely } from 'kysely';

/**
 * 公众门户 (issue 12). What the public sees is published deliberately: a plan by the 督查室 (published_at), each
 * accepted weekly update and each photo by its own act (public_at); drafts and internal notes never have it. The
 * counter table holds the fixed-window hits of the public rate limits, in the database so several app processes
 * share them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['plan', 'weekly_update', 'attachment']) {
    const at = table === 'plan' ? 'published_at' : 'public_at';
    const by = table === 'plan' ? 'published_by' : 'public_by';
    await db.schema.alterTable(table).addColumn(at, 'varchar(32)').execute();
    await db.schema.alterTable(table).addColumn(by, 'varchar(64)').execute();
  }
  await db.schema
    .createTable('public_rate_counter')
    .addColumn('bucket', 'varchar(200)', (c) => c.notNull())
    .addColumn('window_start', 'varchar(32)', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('public_rate_counter_pk', ['bucket', 'window_start'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('public_rate_counter').execute();
  for (const table of ['attachment', 'weekly_update', 'plan']) {
    const at = table === 'plan' ? 'published_at' : 'public_at';
    const by = table === 'plan' ? 'published_by' : 'public_by';
    await db.schema.alterTable(table).dropColumn(by).execute();
    await db.schema.alterTable(table).dropColumn(at).execute();
  }
}
