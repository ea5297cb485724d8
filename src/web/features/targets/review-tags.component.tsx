import { Tag, Tooltip, Typography } from 'antd';
import type { ChangeRequest, ReviewStatus } from '../../../contract/targets.contract';
import { changeSummary } from './change-format.util';
import { STATUS_TAGS } from './target-labels';

/** 待确认 / 已确认 / 已变更, plus 变更待审批 while a change request is open. */
export function ReviewTags({ status, pendingChange }: { status: ReviewStatus; pendingChange: ChangeRequest | null }) {
  const tag = STATUS_TAGS[status];
  return (
    <>
      <Tag color={tag.color}>{tag.label}</Tag>
      {pendingChange && (
        <Tooltip title={`理由：${pendingChange.reason}`}>
          <Tag color="magenta" data-testid="pending-change">
            变更待审批
          </Tag>
        </Tooltip>
      )}
    </>
  );
}

/** The values an open change request proposes, on their own line so long changes wrap on a phone. */
export function PendingChangeNote({ change, unit }: { change: ChangeRequest; unit?: string }) {
  return (
    <div style={{ marginTop: 4 }} data-testid="pending-change-note">
      <Typography.Text type="secondary" style={{ fontSize: 13, wordBreak: 'break-word' }}>
        拟变更：{changeSummary(change, unit)}（理由：{change.reason}）
      </Typography.Text>
    </div>
  );
}
