import type { ChangeRequest } from '../../api/target-api.types';
import { formatDate } from '../../components/date-format.util';
import { CHANGE_FIELD_LABELS, formatNumber } from './target-labels';

/** One changed field of a change request, ready to show as `原值 → 新值`. */
export interface ChangedField {
  field: string;
  label: string;
  before: string;
  after: string;
}

function formatField(field: string, value: unknown, unit: string): string {
  if (value === null || value === undefined || value === '') return '未设定';
  if (field === 'value' && typeof value === 'number') return `${formatNumber(value)}${unit}`;
  if (field === 'dueDate' && typeof value === 'string') return formatDate(value);
  if (field === 'trajectory' && Array.isArray(value)) return `按月计划（${value.length}个月）`;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function unitOf(values: Record<string, unknown>): string | null {
  return typeof values.unit === 'string' ? values.unit : null;
}

/** The fields a change request touches, in the order of its `after` object, with values the way people write them. */
export function describeChange(change: Pick<ChangeRequest, 'before' | 'after'>, fallbackUnit = ''): ChangedField[] {
  const beforeUnit = unitOf(change.before) ?? unitOf(change.after) ?? fallbackUnit;
  const afterUnit = unitOf(change.after) ?? beforeUnit;
  return Object.keys(change.after).map((field) => ({
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
