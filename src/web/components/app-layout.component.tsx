import { useEffect, useState } from 'react';
import { Button, Drawer, Grid, Layout, Result } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { errorMessage } from '../api/http-client';
import { CurrentUserContext } from '../features/auth/current-user.context';
import { NON_STAFF_HOME } from '../../contract/common.contract';
import { ROLE_LABELS } from '../features/auth/role-labels';
import { useMe } from '../features/auth/use-session.query';
import { AppHeader } from './app-header.component';
import { AppMenu } from './app-menu.component';
import { PageLoading } from './page-loading.component';

const HEADER_BG = '#123a6b';

/** The signed-in shell: top bar, side menu (a drawer on phones) and the routed page. */
export default function AppLayout() {
  const me = useMe();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const isPhone = screens.md === false;
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => setMenuOpen(false), [pathname]);

  if (me.isPending) return <PageLoading />;
  if (me.isError) {
    // A 401 has already sent the user to /login; anything else gets a way to retry.
    return (
      <Result status="warning" title="无法加载账号信息" subTitle={errorMessage(me.error)} extra={<Button onClick={() => void me.refetch()}>重试</Button>} />
    );
  }
  const user = me.data;
  if (user.mustChangePassword && pathname !== '/account/password') {
    return <Navigate to="/account/password" replace />;
  }
  // 人大代表 and the 安全/审计管理员 never see the business pages: their one page and their password, and no menu.
  const home = NON_STAFF_HOME[user.role];
  if (home && pathname !== home && pathname !== '/account/password') return <Navigate to={home} replace />;
  const showMenu = !home;

  return (
    <CurrentUserContext.Provider value={user}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header style={{ background: HEADER_BG, paddingInline: isPhone ? 8 : 24, height: 56, lineHeight: '56px' }}>
          <AppHeader user={user} isPhone={isPhone} onOpenMenu={() => setMenuOpen(true)} />
        </Layout.Header>
        <Layout hasSider={!isPhone}>
          {!isPhone && showMenu && (
            <Layout.Sider width={200} theme="light" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
              <AppMenu user={user} />
            </Layout.Sider>
          )}
          <Layout.Content className="ms-shrink" style={{ padding: isPhone ? 12 : 24 }}>
            <Outlet />
          </Layout.Content>
        </Layout>
        {isPhone && showMenu && (
          <Drawer
            title="民生实事督办平台"
            placement="left"
            size={260}
            open={menuOpen}
            onClose={() => setMenuOpen(false)}
            styles={{ body: { padding: 0 } }}
            footer={`${user.displayName}（${ROLE_LABELS[user.role]}）`}
          >
            <AppMenu user={user} onNavigate={() => setMenuOpen(false)} />
          </Drawer>
        )}
      </Layout>
    </CurrentUserContext.Provider>
  );
}
