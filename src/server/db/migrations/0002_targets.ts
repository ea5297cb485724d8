import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect';

/** Targets, milestones, change requests, revisions; the plan's baseline lock. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('plan').addColumn('baseline_locked_at', 'varchar(32)').execute();
  await db.schema.alterTable('plan').addColumn('baseline_locked_by', 'varchar(64)').execute();

  await withIdColumn(db, db.schema.createTable('target'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('parent_id', 'integer', (c) => c.references('target.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('label', 'varchar(200)', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('unit', 'varchar(20)', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('direction', 'varchar(10)', (c) => c.notNull().defaultTo('increase'))
    .addColumn('weight', 'double precision', (c) => c.notNull().defaultTo(1))
    .addColumn('due_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('is_min', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_approx', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source_text', 'text')
    .addColumn('confidence', 'double precision', (c) => c.notNull().defaultTo(1))
    .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('proposed'))
    .addColumn('trajectory_shape', 'varchar(20)', (c) => c.notNull().defaultTo('linear'))
    .addColumn('trajectory_json', 'text', (c) => c.notNull())
    .addColumn('baseline_json', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('target_project_idx').on('target').column('project_id').execute();

  await withIdColumn(db, db.schema.createTable('milestone'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('title', 'varchar(500)', (c) => c.notNull())
    .addColumn('due_date', 'varchar(10)')
    .addColumn('source_text', 'text')
    .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('proposed'))
    .addColumn('baseline_json', 'text')
    .addColumn('completed_at', 'varchar(10)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('milestone_project_idx').on('milestone').column('project_id').execute();

  await withIdColumn(db, db.schema.createTable('change_request'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('target_id', 'integer', (c) => c.references('target.id').onDelete('cascade'))
    .addColumn('milestone_id', 'integer', (c) => c.references('milestone.id').onDelete('cascade'))
    .addColumn('before_json', 'text', (c) => c.notNull())
    .addColumn('after_json', 'text', (c) => c.notNull())
    .addColumn('reason', 'varchar(1000)', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('pending'))
    .addColumn('requested_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('requested_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('decided_by', 'varchar(64)')
    .addColumn('decided_at', 'varchar(32)')
    .addColumn('decision_reason', 'varchar(1000)')
    .execute();
  await db.schema.createIndex('change_request_project_idx').on('change_request').column('project_id').execute();

  await withIdColumn(db, db.schema.createTable('revision'))
    .addColumn('entity', 'varchar(20)', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .addColumn('username', 'varchar(64)', (c) => c.notNull())
    .addColumn('action', 'varchar(32)', (c) => c.notNull())
    .addColumn('snapshot_json', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('revision_entity_idx').on('revision').columns(['entity', 'entity_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['revision', 'change_request', 'milestone', 'target']) await db.schema.dropTable(table).ifExists().execute();
  await db.schema.alterTable('plan').dropColumn('baseline_locked_by').execute();
  await db.schema.alterTable('plan').dropColumn('baseline_locked_at').execute();
}
