import type { Kysely } from 'kysely';

/**
 * The ledger reads a plan's accepted weeks: an index led by project lets both engines start from the plan's
 * projects. The status-only index matched nearly every row, and SQLite (without statistics) preferred it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('weekly_update_status_idx').execute();
  await db.schema.createIndex('weekly_update_project_status_week_idx').on('weekly_update').columns(['project_id', 'status', 'week']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('weekly_update_project_status_week_idx').execute();
  await db.schema.createIndex('weekly_update_status_idx').on('weekly_update').columns(['status']).execute();
}
