import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect';

/** blockers (issue 5): 堵点卡点 and green-channel requests to co-units. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('blocker'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('update_id', 'integer', (c) => c.references('weekly_update.id').onDelete('set null'))
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('needed_from', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('raised_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('raised_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo('open'))
    .addColumn('resolution', 'text')
    .addColumn('resolved_at', 'varchar(32)')
    .addColumn('resolved_by', 'varchar(64)')
    .addColumn('escalated_to_leader', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('escalated_at', 'varchar(32)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('blocker_project_idx').on('blocker').columns(['project_id', 'status']).execute();

  await withIdColumn(db, db.schema.createTable('green_channel_request'))
    .addColumn('blocker_id', 'integer', (c) => c.notNull().references('blocker.id').onDelete('cascade'))
    .addColumn('co_unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('request_text', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('requested_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('due_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo('requested'))
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'varchar(32)')
    .addColumn('answered_by', 'varchar(64)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('green_channel_blocker_idx').on('green_channel_request').column('blocker_id').execute();
  await db.schema.createIndex('green_channel_unit_idx').on('green_channel_request').columns(['co_unit_id', 'status']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['green_channel_request', 'blocker']) await db.schema.dropTable(table).ifExists().execute();
}
