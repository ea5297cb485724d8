import { isoWeekOf, previousWeek, shanghaiDate } from '../../../domain/calendar';
import { planAsOfForYear } from '../plans/plan-as-of.service';
import { forecastYearEnd, projectExpected, projectProgress, projectStatus, targetProgress } from '../../../domain/status';
import type { TrajectoryPoint } from '../../../domain/trajectory/trajectory';
import type { Actor } from '../../auth/actor';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { notFound } from '../../errors';
import { cachedRead } from '../../db/read-cache';
import { loadProjectUnits } from '../projects/projects.repo';
import type { LedgerFilter, LedgerItem, LedgerSheetData } from '../../../contract/ledger.contract';
import {
  completedMilestones,
  findPlanHeading,
  latestAcceptedActuals,
  latestAcceptedWeeks,
  listActiveProjects,
  listPlanMilestones,
  listPlanTargets,
  projectsReported,
} from './ledger.repo';

/**
 * The master ledger (专项工作台账): every project with plan vs actual from accepted weekly updates as of a date,
 * progress against the schedule pace, status, the not-reported flag and a year-end forecast.
 */
export async function buildLedger(ctx: AppContext, _actor: Actor, planId: number, filter: LedgerFilter, now = new Date()): Promise<LedgerSheetData> {
  // the as-of follows from the chosen date, or from today's date (Beijing) and the plan's year
  const key = `ledger:${planId}:${filter.asOf ?? ''}:${shanghaiDate(now)}`;
  const sheet = await cachedRead(ctx.db, key, () => computeLedger(ctx.db, planId, filter.asOf, now));
  let items = sheet.items;
  if (filter.status === 'not_reported') items = items.filter((i) => i.notReported);
  else if (filter.status) items = items.filter((i) => i.status === filter.status);
  if (filter.unitId !== undefined) {
    const unitId = filter.unitId;
    items = items.filter((i) => sheet.unitIdsOf.get(i.projectId)?.includes(unitId));
  }
  const { planTitle, docNumber, year, asOf, isYearOver } = sheet;
  return { planTitle, docNumber, year, asOf, isYearOver, items };
}

/** The whole ledger of a plan: its heading, the as-of date and every active project (kept by cachedRead while the data is unchanged). */
async function computeLedger(db: Kysely<DB>, planId: number, chosen: string | undefined, now: Date) {
  const plan = await findPlanHeading(db, planId);
  if (!plan) throw notFound('清单');
  // one as-of rule for every page of a plan: a past year is shown as of its last day, a chosen date stays in the year
  const period = planAsOfForYear({ year: plan.year, endDate: plan.ledger_end_date }, chosen, now);
  const { items, unitIdsOf } = await ledgerItems(db, planId, plan.year, period.asOf);
  return { planTitle: plan.title, docNumber: plan.doc_number, year: plan.year, asOf: period.asOf, isYearOver: period.isYearOver, items, unitIdsOf };
}

/** Every active project of a plan as of a day, computed from the rows. */
async function ledgerItems(db: Kysely<DB>, planId: number, year: number, asOf: string) {
  const startDate = `${year}-01-01`;
  const { projects, units, targets, milestones, latest, doneMilestones, reported, actuals } = await readLedgerRows(db, planId, asOf);
  const byProject = <T extends { project_id: number }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const row of rows) {
      const list = map.get(row.project_id);
      if (list) list.push(row);
      else map.set(row.project_id, [row]);
    }
    return map;
  };
  const targetsOf = byProject(targets);
  const milestonesOf = byProject(milestones);

  const items: LedgerItem[] = projects.map((p) => {
    const ts = targetsOf.get(p.id) ?? [];
    const tracked = ts.filter((t) => t.kind !== 'standard');
    const ms = milestonesOf.get(p.id) ?? [];
    const rows = ts.map((t) => {
      const actual = actuals.get(t.id) ?? null;
      return { label: t.label, unit: t.unit, target: t.value, actual, progress: targetProgress(t, actual), kind: t.kind };
    });
    const progress = projectProgress({
      targets: tracked.map((t) => ({ progress: targetProgress(t, actuals.get(t.id) ?? null), weight: t.weight })),
      milestones: ms.map((m) => ({ isDone: doneMilestones.has(m.id) })),
    });
    const expected = projectExpected(
      {
        targets: tracked.map((t) => ({
          value: t.value,
          weight: t.weight,
          trajectory: JSON.parse(t.trajectory_json) as TrajectoryPoint[],
          startDate,
          dueDate: t.due_date,
        })),
        milestones: ms.map((m) => ({ dueDate: m.due_date })),
        startDate,
        deadline: p.deadline,
      },
      asOf,
    );
    const hasAnyProgress = progress > 0;
    const forecast = hasAnyProgress ? forecastYearEnd([{ date: asOf, progress }], startDate, p.deadline, asOf) : null;
    const projectUnits = units.get(p.id) ?? [];
    const lastWeek = latest.get(p.id);
    return {
      projectId: p.id,
      seq: p.seq,
      name: p.name,
      leadUnits: projectUnits.filter((u) => u.role === 'lead').map((u) => u.name),
      coUnits: projectUnits.filter((u) => u.role === 'co').map((u) => u.name),
      progress: Math.round(progress * 10_000) / 10_000,
      expected: Math.round(expected * 10_000) / 10_000,
      status: projectStatus({ progress, expected, startDate, hasAnyProgress, date: asOf }),
      notReported: !reported.has(p.id),
      forecast: forecast ? Math.round(forecast.projected * 10_000) / 10_000 : null,
      latest: lastWeek
        ? { week: lastWeek.week, progressText: lastWeek.progressText, problemsText: lastWeek.problemsText, nextStepsText: lastWeek.nextStepsText }
        : null,
      targets: rows,
    };
  });
  const unitIdsOf = new Map([...units].map(([projectId, list]) => [projectId, list.map((u) => u.id)]));
  return { items, unitIdsOf };
}

/**
 * Every row the master ledger of a plan needs as of a day: the plan's active projects and their units, targets,
 * milestones, each project's latest accepted week with its actuals, milestones done, and who reported last week.
 * Seven queries whatever the plan's size (the load benchmark times exactly these as its raw SQL figure).
 */
export async function readLedgerRows(db: Kysely<DB>, planId: number, asOf: string) {
  const week = isoWeekOf(asOf);
  const projects = await listActiveProjects(db, planId);
  const ids = projects.map((p) => p.id);
  const [units, targets, milestones, latest, doneMilestones, reported] = await Promise.all([
    loadProjectUnits(db, ids),
    listPlanTargets(db, planId),
    listPlanMilestones(db, planId),
    latestAcceptedWeeks(db, planId, week),
    completedMilestones(db, planId, asOf),
    projectsReported(db, planId, previousWeek(week)),
  ]);
  const actuals = await latestAcceptedActuals(
    db,
    planId,
    week,
    latest,
    targets.filter((t) => t.kind !== 'standard').map((t) => t.id),
  );
  return { projects, units, targets, milestones, latest, doneMilestones, reported, actuals };
}
