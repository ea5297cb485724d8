import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect';

/**
 * 一线督导检查 (issue 11): inspections by the 督查室, the projects visited, findings (问题) per project with
 * photos taken on site (GPS kept when the phone gives it), and rectification requests (整改要求) to the lead unit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('inspection'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull().defaultTo('routine'))
    .addColumn('inspectors', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inspection_plan_idx').on('inspection').columns(['plan_id', 'date']).execute();

  await db.schema
    .createTable('inspection_project')
    .addColumn('inspection_id', 'integer', (c) => c.notNull().references('inspection.id').onDelete('cascade'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('inspection_project_pk', ['inspection_id', 'project_id'])
    .execute();
  await db.schema.createIndex('inspection_project_project_idx').on('inspection_project').column('project_id').execute();

  await withIdColumn(db, db.schema.createTable('inspection_finding'))
    .addColumn('inspection_id', 'integer', (c) => c.notNull().references('inspection.id').onDelete('cascade'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('severity', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inspection_finding_inspection_idx').on('inspection_finding').column('inspection_id').execute();
  await db.schema.createIndex('inspection_finding_project_idx').on('inspection_finding').column('project_id').execute();

  await withIdColumn(db, db.schema.createTable('rectification'))
    .addColumn('finding_id', 'integer', (c) => c.notNull().unique().references('inspection_finding.id').onDelete('cascade'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('requirement', 'text', (c) => c.notNull())
    .addColumn('deadline', 'varchar(10)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo('open'))
    .addColumn('requested_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('requested_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('evidence', 'text')
    .addColumn('responded_by', 'varchar(64)')
    .addColumn('responded_at', 'varchar(32)')
    .addColumn('review_comment', 'text')
    .addColumn('reviewed_by', 'varchar(64)')
    .addColumn('reviewed_at', 'varchar(32)')
    .addColumn('return_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('rectification_unit_idx').on('rectification').columns(['unit_id', 'status']).execute();
  await db.schema.createIndex('rectification_project_idx').on('rectification').column('project_id').execute();

  await withIdColumn(db, db.schema.createTable('inspection_photo'))
    .addColumn('finding_id', 'integer', (c) => c.notNull().references('inspection_finding.id').onDelete('cascade'))
    .addColumn('rectification_id', 'integer', (c) => c.references('rectification.id').onDelete('cascade'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('storage_key', 'varchar(200)', (c) => c.notNull())
    .addColumn('thumb_key', 'varchar(200)')
    .addColumn('file_name', 'varchar(255)', (c) => c.notNull())
    .addColumn('mime', 'varchar(100)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('lat', 'double precision')
    .addColumn('lng', 'double precision')
    .addColumn('location_source', 'varchar(16)')
    .addColumn('uploaded_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inspection_photo_finding_idx').on('inspection_photo').column('finding_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['inspection_photo', 'rectification', 'inspection_finding', 'inspection_project', 'inspection'])
    await db.schema.dropTable(table).ifExists().execute();
}
