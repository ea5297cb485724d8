import { List, Space, Tag, Typography } from 'antd';
import type { Meeting } from '../../../contract/meetings.contract';
import { formatDate } from '../../components/date-format.util';
import { MEETING_KIND_COLORS, MEETING_KIND_LABELS } from './meeting-labels';

interface Props {
  items: Meeting[];
  projectNames: Map<number, string>;
  onSelect: (id: number) => void;
}

function ItemCounts({ meeting }: { meeting: Meeting }) {
  const count = (status: string) => meeting.actionItems.filter((i) => i.status === status).length;
  const overdue = count('overdue');
  if (meeting.actionItems.length === 0)
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        无交办事项
      </Typography.Text>
    );
  return (
    <Space wrap size={4}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        交办 {meeting.actionItems.length} 项：
      </Typography.Text>
      {overdue > 0 && <Tag color="error">逾期 {overdue}</Tag>}
      <Tag color="processing">未办结 {count('open')}</Tag>
      <Tag color="success">已办结 {count('done')}</Tag>
    </Space>
  );
}

/** Meetings newest first, wrapping on a phone: kind, date, host, projects, action-item counts. */
export function MeetingList({ items, projectNames, onSelect }: Props) {
  return (
    <List
      dataSource={items}
      locale={{ emptyText: '还没有会议记录' }}
      renderItem={(m) => (
        <List.Item onClick={() => onSelect(m.id)} style={{ cursor: 'pointer' }} data-testid={`meeting-${m.id}`}>
          <Space direction="vertical" size={2} style={{ minWidth: 0, width: '100%' }}>
            <Space wrap size={6}>
              <Tag color={MEETING_KIND_COLORS[m.kind]}>{MEETING_KIND_LABELS[m.kind]}</Tag>
              <Typography.Text strong>{formatDate(m.date)}</Typography.Text>
              <Typography.Text type="secondary">{m.host}</Typography.Text>
            </Space>
            {m.projectIds.length > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
                研究项目：{m.projectIds.map((id) => projectNames.get(id) ?? `#${id}`).join('；')}
              </Typography.Text>
            )}
            <ItemCounts meeting={m} />
          </Space>
        </List.Item>
      )}
    />
  );
}
