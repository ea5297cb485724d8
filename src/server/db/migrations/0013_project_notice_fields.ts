import type { Kysely } from 'kysely';

/**
 * Columns that real notices carry beside the project (建设地点, 年度投资金额（万元）, 分类 heading): kept as
 * project fields instead of dropped. The 完成时限 column already maps to project.deadline.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // one column per statement: SQLite's ALTER TABLE adds a single column at a time
  await db.schema.alterTable('project').addColumn('category', 'text').execute();
  await db.schema.alterTable('project').addColumn('location', 'text').execute();
  await db.schema.alterTable('project').addColumn('investment', 'real').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('project').dropColumn('investment').execute();
  await db.schema.alterTable('project').dropColumn('location').execute();
  await db.schema.alterTable('project').dropColumn('category').execute();
}
