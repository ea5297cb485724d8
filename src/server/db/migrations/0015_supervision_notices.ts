import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect';

/** 督办单 (issue 11): notices the 督查室 issues to a unit, their timeline and the unit's evidence files. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('supervision_notice'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('blocker_id', 'integer', (c) => c.references('blocker.id').onDelete('set null'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('subject', 'varchar(200)', (c) => c.notNull())
    .addColumn('problem', 'text', (c) => c.notNull())
    .addColumn('requirement', 'text', (c) => c.notNull())
    .addColumn('deadline', 'varchar(10)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo('issued'))
    .addColumn('issued_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('issued_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('signed_by', 'varchar(64)')
    .addColumn('signed_at', 'varchar(32)')
    .addColumn('response', 'text')
    .addColumn('evidence', 'text')
    .addColumn('responded_by', 'varchar(64)')
    .addColumn('responded_at', 'varchar(32)')
    .addColumn('review_comment', 'text')
    .addColumn('reviewed_by', 'varchar(64)')
    .addColumn('reviewed_at', 'varchar(32)')
    .addColumn('escalated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('escalated_at', 'varchar(32)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('supervision_notice_number_idx').on('supervision_notice').columns(['year', 'seq']).unique().execute();
  await db.schema.createIndex('supervision_notice_plan_idx').on('supervision_notice').columns(['plan_id', 'status']).execute();
  await db.schema.createIndex('supervision_notice_unit_idx').on('supervision_notice').columns(['unit_id', 'status']).execute();

  await withIdColumn(db, db.schema.createTable('supervision_notice_event'))
    .addColumn('notice_id', 'integer', (c) => c.notNull().references('supervision_notice.id').onDelete('cascade'))
    .addColumn('action', 'varchar(16)', (c) => c.notNull())
    .addColumn('actor', 'varchar(64)', (c) => c.notNull())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .addColumn('text', 'text')
    .execute();
  await db.schema.createIndex('supervision_notice_event_notice_idx').on('supervision_notice_event').column('notice_id').execute();

  await withIdColumn(db, db.schema.createTable('supervision_notice_attachment'))
    .addColumn('notice_id', 'integer', (c) => c.notNull().references('supervision_notice.id').onDelete('cascade'))
    .addColumn('storage_key', 'varchar(200)', (c) => c.notNull())
    .addColumn('thumb_key', 'varchar(200)')
    .addColumn('file_name', 'varchar(255)', (c) => c.notNull())
    .addColumn('mime', 'varchar(100)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('supervision_notice_attachment_notice_idx').on('supervision_notice_attachment').column('notice_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['supervision_notice_attachment', 'supervision_notice_event', 'supervision_notice'])
    await db.schema.dropTable(table).ifExists().execute();
}
