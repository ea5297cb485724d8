/** SQL of 满意度 ratings and 回访整改 follow-ups (issue 12). Pass a transaction as `db` to read or write inside it. */
import type { Insertable, Kysely } from 'kysely';
import type { DB, PublicRatingTable, RatingFollowUpStatus, RatingFollowUpTable, SatisfactionRating } from '../../db/schema';
import { updateVersioned, type VersionedChanges } from '../../db/versioned-update';
import { leadUnitNames, loadLeadUnits } from './lead-units.repo';

export async function hasVoterRated(db: Kysely<DB>, projectId: number, period: string, voterHash: string): Promise<boolean> {
  const row = await db
    .selectFrom('public_rating')
    .select('id')
    .where('project_id', '=', projectId)
    .where('period', '=', period)
    .where('voter_hash', '=', voterHash)
    .executeTakeFirst();
  return row !== undefined;
}

export async function countAddressRatings(db: Kysely<DB>, projectId: number, period: string, ipHash: string): Promise<number> {
  const row = await db
    .selectFrom('public_rating')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('project_id', '=', projectId)
    .where('period', '=', period)
    .where('ip_hash', '=', ipHash)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertRating(db: Kysely<DB>, values: Insertable<PublicRatingTable>): Promise<number> {
  return (await db.insertInto('public_rating').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Ratings of a plan counted per project and rating; `periods` limits them (all periods when omitted). */
export async function countPlanRatings(db: Kysely<DB>, planId: number, periods?: string[]) {
  let query = db
    .selectFrom('public_rating')
    .select(['project_id', 'rating', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('plan_id', '=', planId)
    .groupBy(['project_id', 'rating']);
  if (periods) query = query.where('period', 'in', periods.length ? periods : ['-']);
  const rows = await query.execute();
  return rows.map((r) => ({ projectId: r.project_id, rating: r.rating as SatisfactionRating, n: Number(r.n) }));
}

/** A plan's active projects with their lead units' names (联合牵头 joined with 、), in the notice's order. */
export async function listPlanProjectsWithLead(db: Kysely<DB>, planId: number) {
  const projects = await db
    .selectFrom('project')
    .select(['id', 'seq', 'name'])
    .where('plan_id', '=', planId)
    .where('status', '=', 'active')
    .orderBy('seq')
    .orderBy('id')
    .execute();
  const leads = await loadLeadUnits(
    db,
    projects.map((p) => p.id),
  );
  return projects.map((p) => ({ ...p, lead_unit_name: leadUnitNames(leads.get(p.id)) }));
}

export function findPlanForSatisfaction(db: Kysely<DB>, planId: number) {
  return db.selectFrom('plan').select(['id', 'title', 'year']).where('id', '=', planId).executeTakeFirst();
}

// ── follow-ups ──────────────────────────────────────────────────────────────

export async function insertFollowUp(db: Kysely<DB>, values: Insertable<RatingFollowUpTable>): Promise<number> {
  return (await db.insertInto('rating_follow_up').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

const followUpsWithNames = (db: Kysely<DB>) =>
  db
    .selectFrom('rating_follow_up')
    .innerJoin('project', 'project.id', 'rating_follow_up.project_id')
    .innerJoin('unit', 'unit.id', 'rating_follow_up.unit_id')
    .select([
      'rating_follow_up.id',
      'rating_follow_up.plan_id',
      'rating_follow_up.project_id',
      'rating_follow_up.unit_id',
      'rating_follow_up.period',
      'rating_follow_up.reason',
      'rating_follow_up.status',
      'rating_follow_up.response',
      'rating_follow_up.closed_by',
      'rating_follow_up.closed_at',
      'rating_follow_up.created_at',
      'rating_follow_up.version',
      'project.seq as project_seq',
      'project.name as project_name',
      'unit.name as unit_name',
    ]);

export type FollowUpRecord = NonNullable<Awaited<ReturnType<typeof findFollowUp>>>;

export function findFollowUp(db: Kysely<DB>, id: number) {
  return followUpsWithNames(db).where('rating_follow_up.id', '=', id).executeTakeFirst();
}

/** Follow-ups, open first then newest; of one plan and/or one unit and/or one state. */
export function listFollowUps(db: Kysely<DB>, filter: { planId?: number; unitId?: number; status?: RatingFollowUpStatus }) {
  let query = followUpsWithNames(db);
  if (filter.planId !== undefined) query = query.where('rating_follow_up.plan_id', '=', filter.planId);
  if (filter.unitId !== undefined) query = query.where('rating_follow_up.unit_id', '=', filter.unitId);
  if (filter.status) query = query.where('rating_follow_up.status', '=', filter.status);
  return query.orderBy('rating_follow_up.status', 'desc').orderBy('rating_follow_up.id', 'desc').limit(500).execute();
}

export async function countOpenFollowUps(db: Kysely<DB>, planId: number): Promise<number> {
  const row = await db
    .selectFrom('rating_follow_up')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('plan_id', '=', planId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export function updateFollowUpRow(db: Kysely<DB>, id: number, expectedVersion: number, changes: VersionedChanges<'rating_follow_up'>): Promise<boolean> {
  return updateVersioned(db, 'rating_follow_up', id, expectedVersion, changes);
}
