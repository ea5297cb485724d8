import type { TargetKind } from '../targets/target.types';
import type { TargetDirection } from './progress.calculator';

/**
 * Hard bounds of a reported cumulative value: beyond them a number is not a plausible fact but a typing mistake
 * (99,999,999,999,999 against 110座), so it cannot be submitted or accepted whatever reason is given. Within them the
 * soft flags (value-flags.checker.ts) still ask for a reason.
 */
export const HARD_BOUND_FACTOR = 10;
/** No ledger figure of a district or province reaches a trillion; above it even a target-less value is absurd. */
export const ABSOLUTE_LIMIT = 1e12;

export interface ValueBoundInput {
  /** the target's label, named in the message (“新改建充电桩”) */
  label: string;
  unit: string;
  actual: number;
  target: number;
  kind?: TargetKind;
  direction?: TargetDirection;
}

const isShare = (input: Pick<ValueBoundInput, 'kind' | 'unit'>) => input.kind === 'rate' || input.unit === '%';
const show = (n: number) => (Math.abs(n) >= 10_000 ? n.toLocaleString('zh-CN', { maximumFractionDigits: 2 }) : String(n));

/** Whether the value breaks a hard bound (see valueBoundRefusal for the rules). */
export const isBeyondHardBound = (input: Omit<ValueBoundInput, 'label'>) => valueBoundRefusal({ ...input, label: '' }) !== null;

/**
 * Why the value cannot be a fact, in words the unit understands and naming the field; null when it is within bounds.
 * Refused: not a number; a negative cumulative value; a share (比率, %) above 100; an increasing target's value above
 * 10 × the target; anything above a trillion.
 */
export function valueBoundRefusal(input: ValueBoundInput): string | null {
  const { label, unit, actual, target } = input;
  const field = label ? `“${label}”的累计完成值` : '累计完成值';
  if (!Number.isFinite(actual)) return `${field}不是有效的数字，请重新填写。`;
  if (actual < 0) return `${field}不能为负数（填写了 ${show(actual)}），请填写 0 或正数。`;
  if (isShare(input) && actual > 100) return `${field}是比率，不能超过 100%（填写了 ${show(actual)}%），请核实后重新填写。`;
  if (actual > ABSOLUTE_LIMIT || (input.direction !== 'decrease' && target > 0 && actual > HARD_BOUND_FACTOR * target)) {
    return `${field} ${show(actual)}${unit} 超过目标 ${show(target)}${unit} 的 ${HARD_BOUND_FACTOR} 倍，不能提交。请核实是否多输了数字；如确实大幅超额完成，请联系督查室调整目标。`;
  }
  return null;
}
