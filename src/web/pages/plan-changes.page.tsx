import { useState } from 'react';
import { App, Card, Flex, Segmented, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { ChangeRequestListItem, ChangeRequestStatus } from '../../contract/targets.contract';
import { PageLoading } from '../components/page-loading.component';
import { NotFoundResult, parseRouteId, QueryError } from '../components/query-error.component';
import { ChangeDecisionModal } from '../features/change-requests/change-decision.modal';
import { ChangeRequestTable } from '../features/change-requests/change-request-table.component';
import { useChangeItems } from '../features/change-requests/use-change-items.query';
import { usePlan } from '../features/plans/use-plans.query';
import { useChangeRequests } from '../features/targets/use-targets.query';

type StatusFilter = ChangeRequestStatus | 'all';

const FILTER_OPTIONS: Array<{ value: StatusFilter; label: string }> = [
  { value: 'pending', label: '待审批' },
  { value: 'approved', label: '已批准' },
  { value: 'rejected', label: '已驳回' },
  { value: 'all', label: '全部' },
];

function parseFilter(value: string | null): StatusFilter {
  return FILTER_OPTIONS.some((option) => option.value === value) ? (value as StatusFilter) : 'pending';
}

/** 变更审批: change requests made after the baseline lock, filtered by status (kept in the URL). */
export default function PlanChangesPage() {
  const planId = parseRouteId(useParams().planId) ?? 0;
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = parseFilter(searchParams.get('status'));
  const plan = usePlan(planId);
  const changes = useChangeRequests(planId, filter === 'all' ? null : filter);
  const { message } = App.useApp();
  const [deciding, setDeciding] = useState<{ change: ChangeRequestListItem; decision: 'approve' | 'reject' } | null>(null);
  const itemOf = useChangeItems(changes.data?.items ?? []);

  if (planId === 0) return <NotFoundResult message="链接有误，找不到该清单。" />;
  if (plan.isPending) return <PageLoading />;
  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;

  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 4 }}>
          变更审批
        </Typography.Title>
        <Typography.Text type="secondary">
          <Link to={`/plans/${planId}`}>{plan.data.title}</Link>：基线锁定后，目标指标和节点的修改须经督查室批准，原承诺始终并列显示。
        </Typography.Text>
      </Card>
      <Card size="small">
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
          <Segmented<StatusFilter>
            options={FILTER_OPTIONS}
            value={filter}
            onChange={(value) => setSearchParams(value === 'pending' ? {} : { status: value }, { replace: true })}
          />
          <Typography.Text type="secondary" data-testid="change-count">
            共 {changes.data?.total ?? 0} 条
          </Typography.Text>
        </Flex>
        {changes.isError ? (
          <QueryError error={changes.error} onRetry={() => void changes.refetch()} />
        ) : (
          <ChangeRequestTable
            changes={changes.data?.items ?? []}
            loading={changes.isFetching}
            onDecide={(change, decision) => setDeciding({ change, decision })}
            itemOf={itemOf}
          />
        )}
      </Card>
      {deciding && (
        <ChangeDecisionModal
          change={deciding.change}
          decision={deciding.decision}
          item={itemOf(deciding.change)}
          onClose={() => setDeciding(null)}
          onDone={(text) => {
            void message.success(text);
            setDeciding(null);
          }}
        />
      )}
    </>
  );
}
