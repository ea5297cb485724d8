import { Card, List, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate } from '../../components/date-format.util';
import { SupervisionNoticeTags } from './supervision-notice-tags.component';
import { usePlanSupervisionNotices } from './use-supervision-notices.query';

/** On 我的待办: 督办单 addressed to my unit that still wait for it (签收 or 反馈), compact, phone first. */
export function MySupervisionNotices({ planId }: { planId: number }) {
  const query = usePlanSupervisionNotices(planId, { status: 'open' });
  const items = (query.data?.items ?? []).filter((n) => n.permissions.canSign || n.permissions.canRespond);
  if (items.length === 0) return null;
  return (
    <Card size="small" title={`督办单（${items.length}）`} data-testid="my-supervision-notices">
      <List
        size="small"
        dataSource={items}
        renderItem={(n) => (
          <List.Item>
            <Space orientation="vertical" size={2} style={{ minWidth: 0, width: '100%' }}>
              <Link to={`/plans/${planId}/supervision?notice=${n.id}`} style={{ overflowWrap: 'anywhere' }}>
                {n.number} {n.subject}
              </Link>
              <Space wrap size={4}>
                <SupervisionNoticeTags notice={n} />
                <Typography.Text type={n.isOverdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                  {formatDate(n.deadline)} 前{n.permissions.canSign ? '签收办理' : '反馈'}
                </Typography.Text>
              </Space>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
