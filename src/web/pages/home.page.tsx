import { Button, Card, Empty } from 'antd';
import { Link, Navigate } from 'react-router-dom';
import { PageLoading } from '../components/page-loading.component';
import { QueryError } from '../components/query-error.component';
import { useCurrentUser } from '../features/auth/current-user.context';
import { canImportNotice, isUnitRole } from '../features/auth/role-labels';
import { usePlans } from '../features/plans/use-plans.query';

/** `/` opens 我的待办 for unit users, 领导调度 for leaders and the newest plan for everyone else; before any notice is imported it says how to get one. */
export default function HomePage() {
  const user = useCurrentUser();
  const plans = usePlans();

  // A unit user's day starts with this week's updates.
  if (isUnitRole(user.role)) return <Navigate to="/todo" replace />;
  // A leader starts from his own projects and what changed this 旬.
  if (user.role === 'leader') return <Navigate to="/leader" replace />;
  if (plans.isPending) return <PageLoading />;
  if (plans.isError) return <QueryError error={plans.error} onRetry={() => void plans.refetch()} />;

  const newest = plans.data.items[0];
  if (newest) return <Navigate to={`/plans/${newest.id}`} replace />;

  return (
    <Card>
      <Empty
        description={
          canImportNotice(user) ? '还没有年度民生实事清单。请先导入区里印发的通知（.txt、.docx 或 .xlsx）。' : '还没有年度民生实事清单，请等待督查室导入通知。'
        }
      >
        {canImportNotice(user) && (
          <Link to="/import">
            <Button type="primary">导入通知</Button>
          </Link>
        )}
      </Empty>
    </Card>
  );
}
