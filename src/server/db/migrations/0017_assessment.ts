import type { Kysely } from 'kysely';
import { withIdColumn } from '../dialect';

/**
 * 单位考核 (issue 11): the rubric of a plan (criteria and weights, summing to 100). A plan without a row is scored
 * with the default rubric; the 督查室's first save creates the row. Scores are computed on read, not stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('assessment_rubric'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().unique().references('plan.id').onDelete('cascade'))
    .addColumn('criteria_json', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'varchar(64)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('assessment_rubric').execute();
}
