import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import {
  AppstoreOutlined,
  AuditOutlined,
  CalendarOutlined,
  DashboardOutlined,
  TrophyOutlined,
  BankOutlined,
  CheckSquareOutlined,
  CloudUploadOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FlagOutlined,
  SafetyCertificateOutlined,
  StopOutlined,
  ScheduleOutlined,
  TableOutlined,
  SwapOutlined,
  TeamOutlined,
  FundProjectionScreenOutlined,
  LikeOutlined,
  MessageOutlined,
} from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Me } from '../../contract/auth.contract';
import { canImportNotice, canReviewTargets, canReviewWeekly, canViewLedger, isAdmin, isUnitRole } from '../features/auth/role-labels';
import { usePlans } from '../features/plans/use-plans.query';

type MenuItem = Required<MenuProps>['items'][number];

const PLAN_PAGE =
  /^\/plans\/(\d+)(\/(targets|changes|review|ledger|bulletins|blockers|meetings|supervision|inspections|dashboard|assessment|public-comments|satisfaction))?/;

function menuItems(user: Me, planId: number | null): MenuItem[] {
  const items: MenuItem[] = [];
  if (isUnitRole(user.role)) items.push({ key: '/todo', icon: <ScheduleOutlined />, label: '我的待办' });
  if (user.role === 'leader') items.push({ key: '/leader', icon: <DashboardOutlined />, label: '领导调度' });
  items.push({ key: '/', icon: <AppstoreOutlined />, label: '清单总览' });
  if (canReviewWeekly(user) && planId) {
    items.push({ key: `/plans/${planId}/review`, icon: <FileDoneOutlined />, label: '周报审核' });
  }
  if (canViewLedger(user) && planId) {
    items.push({ key: `/plans/${planId}/ledger`, icon: <TableOutlined />, label: '专项台账' });
    items.push({ key: `/plans/${planId}/dashboard`, icon: <FundProjectionScreenOutlined />, label: '督查大屏' });
  }
  if (planId) {
    items.push({ key: `/plans/${planId}/meetings`, icon: <CalendarOutlined />, label: '会议交办' });
    items.push({ key: `/plans/${planId}/blockers`, icon: <StopOutlined />, label: '堵点卡点' });
    items.push({ key: `/plans/${planId}/supervision`, icon: <FlagOutlined />, label: '督办单' });
    items.push({ key: `/plans/${planId}/inspections`, icon: <SafetyCertificateOutlined />, label: '督导检查' });
    items.push({ key: `/plans/${planId}/assessment`, icon: <TrophyOutlined />, label: '单位考核' });
    items.push({ key: `/plans/${planId}/public-comments`, icon: <MessageOutlined />, label: '群众留言' });
    items.push({ key: `/plans/${planId}/satisfaction`, icon: <LikeOutlined />, label: canViewLedger(user) ? '群众满意度' : '回访整改' });
    // Drafts are the 督查室's; everyone else reads the issued bulletins.
    items.push({ key: `/plans/${planId}/bulletins`, icon: <FileTextOutlined />, label: canReviewWeekly(user) ? '月度通报' : '通报' });
  }
  items.push({ key: '/units', icon: <BankOutlined />, label: '责任单位' });
  if (canReviewTargets(user) && planId) {
    items.push({ key: `/plans/${planId}/targets`, icon: <CheckSquareOutlined />, label: '目标审核' });
    items.push({ key: `/plans/${planId}/changes`, icon: <SwapOutlined />, label: '变更审批' });
  }
  if (canImportNotice(user)) items.push({ key: '/import', icon: <CloudUploadOutlined />, label: '导入通知' });
  if (canImportNotice(user)) items.push({ key: '/next-year', icon: <CheckSquareOutlined />, label: '下一年度清单' });
  if (isAdmin(user)) {
    items.push({ key: '/admin/users', icon: <TeamOutlined />, label: '用户管理' });
    items.push({ key: '/admin/workdays', icon: <CalendarOutlined />, label: '工作日历' });
    items.push({ key: '/admin/notification-deliveries', icon: <AuditOutlined />, label: '推送记录' });
  }
  return items;
}

/** Which menu entry a path belongs to: plans and their projects live under 清单总览. */
function selectedKey(pathname: string): string {
  const planPage = PLAN_PAGE.exec(pathname);
  if (planPage?.[2]) return planPage[0];
  if (pathname.startsWith('/todo') || /^\/projects\/\d+\/weekly/.test(pathname)) return '/todo';
  if (pathname.startsWith('/units')) return '/units';
  if (pathname.startsWith('/import')) return '/import';
  if (pathname.startsWith('/next-year')) return '/next-year';
  if (pathname.startsWith('/admin/users')) return '/admin/users';
  if (pathname.startsWith('/admin/audit')) return '/admin/audit';
  if (pathname.startsWith('/admin/workdays')) return '/admin/workdays';
  if (pathname.startsWith('/admin/notification-deliveries')) return '/admin/notification-deliveries';
  if (pathname.startsWith('/leader')) return '/leader';
  if (pathname === '/' || pathname.startsWith('/plans') || pathname.startsWith('/projects')) return '/';
  return '';
}

/** The main navigation, used in the desktop side bar and in the phone drawer. */
export function AppMenu({ user, onNavigate }: { user: Me; onNavigate?: () => void }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const plans = usePlans();
  // 目标审核 and 变更审批 belong to a plan: the one on screen, else the newest.
  const planId = Number(PLAN_PAGE.exec(pathname)?.[1] ?? 0) || (plans.data?.items[0]?.id ?? null);
  return (
    <Menu
      mode="inline"
      items={menuItems(user, planId)}
      selectedKeys={[selectedKey(pathname)]}
      style={{ borderInlineEnd: 'none' }}
      onClick={({ key }) => {
        // For unit users `/` is 我的待办, so 清单总览 goes straight to the plan.
        const target = key === '/' && isUnitRole(user.role) && planId ? `/plans/${planId}` : key;
        void navigate(target);
        onNavigate?.();
      }}
    />
  );
}
