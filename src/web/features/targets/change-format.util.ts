import type { ChangeRequest } from '../../../contract/targets.contract';
import { formatDate } from '../../components/date-format.util';
import { CHANGE_FIELD_LABELS, formatNumber, SHAPE_OPTIONS } from './target-labels';

const SHAPE_LABELS: Record<string, string> = Object.fromEntries(SHAPE_OPTIONS.map((option) => [option.value, option.label]));

/** One changed field of a change request, ready to show as `原值 → 新值`. */
export interface ChangedField {
  field: string;
  label: string;
  before: string;
  after: string;
}

function formatField(field: string, value: unknown, unit: string): string {
  if (value === null || value === undefined || value === '') return '未设定';
  if (field === 'trajectoryShape' && typeof value === 'string') return SHAPE_LABELS[value] ?? value;
  if (field === 'value' && typeof value === 'number') return `${formatNumber(value)}${unit}`;
  if (field === 'dueDate' && typeof value === 'string') return formatDate(value);
  if (field === 'trajectory' && Array.isArray(value)) return describeTrajectory(value, unit);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A planned curve in a few words: where it stands mid-way and at the end. */
function describeTrajectory(points: unknown[], unit: string): string {
  const valueAt = (point: unknown) => (typeof point === 'object' && point !== null && 'value' in point && typeof point.value === 'number' ? point.value : null);
  const middle = valueAt(points[Math.floor((points.length - 1) / 2)]);
  const last = valueAt(points[points.length - 1]);
  if (middle === null || last === null) return `${points.length}个月的计划`;
  return `年中${formatNumber(middle)}${unit}，期末${formatNumber(last)}${unit}`;
}

function unitOf(values: Record<string, unknown>): string | null {
  return typeof values.unit === 'string' ? values.unit : null;
}

/**
 * The fields a change request really changes, in the order of its `after` object, with values the way people write
 * them; the server may send whole snapshots, so fields equal before and after are left out.
 */
export function describeChange(change: Pick<ChangeRequest, 'before' | 'after'>, fallbackUnit = ''): ChangedField[] {
  const beforeUnit = unitOf(change.before) ?? unitOf(change.after) ?? fallbackUnit;
  const afterUnit = unitOf(change.after) ?? beforeUnit;
  const isChanged = (field: string) => JSON.stringify(change.before[field]) !== JSON.stringify(change.after[field]);
  // A new value or due date re-plans the months of the same shape; listing the curve too would only repeat it.
  const isDerived = (field: string) => field === 'trajectory' && !isChanged('trajectoryShape') && (isChanged('value') || isChanged('dueDate'));
  const fields = Object.keys(change.after).filter((field) => isChanged(field) && !isDerived(field));
  return fields.map((field) => ({
    field,
    label: CHANGE_FIELD_LABELS[field] ?? field,
    before: formatField(field, change.before[field], beforeUnit),
    after: formatField(field, change.after[field], afterUnit),
  }));
}

/** `目标值 110座 → 120座；完成时限 …` in one line, for tags and tooltips. */
export function changeSummary(change: Pick<ChangeRequest, 'before' | 'after'>, fallbackUnit = ''): string {
  return describeChange(change, fallbackUnit)
    .map((item) => `${item.label} ${item.before} → ${item.after}`)
    .join('；');
}
