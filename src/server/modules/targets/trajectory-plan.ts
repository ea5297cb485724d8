import type { TrajectoryPoint, TrajectoryShape } from '../../../domain/trajectory/trajectory';
import { monthsBetween, shapeTrajectory, trajectoryProblem } from '../../../domain/trajectory/trajectory';
import { isTracked } from '../../../domain/baseline/target-rules';
import type { TargetKind } from '../../../domain/targets/target.types';
import { badRequest } from '../../errors';

/** The months a target is planned over: from the plan's first month to its due month. */
export const planMonths = (year: number, dueDate: string) => monthsBetween(`${year}-01`, dueDate.slice(0, 7));

interface PlannedTarget {
  value: number;
  kind: TargetKind;
  direction: 'increase' | 'decrease';
  dueDate: string;
}

/**
 * The stored trajectory for a target: a shape applied to its value, or a checked custom path.
 * 'standard' targets and lower-is-better targets are not planned by value (expected progress is linear in time).
 */
export function planTrajectory(year: number, target: PlannedTarget, shape: TrajectoryShape, custom?: TrajectoryPoint[]): TrajectoryPoint[] {
  if (!isTracked(target.kind) || target.direction === 'decrease') return [];
  const months = planMonths(year, target.dueDate);
  if (months.length === 0) throw badRequest(`完成时限 ${target.dueDate} 早于清单年度 ${year} 年的开始，请修改完成时限。`, { field: 'dueDate' });
  if (shape !== 'custom') return shapeTrajectory(shape, target.value, months);
  const points = custom ?? [];
  const problem = trajectoryProblem(points, months, target.value);
  if (problem) throw badRequest(problem, { field: 'months' });
  return points;
}
