import { SettingOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Segmented } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageLoading } from '../components/page-loading.component';
import { QueryError } from '../components/query-error.component';
import { NotificationList } from '../features/notifications/notification-list.component';
import { useMarkRead, useNotifications } from '../features/notifications/use-notifications.query';

/** 通知中心: the user's notifications, unread first in colour; 全部已读; a link to the channel settings. */
export default function NotificationsPage() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const query = useNotifications(unreadOnly);
  const markRead = useMarkRead();
  const unread = query.data?.unread ?? 0;
  return (
    <Card
      size="small"
      title={`通知${unread ? `（${unread} 条未读）` : ''}`}
      extra={
        <Link to="/notifications/settings">
          <Button type="link" size="small" icon={<SettingOutlined />}>
            通知设置
          </Button>
        </Link>
      }
    >
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 8 }}>
        <Segmented<'all' | 'unread'>
          options={[
            { label: '全部', value: 'all' },
            { label: '未读', value: 'unread' },
          ]}
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => setUnreadOnly(v === 'unread')}
        />
        <Button size="small" disabled={!unread} loading={markRead.isPending} onClick={() => markRead.mutate('all')}>
          全部标为已读
        </Button>
      </Flex>
      {query.isPending ? (
        <PageLoading />
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <NotificationList items={query.data.items} />
      )}
    </Card>
  );
}
