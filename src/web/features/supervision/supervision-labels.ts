import type { SupervisionNoticeAction, SupervisionNoticeStatus } from '../../../contract/supervision-notices.contract';
import { beijingTime } from '../../components/date-format.util';
export { SUPERVISION_NOTICE_STATUS_LABELS } from '../../../contract/supervision-notices.contract';

/** Today in Beijing (the server judges deadlines by it, whatever the device's time zone). */
export const beijingToday = () => beijingTime(new Date()).format('YYYY-MM-DD');

export const SUPERVISION_NOTICE_STATUS_COLORS: Record<SupervisionNoticeStatus, string> = {
  issued: 'orange',
  signed: 'processing',
  responded: 'purple',
  returned: 'magenta',
  closed: 'success',
};

/** How each step reads on the timeline. */
export const SUPERVISION_NOTICE_ACTION_LABELS: Record<SupervisionNoticeAction, string> = {
  issue: '下发督办单',
  sign: '签收',
  respond: '反馈办理情况',
  return: '复核退回',
  close: '复核办结',
  escalate: '逾期升级，挂牌督办',
};
