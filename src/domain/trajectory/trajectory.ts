/** How a target's planned cumulative value grows over the months of the plan. */
export type TrajectoryShape = 'linear' | 'front_loaded' | 'back_loaded' | 'custom';

/** Planned cumulative value at the end of a month ('YYYY-MM'). */
export interface TrajectoryPoint {
  month: string;
  value: number;
}

const monthIndex = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return (y ?? 0) * 12 + ((m ?? 1) - 1);
};
const monthOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** Every month from `start` to `end` inclusive ('YYYY-MM'); empty when end is before start. */
export function monthsBetween(start: string, end: string): string[] {
  const months: string[] = [];
  for (let i = monthIndex(start); i <= monthIndex(end); i += 1) months.push(monthOf(i));
  return months;
}

/** Round to 2 decimals, the precision a ledger shows. */
const round2 = (n: number) => Math.round(n * 100) / 100;

const SHAPES: Record<Exclude<TrajectoryShape, 'custom'>, (x: number) => number> = {
  linear: (x) => x,
  // ease-out: most of the work early (services that start at once)
  front_loaded: (x) => 1 - (1 - x) ** 2,
  // ease-in: most of the work late (construction that finishes towards year end)
  back_loaded: (x) => x ** 2,
};

/** Planned cumulative values month by month for a shape, ending exactly at the target value. */
export function shapeTrajectory(shape: Exclude<TrajectoryShape, 'custom'>, target: number, months: string[]): TrajectoryPoint[] {
  const n = months.length;
  return months.map((month, i) => ({ month, value: i === n - 1 ? target : round2(target * SHAPES[shape]((i + 1) / n)) }));
}

/**
 * Check a hand-typed trajectory: one value per month, cumulative (never decreasing), never above the target,
 * the last equal to the target. Returns a Chinese message naming the month, or null when valid.
 */
export function trajectoryProblem(points: TrajectoryPoint[], months: string[], target: number): string | null {
  const label = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;
  if (points.length !== months.length || points.some((p, i) => p.month !== months[i])) {
    return `请为 ${label(months[0] ?? '')} 至 ${label(months[months.length - 1] ?? '')} 的每个月填写计划累计值（共 ${months.length} 个月）。`;
  }
  let previous = 0;
  for (const point of points) {
    if (!Number.isFinite(point.value) || point.value < 0) return `${label(point.month)}的计划值不能为负数或空。`;
    if (point.value > target) return `${label(point.month)}的计划值 ${point.value} 超过了目标值 ${target}，计划进度不能高于目标。`;
    if (point.value < previous) return `${label(point.month)}的计划值 ${point.value} 小于上月的 ${previous}：计划值是累计数，不能减少。`;
    previous = point.value;
  }
  if (previous !== target) return `最后一个月的计划值应等于目标值 ${target}，现为 ${previous}。`;
  return null;
}

const daysInMonth = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

export interface ExpectedProgressInput {
  /** the target value (cumulative) */
  value: number;
  /** planned cumulative values by month; empty means linear in time */
  trajectory: TrajectoryPoint[];
  /** first day of the plan, 'YYYY-MM-DD' */
  startDate: string;
  /** the target's deadline, 'YYYY-MM-DD' */
  dueDate: string;
}

/**
 * Expected progress (序时进度) at a date as a fraction 0–1: the trajectory's planned value at that date
 * (interpolated within the month) divided by the target; linear from start to due date without a trajectory.
 */
export function expectedProgress(target: ExpectedProgressInput, date: string): number {
  if (date < target.startDate) return 0;
  if (date >= target.dueDate) return 1;
  if (target.trajectory.length === 0 || target.value <= 0) {
    const total = dayNumber(target.dueDate) - dayNumber(target.startDate);
    return total <= 0 ? 1 : Math.min(1, Math.max(0, (dayNumber(date) - dayNumber(target.startDate)) / total));
  }
  const month = date.slice(0, 7);
  const index = target.trajectory.findIndex((p) => p.month === month);
  if (index === -1) return month < (target.trajectory[0]?.month ?? '') ? 0 : 1;
  const before = index === 0 ? 0 : (target.trajectory[index - 1]?.value ?? 0);
  const atEnd = target.trajectory[index]?.value ?? 0;
  const fraction = Number(date.slice(8, 10)) / daysInMonth(month);
  return Math.min(1, Math.max(0, (before + (atEnd - before) * fraction) / target.value));
}
