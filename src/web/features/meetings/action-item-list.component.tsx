import type { ReactNode } from 'react';
import { useState } from 'react';
import { Button, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { ActionItem } from '../../../contract/meetings.contract';
import { formatDate, formatDateTime } from '../../components/date-format.util';
import { CloseActionItemModal } from './close-action-item.modal';
import { ACTION_ITEM_STATUS_COLORS, ACTION_ITEM_STATUS_LABELS } from './meeting-labels';

interface Props<T extends ActionItem> {
  items: T[];
  /** a line under each item, e.g. the meeting it came from */
  extra?: (item: T) => ReactNode;
  emptyText?: string;
}

/** 交办事项: owner unit, 办结时限, status (逾期 in red), evidence once closed, and 办结 for who may close. */
export function ActionItemList<T extends ActionItem>({ items, extra, emptyText = '没有交办事项' }: Props<T>) {
  const [closing, setClosing] = useState<ActionItem | null>(null);
  return (
    <>
      <List
        size="small"
        dataSource={items}
        locale={{ emptyText }}
        renderItem={(item) => (
          <List.Item
            data-testid={`action-item-${item.id}`}
            actions={
              item.permissions.canClose
                ? [
                    <Button key="close" size="small" type="primary" ghost onClick={() => setClosing(item)}>
                      办结
                    </Button>,
                  ]
                : []
            }
          >
            <Space direction="vertical" size={2} style={{ minWidth: 0, width: '100%' }}>
              <Typography.Text strong style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                {item.title}
              </Typography.Text>
              <Space wrap size={4}>
                <Tag color={ACTION_ITEM_STATUS_COLORS[item.status]}>{ACTION_ITEM_STATUS_LABELS[item.status]}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  责任单位：{item.ownerUnitName}
                </Typography.Text>
                <Typography.Text type={item.status === 'overdue' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                  办结时限：{formatDate(item.deadline)}
                </Typography.Text>
              </Space>
              {item.projectId !== null && (
                <Link to={`/projects/${item.projectId}`} style={{ fontSize: 12 }}>
                  {item.projectName ?? '关联项目'}
                </Link>
              )}
              {item.status === 'done' && (
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'pre-wrap' }}>
                  办结情况：{item.closingEvidence}（{item.closedBy}，{formatDateTime(item.closedAt)}）
                </Typography.Text>
              )}
              {extra?.(item)}
            </Space>
          </List.Item>
        )}
      />
      <CloseActionItemModal item={closing} onClose={() => setClosing(null)} />
    </>
  );
}
