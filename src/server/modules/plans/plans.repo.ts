import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { updateVersioned } from '../../db/versioned-update';

const planColumns = [
  'plan.id',
  'plan.title',
  'plan.doc_number as docNumber',
  'plan.issuer',
  'plan.year',
  'plan.issue_date as issueDate',
  'plan.status',
  'plan.version',
  'plan.published_at as publishedAt',
] as const;

function selectPlans(db: Kysely<DB>) {
  return db
    .selectFrom('plan')
    .select(planColumns)
    .select((eb) =>
      eb
        .selectFrom('project')
        .select((p) => p.fn.countAll<number>().as('n'))
        .whereRef('project.plan_id', '=', 'plan.id')
        .where('project.status', '=', 'active')
        .as('projectCount'),
    );
}

export type PlanRecord = NonNullable<Awaited<ReturnType<typeof findPlanRow>>>;

const withCount = <T extends { projectCount: number | null }>(row: T) => ({ ...row, projectCount: Number(row.projectCount ?? 0) });

/** Every plan, newest year first (then newest id), with its count of active projects. */
export async function listPlanRows(db: Kysely<DB>) {
  const rows = await selectPlans(db).orderBy('plan.year', 'desc').orderBy('plan.id', 'desc').execute();
  return rows.map(withCount);
}

/** One plan with its count of active projects; undefined when there is none. */
export async function findPlanRow(db: Kysely<DB>, id: number) {
  const row = await selectPlans(db).where('plan.id', '=', id).executeTakeFirst();
  return row && withCount(row);
}

/** What the rhythm settings screen names a plan by, and the version a rhythm change is checked against. */
export function findPlanHeader(db: Kysely<DB>, id: number) {
  return db.selectFrom('plan').select(['id', 'title', 'year', 'version']).where('id', '=', id).executeTakeFirst();
}

/** The plan columns that hold the reporting rhythm (DESIGN §5), for selects on `plan`. */
export const rhythmColumns = [
  'plan.weekly_due_weekday',
  'plan.weekly_due_time',
  'plan.weekly_missing_weekday',
  'plan.weekly_missing_time',
  'plan.monthly_due_day',
  'plan.monthly_due_time',
  'plan.ledger_end_date',
] as const;

/** A plan's rhythm columns as stored. */
export interface RhythmRow {
  weekly_due_weekday: number;
  weekly_due_time: string;
  weekly_missing_weekday: number;
  weekly_missing_time: string;
  monthly_due_day: number;
  monthly_due_time: string;
  ledger_end_date: string | null;
}

/** The rhythm columns of a plan; undefined when there is none. */
export function findPlanRhythmRow(db: Kysely<DB>, planId: number): Promise<RhythmRow | undefined> {
  return db.selectFrom('plan').select(rhythmColumns).where('plan.id', '=', planId).executeTakeFirst();
}

/** The rhythm columns of the plan a project belongs to; undefined when the project does not exist. */
export function findProjectPlanRhythmRow(db: Kysely<DB>, projectId: number): Promise<RhythmRow | undefined> {
  return db.selectFrom('project').innerJoin('plan', 'plan.id', 'project.plan_id').select(rhythmColumns).where('project.id', '=', projectId).executeTakeFirst();
}

/** The rhythm columns of several plans (ids must be non-empty), each with its plan id. */
export function listPlanRhythmRows(db: Kysely<DB>, planIds: number[]): Promise<Array<RhythmRow & { id: number }>> {
  return db
    .selectFrom('plan')
    .select(['plan.id', ...rhythmColumns])
    .where('plan.id', 'in', planIds)
    .execute();
}

/** The rhythm columns of the newest active plan (newest year, then newest id); undefined when there is none. */
export function findNewestActivePlanRhythmRow(db: Kysely<DB>): Promise<RhythmRow | undefined> {
  return db
    .selectFrom('plan')
    .select(rhythmColumns)
    .where('plan.status', '=', 'active')
    .orderBy('plan.year', 'desc')
    .orderBy('plan.id', 'desc')
    .executeTakeFirst();
}

/** Writes a plan's rhythm at the expected version; false when someone changed the plan first. */
export function updatePlanRhythmRow(db: Kysely<DB>, planId: number, expectedVersion: number, rhythm: RhythmRow): Promise<boolean> {
  return updateVersioned(db, 'plan', planId, expectedVersion, rhythm);
}

/** A plan's year and 台账截止日, for its as-of date (src/domain/calendar/plan-as-of.ts); undefined when there is no such plan. */
export function findPlanYear(db: Kysely<DB>, id: number) {
  return db.selectFrom('plan').select(['id', 'year', 'ledger_end_date']).where('id', '=', id).executeTakeFirst();
}

/** Year and 台账截止日 of every active plan. */
export function listActivePlanPeriods(db: Kysely<DB>) {
  return db.selectFrom('plan').select(['id', 'year', 'ledger_end_date']).where('status', '=', 'active').execute();
}

/** Year and 台账截止日 of several plans (ids non-empty). */
export function listPlanPeriods(db: Kysely<DB>, ids: number[]) {
  return db.selectFrom('plan').select(['id', 'year', 'ledger_end_date']).where('id', 'in', ids).execute();
}

/** The year and 台账截止日 of the newest active plan (the leader desk's default as-of follows it); undefined without any. */
export function findNewestActivePlanPeriod(db: Kysely<DB>) {
  return db
    .selectFrom('plan')
    .select(['year', 'ledger_end_date as endDate'])
    .where('status', '=', 'active')
    .orderBy('year', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
