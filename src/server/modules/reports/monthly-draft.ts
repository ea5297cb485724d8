import { addDays, isoWeekOf, weekRange, weeksBetween } from '../../../domain/calendar';
import { expectedProgress } from '../../../domain/trajectory/trajectory';
import type { TrajectoryPoint } from '../../../domain/trajectory/trajectory';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { acceptedActualsUpTo, listAcceptedWeeks, listReportTargets } from './reports.repo';

/** The 月报 drafted from the month's accepted weekly updates, and the month arithmetic it needs. */

export interface MonthlyValue {
  targetId: number;
  label: string;
  unit: string;
  target: number;
  /** latest accepted cumulative value up to the month's end, null when never reported */
  actual: number | null;
  /** the value the trajectory plans at the month's end */
  expected: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isValidMonth(month: string): boolean {
  return MONTH.test(month);
}

/** Last day of a month, 'YYYY-MM-DD'. */
export function monthEnd(month: string): string {
  const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/** ISO weeks belonging to a month: those whose Thursday falls in it. */
export function weeksOfMonth(month: string): string[] {
  return weeksBetween(isoWeekOf(`${month}-01`), isoWeekOf(monthEnd(month))).filter((w) => addDays(weekRange(w).start, 3).slice(0, 7) === month);
}

/** What the month's accepted weekly updates say: values at month end against the trajectory, texts joined. */
export async function draftFromWeeks(db: Kysely<DB>, projectId: number, planYear: number, month: string) {
  const weeks = weeksOfMonth(month);
  const lastWeek = weeks[weeks.length - 1] ?? isoWeekOf(monthEnd(month));
  const updates = await listAcceptedWeeks(db, projectId, weeks);
  const targets = (await listReportTargets(db, projectId)).filter((t) => t.kind !== 'standard');
  const latest = await acceptedActualsUpTo(db, projectId, lastWeek);
  const end = monthEnd(month);
  const values: MonthlyValue[] = targets.map((t) => ({
    targetId: t.id,
    label: t.label,
    unit: t.unit,
    target: t.value,
    actual: latest.get(t.id) ?? null,
    expected:
      Math.round(
        t.value *
          expectedProgress(
            { value: t.value, trajectory: JSON.parse(t.trajectory_json) as TrajectoryPoint[], startDate: `${planYear}-01-01`, dueDate: t.due_date },
            end,
          ) *
          100,
      ) / 100,
  }));
  const label = (week: string) => `第${Number(week.slice(6))}周`;
  const joined = (pick: (u: (typeof updates)[number]) => string) =>
    updates
      .filter((u) => pick(u).trim())
      .map((u) => `${label(u.week)}：${pick(u).trim()}`)
      .join('\n');
  return {
    weeks: updates.map((u) => u.week),
    values,
    progressText: joined((u) => u.progress_text),
    problemsText: joined((u) => u.problems_text),
    nextPlanText: updates[updates.length - 1]?.next_steps_text.trim() ?? '',
  };
}
