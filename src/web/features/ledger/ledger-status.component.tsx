import { Flex, Progress, Tag, Tooltip, Typography } from 'antd';
import type { LedgerItem } from '../../../contract/ledger.contract';
import { PROJECT_STATUS_COLORS, PROJECT_STATUS_LABELS } from '../weekly/weekly-labels';

function percent(fraction: number): number {
  return Math.round(fraction * 1000) / 10;
}

/** 状态: the status colour tag, plus a grey 未报送 tag when this week's update is missing. */
export function LedgerStatusTags({ item }: { item: LedgerItem }) {
  return (
    <Flex wrap gap={4}>
      <Tag color={PROJECT_STATUS_COLORS[item.status]} style={{ marginInlineEnd: 0 }} data-testid="ledger-status">
        {PROJECT_STATUS_LABELS[item.status]}
      </Tag>
      {item.notReported && (
        <Tag color="default" style={{ marginInlineEnd: 0 }}>
          未报送
        </Tag>
      )}
    </Flex>
  );
}

/** 进度: the actual progress bar with a marker at the schedule pace (序时进度) and both figures as text. */
export function LedgerProgress({ item, width }: { item: LedgerItem; width?: number }) {
  const actual = percent(item.progress);
  const expected = percent(item.expected);
  return (
    <Tooltip title={`实际完成 ${actual}%，按序时应完成 ${expected}%`}>
      <div style={{ width: width ?? '100%', maxWidth: '100%' }}>
        <div className="ms-progress">
          <Progress percent={Math.min(actual, 100)} showInfo={false} size="small" strokeColor={PROJECT_STATUS_COLORS[item.status]} style={{ margin: 0 }} />
          <span className="ms-progress-marker" style={{ left: `calc(${Math.min(expected, 100)}% - 1px)` }} aria-hidden />
        </div>
        <Typography.Text style={{ fontSize: 12 }}>
          {actual}%
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {' '}
            · 计划 {expected}%
          </Typography.Text>
        </Typography.Text>
      </div>
    </Tooltip>
  );
}
