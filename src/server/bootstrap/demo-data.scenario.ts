import { addDays, dateOfDayNumber, dayNumberOf, isoWeekOf, previousWeek, shanghaiDate, weekRange } from '../../domain/calendar';
import { projectExpected, projectProgress, projectStatus, targetProgress } from '../../domain/status';
import type { ProjectStatus } from '../../domain/status';
import type { TargetKind } from '../../domain/targets/target.types';
import { expectedProgress } from '../../domain/trajectory/trajectory';
import type { TrajectoryPoint } from '../../domain/trajectory/trajectory';

/**
 * The demo's "today". The sample plan is a past year's list, so a demo at the real date would show a finished
 * (or failed) year. Instead: min(today, year-end) for the current year, and for a past plan year the state of
 * 15 October of that year — late enough that most of the year is visible, early enough that it is still open.
 */
export function demoDateFor(planYear: number, now: Date = new Date()): string {
  const today = shanghaiDate(now);
  const todayYear = Number(today.slice(0, 4));
  if (planYear < todayYear) return `${planYear}-10-15`;
  const yearEnd = `${planYear}-12-31`;
  return today < yearEnd ? today : yearEnd;
}

/** How a demo project is doing; `ahead` still reads as on_track in the ledger, `completed` finished early. */
export type DemoPace = 'completed' | 'ahead' | 'on_track' | 'behind' | 'seriously_behind';

export interface DemoTarget {
  id: number;
  label: string;
  unit: string;
  value: number;
  kind: TargetKind;
  direction: 'increase' | 'decrease';
  weight: number;
  dueDate: string;
  trajectory: TrajectoryPoint[];
}

export interface DemoMilestone {
  id: number;
  title: string;
  dueDate: string | null;
}

export interface DemoProject {
  id: number;
  seq: number;
  name: string;
  deadline: string;
  /** tracked targets only (not 'standard') */
  targets: DemoTarget[];
  milestones: DemoMilestone[];
}

/** One project's simulated year: cumulative actuals per week, and the day each milestone was completed. */
export interface DemoSeries {
  pace: DemoPace;
  /** time-warp factor: 1.2 means the project is where the plan expects it 20 % later in the year */
  factor: number;
  /** week → targetId → cumulative actual */
  actuals: Map<string, Map<number, number>>;
  /** milestoneId → completion day (only those completed by the demo date) */
  completedOn: Map<number, string>;
}

/** Small deterministic PRNG (mulberry32), so the same plan always gives the same demo. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const warp = (date: string, startDate: string, factor: number) =>
  dateOfDayNumber(Math.round(dayNumberOf(startDate) + factor * (dayNumberOf(date) - dayNumberOf(startDate))));

/** Integer counts (座, 个, 户) move in whole steps; percentages and 万/公里 figures keep one or two decimals. */
function roundActual(target: DemoTarget, raw: number): number {
  if (target.unit === '%' || target.kind === 'rate' || target.kind === 'increase') return Math.round(raw * 10) / 10;
  // a handful of 处/家 is counted when each one is essentially done, a larger count only when finished
  if (Number.isInteger(target.value)) return Math.floor(raw + (target.value <= 5 ? 0.25 : 1e-9));
  return Math.round(raw * 100) / 100;
}

/** Planned completion of milestone i of n: spread over the year, the last one shortly before its due date. */
function plannedMilestoneDate(index: number, count: number, startDate: string, dueDate: string): string {
  const share = (index + 1) / (count + 0.5);
  return dateOfDayNumber(Math.round(dayNumberOf(startDate) + share * (dayNumberOf(dueDate) - dayNumberOf(startDate))));
}

