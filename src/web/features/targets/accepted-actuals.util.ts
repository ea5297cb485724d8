import type { TrajectoryPoint } from '../../../contract/targets.contract';
import type { WeeklyUpdate } from '../../../contract/weekly.contract';

/**
 * 实际完成: a target's accepted cumulative values as month-end points, from the project's weekly timeline. A month
 * takes its last accepted week (by the week's Sunday); only weeks the 督查室 accepted count, as in the ledger.
 */
export function acceptedActualsByMonth(updates: readonly WeeklyUpdate[], targetId: number): TrajectoryPoint[] {
  const byMonth = new Map<string, { week: string; value: number }>();
  for (const update of updates) {
    if (update.status !== 'accepted') continue;
    const value = update.values.find((v) => v.targetId === targetId)?.actual;
    if (value === null || value === undefined) continue;
    const month = update.weekEnd.slice(0, 7);
    const known = byMonth.get(month);
    if (!known || known.week < update.week) byMonth.set(month, { week: update.week, value });
  }
  return [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, { value }]) => ({ month, value }));
}

/** The actuals on the chart's months: carried forward between reports, nothing before the first or after the last. */
export function actualsOnMonths(actuals: readonly TrajectoryPoint[], months: readonly string[]): Array<number | null> {
  const first = actuals[0]?.month;
  const last = actuals[actuals.length - 1]?.month;
  const byMonth = new Map(actuals.map((p) => [p.month, p.value]));
  let carried: number | null = null;
  return months.map((month) => {
    if (!first || !last || month < first || month > last) return null;
    carried = byMonth.get(month) ?? carried;
    return carried;
  });
}
