import { shanghaiDate } from '../../../domain/calendar';

const FIELD_LABELS: Record<string, string> = { value: '目标值', unit: '单位', label: '指标', dueDate: '完成时限', title: '节点', trajectory: '计划进度' };

/** `{ value: 110 }` → "110座"; other fields by name; the trajectory (monthly plan) only as "已调整". */
function describeSide(fields: Record<string, unknown>, unit: string | null): string {
  return Object.entries(fields)
    .map(([key, value]) => {
      if (key === 'value') return `${String(value)}${typeof fields.unit === 'string' ? fields.unit : (unit ?? '')}`;
      if (key === 'unit' && 'value' in fields) return null;
      if (key === 'trajectory') return '计划进度已调整';
      return `${FIELD_LABELS[key] ?? key}：${String(value)}`;
    })
    .filter((text): text is string => text !== null)
    .join('，');
}

export interface ApprovedChangeRow {
  before_json: string;
  after_json: string;
  reason: string;
  decided_at: string | null;
  target_label: string | null;
  target_unit: string | null;
  milestone_title: string | null;
}

/** An approved change as the public reads it: what, from what to what, why, when. */
export function describeChange(row: ApprovedChangeRow) {
  const before = JSON.parse(row.before_json) as Record<string, unknown>;
  const after = JSON.parse(row.after_json) as Record<string, unknown>;
  return {
    what: row.target_label ?? row.milestone_title ?? '目标',
    before: describeSide(before, row.target_unit),
    after: describeSide(after, row.target_unit),
    reason: row.reason,
    decidedOn: row.decided_at ? shanghaiDate(row.decided_at) : null,
  };
}
