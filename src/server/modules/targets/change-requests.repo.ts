import type { Insertable, Kysely } from 'kysely';
import type { ChangeRequestTable, DB } from '../../db/schema';
import type { ChangeRequestView } from './target-view';
import { toChangeRequestView } from './target-view';

/** Every column of a change request, in table order: the view shows them all. */
const changeRequestColumns = [
  'change_request.id',
  'change_request.project_id',
  'change_request.target_id',
  'change_request.milestone_id',
  'change_request.before_json',
  'change_request.after_json',
  'change_request.reason',
  'change_request.status',
  'change_request.requested_by',
  'change_request.requested_at',
  'change_request.decided_by',
  'change_request.decided_at',
  'change_request.decision_reason',
] as const;

/** Pending change requests of a project, by target and by milestone. */
export async function pendingChangesFor(db: Kysely<DB>, projectId: number) {
  const rows = await db.selectFrom('change_request').select(changeRequestColumns).where('project_id', '=', projectId).where('status', '=', 'pending').execute();
  const byTarget = new Map<number, ChangeRequestView>();
  const byMilestone = new Map<number, ChangeRequestView>();
  for (const row of rows) {
    const view = toChangeRequestView(row);
    if (row.target_id !== null) byTarget.set(row.target_id, view);
    if (row.milestone_id !== null) byMilestone.set(row.milestone_id, view);
  }
  return { byTarget, byMilestone };
}

/** Insert a change request; returns its id. */
export async function insertChangeRequest(db: Kysely<DB>, values: Insertable<ChangeRequestTable>): Promise<number> {
  const row = await db.insertInto('change_request').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** One change request, whole row; undefined when there is none. */
export function findChangeRequestRow(db: Kysely<DB>, id: number) {
  return db.selectFrom('change_request').select(changeRequestColumns).where('id', '=', id).executeTakeFirst();
}

/** Whether the target (or milestone) has a change request still waiting for a decision. */
export async function hasPendingChangeRequest(db: Kysely<DB>, column: 'target_id' | 'milestone_id', id: number): Promise<boolean> {
  return Boolean(await db.selectFrom('change_request').select('id').where(column, '=', id).where('status', '=', 'pending').executeTakeFirst());
}

export interface ChangeRequestFilter {
  status?: 'pending' | 'approved' | 'rejected';
  projectId?: number;
  /** only projects this unit leads or co-runs (unit users) */
  unitId?: number;
}

/** A plan's change requests with their project's seq and name, newest first, narrowed by `filter`. */
export async function listPlanChangeRequests(db: Kysely<DB>, planId: number, filter: ChangeRequestFilter = {}) {
  let q = db
    .selectFrom('change_request')
    .innerJoin('project', 'project.id', 'change_request.project_id')
    .select(changeRequestColumns)
    .select(['project.seq as projectSeq', 'project.name as projectName'])
    .where('project.plan_id', '=', planId);
  if (filter.status) q = q.where('change_request.status', '=', filter.status);
  if (filter.projectId !== undefined) q = q.where('change_request.project_id', '=', filter.projectId);
  if (filter.unitId !== undefined) {
    const unitId = filter.unitId;
    q = q.where('change_request.project_id', 'in', (eb) => eb.selectFrom('project_unit').select('project_id').where('unit_id', '=', unitId));
  }
  const rows = await q.orderBy('change_request.id', 'desc').execute();
  return rows.map(({ projectSeq, projectName, ...row }) => toChangeRequestView(row, { seq: projectSeq, name: projectName }));
}

/** Decide a pending request; false when someone else decided it first. */
export async function decideChangeRequest(
  db: Kysely<DB>,
  id: number,
  decision: { status: 'approved' | 'rejected'; by: string; reason: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('change_request')
    .set({ status: decision.status, decided_by: decision.by, decided_at: new Date().toISOString(), decision_reason: decision.reason })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
