import type { Insertable, Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../src/server/db/schema';
import type { WeeklyUpdateTable } from '../../src/server/db/schema-delivery';

/** One weekly update with its values and milestone rows, as the bulk writer of the load world takes it. */
export interface WeeklyRow {
  update: Insertable<WeeklyUpdateTable>;
  values: { target_id: number; actual: number | null; reason: string | null; flags: string }[];
  milestones: { milestone_id: number; completed_on: string | null }[];
}

const CHUNK = 400;

/**
 * Insert many weekly updates in multi-row statements (a year of a province's weeks would take minutes one row at
 * a time); returns the new update ids in input order. The caller owns the transaction.
 */
export async function insertWeeklyRows(db: Kysely<DB>, rows: WeeklyRow[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const inserted = await db
      .insertInto('weekly_update')
      .values(chunk.map((r) => r.update))
      .returning('id')
      .execute();
    // both engines return the ids of a multi-row insert in the order of its VALUES
    const chunkIds = inserted.map((r) => r.id);
    ids.push(...chunkIds);
    const values = chunk.flatMap((r, k) => r.values.map((v) => ({ ...v, update_id: chunkIds[k]! })));
    for (let j = 0; j < values.length; j += CHUNK * 2)
      await db
        .insertInto('weekly_value')
        .values(values.slice(j, j + CHUNK * 2))
        .execute();
    const milestones = chunk.flatMap((r, k) => r.milestones.map((m) => ({ ...m, update_id: chunkIds[k]! })));
    for (let j = 0; j < milestones.length; j += CHUNK * 2)
      await db
        .insertInto('weekly_milestone')
        .values(milestones.slice(j, j + CHUNK * 2))
        .execute();
  }
  return ids;
}

/** The first plan of a year (the demo's 2024 plan). */
export function findPlanIdByYear(db: Kysely<DB>, year: number) {
  return db.selectFrom('plan').select('id').where('year', '=', year).orderBy('id').executeTakeFirst();
}

/** Row counts of the tables the ledger reads, for the report. */
export async function countLedgerRows(db: Kysely<DB>) {
  const count = async (table: 'project' | 'target' | 'milestone' | 'weekly_update' | 'weekly_value' | 'weekly_milestone' | 'unit') => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  };
  return {
    units: await count('unit'),
    projects: await count('project'),
    targets: await count('target'),
    milestones: await count('milestone'),
    weeklyUpdates: await count('weekly_update'),
    weeklyValues: await count('weekly_value'),
    weeklyMilestones: await count('weekly_milestone'),
  };
}

/** Fresh planner statistics after the bulk load (PostgreSQL's autovacuum would gather them within a minute). */
export async function analyzeDatabase(db: Kysely<DB>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect === 'postgres') await sql`ANALYZE`.execute(db);
}

/** Drop the benchmark's PostgreSQL schema. */
export async function dropSchema(db: Kysely<DB>, schema: string): Promise<void> {
  await sql`DROP SCHEMA IF EXISTS ${sql.id(schema)} CASCADE`.execute(db);
}
