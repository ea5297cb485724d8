import type { TargetKind } from '../targets/target.types';
import type { TargetDirection } from './progress.calculator';
import { isBeyondHardBound } from './value-bounds';

/**
 * Why a reported value needs a reason before it is accepted, and is shown to the 督查室:
 * - `decrease`: the cumulative value is lower than last week's — cumulative counts should never go down;
 * - `jump`: the step from last week is larger than the whole target — an implausible week of work;
 * - `over_total`: a quantity above 1.5 × its target, or a rate above 100 (%), likely a typing mistake;
 * - `out_of_range`: beyond a hard bound (value-bounds.ts): no reason makes it submittable.
 */
export type ValueFlag = 'decrease' | 'jump' | 'over_total' | 'out_of_range';

/** The check order, which is also the order flags are listed in. */
export const VALUE_FLAGS: readonly ValueFlag[] = ['out_of_range', 'decrease', 'jump', 'over_total'];

/** Over-achievement up to half again the target is plausible (plans are set cautiously); beyond that, ask. */
export const OVER_TOTAL_FACTOR = 1.5;
/** A share cannot exceed 100 %. */
const MAX_RATE = 100;

export interface ValueFlagInput {
  /** last week's cumulative value; null for the first report */
  previous: number | null;
  /** this week's cumulative value */
  actual: number;
  /** the target value */
  target: number;
  kind: TargetKind;
  /** lower-is-better targets (控制在, 降低到) are expected to go down: no decrease/jump/over_total checks */
  direction?: TargetDirection;
  /** the target's unit ('%' marks a share) */
  unit?: string;
}

/**
 * The plausibility flags of one reported value (see ValueFlag). The first report has no `previous`, so
 * neither decrease nor jump applies: it may legitimately carry months of earlier work.
 */
export function valueFlags(input: ValueFlagInput): ValueFlag[] {
  if (isBeyondHardBound({ actual: input.actual, target: input.target, unit: input.unit ?? '', kind: input.kind, direction: input.direction }))
    return ['out_of_range'];
  if (input.direction === 'decrease' || !Number.isFinite(input.actual)) return [];
  const flags: ValueFlag[] = [];
  const previous = input.previous;
  if (previous !== null && input.actual < previous) flags.push('decrease');
  if (previous !== null && input.target > 0 && input.actual - previous > input.target) flags.push('jump');
  const isOverTotal =
    (input.kind === 'quantity' && input.target > 0 && input.actual > OVER_TOTAL_FACTOR * input.target) || (input.kind === 'rate' && input.actual > MAX_RATE);
  if (isOverTotal) flags.push('over_total');
  return flags;
}

/** The message shown beside the field; the user must then give a reason (说明原因) to submit. */
export const FLAG_LABELS: Record<ValueFlag, string> = {
  decrease: '本周累计值低于上周，请说明原因',
  jump: '本周新增量超过全部目标值，请核实数据并说明原因',
  over_total: '累计值明显超出目标总量（超过目标的1.5倍，或比率超过100%），请核实数据并说明原因',
  out_of_range: '累计值超出合理范围（负数、比率超过100%或超过目标的10倍），不能提交，请核实后重新填写',
};
