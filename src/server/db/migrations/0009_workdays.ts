import type { Kysely } from 'kysely';

/** editable working-day calendar (issue 5): one admin-edited holiday schedule per year; absent years use the shipped data. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workday_schedule')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('schedule_json', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('workday_schedule').ifExists().execute();
}
