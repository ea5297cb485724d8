import type { TodoStatus, ValueFlag } from '../../../contract/weekly.contract';
import type { ProjectStatus } from '../../../contract/ledger.contract';

/** 周台账 states as a unit user reads them. */
export const WEEKLY_STATUS_LABELS: Record<TodoStatus, string> = {
  none: '未填报',
  draft: '草稿',
  submitted: '已报送',
  returned: '已退回',
  accepted: '已通过',
};

export const WEEKLY_STATUS_COLORS: Record<TodoStatus, string> = {
  none: 'default',
  draft: 'processing',
  submitted: 'cyan',
  returned: 'error',
  accepted: 'success',
};

/** Why the server flagged a value; the 督查室 sees the same words. */
export const FLAG_LABELS: Record<ValueFlag, string> = {
  decrease: '低于上周',
  jump: '异常跳增',
  over_total: '超出目标总量',
  out_of_range: '超出合理范围，不能提交',
};

export function flagLabel(flag: string): string {
  return flag in FLAG_LABELS ? FLAG_LABELS[flag as ValueFlag] : flag;
}

/** Project status against the schedule pace (序时进度), colours as DESIGN.md §6. */
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  completed: '已完成',
  on_track: '序时推进',
  behind: '滞后',
  seriously_behind: '严重滞后',
};

export const PROJECT_STATUS_COLORS: Record<ProjectStatus, string> = {
  completed: '#1677ff',
  on_track: '#52c41a',
  behind: '#faad14',
  seriously_behind: '#ff4d4f',
};

/** Filter choices: the four statuses plus the 未报送 flag. */
export type StatusFilter = ProjectStatus | 'not_reported';

export const STATUS_FILTER_OPTIONS: { value: StatusFilter; label: string }[] = [
  { value: 'completed', label: '已完成' },
  { value: 'on_track', label: '序时推进' },
  { value: 'behind', label: '滞后' },
  { value: 'seriously_behind', label: '严重滞后' },
  { value: 'not_reported', label: '未报送' },
];

export function isStatusFilter(value: string | null): value is StatusFilter {
  return STATUS_FILTER_OPTIONS.some((option) => option.value === value);
}
