import { Card, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate } from '../../components/date-format.util';
import { PageLoading } from '../../components/page-loading.component';
import { QueryError } from '../../components/query-error.component';
import { ActionItemList } from './action-item-list.component';
import { MEETING_KIND_LABELS } from './meeting-labels';
import { useMyActionItems } from './use-meetings.query';

/** 交办事项 of the signed-in user's unit (GET /me/action-items): overdue first, each with 办结 and a link to its meeting. */
export function MyActionItems() {
  const query = useMyActionItems();
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data.items;
  const overdue = items.filter((i) => i.status === 'overdue').length;
  const open = items.filter((i) => i.status !== 'done').length;
  return (
    <Card
      size="small"
      title="交办事项"
      extra={
        <Typography.Text type={overdue > 0 ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          {overdue > 0 ? `逾期 ${overdue} 项，` : ''}未办结 {open} 项
        </Typography.Text>
      }
      data-testid="my-action-items"
    >
      <ActionItemList
        items={items}
        emptyText="本单位没有交办事项"
        extra={(item) => (
          <Link to={`/plans/${item.planId}/meetings?meeting=${item.meeting.id}`} style={{ fontSize: 12 }}>
            来自{formatDate(item.meeting.date)}
            {MEETING_KIND_LABELS[item.meeting.kind]}（{item.meeting.host}）
          </Link>
        )}
      />
    </Card>
  );
}
