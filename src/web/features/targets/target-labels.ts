import type { ChangeRequestStatus, ReviewStatus, Target, TargetDirection, TargetKind, TrajectoryShape } from '../../../contract/targets.contract';

export const KIND_LABELS: Record<TargetKind, string> = {
  quantity: '数量',
  rate: '比率',
  increase: '提高幅度',
  standard: '标准',
};

export const KIND_OPTIONS = (Object.keys(KIND_LABELS) as TargetKind[]).map((kind) => ({
  value: kind,
  label: KIND_LABELS[kind],
}));

export const DIRECTION_OPTIONS: Array<{ value: TargetDirection; label: string }> = [
  { value: 'increase', label: '越大越好' },
  { value: 'decrease', label: '越小越好' },
];

export const STATUS_TAGS: Record<ReviewStatus, { label: string; color: string }> = {
  proposed: { label: '待确认', color: 'orange' },
  confirmed: { label: '已确认', color: 'green' },
  changed: { label: '已变更', color: 'purple' },
};

export const SHAPE_OPTIONS: Array<{ value: TrajectoryShape; label: string }> = [
  { value: 'linear', label: '均匀推进' },
  { value: 'front_loaded', label: '前快后慢' },
  { value: 'back_loaded', label: '前慢后快' },
  { value: 'custom', label: '按月填写' },
];

export const CHANGE_STATUS_TAGS: Record<ChangeRequestStatus, { label: string; color: string }> = {
  pending: { label: '待审批', color: 'gold' },
  approved: { label: '已批准', color: 'green' },
  rejected: { label: '已驳回', color: 'red' },
};

/** Field names of a change request's before/after objects, as the reviewer reads them. */
export const CHANGE_FIELD_LABELS: Record<string, string> = {
  label: '指标名称',
  value: '目标值',
  unit: '单位',
  dueDate: '完成时限',
  trajectory: '计划进度',
  trajectoryShape: '推进方式',
  title: '节点名称',
};

/** Quantity and rate targets are tracked month by month; increases and standards are not. */
export function hasTrajectory(target: Pick<Target, 'kind'>): boolean {
  return target.kind === 'quantity' || target.kind === 'rate';
}

/** 113000 → 11.3万, 150 → 150: large counts read the way the notice writes them. */
export function formatNumber(value: number): string {
  if (Math.abs(value) >= 100000 && value % 100 === 0) return `${Number((value / 10000).toFixed(4))}万`;
  return String(Number(value.toFixed(4)));
}

/** `110` + `座` → `110座`; with the notice's qualifier: `不少于150场`, `约11.3万人`, `提高7.5%`. */
export function formatTargetValue(target: Pick<Target, 'value' | 'unit' | 'isMin' | 'isApprox'> & { kind?: TargetKind }): string {
  const qualifier = target.isMin ? '不少于' : target.isApprox ? '约' : '';
  const verb = target.kind === 'increase' ? '提高' : '';
  return `${verb}${qualifier}${formatNumber(target.value)}${target.unit}`;
}

/** Chart axis label of a `YYYY-MM` month: `3月`, or `2025年1月` when the series crosses a year. */
export function monthLabel(month: string, withYear: boolean): string {
  const [year, monthNumber] = month.split('-');
  return withYear ? `${year}年${Number(monthNumber)}月` : `${Number(monthNumber)}月`;
}

/** Whether the chart also draws the locked original promise: only once an approved change moved the plan. */
export function showsBaseline(target: Target): boolean {
  return target.status === 'changed' && target.baseline !== null && target.baseline.trajectory.length > 0;
}
