import type { Kysely } from 'kysely';

/**
 * Per-plan reporting deadlines (DESIGN §5: each is a setting of the plan). The defaults are the DESIGN ones, so
 * existing plans keep their behaviour: weekly due Friday 18:00, missing from Monday 09:00; monthly due the 25th 18:00.
 */
const columns: [name: string, type: 'integer' | 'varchar(5)', value: number | string][] = [
  ['weekly_due_weekday', 'integer', 5],
  ['weekly_due_time', 'varchar(5)', '18:00'],
  ['weekly_missing_weekday', 'integer', 1],
  ['weekly_missing_time', 'varchar(5)', '09:00'],
  ['monthly_due_day', 'integer', 25],
  ['monthly_due_time', 'varchar(5)', '18:00'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // one column per statement: SQLite's ALTER TABLE adds a single column at a time
  for (const [name, type, value] of columns) {
    await db.schema
      .alterTable('plan')
      .addColumn(name, type, (c) => c.notNull().defaultTo(value))
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [name] of [...columns].reverse()) {
    await db.schema.alterTable('plan').dropColumn(name).execute();
  }
}
