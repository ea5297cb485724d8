import { currentWeek, weeklyDeadlines } from '../../../domain/calendar';
import type { Actor } from '../../auth/actor';
import { isOffice } from '../../auth/actor';
import { writeAudit } from '../../audit/audit.writer';
import type { AppContext } from '../../context';
import { nowIso } from '../../context';
import { updateVersioned } from '../../db/versioned-update';
import { badRequest, forbidden, notFound, versionConflict } from '../../errors';
import { loadProjectUnits } from '../projects/projects.repo';
import { loadProjectScope } from '../targets/project-access';
import { buildWeeklyView } from './weekly-view';
import { listProjectUpdates } from './weekly.repo';
import { checkWeek } from './weekly.service';
import { loadWorkingDayTest } from '../workdays/working-day-test';
import { DEFAULT_PLAN_RHYTHM, loadNewestActivePlanRhythm, loadPlanRhythms } from '../plans/plan-rhythm';
import type { PlanRhythm } from '../plans/plan-rhythm';

/** 我的待办: this week's projects of the user's unit and where each stands. */
export async function getTodo(ctx: AppContext, actor: Actor, now = new Date()) {
  const week = currentWeek(now);
  const isWorkingDay = await loadWorkingDayTest(ctx);
  const dueOf = (rhythm: PlanRhythm) => weeklyDeadlines(week, rhythm.weekly, isWorkingDay).dueAt;
  if (actor.unitId === null) return { week, dueAt: dueOf(await loadNewestActivePlanRhythm(ctx.db)), items: [] };
  const rows = await ctx.db
    .selectFrom('project_unit')
    .innerJoin('project', 'project.id', 'project_unit.project_id')
    .innerJoin('plan', 'plan.id', 'project.plan_id')
    .leftJoin('weekly_update', (join) => join.onRef('weekly_update.project_id', '=', 'project.id').on('weekly_update.week', '=', week).on('weekly_update.is_current', '=', 1))
    .select(['project.id as projectId', 'project.seq', 'project.name', 'project.plan_id as planId', 'project_unit.role', 'weekly_update.id as updateId', 'weekly_update.status', 'weekly_update.is_late as isLate'])
    .where('project_unit.unit_id', '=', actor.unitId)
    .where('project.status', '=', 'active')
    .where('plan.status', '=', 'active')
    .orderBy('plan.year', 'desc')
    .orderBy('project.seq')
    .execute();
  // the list is newest plan first: its deadline is the one shown; each item is overdue by its own plan's deadline
  const rhythms = await loadPlanRhythms(ctx.db, rows.map((r) => r.planId));
  const dueAtOf = (planId: number) => dueOf(rhythms.get(planId) ?? DEFAULT_PLAN_RHYTHM);
  const dueAt = rows[0] ? dueAtOf(rows[0].planId) : dueOf(await loadNewestActivePlanRhythm(ctx.db));
  return {
    week,
    dueAt,
    items: rows.map((r) => ({
      projectId: r.projectId,
      seq: r.seq,
      name: r.name,
      planId: r.planId,
      role: r.role,
      updateId: r.updateId,
      status: r.status ?? ('none' as const),
      isLate: Boolean(r.isLate),
      isOverdue: r.role === 'lead' && now.toISOString() > dueAtOf(r.planId) && (r.status === null || r.status === 'draft' || r.status === 'returned'),
    })),
  };
}

/** Every week of a project, newest first; another unit never sees this unit's drafts. */
export async function getTimeline(ctx: AppContext, actor: Actor, projectId: number) {
  const scope = await loadProjectScope(ctx, actor, projectId);
  const updates = (await listProjectUpdates(ctx.db, projectId)).filter((u) => u.status !== 'draft' || scope.canEdit);
  return { items: await Promise.all(updates.map((u) => buildWeeklyView(ctx.db, projectId, u.week, u))) };
}

/** A co-unit's own note on the lead unit's week (what it did for the project). */
export async function saveCoUnitNote(ctx: AppContext, actor: Actor, projectId: number, week: string, input: { text: string; version: number }) {
  checkWeek(week);
  await loadProjectScope(ctx, actor, projectId);
  const units = (await loadProjectUnits(ctx.db, [projectId])).get(projectId) ?? [];
  if (actor.unitId === null || !units.some((u) => u.role === 'co' && u.id === actor.unitId)) throw forbidden('只有该项目的协办单位可以填写协办说明。');
  const unitId = actor.unitId;
  const text = input.text.trim();
  if (!text) throw badRequest('请填写协办说明的内容。', { field: 'text' });
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('co_unit_note').select(['id', 'version']).where('project_id', '=', projectId).where('week', '=', week).where('unit_id', '=', unitId).executeTakeFirst();
    if (!existing) {
      if (input.version !== 0) throw versionConflict('协办说明');
      await trx.insertInto('co_unit_note').values({ project_id: projectId, week, unit_id: unitId, text, author: actor.username, updated_at: nowIso() }).execute();
    } else {
      const updated = await updateVersioned(trx, 'co_unit_note', existing.id, input.version, { text, author: actor.username });
      if (!updated) throw versionConflict('协办说明');
    }
    await writeAudit(trx, actor, { action: 'co_note', entity: 'project', entityId: projectId, summary: `协办单位填写 ${week} 协办说明`, after: { text } });
  });
  const note = await ctx.db
    .selectFrom('co_unit_note')
    .innerJoin('unit', 'unit.id', 'co_unit_note.unit_id')
    .select(['co_unit_note.id', 'co_unit_note.project_id as projectId', 'co_unit_note.week', 'co_unit_note.unit_id as unitId', 'unit.name as unitName', 'co_unit_note.text', 'co_unit_note.author', 'co_unit_note.updated_at as updatedAt', 'co_unit_note.version'])
    .where('co_unit_note.project_id', '=', projectId)
    .where('co_unit_note.week', '=', week)
    .where('co_unit_note.unit_id', '=', unitId)
    .executeTakeFirstOrThrow();
  return note;
}

/** Submitted updates waiting for the 督查室, oldest first. */
export async function getReviewQueue(ctx: AppContext, actor: Actor, planId: number) {
  if (!isOffice(actor)) throw forbidden('只有督查室可以查看审核队列。');
  const plan = await ctx.db.selectFrom('plan').select('id').where('id', '=', planId).executeTakeFirst();
  if (!plan) throw notFound('清单');
  const rows = await ctx.db
    .selectFrom('weekly_update')
    .innerJoin('project', 'project.id', 'weekly_update.project_id')
    .select(['weekly_update.id as updateId', 'project.id as projectId', 'project.seq', 'project.name', 'weekly_update.week', 'weekly_update.submitted_at as submittedAt', 'weekly_update.is_late as isLate'])
    .select((eb) =>
      eb.selectFrom('weekly_value').select((v) => v.fn.max('flags').as('f')).whereRef('weekly_value.update_id', '=', 'weekly_update.id').where('weekly_value.flags', '!=', '').as('flags'),
    )
    .where('project.plan_id', '=', planId)
    .where('weekly_update.status', '=', 'submitted')
    .where('weekly_update.is_current', '=', 1)
    .orderBy('weekly_update.submitted_at')
    .execute();
  return { items: rows.map((r) => ({ ...r, isLate: Boolean(r.isLate), submittedAt: r.submittedAt ?? '', flags: r.flags ? String(r.flags).split(',') : [] })) };
}

