import type { Insertable, Kysely } from 'kysely';
import type { DB, PlanTable, ProjectTable, ProjectUnitTable, UnitTable } from '../../db/schema';
import { updateVersioned } from '../../db/versioned-update';

/*
 * The SQL of the notice import: reads for the diff (notice-diff.ts) and the writes of its one transaction
 * (notice-import.service.ts). Every function takes the database or the import's transaction.
 */

/** The plan fields a notice is compared with. */
const planColumns = ['id', 'title', 'doc_number', 'issuer', 'year', 'issue_date'] as const;

export type ImportPlanRow = NonNullable<Awaited<ReturnType<typeof findPlanByDocNumber>>>;

/** The plan with a 文号, if any. */
export function findPlanByDocNumber(db: Kysely<DB>, docNumber: string) {
  return db.selectFrom('plan').select(planColumns).where('doc_number', '=', docNumber).executeTakeFirst();
}

/** Every plan of a year (a district publishes one list a year, so usually at most one). */
export function listPlansOfYear(db: Kysely<DB>, year: number): Promise<ImportPlanRow[]> {
  return db.selectFrom('plan').select(planColumns).where('year', '=', year).execute();
}

/** Every project of a plan, withdrawn ones too, with the fields a notice is compared with. */
export function listPlanProjectsForDiff(db: Kysely<DB>, planId: number) {
  return db.selectFrom('project').select(['id', 'seq', 'name', 'content', 'status']).where('plan_id', '=', planId).execute();
}

/** Which of the names are units already; [] for no names. */
export async function findExistingUnitNames(db: Kysely<DB>, names: string[]): Promise<string[]> {
  if (!names.length) return [];
  return (await db.selectFrom('unit').select('name').where('name', 'in', names).execute()).map((u) => u.name);
}

/** The ids of the named units; [] for no names. */
export async function findUnitIdsByName(db: Kysely<DB>, names: string[]): Promise<Array<{ id: number; name: string }>> {
  if (!names.length) return [];
  return db.selectFrom('unit').select(['id', 'name']).where('name', 'in', names).execute();
}

/** When the plan's targets were locked as the baseline (null while not locked); throws when the plan is gone. */
export async function findPlanBaselineLockedAt(db: Kysely<DB>, planId: number): Promise<string | null> {
  const plan = await db.selectFrom('plan').select('baseline_locked_at').where('id', '=', planId).executeTakeFirstOrThrow();
  return plan.baseline_locked_at;
}

/** Inserts a plan; returns its id. */
export async function insertPlan(db: Kysely<DB>, values: Insertable<PlanTable>): Promise<number> {
  const row = await db.insertInto('plan').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** The plan's header as a new notice states it; moves the version on (no version check: the import is one transaction). */
export async function updatePlanHeader(
  db: Kysely<DB>,
  planId: number,
  values: Pick<PlanTable, 'title' | 'doc_number' | 'issuer' | 'year' | 'issue_date'>,
  updatedAt: string,
): Promise<void> {
  await updateVersioned(db, 'plan', planId, 'any', { ...values, updated_at: updatedAt }, { touch: false });
}

/** Inserts a unit; returns its id. */
export async function insertUnit(db: Kysely<DB>, values: Insertable<UnitTable>): Promise<number> {
  const row = await db.insertInto('unit').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Replaces a project's units (lead and co, in the notice's order) with the given rows. */
export async function replaceProjectUnitRows(db: Kysely<DB>, projectId: number, rows: Insertable<ProjectUnitTable>[]): Promise<void> {
  await db.deleteFrom('project_unit').where('project_id', '=', projectId).execute();
  if (rows.length) await db.insertInto('project_unit').values(rows).execute();
}

/** Inserts a project; returns its id. */
export async function insertProject(db: Kysely<DB>, values: Insertable<ProjectTable>): Promise<number> {
  const row = await db.insertInto('project').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Withdraws a project a new notice no longer lists; moves the version on. */
export async function withdrawProject(db: Kysely<DB>, projectId: number, updatedAt: string): Promise<void> {
  await updateVersioned(db, 'project', projectId, 'any', { status: 'withdrawn', updated_at: updatedAt }, { touch: false });
}

/** What a new notice may change of a listed project; category, location and investment only when the notice has them. */
export interface ProjectNoticeChanges {
  name: string;
  content: string;
  category?: string | null;
  location?: string | null;
  investment?: number | null;
}

/** A listed project as a new notice states it, active again if it was withdrawn; moves the version on. */
export async function updateProjectFromNotice(db: Kysely<DB>, projectId: number, changes: ProjectNoticeChanges, updatedAt: string): Promise<void> {
  await updateVersioned(db, 'project', projectId, 'any', { ...changes, status: 'active', updated_at: updatedAt }, { touch: false });
}

/** A project's deadline; throws when the project is gone. */
export async function findProjectDeadline(db: Kysely<DB>, projectId: number): Promise<string> {
  const row = await db.selectFrom('project').select('deadline').where('id', '=', projectId).executeTakeFirstOrThrow();
  return row.deadline;
}
