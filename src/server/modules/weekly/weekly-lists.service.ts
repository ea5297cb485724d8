import { addDays, currentWeek, shanghaiDate, shanghaiInstant, weeklyDeadlines } from '../../../domain/calendar';
import { planAsOfForYear } from '../plans/plan-as-of.service';
import type { CoUnitNote, ReviewQueue, TodoResponse, WeeklyHistory, WeeklyStatus, WeeklyTimeline } from '../../../contract/weekly.contract';
import type { Actor } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { badRequest, forbidden, notFound, versionConflict } from '../../errors';
import { projectPermissions } from '../../policies/project.policy';
import { canReadWeekly, canReviewWeekly, canWriteWeeklyCoNote } from '../../policies/weekly-update.policy';
import { loadProjectScope } from '../targets/project-access';
import { buildWeeklyViews } from './weekly-view';
import {
  findCoUnitNoteVersion,
  findUpdate,
  getCoUnitNote,
  insertCoUnitNote,
  listProjectUpdates,
  listCurrentUpdatesOfWeek,
  listReviewQueue,
  listTodoRows,
  listWeekRevisions,
  planExists,
  updateCoUnitNote,
} from './weekly.repo';
import { checkWeek } from './weekly.service';
import { loadWorkingDayTest } from '../workdays/working-day-test';
import { DEFAULT_PLAN_RHYTHM, loadNewestActivePlanRhythm, loadPlanRhythms } from '../plans/plan-rhythm';
import type { PlanRhythm } from '../plans/plan-rhythm';

/**
 * 我的待办: the projects of the user's unit and where each stands in its plan's as-of week. The week of each plan
 * comes from the one as-of rule (src/domain/calendar/plan-as-of.ts): this week for a running plan, the plan's last
 * week (as of its last day) for a year that is over, so a 2024 plan never asks for a 2026 week.
 */
export async function getTodo(ctx: AppContext, actor: Actor, now = new Date()): Promise<TodoResponse> {
  const isWorkingDay = await loadWorkingDayTest(ctx);
  const dueOf = (week: string, rhythm: PlanRhythm) => weeklyDeadlines(week, rhythm.weekly, isWorkingDay).dueAt;
  const rows = actor.unitId === null ? [] : await listTodoRows(ctx.db, actor.unitId);
  if (rows.length === 0) {
    const week = currentWeek(now);
    return { week, dueAt: dueOf(week, await loadNewestActivePlanRhythm(ctx.db)), asOf: shanghaiDate(now), isYearOver: false, items: [] };
  }
  // the list is newest plan first: its week and deadline are the ones shown; each item keeps its own plan's week
  const rhythms = await loadPlanRhythms(
    ctx.db,
    rows.map((r) => r.planId),
  );
  const asOfOf = new Map(
    rows.map((r) => [r.planId, planAsOfForYear({ year: r.planYear, endDate: (rhythms.get(r.planId) ?? DEFAULT_PLAN_RHYTHM).endDate }, null, now)]),
  );
  const updates = new Map<number, { updateId: number; status: WeeklyStatus; isLate: number }>();
  for (const planId of asOfOf.keys()) {
    const ids = rows.filter((r) => r.planId === planId).map((r) => r.projectId);
    for (const u of await listCurrentUpdatesOfWeek(ctx.db, ids, asOfOf.get(planId)!.week)) updates.set(u.projectId, u);
  }
  const first = asOfOf.get(rows[0]!.planId)!;
  const dueAtOf = (planId: number) => dueOf(asOfOf.get(planId)!.week, rhythms.get(planId) ?? DEFAULT_PLAN_RHYTHM);
  // a past plan is judged as of its last day's end, not as of the real clock
  const judgedAt = (planId: number) => {
    const asOf = asOfOf.get(planId)!;
    return asOf.isYearOver ? shanghaiInstant(addDays(asOf.asOf, 1)) : now.toISOString();
  };
  return {
    week: first.week,
    dueAt: dueAtOf(rows[0]!.planId),
    asOf: first.asOf,
    isYearOver: first.isYearOver,
    items: rows.map((r) => {
      const update = updates.get(r.projectId);
      const status = update?.status ?? null;
      return {
        projectId: r.projectId,
        seq: r.seq,
        name: r.name,
        planId: r.planId,
        week: asOfOf.get(r.planId)!.week,
        role: r.role,
        updateId: update?.updateId ?? null,
        status: status ?? ('none' as const),
        isLate: Boolean(update?.isLate),
        isOverdue: r.role === 'lead' && judgedAt(r.planId) > dueAtOf(r.planId) && (status === null || status === 'draft' || status === 'returned'),
      };
    }),
  };
}

