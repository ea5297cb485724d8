import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect';

/**
 * Idempotency keys (issue 13): a write sent with an `Idempotency-Key` header stores its response here in the same
 * transaction as the write, so a retry after a timeout gets that response back instead of writing twice. One key
 * per user; the unique index settles two copies of a request arriving at once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('idempotency_key'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('key', 'varchar(128)', (c) => c.notNull())
    .addColumn('route', 'varchar(300)', (c) => c.notNull())
    .addColumn('request_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('response_body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('idempotency_key_user_key', ['user_id', 'key'])
    .execute();
  await db.schema.createIndex('idempotency_key_created_idx').on('idempotency_key').column('created_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('idempotency_key').execute();
}
