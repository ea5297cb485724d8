import type { BlockerKind, BlockerStatus, GreenChannelStatus } from '../../../contract/blockers.contract';

export const BLOCKER_KIND_LABELS: Record<BlockerKind, string> = {
  approval: '审批手续',
  funding: '资金',
  land: '用地',
  coordination: '协调',
  other: '其他',
};

export const BLOCKER_STATUS_LABELS: Record<BlockerStatus, string> = {
  open: '待解决',
  in_progress: '处理中',
  resolved: '已解决',
  closed: '已关闭',
};

export const BLOCKER_STATUS_COLORS: Record<BlockerStatus, string> = {
  open: 'error',
  in_progress: 'processing',
  resolved: 'success',
  closed: 'default',
};

export const GREEN_CHANNEL_STATUS_LABELS: Record<GreenChannelStatus, string> = {
  requested: '待受理',
  accepted: '已受理',
  answered: '已答复',
  closed: '已办结',
};

export const GREEN_CHANNEL_STATUS_COLORS: Record<GreenChannelStatus, string> = {
  requested: 'processing',
  accepted: 'processing',
  answered: 'success',
  closed: 'default',
};