/** Simulate a project's weekly actuals for the given weeks (each reported at its Friday) with a time-warp factor. */
export function simulateProject(
  project: DemoProject,
  weeks: string[],
  startDate: string,
  demoDate: string,
  pace: DemoPace,
  factor: number,
  seed: number,
): DemoSeries {
  const random = seededRandom(seed);
  const actuals = new Map<string, Map<number, number>>();
  const last = new Map<number, number>();
  for (const week of weeks) {
    const friday = addDays(weekRange(week).start, 4);
    const virtual = warp(friday, startDate, factor);
    const row = new Map<number, number>();
    for (const t of project.targets) {
      const planned = expectedProgress({ value: t.value, trajectory: t.trajectory, startDate, dueDate: t.dueDate }, virtual);
      // Rates (处置率, 录取率) are reported near their level from the start; a 提高 x% standard is raised in one step.
      const share = t.kind === 'rate' ? 0.9 + 0.1 * planned : t.kind === 'increase' ? (planned >= 0.55 ? 1 : 0) : planned * (1 + (random() - 0.5) * 0.08);
      const raw = t.direction === 'decrease' ? t.value * (1 + 0.5 * (1 - Math.min(1, share))) : t.value * Math.min(1, Math.max(0, share));
      const previous = last.get(t.id);
      let actual = roundActual(t, raw);
      if (previous !== undefined) actual = t.direction === 'decrease' ? Math.min(previous, actual) : Math.max(previous, actual);
      last.set(t.id, actual);
      row.set(t.id, actual);
    }
    actuals.set(week, row);
  }
  const completedOn = new Map<number, string>();
  project.milestones.forEach((m, index) => {
    const planned = plannedMilestoneDate(index, project.milestones.length, startDate, m.dueDate ?? project.deadline);
    // the real day on which the warped calendar reaches the planned day
    const day = dateOfDayNumber(Math.round(dayNumberOf(startDate) + (dayNumberOf(planned) - dayNumberOf(startDate)) / factor));
    if (day <= demoDate) completedOn.set(m.id, day);
  });
  return { pace, factor, actuals, completedOn };
}

/** The ledger status the series gives at the demo date, computed with the same domain rules as the ledger. */
export function statusOf(project: DemoProject, series: DemoSeries, lastAcceptedWeek: string | null, startDate: string, demoDate: string): ProjectStatus {
  const row = lastAcceptedWeek ? series.actuals.get(lastAcceptedWeek) : undefined;
  const reportedUntil = lastAcceptedWeek ? weekRange(lastAcceptedWeek).end : '';
  const progress = projectProgress({
    targets: project.targets.map((t) => ({ progress: targetProgress(t, row?.get(t.id) ?? null), weight: t.weight })),
    milestones: project.milestones.map((m) => {
      const day = series.completedOn.get(m.id);
      return { isDone: day !== undefined && day <= reportedUntil };
    }),
  });
  const expected = projectExpected(
    {
      targets: project.targets.map((t) => ({ value: t.value, weight: t.weight, trajectory: t.trajectory, startDate, dueDate: t.dueDate })),
      milestones: project.milestones.map((m) => ({ dueDate: m.dueDate })),
      startDate,
      deadline: project.deadline,
    },
    demoDate,
  );
  return projectStatus({ progress, expected, startDate, hasAnyProgress: progress > 0, date: demoDate });
}

const WANTED: Record<DemoPace, ProjectStatus> = {
  completed: 'completed',
  ahead: 'on_track',
  on_track: 'on_track',
  behind: 'behind',
  seriously_behind: 'seriously_behind',
};
/** The factor each pace prefers when several give the wanted status (completed: done around early September). */
const PREFERRED_FACTOR: Record<DemoPace, number> = { completed: 1.5, ahead: 1.3, on_track: 1.0, behind: 0.72, seriously_behind: 0.4 };
const FACTOR_GRID = Array.from({ length: 80 }, (_, i) => Math.round((0.2 + i * 0.025) * 1000) / 1000);

/** Per project: which statuses the ledger would show for which time-warp factors (noise included). */
export interface PaceOptions {
  projectId: number;
  factorsByStatus: Map<ProjectStatus, number[]>;
}

export const seedOf = (project: DemoProject) => project.seq * 7919 + 17;

