import type { ActionItemStatus, MeetingKind } from '../../../contract/meetings.contract';

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  weekly: '周例会',
  topic: '专题会议',
};

export const MEETING_KIND_COLORS: Record<MeetingKind, string> = {
  weekly: 'blue',
  topic: 'purple',
};

export const ACTION_ITEM_STATUS_LABELS: Record<ActionItemStatus, string> = {
  overdue: '逾期',
  open: '未办结',
  done: '已办结',
};

export const ACTION_ITEM_STATUS_COLORS: Record<ActionItemStatus, string> = {
  overdue: 'error',
  open: 'processing',
  done: 'success',
};
