import { expectedProgress } from '../trajectory/trajectory';
import type { TrajectoryPoint } from '../trajectory/trajectory';
import type { TargetKind } from '../targets/target.types';

/** Whether a higher actual value is better ('increase') or a lower one ('decrease', e.g. 降低到, 控制在). */
export type TargetDirection = 'increase' | 'decrease';

/** What progress needs to know about a confirmed target. */
export interface ProgressTarget {
  /** the target value (cumulative for quantities, the level to reach for rates) */
  value: number;
  kind: TargetKind;
  direction: TargetDirection;
}

/**
 * Progress of one target as a raw fraction (DESIGN.md §6): actual ÷ target, NOT capped, so 121 of 110
 * shows as 1.1 (over-achievement). Null for a `standard` (a per-head rate is met or not, not measured)
 * and when nothing has been reported yet. For lower-is-better targets: 1 once the actual is at or below
 * the target, else target ÷ actual (halfway there when the actual is twice the limit).
 */
export function targetProgress(target: ProgressTarget, actual: number | null): number | null {
  if (target.kind === 'standard' || actual === null || !Number.isFinite(actual)) return null;
  if (target.direction === 'decrease') {
    if (actual <= target.value) return 1;
    return Math.max(0, target.value) / actual;
  }
  // A zero target ("keep at 0 incidents" phrased upwards) is met as soon as anything non-negative is reported.
  if (target.value <= 0) return actual >= target.value ? 1 : 0;
  // A negative actual is a typing mistake, not negative work: never show progress below zero.
  return Math.max(0, actual / target.value);
}

/** A target's contribution to its project: its progress (null = tracked but not yet reported) and weight. */
export interface WeightedProgress {
  progress: number | null;
  weight: number;
}

export interface ProjectProgressInput {
  /** only the tracked targets; weights default to 1 in the plan (equal weights, DESIGN.md §6) */
  targets: WeightedProgress[];
  milestones: { isDone: boolean }[];
}

/**
 * Weight of the milestones taken together. They count as ONE component weighing as much as a target of
 * weight 1 (not one component per milestone), so a project with 1 target and 8 milestones is still judged
 * half on its number and half on its milestones, and splitting a milestone in two never shifts the balance.
 */
export const MILESTONES_WEIGHT = 1;

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));
const usableWeight = (weight: number) => (Number.isFinite(weight) && weight > 0 ? weight : 0);

/** Weighted mean of components (value, weight); 0 when there is nothing with a positive weight. */
const weightedMean = (components: { value: number; weight: number }[]): number => {
  let total = 0;
  let sum = 0;
  for (const c of components) {
    const w = usableWeight(c.weight);
    total += w;
    sum += w * c.value;
  }
  return total === 0 ? 0 : sum / total;
};

/**
 * Project progress 0–1: weighted mean of each target's progress capped at 1 (one over-achieved target must
 * not hide another that lags) and the milestone completion share (see MILESTONES_WEIGHT). A tracked target
 * with no report yet counts as 0. 0 when there is nothing to measure.
 */
export function projectProgress(input: ProjectProgressInput): number {
  const components = input.targets.map((t) => ({ value: clamp01(t.progress ?? 0), weight: t.weight }));
  if (input.milestones.length > 0) {
    const done = input.milestones.filter((m) => m.isDone).length;
    components.push({ value: done / input.milestones.length, weight: MILESTONES_WEIGHT });
  }
  return weightedMean(components);
}

/** A tracked target's plan, as expectedProgress needs it, with its weight. */
export interface ExpectedTarget {
  value: number;
  weight: number;
  /** planned cumulative values by month; empty = linear from startDate to dueDate */
  trajectory: TrajectoryPoint[];
  /** 'YYYY-MM-DD' */
  startDate: string;
  /** 'YYYY-MM-DD' */
  dueDate: string;
}

export interface ProjectExpectedInput {
  targets: ExpectedTarget[];
  /** a milestone without a due date is expected by the project deadline */
  milestones: { dueDate: string | null }[];
  /** the project's planned start, 'YYYY-MM-DD' */
  startDate: string;
  /** the project's deadline, 'YYYY-MM-DD' */
  deadline: string;
}

/**
 * Expected project progress (序时进度) at `date`, weighted exactly like projectProgress so the two compare:
 * each target's planned share from its trajectory, and for the milestones the mean of each one's expected
 * completion — 1 once its due date has come, otherwise linear in time from the project start to its due date.
 * 0 when there is nothing to measure (then only the no-progress rule can flag the project).
 */
export function projectExpected(input: ProjectExpectedInput, date: string): number {
  const components = input.targets.map((t) => ({ value: clamp01(expectedProgress(t, date)), weight: t.weight }));
  if (input.milestones.length > 0) {
    const expected = input.milestones.map((m) =>
      // A milestone is a 0→1 step; expectedProgress without a trajectory is exactly the linear-in-time pace.
      expectedProgress({ value: 1, trajectory: [], startDate: input.startDate, dueDate: m.dueDate ?? input.deadline }, date),
    );
    components.push({ value: expected.reduce((a, b) => a + b, 0) / expected.length, weight: MILESTONES_WEIGHT });
  }
  return weightedMean(components);
}
