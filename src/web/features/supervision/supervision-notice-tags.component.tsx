import { Tag } from 'antd';
import type { SupervisionNoticeSummary } from '../../../contract/supervision-notices.contract';
import { SUPERVISION_NOTICE_STATUS_COLORS, SUPERVISION_NOTICE_STATUS_LABELS } from './supervision-labels';

/** A notice's state, 逾期 and 挂牌督办 as tags. */
export function SupervisionNoticeTags({ notice }: { notice: Pick<SupervisionNoticeSummary, 'status' | 'isOverdue' | 'escalated'> }) {
  return (
    <>
      <Tag color={SUPERVISION_NOTICE_STATUS_COLORS[notice.status]}>{SUPERVISION_NOTICE_STATUS_LABELS[notice.status]}</Tag>
      {notice.isOverdue && <Tag color="error">逾期</Tag>}
      {notice.escalated && <Tag color="red">挂牌督办</Tag>}
    </>
  );
}
