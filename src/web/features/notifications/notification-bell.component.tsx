import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useUnreadCount } from './use-notifications.query';

/** The header bell: unread count; opens the notification centre. */
export function NotificationBell({ color }: { color: string }) {
  const navigate = useNavigate();
  const unread = useUnreadCount().data?.unread ?? 0;
  return (
    <Badge count={unread} size="small" offset={[-6, 6]} overflowCount={99}>
      <Button
        type="text"
        data-testid="notification-bell"
        aria-label={unread ? `通知（${unread} 条未读）` : '通知'}
        icon={<BellOutlined style={{ color, fontSize: 18 }} />}
        onClick={() => void navigate('/notifications')}
      />
    </Badge>
  );
}