/** Every week of a project, newest first, with what the actor may do on the project; another unit never sees this unit's drafts. */
export async function getTimeline(ctx: AppContext, actor: Actor, projectId: number): Promise<WeeklyTimeline> {
  const scope = await loadProjectScope(ctx, actor, projectId);
  const updates = (await listProjectUpdates(ctx.db, projectId)).filter((u) => canReadWeekly(actor, scope.units, u));
  const items = await buildWeeklyViews(
    ctx.db,
    { actor, units: scope.units },
    projectId,
    updates.map((u) => ({ week: u.week, update: u })),
  );
  return { items, permissions: projectPermissions(actor, scope.units) };
}

/** Every revision of an update's week, oldest first, each with its snapshot; another unit never sees drafts. */
export async function getHistory(ctx: AppContext, actor: Actor, updateId: number): Promise<WeeklyHistory> {
  const update = await findUpdate(ctx.db, updateId);
  if (!update) return { items: [] };
  const scope = await loadProjectScope(ctx, actor, update.project_id);
  const revisions = (await listWeekRevisions(ctx.db, update.project_id, update.week)).filter((r) => canReadWeekly(actor, scope.units, r));
  const snapshots = await buildWeeklyViews(
    ctx.db,
    { actor, units: scope.units },
    update.project_id,
    revisions.map((r) => ({ week: r.week, update: r })),
  );
  return { items: revisions.map((r, i) => ({ revision: r.revision, status: r.status, at: r.updated_at, by: r.updated_by, snapshot: snapshots[i]! })) };
}

/** A co-unit's own note on the lead unit's week (what it did for the project). */
export async function saveCoUnitNote(
  ctx: AppContext,
  actor: Actor,
  projectId: number,
  week: string,
  input: { text: string; version: number },
): Promise<CoUnitNote> {
  checkWeek(week);
  const scope = await loadProjectScope(ctx, actor, projectId);
  const unitId = actor.unitId;
  if (unitId === null || !canWriteWeeklyCoNote(actor, scope.units)) throw forbidden('只有该项目的协办单位可以填写协办说明。');
  const text = input.text.trim();
  if (!text) throw badRequest('请填写协办说明的内容。', { field: 'text' });
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await findCoUnitNoteVersion(trx, projectId, week, unitId);
    if (!existing) {
      if (input.version !== 0) throw versionConflict('协办说明');
      await insertCoUnitNote(trx, { project_id: projectId, week, unit_id: unitId, text, author: actor.username, updated_at: nowIso() });
    } else {
      const updated = await updateCoUnitNote(trx, existing.id, input.version, { text, author: actor.username });
      if (!updated) throw versionConflict('协办说明');
    }
    await writeAudit(trx, actor, { action: 'co_note', entity: 'project', entityId: projectId, summary: `协办单位填写 ${week} 协办说明`, after: { text } });
  });
  return getCoUnitNote(ctx.db, projectId, week, unitId);
}

/** Submitted updates waiting for the 督查室, oldest first. */
export async function getReviewQueue(ctx: AppContext, actor: Actor, planId: number): Promise<ReviewQueue> {
  if (!canReviewWeekly(actor)) throw forbidden('只有督查室可以查看审核队列。');
  if (!(await planExists(ctx.db, planId))) throw notFound('清单');
  const rows = await listReviewQueue(ctx.db, planId);
  return { items: rows.map((r) => ({ ...r, isLate: Boolean(r.isLate), submittedAt: r.submittedAt ?? '', flags: r.flags ? String(r.flags).split(',') : [] })) };
}