/** Sweep the time-warp factor and record the status each gives at the demo date. */
export function paceOptions(project: DemoProject, weeks: string[], lastAcceptedWeek: string | null, startDate: string, demoDate: string): PaceOptions {
  const factorsByStatus = new Map<ProjectStatus, number[]>();
  for (const factor of FACTOR_GRID) {
    const series = simulateProject(project, weeks, startDate, demoDate, 'on_track', factor, seedOf(project));
    const status = statusOf(project, series, lastAcceptedWeek, startDate, demoDate);
    factorsByStatus.set(status, [...(factorsByStatus.get(status) ?? []), factor]);
  }
  return { projectId: project.id, factorsByStatus };
}

/** The factor for a pace: among those giving its status, the one nearest the pace's preferred factor. */
export function factorFor(options: PaceOptions, pace: DemoPace): number {
  const factors = options.factorsByStatus.get(WANTED[pace]) ?? [PREFERRED_FACTOR[pace]];
  const preferred = PREFERRED_FACTOR[pace];
  return factors.reduce((best, f) => (Math.abs(f - preferred) < Math.abs(best - preferred) ? f : best), factors[0] ?? preferred);
}

const QUOTAS: [DemoPace, number][] = [
  ['completed', 1],
  ['seriously_behind', 2],
  ['behind', 4],
];

/**
 * Assign paces so the ledger shows the mix a district usually has in autumn: one project finished early, two
 * seriously behind, about four behind, the rest on track (some of them ahead). A project that cannot be on track
 * (two 卫生室 are built one at a time, three milestones are done one at a time) lags first; the rest follow
 * their position in the list, spread over it.
 */
export function assignPaces(options: PaceOptions[]): Map<number, DemoPace> {
  const paces = new Map<number, DemoPace>();
  const can = (o: PaceOptions, pace: DemoPace) => o.factorsByStatus.has(WANTED[pace]);
  for (const o of options) {
    if (can(o, 'on_track')) continue;
    const isCompletedTaken = [...paces.values()].includes('completed');
    const forced = (['behind', 'completed', 'seriously_behind'] as const).find((pace) => can(o, pace) && !(pace === 'completed' && isCompletedTaken));
    paces.set(o.projectId, forced ?? 'on_track');
  }
  const count = options.length;
  for (const [pace, quota] of QUOTAS) {
    let left = quota - [...paces.values()].filter((p) => p === pace).length;
    const preferred = [...options.keys()].sort(
      (a, b) => Number(paceFor(b, count) === pace) - Number(paceFor(a, count) === pace) || ((a * 7) % count) - ((b * 7) % count),
    );
    for (const index of preferred) {
      const o = options[index];
      if (left <= 0 || !o || paces.has(o.projectId) || !can(o, pace)) continue;
      paces.set(o.projectId, pace);
      left -= 1;
    }
  }
  options.forEach((o, index) => {
    if (!paces.has(o.projectId)) paces.set(o.projectId, paceFor(index, count) === 'ahead' ? 'ahead' : 'on_track');
  });
  return paces;
}

/**
 * Paces by position among the measurable projects: one finished early, a few ahead, about four behind,
 * two seriously behind, the rest on track — the spread a district's ledger usually shows in autumn.
 */
export function paceFor(index: number, count: number): DemoPace {
  const at = (share: number) => Math.min(count - 1, Math.floor(share * count));
  if (index === at(0.17)) return 'completed';
  if ([at(0.45), at(0.82)].includes(index)) return 'seriously_behind';
  if ([at(0.08), at(0.37), at(0.62), at(0.9)].includes(index)) return 'behind';
  if ([0, at(0.3), at(0.55), at(0.75)].includes(index)) return 'ahead';
  return 'on_track';
}

/** Weeks to simulate: from the plan's second ISO week up to the last full week before the demo date. */
export function demoWeeks(planYear: number, demoDate: string): { weeks: string[]; currentWeek: string; lastFullWeek: string } {
  const currentWeek = isoWeekOf(demoDate);
  const lastFullWeek = previousWeek(currentWeek);
  const first = `${planYear}-W02`;
  const weeks: string[] = [];
  for (let w = first; w <= lastFullWeek && w.startsWith(String(planYear)); w = isoWeekOf(addDays(weekRange(w).start, 7))) weeks.push(w);
  return { weeks, currentWeek, lastFullWeek };
}
