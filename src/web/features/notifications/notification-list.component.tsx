import { Button, Empty, List, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { NotificationItem } from '../../../contract/notifications.contract';
import { formatDateTime } from '../../components/date-format.util';
import { useMarkRead } from './use-notifications.query';

/** Notifications newest first; a click marks the item read and opens the thing it is about. */
export function NotificationList({ items }: { items: NotificationItem[] }) {
  const navigate = useNavigate();
  const markRead = useMarkRead();
  if (!items.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无通知" />;
  const open = (n: NotificationItem) => {
    if (!n.readAt) markRead.mutate(n.id);
    void navigate(n.link);
  };
  return (
    <List<NotificationItem>
      dataSource={items}
      renderItem={(n) => (
        <List.Item
          data-testid="notification-item"
          style={{ cursor: 'pointer', background: n.readAt ? undefined : '#f0f7ff', paddingInline: 8 }}
          onClick={() => open(n)}
          actions={
            n.readAt
              ? []
              : [
                  <Button
                    key="read"
                    size="small"
                    type="link"
                    onClick={(e) => {
                      e.stopPropagation();
                      markRead.mutate(n.id);
                    }}
                  >
                    标为已读
                  </Button>,
                ]
          }
        >
          <div className="ms-shrink" style={{ minWidth: 0 }}>
            <div>
              <Tag color={n.readAt ? 'default' : 'blue'}>{n.kindLabel}</Tag>
              <Typography.Text strong={!n.readAt} style={{ wordBreak: 'break-all' }}>
                {n.title}
              </Typography.Text>
            </div>
            {n.body && (
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', wordBreak: 'break-all' }} ellipsis={{ rows: 2 }}>
                {n.body}
              </Typography.Paragraph>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(n.createdAt)}
            </Typography.Text>
          </div>
        </List.Item>
      )}
    />
  );
}
