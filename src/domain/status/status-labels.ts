import type { ProjectStatus } from './project-status.rules';

/** What the UI and the exports call each status. */
export const STATUS_LABELS: Record<ProjectStatus, string> = {
  completed: '已完成',
  on_track: '序时推进',
  behind: '滞后',
  seriously_behind: '严重滞后',
};

/** 蓝/绿/黄/红 (DESIGN.md §6), as the Ant Design palette writes them so screen and .xlsx match. */
export const STATUS_COLORS: Record<ProjectStatus, string> = {
  completed: '#1677ff',
  on_track: '#52c41a',
  behind: '#faad14',
  seriously_behind: '#ff4d4f',
};

/** The colour words, for places that describe rather than paint (legends, screen readers). */
export const STATUS_COLOR_NAMES: Record<ProjectStatus, string> = {
  completed: '蓝',
  on_track: '绿',
  behind: '黄',
  seriously_behind: '红',
};

/** The not_reported flag: the current weekly update is missing. A flag beside the status, not a status. */
export const NOT_REPORTED_LABEL = '未报送';

/** 灰 for not reported; dark enough to read as text on white. */
export const NOT_REPORTED_COLOR = '#8c8c8c';
