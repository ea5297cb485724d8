import { Button, Dropdown, Flex, Typography } from 'antd';
import { KeyOutlined, LogoutOutlined, MenuOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import type { Me } from '../../contract/auth.contract';
import { NON_STAFF_ROLES } from '../../contract/common.contract';
import { ROLE_LABELS } from '../features/auth/role-labels';
import { useLogout } from '../features/auth/use-session.query';
import { NotificationBell } from '../features/notifications/notification-bell.component';

interface AppHeaderProps {
  user: Me;
  isPhone: boolean;
  onOpenMenu: () => void;
}

const HEADER_TEXT = '#ffffff';

/** Top bar: product name, the notification bell, who is signed in (name + role), 通知设置, 修改密码 and 退出. */
export function AppHeader({ user, isPhone, onOpenMenu }: AppHeaderProps) {
  const navigate = useNavigate();
  const logout = useLogout();
  const signOut = () => logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });
  const roleLabel = ROLE_LABELS[user.role];
  // 人大代表 and the 安全/审计管理员 see only their one page: no menu, no notifications
  const isStaff = !NON_STAFF_ROLES.includes(user.role);

  return (
    <Flex align="center" justify="space-between" gap={8} style={{ height: '100%' }}>
      <Flex align="center" gap={8} className="ms-shrink">
        {isPhone && isStaff && (
          <Button type="text" aria-label="打开菜单" icon={<MenuOutlined style={{ color: HEADER_TEXT, fontSize: 18 }} />} onClick={onOpenMenu} />
        )}
        <Link to="/" style={{ color: HEADER_TEXT, fontSize: isPhone ? 16 : 18, fontWeight: 600, whiteSpace: 'nowrap' }}>
          民生实事督办平台
        </Link>
      </Flex>
      <Flex align="center" gap={4}>
        {isStaff && <NotificationBell color={HEADER_TEXT} />}
        {isPhone ? (
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'who', label: `${user.displayName}（${roleLabel}）`, disabled: true },
                { type: 'divider' },
                { key: 'password', icon: <KeyOutlined />, label: '修改密码' },
                ...(isStaff ? [{ key: 'notifications', icon: <SettingOutlined />, label: '通知设置' }] : []),
                { key: 'logout', icon: <LogoutOutlined />, label: '退出' },
              ],
              onClick: ({ key }) => (key === 'logout' ? signOut() : void navigate(key === 'notifications' ? '/notifications/settings' : '/account/password')),
            }}
          >
            <Button type="text" aria-label="账号" icon={<UserOutlined style={{ color: HEADER_TEXT, fontSize: 18 }} />} />
          </Dropdown>
        ) : (
          <Flex align="center" gap={4}>
            <Typography.Text style={{ color: HEADER_TEXT, marginInlineEnd: 8 }} data-testid="current-user">
              <UserOutlined /> {user.displayName}
              <span style={{ opacity: 0.75 }}>（{roleLabel}）</span>
            </Typography.Text>
            {isStaff && (
              <Link to="/notifications/settings">
                <Button type="text" icon={<SettingOutlined />} style={{ color: HEADER_TEXT }} aria-label="通知设置" />
              </Link>
            )}
            <Link to="/account/password">
              <Button type="text" icon={<KeyOutlined />} style={{ color: HEADER_TEXT }}>
                修改密码
              </Button>
            </Link>
            <Button type="text" icon={<LogoutOutlined />} style={{ color: HEADER_TEXT }} loading={logout.isPending} onClick={signOut}>
              退出
            </Button>
          </Flex>
        )}
      </Flex>
    </Flex>
  );
}
