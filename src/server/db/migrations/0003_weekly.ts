import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect';

/** Weekly updates (周台账) with values, milestone completions, co-unit notes, attachments and history. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('weekly_update'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('week', 'varchar(8)', (c) => c.notNull())
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_current', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('progress_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('problems_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('next_steps_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('co_unit_ids_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('submitted_at', 'varchar(32)')
    .addColumn('submitted_by', 'varchar(64)')
    .addColumn('is_late', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reviewed_at', 'varchar(32)')
    .addColumn('reviewed_by', 'varchar(64)')
    .addColumn('review_comment', 'varchar(2000)')
    .addColumn('updated_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('weekly_update_project_week_idx').on('weekly_update').columns(['project_id', 'week', 'is_current']).execute();
  await db.schema.createIndex('weekly_update_status_idx').on('weekly_update').columns(['status']).execute();

  await db.schema
    .createTable('weekly_value')
    .addColumn('update_id', 'integer', (c) => c.notNull().references('weekly_update.id').onDelete('cascade'))
    .addColumn('target_id', 'integer', (c) => c.notNull().references('target.id').onDelete('cascade'))
    .addColumn('actual', 'double precision')
    .addColumn('reason', 'varchar(1000)')
    .addColumn('flags', 'varchar(100)', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('weekly_value_pk', ['update_id', 'target_id'])
    .execute();
  await db.schema.createIndex('weekly_value_target_idx').on('weekly_value').column('target_id').execute();

  await db.schema
    .createTable('weekly_milestone')
    .addColumn('update_id', 'integer', (c) => c.notNull().references('weekly_update.id').onDelete('cascade'))
    .addColumn('milestone_id', 'integer', (c) => c.notNull().references('milestone.id').onDelete('cascade'))
    .addColumn('completed_on', 'varchar(10)')
    .addPrimaryKeyConstraint('weekly_milestone_pk', ['update_id', 'milestone_id'])
    .execute();

  await withIdColumn(db, db.schema.createTable('co_unit_note'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('week', 'varchar(8)', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author', 'varchar(64)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('co_unit_note_unique', ['project_id', 'week', 'unit_id'])
    .execute();

  await withIdColumn(db, db.schema.createTable('attachment'))
    .addColumn('update_id', 'integer', (c) => c.references('weekly_update.id').onDelete('set null'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('storage_key', 'varchar(200)', (c) => c.notNull())
    .addColumn('thumb_key', 'varchar(200)')
    .addColumn('file_name', 'varchar(255)', (c) => c.notNull())
    .addColumn('mime', 'varchar(100)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attachment_update_idx').on('attachment').column('update_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['attachment', 'co_unit_note', 'weekly_milestone', 'weekly_value', 'weekly_update'])
    await db.schema.dropTable(table).ifExists().execute();
}
