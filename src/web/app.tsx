import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { setAuthRedirectHandler } from './api/http-client';
import { PageLoading } from './components/page-loading.component';
import { RequireRole } from './components/require-role.component';

// Every page is its own chunk: the login page never downloads the back-office or admin code.
const AppLayout = lazy(() => import('./components/app-layout.component'));
const LoginPage = lazy(() => import('./pages/login.page'));
const HomePage = lazy(() => import('./pages/home.page'));
const PlanOverviewPage = lazy(() => import('./pages/plan-overview.page'));
const ProjectDetailPage = lazy(() => import('./pages/project-detail.page'));
const PlanTargetsPage = lazy(() => import('./pages/plan-targets.page'));
const PlanChangesPage = lazy(() => import('./pages/plan-changes.page'));
const TodoPage = lazy(() => import('./pages/todo.page'));
const WeeklyFormPage = lazy(() => import('./pages/weekly-form.page'));
const PlanReviewPage = lazy(() => import('./pages/plan-weekly-review.page'));
const PlanLedgerPage = lazy(() => import('./pages/plan-ledger.page'));
const PlanBulletinsPage = lazy(() => import('./pages/plan-bulletins.page'));
const PlanBlockersPage = lazy(() => import('./pages/plan-blockers.page'));
const PlanInspectionsPage = lazy(() => import('./pages/plan-inspections.page'));
const PlanMeetingsPage = lazy(() => import('./pages/plan-meetings.page'));
const PlanSupervisionPage = lazy(() => import('./pages/plan-supervision.page'));
const LeaderPage = lazy(() => import('./pages/leader.page'));
const AdminWorkdaysPage = lazy(() => import('./pages/admin-workdays.page'));
const MonthlyReportPage = lazy(() => import('./pages/monthly-report.page'));
const UnitsPage = lazy(() => import('./pages/units.page'));
const UnitDetailPage = lazy(() => import('./pages/unit-detail.page'));
const NoticeImportPage = lazy(() => import('./pages/notice-import.page'));
const AdminUsersPage = lazy(() => import('./pages/admin-users.page'));
const AdminAuditPage = lazy(() => import('./pages/admin-audit.page'));
const AccountPasswordPage = lazy(() => import('./pages/account-password.page'));
const NotFoundPage = lazy(() => import('./pages/not-found.page'));
// notifications (issue 11)
const NotificationsPage = lazy(() => import('./pages/notifications.page'));
const NotificationSettingsPage = lazy(() => import('./pages/notification-settings.page'));
const AdminNotificationDeliveriesPage = lazy(() => import('./pages/admin-notification-deliveries.page'));
const PlanDashboardPage = lazy(() => import('./pages/plan-dashboard.page'));
const PlanDashboardScreenPage = lazy(() => import('./pages/plan-dashboard-screen.page'));
const PlanAssessmentPage = lazy(() => import('./pages/plan-assessment.page'));
// citizens' feedback (issue 12)
const PlanPublicCommentsPage = lazy(() => import('./pages/plan-public-comments.page'));
const PlanSatisfactionPage = lazy(() => import('./pages/plan-satisfaction.page'));
// next year's list (issue 12)
const NextYearPage = lazy(() => import('./pages/next-year.page'));
const VotePage = lazy(() => import('./pages/vote.page'));

function page(element: ReactNode): ReactNode {
  return <Suspense fallback={<PageLoading />}>{element}</Suspense>;
}

