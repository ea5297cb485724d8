import { shanghaiDate } from '../../../domain/calendar';

const FIELD_LABELS: Record<string, string> = { value: '目标值', unit: '单位', label: '指标', dueDate: '完成时限', title: '节点' };
/** Fields of the monthly plan (计划进度): shown as one phrase, not as numbers. */
const PLAN_FIELDS = new Set(['trajectory', 'trajectoryShape']);

/**
 * One side of a change, naming only the fields that changed: `{ value: 110, unit: '座' }` → "110座", a date as
 * "完成时限：…", the monthly plan as "计划进度（已调整）".
 */
function describeSide(fields: Record<string, unknown>, changed: string[], unit: string | null): string {
  const parts: string[] = [];
  for (const key of changed) {
    const value = fields[key];
    if (key === 'value') parts.push(`${String(value)}${typeof fields.unit === 'string' ? fields.unit : (unit ?? '')}`);
    else if (key === 'unit' && changed.includes('value')) continue;
    else if (PLAN_FIELDS.has(key)) {
      if (!parts.includes('计划进度（已调整）')) parts.push('计划进度（已调整）');
    } else parts.push(`${FIELD_LABELS[key] ?? key}：${value === null || value === undefined ? '无' : String(value)}`);
  }
  return parts.join('，');
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
  const differing = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  // a new target value rescales its monthly plan: the value says it all
  const changed = differing.includes('value') ? differing.filter((k) => !PLAN_FIELDS.has(k)) : differing;
  return {
    what: row.target_label ?? row.milestone_title ?? '目标',
    before: describeSide(before, changed, row.target_unit),
    after: describeSide(after, changed, row.target_unit),
    reason: row.reason,
    decidedOn: row.decided_at ? shanghaiDate(row.decided_at) : null,
  };
}
