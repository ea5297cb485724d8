import type { Kysely } from 'kysely';
import { addDays, previousWeek, shanghaiInstant, weekRange } from '../../domain/calendar';
import { valueFlags } from '../../domain/status';
import type { DB, WeeklyStatus } from '../db/schema';
import type { DemoProject, DemoSeries } from './demo-data.scenario';
import { coNoteText, completedTexts, demoTexts, returnComment } from './demo-data.texts';

/** A demo project with who reports it. */
export interface DemoProjectPlan {
  project: DemoProject;
  leadUnitId: number;
  coUnits: { id: number; name: string }[];
  series: DemoSeries;
}

/** The weeks that are not simply "submitted on time and accepted", chosen once so status planning knows them. */
export interface DemoSpecialWeeks {
  /** projects whose last full week is missing: value 'draft' (started, not submitted) or 'none' */
  notReported: Map<number, 'draft' | 'none'>;
  /** projects whose last full week waits in the 督查室's queue: 'submitted' or 'returned' */
  pending: Map<number, 'submitted' | 'returned'>;
  /** `${projectId}:${week}` submitted after the Friday deadline */
  late: Set<string>;
  /** `${projectId}:${week}` returned once, fixed and accepted */
  returnedThenAccepted: Set<string>;
  /** `${projectId}:${week}` corrected after acceptance (revision 2) */
  corrected: Set<string>;
  /** projects with a draft already started in the current (unfinished) week */
  currentDrafts: Set<number>;
}

/** The week whose accepted values the ledger uses at the demo date. */
export function lastAcceptedWeekOf(projectId: number, special: DemoSpecialWeeks, lastFullWeek: string): string {
  return special.notReported.has(projectId) || special.pending.has(projectId) ? previousWeek(lastFullWeek) : lastFullWeek;
}

/** Shanghai wall-clock time on a day as an ISO UTC instant. */
const at = (date: string, time: string) => shanghaiInstant(date, time);

interface WeekContext {
  trx: Kysely<DB>;
  staffOf: (unitId: number) => string;
  supervisor: string;
  currentWeek: string;
  lastFullWeek: string;
  special: DemoSpecialWeeks;
}

/** Write every project's weekly history; returns how many updates were written. */
export async function writeDemoHistory(ctx: WeekContext, plans: DemoProjectPlan[], weeks: string[]): Promise<number> {
  let count = 0;
  for (const plan of plans) {
    const key = (week: string) => `${plan.project.id}:${week}`;
    let previous: Map<number, number> | undefined;
    for (const [index, week] of weeks.entries()) {
      const isLast = week === ctx.lastFullWeek;
      const missing = isLast ? ctx.special.notReported.get(plan.project.id) : undefined;
      if (missing === 'none') continue;
      const status: WeeklyStatus = missing === 'draft' ? 'draft' : isLast ? (ctx.special.pending.get(plan.project.id) ?? 'accepted') : 'accepted';
      const actuals = plan.series.actuals.get(week);
      if (ctx.special.corrected.has(key(week))) {
        // revision 1 over-counted by a few; the unit corrected it the next week (both accepted, the second current)
        const overCounted = new Map([...(actuals ?? new Map<number, number>())].map(([id, v]) => [id, v > 3 ? v + 2 : v]));
        await writeWeek(ctx, plan, week, index, {
          status: 'accepted',
          revision: 1,
          isCurrent: false,
          actuals: overCounted,
          previous,
          isLate: false,
          returned: false,
        });
        await writeWeek(ctx, plan, week, index, {
          status: 'accepted',
          revision: 2,
          isCurrent: true,
          actuals,
          previous,
          isLate: false,
          returned: false,
          correction: true,
        });
        count += 2;
      } else {
        const returned = status === 'returned' || ctx.special.returnedThenAccepted.has(key(week));
        await writeWeek(ctx, plan, week, index, { status, revision: 1, isCurrent: true, actuals, previous, isLate: ctx.special.late.has(key(week)), returned });
        count += 1;
      }
      if (status !== 'draft') previous = actuals;
    }
    if (ctx.special.currentDrafts.has(plan.project.id)) {
      await writeWeek(ctx, plan, ctx.currentWeek, weeks.length, {
        status: 'draft',
        revision: 1,
        isCurrent: true,
        actuals: previous,
        previous,
        isLate: false,
        returned: false,
      });
      count += 1;
    }
  }
  return count;
}

interface WeekSpec {
  status: WeeklyStatus;
  revision: number;
  isCurrent: boolean;
  actuals: Map<number, number> | undefined;
  previous: Map<number, number> | undefined;
  isLate: boolean;
  returned: boolean;
  correction?: boolean;
}

