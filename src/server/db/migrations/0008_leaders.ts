import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect';

/** project leaders (分管领导), 旬 digests, instructions (批示) (issue 5). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('project_leader')
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('assigned_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('assigned_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_leader_pk', ['project_id', 'user_id'])
    .execute();
  await db.schema.createIndex('project_leader_user_idx').on('project_leader').column('user_id').execute();

  await withIdColumn(db, db.schema.createTable('xun_digest'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('period_start', 'varchar(10)', (c) => c.notNull())
    .addColumn('period_end', 'varchar(10)', (c) => c.notNull())
    .addColumn('label', 'varchar(40)', (c) => c.notNull())
    .addColumn('generated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addUniqueConstraint('xun_digest_user_period_uq', ['user_id', 'period_start'])
    .execute();

  await withIdColumn(db, db.schema.createTable('instruction'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('author_id', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('author_username', 'varchar(64)', (c) => c.notNull())
    .addColumn('target_kind', 'varchar(16)')
    .addColumn('target_id', 'integer')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(12)', (c) => c.notNull().defaultTo('open'))
    .addColumn('answer', 'text')
    .addColumn('evidence', 'text')
    .addColumn('answered_by', 'varchar(64)')
    .addColumn('answered_at', 'varchar(32)')
    .addColumn('closed_by', 'varchar(64)')
    .addColumn('closed_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('instruction_project_idx').on('instruction').columns(['project_id', 'status']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['instruction', 'xun_digest', 'project_leader']) await db.schema.dropTable(table).ifExists().execute();
}
