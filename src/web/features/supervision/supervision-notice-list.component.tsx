import { List, Space, Typography } from 'antd';
import type { SupervisionNoticeSummary } from '../../../contract/supervision-notices.contract';
import { formatDate } from '../../components/date-format.util';
import { SupervisionNoticeTags } from './supervision-notice-tags.component';

/** 督办单 as a list that wraps on a phone: number and subject, project, unit, deadline and state. */
export function SupervisionNoticeList({ items, onSelect }: { items: SupervisionNoticeSummary[]; onSelect: (id: number) => void }) {
  return (
    <List
      dataSource={items}
      locale={{ emptyText: '没有督办单' }}
      renderItem={(item) => (
        <List.Item onClick={() => onSelect(item.id)} style={{ cursor: 'pointer' }} data-testid="supervision-notice-item">
          <Space orientation="vertical" size={2} style={{ minWidth: 0, width: '100%' }}>
            <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
              {item.number} {item.subject}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere', fontSize: 13 }}>
              {`${item.project.seq}. ${item.project.name}`} · 承办：{item.unitName}
            </Typography.Text>
            <Space wrap size={4}>
              <SupervisionNoticeTags notice={item} />
              <Typography.Text type={item.isOverdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                {formatDate(item.deadline)} 前办结
              </Typography.Text>
            </Space>
          </Space>
        </List.Item>
      )}
    />
  );
}