async function writeWeek(ctx: WeekContext, plan: DemoProjectPlan, week: string, variant: number, spec: WeekSpec): Promise<void> {
  const { project, series } = plan;
  const { start, end } = weekRange(week);
  const friday = addDays(start, 4);
  const staff = ctx.staffOf(plan.leadUnitId);
  const minute = String(10 + ((project.seq * 7 + variant * 13) % 45)).padStart(2, '0');
  const isCompleted =
    series.pace === 'completed' &&
    project.targets.every((t) => (spec.previous?.get(t.id) ?? -1) >= t.value) &&
    project.milestones.every((m) => (series.completedOn.get(m.id) ?? '9999') < start);
  const doneThisWeek = project.milestones.filter((m) => {
    const day = series.completedOn.get(m.id);
    return day !== undefined && day >= start && day <= end;
  });
  const texts = isCompleted
    ? completedTexts(project)
    : demoTexts(
        project,
        series.pace,
        spec.actuals,
        variant,
        doneThisWeek.map((m) => m.title),
      );
  const isDraft = spec.status === 'draft';
  const submittedAt = isDraft ? null : spec.isLate ? at(addDays(start, 7), '08:40') : at(friday, `${15 + (variant % 3)}:${minute}`);
  const reviewedAt =
    spec.status === 'accepted' || spec.status === 'returned' ? at(addDays(start, spec.returned && spec.status === 'accepted' ? 8 : 7), `10:${minute}`) : null;
  const reviewComment =
    spec.status === 'returned'
      ? returnComment(project.seq + variant)
      : spec.returned
        ? `已按退回意见（${returnComment(project.seq + variant)}）补充修改，同意。`
        : spec.correction
          ? '更正统计口径后的数据，同意。'
          : null;
  const row = await ctx.trx
    .insertInto('weekly_update')
    .values({
      project_id: project.id,
      week,
      status: spec.status,
      revision: spec.revision,
      is_current: spec.isCurrent ? 1 : 0,
      progress_text: spec.correction ? `${texts.progressText}（更正：上版累计数含未验收点位，已核减。）` : texts.progressText,
      problems_text: texts.problemsText,
      next_steps_text: texts.nextStepsText,
      co_unit_ids_json: JSON.stringify(variant % 4 === 0 ? plan.coUnits.slice(0, 2).map((u) => u.id) : []),
      submitted_at: submittedAt,
      submitted_by: isDraft ? null : staff,
      is_late: spec.isLate ? 1 : 0,
      reviewed_at: reviewedAt,
      reviewed_by: reviewedAt ? ctx.supervisor : null,
      review_comment: reviewComment,
      updated_by: reviewedAt ? ctx.supervisor : staff,
      // each save, submit and review bumps the version, as the services do
      version: isDraft ? 2 : spec.status === 'submitted' ? 3 : spec.returned ? 6 : 4,
      created_at: at(addDays(start, 2), '09:30'),
      updated_at: reviewedAt ?? submittedAt ?? at(addDays(start, 1), '17:20'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const values = project.targets.map((t) => {
    const actual = spec.actuals?.get(t.id) ?? null;
    const flags =
      actual === null ? [] : valueFlags({ previous: spec.previous?.get(t.id) ?? null, actual, target: t.value, kind: t.kind, direction: t.direction });
    return { update_id: row.id, target_id: t.id, actual, reason: flags.length ? '已核实，按实际完成情况填报' : null, flags: flags.join(',') };
  });
  if (values.length) await ctx.trx.insertInto('weekly_value').values(values).execute();
  if (project.milestones.length) {
    await ctx.trx
      .insertInto('weekly_milestone')
      .values(
        project.milestones.map((m) => {
          const day = series.completedOn.get(m.id);
          return { update_id: row.id, milestone_id: m.id, completed_on: day !== undefined && day <= end ? day : null };
        }),
      )
      .execute();
  }
}

/** A few co-unit notes on recent weeks (what the co-unit did for the lead unit's project). */
export async function writeDemoCoNotes(ctx: WeekContext, plans: DemoProjectPlan[], weeks: string[]): Promise<number> {
  const withCo = plans.filter((p) => p.coUnits.length > 0);
  const recent = weeks.slice(-2);
  let count = 0;
  for (const [index, plan] of withCo.slice(0, 6).entries()) {
    const unit = plan.coUnits[index % plan.coUnits.length];
    const week = recent[index % recent.length];
    if (!unit || !week) continue;
    await ctx.trx
      .insertInto('co_unit_note')
      .values({
        project_id: plan.project.id,
        week,
        unit_id: unit.id,
        text: coNoteText(unit.name, plan.project, index),
        author: ctx.staffOf(unit.id),
        updated_at: at(addDays(weekRange(week).start, 3), '16:05'),
      })
      .execute();
    count += 1;
  }
  return count;
}
