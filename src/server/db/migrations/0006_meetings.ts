import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect';

/** Meetings (例会 / 专题会), the projects they discussed and their action items (交办事项). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('meeting'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(8)', (c) => c.notNull())
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('host', 'varchar(200)', (c) => c.notNull())
    .addColumn('host_unit_id', 'integer', (c) => c.references('unit.id'))
    .addColumn('attendees', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('minutes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_plan_date_idx').on('meeting').columns(['plan_id', 'date']).execute();

  await db.schema
    .createTable('meeting_project')
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('meeting_project_pk', ['meeting_id', 'project_id'])
    .execute();

  await withIdColumn(db, db.schema.createTable('action_item'))
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('project_id', 'integer', (c) => c.references('project.id').onDelete('set null'))
    .addColumn('owner_unit_id', 'integer', (c) => c.notNull().references('unit.id'))
    .addColumn('title', 'varchar(1000)', (c) => c.notNull())
    .addColumn('deadline', 'varchar(10)', (c) => c.notNull())
    .addColumn('status', 'varchar(8)', (c) => c.notNull().defaultTo('open'))
    .addColumn('closing_evidence', 'text')
    .addColumn('closed_at', 'varchar(32)')
    .addColumn('closed_by', 'varchar(64)')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('action_item_meeting_idx').on('action_item').column('meeting_id').execute();
  await db.schema.createIndex('action_item_owner_idx').on('action_item').columns(['owner_unit_id', 'status']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['action_item', 'meeting_project', 'meeting']) await db.schema.dropTable(table).ifExists().execute();
}
