import { List, Space, Tag, Typography } from 'antd';
import type { BlockerListItem } from '../../../contract/blockers.contract';
import { formatDateTime } from '../../components/date-format.util';
import { BLOCKER_KIND_LABELS, BLOCKER_STATUS_COLORS, BLOCKER_STATUS_LABELS } from './blocker-labels';

interface Props {
  items: BlockerListItem[];
  projectNames: Map<number, string>;
  onSelect: (id: number) => void;
}

/** Blockers as a list that wraps on a phone: project, kind, status, when raised, and 待我答复 for a co-unit. */
export function BlockerList({ items, projectNames, onSelect }: Props) {
  return (
    <List
      dataSource={items}
      locale={{ emptyText: '没有堵点卡点' }}
      renderItem={(item) => (
        <List.Item onClick={() => onSelect(item.id)} style={{ cursor: 'pointer' }}>
          <Space orientation="vertical" size={2} style={{ minWidth: 0, width: '100%' }}>
            <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
              {projectNames.get(item.projectId) ?? `项目 #${item.projectId}`}
            </Typography.Text>
            <Space wrap size={4}>
              {item.awaitingMyUnit && <Tag color="warning">待我答复</Tag>}
              <Tag color={BLOCKER_STATUS_COLORS[item.status]}>{BLOCKER_STATUS_LABELS[item.status]}</Tag>
              <Tag>{BLOCKER_KIND_LABELS[item.kind]}</Tag>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(item.raisedAt)} 提出
                {item.resolvedAt && `，${formatDateTime(item.resolvedAt)} 办结`}
              </Typography.Text>
            </Space>
          </Space>
        </List.Item>
      )}
    />
  );
}
