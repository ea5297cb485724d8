/** SQL of citizens' comments (issue 12). Pass a transaction as `db` to read or write inside it. */
import type { ExpressionBuilder, Insertable, Kysely } from 'kysely';
import type { DB, PublicCommentStatus, PublicCommentTable } from '../../db/schema';
import { updateVersioned, type VersionedChanges } from '../../db/versioned-update';
import { type LeadUnit, loadLeadUnits } from './lead-units.repo';

/**
 * An active project of a published plan (plan.published_at set), with its lead unit; undefined otherwise, so a
 * project of an unpublished plan is unknown to every public route.
 */
export async function findPublicProject(db: Kysely<DB>, projectId: number) {
  const project = await db
    .selectFrom('project')
    .innerJoin('plan', 'plan.id', 'project.plan_id')
    .select(['project.id', 'project.plan_id', 'project.seq', 'project.name'])
    .where('project.id', '=', projectId)
    .where('project.status', '=', 'active')
    .where('plan.published_at', 'is not', null)
    .executeTakeFirst();
  return project && { ...project, lead_units: (await loadLeadUnits(db, [project.id])).get(project.id) ?? [] };
}

const commentColumns = [
  'public_comment.id',
  'public_comment.plan_id',
  'public_comment.project_id',
  'public_comment.kind',
  'public_comment.body',
  'public_comment.name',
  'public_comment.phone',
  'public_comment.status',
  'public_comment.moderated_by',
  'public_comment.moderated_at',
  'public_comment.reject_reason',
  'public_comment.reply',
  'public_comment.reply_unit_id',
  'public_comment.replied_by',
  'public_comment.replied_at',
  'public_comment.created_at',
  'public_comment.version',
  'project.seq as project_seq',
  'project.name as project_name',
  'reply_unit.name as reply_unit_name',
] as const;

type CommentRow = Awaited<ReturnType<ReturnType<typeof commentsWithNames>['executeTakeFirstOrThrow']>>;
/** A comment with its project's lead units (the policies read them). */
export type CommentRecord = CommentRow & { lead_units: LeadUnit[] };

async function withLeadUnits(db: Kysely<DB>, rows: CommentRow[]): Promise<CommentRecord[]> {
  const units = await loadLeadUnits(
    db,
    rows.map((r) => r.project_id),
  );
  return rows.map((r) => ({ ...r, lead_units: units.get(r.project_id) ?? [] }));
}

const commentsWithNames = (db: Kysely<DB>) =>
  db
    .selectFrom('public_comment')
    .innerJoin('project', 'project.id', 'public_comment.project_id')
    .leftJoin('unit as reply_unit', 'reply_unit.id', 'public_comment.reply_unit_id')
    .select(commentColumns);

export async function findComment(db: Kysely<DB>, id: number): Promise<CommentRecord | undefined> {
  const row = await commentsWithNames(db).where('public_comment.id', '=', id).executeTakeFirst();
  return row && (await withLeadUnits(db, [row]))[0];
}

/** A project's approved comments, newest first. */
export async function listApprovedComments(db: Kysely<DB>, projectId: number, limit: number): Promise<CommentRecord[]> {
  const rows = await commentsWithNames(db)
    .where('public_comment.project_id', '=', projectId)
    .where('public_comment.status', '=', 'approved')
    .orderBy('public_comment.created_at', 'desc')
    .orderBy('public_comment.id', 'desc')
    .limit(limit)
    .execute();
  return withLeadUnits(db, rows);
}

export interface CommentFilter {
  status?: PublicCommentStatus;
  projectId?: number;
  /** only comments of projects this unit leads */
  leadUnitId?: number;
  statuses?: PublicCommentStatus[];
}

/** Comments of projects the unit leads (one of their lead units). */
const ledBy = (unitId: number) => (eb: ExpressionBuilder<DB, 'public_comment'>) =>
  eb.exists(
    eb
      .selectFrom('project_unit')
      .select('project_unit.unit_id')
      .whereRef('project_unit.project_id', '=', 'public_comment.project_id')
      .where('project_unit.role', '=', 'lead')
      .where('project_unit.unit_id', '=', unitId),
  );

/** A plan's comments, newest first. */
export async function listPlanComments(db: Kysely<DB>, planId: number, filter: CommentFilter): Promise<CommentRecord[]> {
  let query = commentsWithNames(db).where('public_comment.plan_id', '=', planId);
  if (filter.status) query = query.where('public_comment.status', '=', filter.status);
  if (filter.statuses) query = query.where('public_comment.status', 'in', filter.statuses);
  if (filter.projectId !== undefined) query = query.where('public_comment.project_id', '=', filter.projectId);
  if (filter.leadUnitId !== undefined) query = query.where(ledBy(filter.leadUnitId));
  return withLeadUnits(db, await query.orderBy('public_comment.created_at', 'desc').orderBy('public_comment.id', 'desc').limit(500).execute());
}

/** How many comments of a plan are in each state (in the same scope as the list). */
export async function countPlanComments(db: Kysely<DB>, planId: number, filter: Omit<CommentFilter, 'status'>) {
  let query = db
    .selectFrom('public_comment')
    .select(['public_comment.status', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('public_comment.plan_id', '=', planId)
    .groupBy('public_comment.status');
  if (filter.statuses) query = query.where('public_comment.status', 'in', filter.statuses);
  if (filter.projectId !== undefined) query = query.where('public_comment.project_id', '=', filter.projectId);
  if (filter.leadUnitId !== undefined) query = query.where(ledBy(filter.leadUnitId));
  const counts = { pending: 0, approved: 0, rejected: 0 };
  for (const row of await query.execute()) counts[row.status] = Number(row.n);
  return counts;
}

/** Whether the project already has a comment with this body (any state). */
export async function hasCommentWithBody(db: Kysely<DB>, projectId: number, bodyHash: string): Promise<boolean> {
  const row = await db.selectFrom('public_comment').select('id').where('project_id', '=', projectId).where('body_hash', '=', bodyHash).executeTakeFirst();
  return row !== undefined;
}

export async function insertComment(db: Kysely<DB>, values: Insertable<PublicCommentTable>): Promise<number> {
  return (await db.insertInto('public_comment').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export function updateCommentRow(db: Kysely<DB>, id: number, expectedVersion: number, changes: VersionedChanges<'public_comment'>): Promise<boolean> {
  return updateVersioned(db, 'public_comment', id, expectedVersion, changes);
}

/** A plan's title, for 404s and headings; undefined when there is none. */
export function findPlanHead(db: Kysely<DB>, planId: number) {
  return db.selectFrom('plan').select(['id', 'title', 'year']).where('id', '=', planId).executeTakeFirst();
}
