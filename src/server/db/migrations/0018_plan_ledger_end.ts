import type { Kysely } from 'kysely';

/**
 * 台账截止日 (issue 11): the day a plan's ledger ends, when the 督查室 ends it before 31 December (a list closed
 * early, a past year kept only up to some day, the demo). Null: the ledger runs to the year's end. After it nothing
 * is asked or reminded, and the plan's pages are shown as of that day (src/domain/calendar/plan-as-of.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('plan').addColumn('ledger_end_date', 'varchar(10)').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('plan').dropColumn('ledger_end_date').execute();
}
