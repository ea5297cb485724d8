import type { TargetKind } from '../targets/target.types';

export interface TargetFields {
  label: string;
  value: number;
  unit: string;
  kind: TargetKind;
}

/**
 * What is wrong with a target as a user typed it, in Chinese, or null when it can be saved.
 * A promise must be measurable: a name, a positive number and the unit it is counted in.
 */
export function targetFieldsProblem(t: TargetFields): { field: keyof TargetFields; message: string } | null {
  if (!t.label.trim()) return { field: 'label', message: '请填写指标名称，如“新改建充电桩”。' };
  if (!Number.isFinite(t.value)) return { field: 'value', message: '目标值必须是数字。' };
  if (t.value < 0) return { field: 'value', message: `目标值不能为负数（现为 ${t.value}）。如是“降低”类指标，请填正数并把方向设为“越小越好”。` };
  if (t.value === 0) return { field: 'value', message: '目标值不能为 0，请填写要完成的数量或比例。' };
  if (!t.unit.trim()) return { field: 'unit', message: '请填写单位，如 座、个、人、公里、%、元。' };
  if ((t.kind === 'rate' || t.kind === 'increase') && t.unit.trim() !== '%') {
    return { field: 'unit', message: `“${t.kind === 'rate' ? '比率' : '提高幅度'}”类指标的单位应为 %。` };
  }
  if (t.kind === 'rate' && t.value > 100) return { field: 'value', message: `比率不能超过 100%（现为 ${t.value}%）。` };
  return null;
}

/** Targets whose progress is tracked month by month (a 'standard' such as 每人每年2元 is only shown). */
export const isTracked = (kind: TargetKind) => kind !== 'standard';