export const router = createBrowserRouter([
  { path: '/login', element: page(<LoginPage />) },
  // 大屏模式: outside the layout (no menu); the server refuses units
  { path: '/plans/:planId/dashboard/screen', element: page(<PlanDashboardScreenPage />) },
  {
    path: '/',
    element: page(<AppLayout />),
    children: [
      { index: true, element: page(<HomePage />) },
      { path: 'plans/:planId', element: page(<PlanOverviewPage />) },
      {
        path: 'plans/:planId/targets',
        element: page(
          <RequireRole roles={['admin', 'supervisor']}>
            <PlanTargetsPage />
          </RequireRole>,
        ),
      },
      {
        path: 'plans/:planId/changes',
        element: page(
          <RequireRole roles={['admin', 'supervisor', 'leader']}>
            <PlanChangesPage />
          </RequireRole>,
        ),
      },
      {
        path: 'plans/:planId/review',
        element: page(
          <RequireRole roles={['admin', 'supervisor']}>
            <PlanReviewPage />
          </RequireRole>,
        ),
      },
      {
        path: 'plans/:planId/dashboard',
        element: page(
          <RequireRole roles={['admin', 'supervisor', 'leader']}>
            <PlanDashboardPage />
          </RequireRole>,
        ),
      },
      {
        path: 'plans/:planId/ledger',
        element: page(
          <RequireRole roles={['admin', 'supervisor', 'leader']}>
            <PlanLedgerPage />
          </RequireRole>,
        ),
      },
      { path: 'plans/:planId/bulletins', element: page(<PlanBulletinsPage />) },
      { path: 'plans/:planId/blockers', element: page(<PlanBlockersPage />) },
      { path: 'plans/:planId/supervision', element: page(<PlanSupervisionPage />) },
      { path: 'plans/:planId/inspections', element: page(<PlanInspectionsPage />) },
      { path: 'plans/:planId/assessment', element: page(<PlanAssessmentPage />) },
      { path: 'plans/:planId/public-comments', element: page(<PlanPublicCommentsPage />) },
      { path: 'plans/:planId/satisfaction', element: page(<PlanSatisfactionPage />) },
      { path: 'plans/:planId/meetings', element: page(<PlanMeetingsPage />) },
      {
        path: 'leader',
        element: page(
          <RequireRole roles={['leader']}>
            <LeaderPage />
          </RequireRole>,
        ),
      },
      { path: 'projects/:projectId', element: page(<ProjectDetailPage />) },
      { path: 'projects/:projectId/monthly/:month', element: page(<MonthlyReportPage />) },
      { path: 'projects/:projectId/weekly/:week', element: page(<WeeklyFormPage />) },
      { path: 'todo', element: page(<TodoPage />) },
      { path: 'units', element: page(<UnitsPage />) },
      { path: 'units/:unitId', element: page(<UnitDetailPage />) },
      {
        path: 'import',
        element: page(
          <RequireRole roles={['admin', 'supervisor']}>
            <NoticeImportPage />
          </RequireRole>,
        ),
      },
      {
        path: 'admin/users',
        element: page(
          <RequireRole roles={['admin', 'security_admin']}>
            <AdminUsersPage />
          </RequireRole>,
        ),
      },
      {
        path: 'admin/workdays',
        element: page(
          <RequireRole roles={['admin']}>
            <AdminWorkdaysPage />
          </RequireRole>,
        ),
      },
      {
        path: 'admin/audit',
        element: page(
          <RequireRole roles={['auditor']}>
            <AdminAuditPage />
          </RequireRole>,
        ),
      },
      { path: 'account/password', element: page(<AccountPasswordPage />) },
      // next year's list (issue 12): the 督查室's 征集/候选/票决, and the deputy's ballot
      {
        path: 'next-year',
        element: page(
          <RequireRole roles={['admin', 'supervisor']}>
            <NextYearPage />
          </RequireRole>,
        ),
      },
      {
        path: 'vote',
        element: page(
          <RequireRole roles={['deputy']}>
            <VotePage />
          </RequireRole>,
        ),
      },
      // notifications (issue 11)
      { path: 'notifications', element: page(<NotificationsPage />) },
      { path: 'notifications/settings', element: page(<NotificationSettingsPage />) },
      {
        path: 'admin/notification-deliveries',
        element: page(
          <RequireRole roles={['admin']}>
            <AdminNotificationDeliveriesPage />
          </RequireRole>,
        ),
      },
      { path: '*', element: page(<NotFoundPage />) },
    ],
  },
]);

setAuthRedirectHandler((target) => {
  const { pathname, search } = router.state.location;
  if (target === 'login') {
    if (pathname === '/login') return;
    const next = pathname === '/' ? '' : `?next=${encodeURIComponent(pathname + search)}`;
    void router.navigate(`/login${next}`, { replace: true });
  } else if (pathname !== '/account/password') {
    void router.navigate('/account/password', { replace: true });
  }
});
