import { Tag, Tooltip } from 'antd';
import type { ChangeRequest, ReviewStatus } from '../../api/target-api.types';
import { changeSummary } from './change-format.util';
import { STATUS_TAGS } from './target-labels';

/** 待确认 / 已确认 / 已变更, plus 变更待审批 with the proposed values while a change request is open. */
export function ReviewTags({ status, pendingChange, unit }: { status: ReviewStatus; pendingChange: ChangeRequest | null; unit?: string }) {
  const tag = STATUS_TAGS[status];
  return (
    <>
      <Tag color={tag.color}>{tag.label}</Tag>
      {pendingChange && (
        <Tooltip title={`理由：${pendingChange.reason}`}>
          <Tag color="magenta" data-testid="pending-change">
            变更待审批：{changeSummary(pendingChange, unit)}
          </Tag>
        </Tooltip>
      )}
    </>
  );
}
