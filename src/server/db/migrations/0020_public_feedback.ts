import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect';

/** Citizens' feedback (issue 12): comments with moderation and replies, 满意度 ratings, 回访整改 follow-ups. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('public_comment'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('name', 'varchar(40)')
    .addColumn('phone', 'varchar(20)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo('pending'))
    .addColumn('moderated_by', 'varchar(64)')
    .addColumn('moderated_at', 'varchar(32)')
    .addColumn('reject_reason', 'text')
    .addColumn('reply', 'text')
    .addColumn('reply_unit_id', 'integer', (c) => c.references('unit.id'))
    .addColumn('replied_by', 'varchar(64)')
    .addColumn('replied_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('public_comment_project_idx').on('public_comment').columns(['project_id', 'status']).execute();
  await db.schema.createIndex('public_comment_plan_idx').on('public_comment').columns(['plan_id', 'status']).execute();
  await db.schema.createIndex('public_comment_body_idx').on('public_comment').columns(['project_id', 'body_hash']).execute();

  await withIdColumn(db, db.schema.createTable('public_rating'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('period', 'varchar(8)', (c) => c.notNull())
    .addColumn('rating', 'varchar(16)', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('voter_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('ip_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  // one rating per person per project per period: the unique index settles a race
  await db.schema.createIndex('public_rating_voter_idx').on('public_rating').columns(['project_id', 'period', 'voter_hash']).unique().execute();
  await db.schema.createIndex('public_rating_ip_idx').on('public_rating').columns(['project_id', 'period', 'ip_hash']).execute();
  await db.schema.createIndex('public_rating_plan_idx').on('public_rating').columns(['plan_id', 'period']).execute();

  await withIdColumn(db, db.schema.createTable('rating_follow_up'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('rating_id', 'integer', (c) => c.notNull().references('public_rating.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('period', 'varchar(8)', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo('open'))
    .addColumn('response', 'text')
    .addColumn('closed_by', 'varchar(64)')
    .addColumn('closed_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('rating_follow_up_plan_idx').on('rating_follow_up').columns(['plan_id', 'status']).execute();
  await db.schema.createIndex('rating_follow_up_unit_idx').on('rating_follow_up').columns(['unit_id', 'status']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['rating_follow_up', 'public_rating', 'public_comment']) await db.schema.dropTable(table).ifExists().execute();
}
