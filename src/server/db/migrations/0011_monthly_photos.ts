import type { Kysely } from 'kysely';

/** Photos chosen for a monthly report: ids of weekly attachments (images of the month's accepted weeks), as a JSON array. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('monthly_report')
    .addColumn('photo_ids_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('monthly_report').dropColumn('photo_ids_json').execute();
}
