import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect';

/** Monthly reports (月报) per project and monthly bulletins (通报) per plan (issue 5). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('monthly_report'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('month', 'varchar(7)', (c) => c.notNull())
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('progress_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('problems_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('next_plan_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('values_json', 'text', (c) => c.notNull().defaultTo('[]'))
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
    .addUniqueConstraint('monthly_report_project_month_unique', ['project_id', 'month'])
    .execute();
  await db.schema.createIndex('monthly_report_month_idx').on('monthly_report').columns(['month', 'status']).execute();

  await withIdColumn(db, db.schema.createTable('bulletin'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('month', 'varchar(7)', (c) => c.notNull())
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('doc_number', 'varchar(100)', (c) => c.notNull())
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addColumn('body_json', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'varchar(32)')
    .addColumn('issued_by', 'varchar(64)')
    .addColumn('created_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('bulletin_plan_month_unique', ['plan_id', 'month'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['bulletin', 'monthly_report']) await db.schema.dropTable(table).ifExists().execute();
}
