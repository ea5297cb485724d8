/** What the database holds after the crash: the queries the crash test's verdict reads. */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/server/db/schema';

/** Every revision of every week of a plan's projects. */
export function listPlanRevisions(db: Kysely<DB>, planId: number) {
  return db
    .selectFrom('weekly_update')
    .innerJoin('project', 'project.id', 'weekly_update.project_id')
    .select(['weekly_update.id', 'weekly_update.project_id', 'weekly_update.week', 'weekly_update.revision', 'weekly_update.status'])
    .where('project.plan_id', '=', planId)
    .execute();
}

/** How many 'submit' audit rows each weekly update has (one per real submission). */
export async function countSubmitAudits(db: Kysely<DB>): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['entity_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('entity', '=', 'weekly_update')
    .where('action', '=', 'submit')
    .groupBy('entity_id')
    .execute();
  return new Map(rows.map((r) => [Number(r.entity_id), Number(r.n)]));
}

/** How many 周台账已报送 notifications each weekly update raised (one per real submission). */
export async function countSubmittedNotices(db: Kysely<DB>): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('notification_event')
    .select(['entity_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('kind', '=', 'weekly_submitted')
    .groupBy('entity_id')
    .execute();
  return new Map(rows.map((r) => [Number(r.entity_id), Number(r.n)]));
}

/** The stored idempotency keys of some users, as `userId:key` → stored status. */
export async function listStoredKeys(db: Kysely<DB>, userIds: number[]): Promise<Map<string, number>> {
  const rows = await db.selectFrom('idempotency_key').select(['user_id', 'key', 'status_code']).where('user_id', 'in', userIds).execute();
  return new Map(rows.map((r) => [`${r.user_id}:${r.key}`, r.status_code]));
}

/** SQLite's own check of the database file after the kill: 'ok' when every page and index is sound. */
export async function sqliteIntegrity(db: Kysely<DB>): Promise<string> {
  const { rows } = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
  return rows.map((r) => r.integrity_check).join('; ');
}
