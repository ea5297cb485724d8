import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect';

/**
 * Notifications (issue 11): the outbox of events, the in-app centre, one delivery row per recipient × channel
 * (claimed by the workers of every app process), per-unit robot settings (secrets encrypted) and per-user preferences.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('notification_event'))
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'varchar(300)', (c) => c.notNull())
    .addColumn('entity', 'varchar(40)', (c) => c.notNull())
    .addColumn('entity_id', 'integer')
    .addColumn('project_id', 'integer')
    /** a scheduled reminder's identity (e.g. weekly_due_soon:12:2024-W23): enqueued twice, stored once */
    .addColumn('dedupe_key', 'varchar(160)', (c) => c.unique())
    .addColumn('created_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await withIdColumn(db, db.schema.createTable('notification'))
    .addColumn('event_id', 'integer', (c) => c.notNull().references('notification_event.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('read_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('notification_event_user_uq', ['event_id', 'user_id'])
    .execute();
  await db.schema.createIndex('notification_user_idx').on('notification').columns(['user_id', 'read_at']).execute();

  await withIdColumn(db, db.schema.createTable('notification_delivery'))
    .addColumn('event_id', 'integer', (c) => c.notNull().references('notification_event.id').onDelete('cascade'))
    .addColumn('channel', 'varchar(12)', (c) => c.notNull())
    /** 'user:12' (e-mail) or 'unit:3' (robot of the unit's group) */
    .addColumn('recipient_key', 'varchar(40)', (c) => c.notNull())
    .addColumn('user_id', 'integer')
    .addColumn('unit_id', 'integer')
    .addColumn('address', 'varchar(200)')
    .addColumn('status', 'varchar(12)', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('claimed_by', 'varchar(64)')
    .addColumn('claimed_at', 'varchar(32)')
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('notification_delivery_uq', ['event_id', 'channel', 'recipient_key'])
    .execute();
  await db.schema.createIndex('notification_delivery_due_idx').on('notification_delivery').columns(['status', 'next_attempt_at']).execute();

  await db.schema
    .createTable('unit_robot_setting')
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id').onDelete('cascade'))
    .addColumn('channel', 'varchar(12)', (c) => c.notNull())
    .addColumn('webhook_enc', 'text', (c) => c.notNull())
    .addColumn('secret_enc', 'text')
    .addColumn('is_enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('quiet_start', 'varchar(5)')
    .addColumn('quiet_end', 'varchar(5)')
    .addColumn('updated_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('unit_robot_setting_pk', ['unit_id', 'channel'])
    .execute();

  await db.schema
    .createTable('notification_preference')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('user.id').onDelete('cascade'))
    .addColumn('email', 'varchar(200)')
    .addColumn('email_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('mobile', 'varchar(20)')
    .addColumn('robot_enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('quiet_start', 'varchar(5)')
    .addColumn('quiet_end', 'varchar(5)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['notification_preference', 'unit_robot_setting', 'notification_delivery', 'notification', 'notification_event']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
