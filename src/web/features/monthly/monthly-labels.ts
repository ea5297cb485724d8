import type { MonthlyStatus } from '../../../contract/reports.contract';

export const MONTHLY_STATUS_LABELS: Record<MonthlyStatus, string> = {
  draft: '草稿',
  submitted: '已提交，待审核',
  returned: '已退回',
  accepted: '已通过',
};

export const MONTHLY_STATUS_COLORS: Record<MonthlyStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'error',
  accepted: 'success',
};

/** At most this many photos go with a monthly report (the server checks it too). */
export const MAX_MONTHLY_PHOTOS = 9;
