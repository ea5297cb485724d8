import { Card } from 'antd';
import { useParams, useSearchParams } from 'react-router-dom';
import { PageLoading } from '../components/page-loading.component';
import { NotFoundResult, parseRouteId, QueryError } from '../components/query-error.component';
import { useCurrentUser } from '../features/auth/current-user.context';
import { canViewLedger } from '../features/auth/role-labels';
import { PlanPageTitle } from '../features/plans/plan-page-title.component';
import { usePlan } from '../features/plans/use-plans.query';
import { FollowUpList } from '../features/public-feedback/follow-up-list.component';
import { SatisfactionResults } from '../features/public-feedback/satisfaction-table.component';
import { usePlanFollowUps } from '../features/public-feedback/use-public-feedback.query';

/** 满意度: results per project and quarter with the 测评 table (督查室, leaders), and the 回访整改 tasks (a unit: its own). */
export default function PlanSatisfactionPage() {
  const planId = parseRouteId(useParams().planId) ?? 0;
  const user = useCurrentUser();
  const plan = usePlan(planId);
  const followUps = usePlanFollowUps(planId);
  const [searchParams, setSearchParams] = useSearchParams();
  const period = searchParams.get('period') ?? undefined;

  if (planId === 0) return <NotFoundResult message="链接有误，找不到该清单。" />;
  return (
    <>
      <PlanPageTitle title="群众满意度" plan={plan.data} />
      <div style={{ display: 'grid', gap: 12 }}>
        {canViewLedger(user) && <SatisfactionResults planId={planId} period={period} onPeriod={(p) => setSearchParams({ period: p })} />}
        <Card size="small" title="回访整改（群众不满意评价转办）">
          {followUps.isPending ? (
            <PageLoading />
          ) : followUps.isError ? (
            <QueryError error={followUps.error} onRetry={() => void followUps.refetch()} />
          ) : (
            <FollowUpList items={followUps.data.items} />
          )}
        </Card>
      </div>
    </>
  );
}
