import type { DashboardCounts, DashboardResponse, DashboardTrendPoint } from '../../../contract/dashboard.contract';
import type { LedgerItem } from '../../../contract/ledger.contract';
import { addDays, clampIntoPlanYear, isoWeekOf, planWeekOf, previousWeek, shanghaiInstant, weekRange, weeksBetween } from '../../../domain/calendar';
import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { canReadDashboard, dashboardPermissions } from '../../policies/dashboard.policy';
import { buildLedger } from '../ledger/ledger.service';
import { loadProjectUnits } from '../projects/projects.repo';
import { rankUnits } from './dashboard-units';
import { findPlanIssueDate, listOpenBlockers, listOverdueActionItems, listReportedWeeks } from './dashboard.repo';

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const mean = (xs: number[]) => (xs.length ? round4(xs.reduce((a, b) => a + b, 0) / xs.length) : 0);

/** Counts by status of ledger lines; the ledger decides every status, the dashboard only counts. */
export function countByStatus(items: readonly LedgerItem[]): DashboardCounts {
  const count = (status: LedgerItem['status']) => items.filter((i) => i.status === status).length;
  return {
    total: items.length,
    completed: count('completed'),
    on_track: count('on_track'),
    behind: count('behind'),
    seriously_behind: count('seriously_behind'),
    notReported: items.filter((i) => i.notReported).length,
    averageProgress: mean(items.map((i) => Math.min(1, i.progress))),
    averageExpected: mean(items.map((i) => Math.min(1, i.expected))),
  };
}

/**
 * 督查大屏 of a plan as of one date (the plan's as-of rule; a chosen date is clamped into the plan's year). Every
 * number is taken from the master ledger (buildLedger) of that date, the trend from the ledger of each week's end.
 */
export async function getDashboard(ctx: AppContext, actor: Actor, planId: number, query: { asOf?: string }, now = new Date()): Promise<DashboardResponse> {
  if (!canReadDashboard(actor)) throw forbidden('只有督查室、系统管理员和分管领导可以查看督查大屏。');
  const ledger = await buildLedger(ctx, actor, planId, { asOf: query.asOf }, now);
  const { year, asOf } = ledger;
  const plan = await findPlanIssueDate(ctx.db, planId);
  const firstWeek = planWeekOf(plan?.issue_date ?? `${year}-01-01`, year);

  // trend: the ledger as of each week's last day up to the as-of week (the as-of date itself for that week)
  const trend: DashboardTrendPoint[] = [];
  for (const week of weeksBetween(firstWeek, planWeekOf(asOf, year))) {
    const date = clampIntoPlanYear(weekRange(week).end < asOf ? weekRange(week).end : asOf, year);
    const items = date === asOf ? ledger.items : (await buildLedger(ctx, actor, planId, { asOf: date }, now)).items;
    const counts = countByStatus(items);
    trend.push({ week, date, averageProgress: counts.averageProgress, averageExpected: counts.averageExpected });
  }

  // weekly reports due so far: from the week the plan was issued to the last week the ledger checks (not reported)
  const lastDueWeek = previousWeek(isoWeekOf(asOf));
  const dueWeeks = lastDueWeek < firstWeek ? [] : weeksBetween(firstWeek, lastDueWeek).filter((w) => w.startsWith(String(year)));
  const ids = ledger.items.map((i) => i.projectId);
  const [unitsOf, reported, blockers, actionItems] = await Promise.all([
    loadProjectUnits(ctx.db, ids),
    dueWeeks.length ? listReportedWeeks(ctx.db, planId, dueWeeks[0]!, dueWeeks[dueWeeks.length - 1]!) : Promise.resolve([]),
    listOpenBlockers(ctx.db, planId, shanghaiInstant(addDays(asOf, 1))),
    listOverdueActionItems(ctx.db, planId, asOf),
  ]);

  return {
    planId,
    planTitle: ledger.planTitle,
    year,
    asOf,
    isYearOver: ledger.isYearOver ?? false,
    counts: countByStatus(ledger.items),
    trend,
    units: rankUnits(ledger.items, unitsOf, dueWeeks, reported),
    lagging: ledger.items
      .filter((i) => i.status === 'behind' || i.status === 'seriously_behind')
      .sort((a, b) => a.progress - a.expected - (b.progress - b.expected))
      .map((i) => ({ projectId: i.projectId, seq: i.seq, name: i.name, leadUnits: i.leadUnits, status: i.status, progress: i.progress, expected: i.expected })),
    openBlockers: blockers.map((b) => ({
      id: b.id,
      projectId: b.projectId,
      projectName: b.projectName,
      description: b.description,
      status: b.status as 'open' | 'in_progress',
      isEscalated: b.escalated === 1,
      raisedAt: b.raisedAt,
    })),
    overdueActionItems: actionItems,
    permissions: dashboardPermissions(actor),
  };
}
