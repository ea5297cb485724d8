import { useMemo } from 'react';
import { Alert, Button, Card, Segmented } from 'antd';
import { useParams, useSearchParams } from 'react-router-dom';
import type { BlockerStatus } from '../../contract/blockers.contract';
import { PageLoading } from '../components/page-loading.component';
import { NotFoundResult, parseRouteId, QueryError } from '../components/query-error.component';
import { BLOCKER_STATUS_LABELS } from '../features/blockers/blocker-labels';
import { BlockerDrawer } from '../features/blockers/blocker-drawer.component';
import { BlockerList } from '../features/blockers/blocker-list.component';
import { usePlanBlockers } from '../features/blockers/use-blockers.query';
import { usePlan, usePlanProjects } from '../features/plans/use-plans.query';
import { PlanPageTitle } from '../features/plans/plan-page-title.component';

const ALL_PROJECTS = { q: '', unitId: null, role: null, status: null };
type Filter = BlockerStatus | 'all' | 'active' | 'mine';
const FILTERS: { value: Filter; label: string }[] = [
  { value: 'active', label: '未办结' },
  ...(Object.keys(BLOCKER_STATUS_LABELS) as BlockerStatus[]).map((value) => ({ value: value as Filter, label: BLOCKER_STATUS_LABELS[value] })),
  { value: 'all', label: '全部' },
];

/** 堵点卡点: the plan's blockers (a unit sees its own projects' and those addressed to it); a click opens the details. */
export default function PlanBlockersPage() {
  const planId = parseRouteId(useParams().planId) ?? 0;
  const plan = usePlan(planId);
  const blockers = usePlanBlockers(planId);
  const projects = usePlanProjects(planId, ALL_PROJECTS);
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = (searchParams.get('status') as Filter | null) ?? 'active';
  const openId = Number(searchParams.get('blocker')) || null;

  const projectNames = useMemo(() => new Map((projects.data?.items ?? []).map((p) => [p.id, `${p.seq}. ${p.name}`])), [projects.data]);

  if (planId === 0) return <NotFoundResult message="链接有误，找不到该清单。" />;
  if (blockers.isPending) return <PageLoading />;
  if (blockers.isError) return <QueryError error={blockers.error} onRetry={() => void blockers.refetch()} />;

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearchParams(next);
  };
  const awaitingCount = blockers.data.items.filter((b) => b.awaitingMyUnit).length;
  const filters = awaitingCount > 0 || filter === 'mine' ? [{ value: 'mine' as Filter, label: `待我答复（${awaitingCount}）` }, ...FILTERS] : FILTERS;
  const items = blockers.data.items.filter((b) => {
    if (filter === 'mine') return b.awaitingMyUnit;
    if (filter === 'active') return b.status === 'open' || b.status === 'in_progress';
    return filter === 'all' || b.status === filter;
  });

  return (
    <>
      <PlanPageTitle title="堵点卡点" plan={plan.data} />
      {awaitingCount > 0 && filter !== 'mine' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`有 ${awaitingCount} 个堵点的绿色通道请求待本单位接收、答复或办结`}
          action={
            <Button size="small" onClick={() => setParam('status', 'mine')}>
              查看
            </Button>
          }
        />
      )}
      <div style={{ overflowX: 'auto', marginBottom: 12 }}>
        <Segmented<Filter> options={filters} value={filter} onChange={(value) => setParam('status', value)} />
      </div>
      <Card size="small" title={`共 ${items.length} 个`}>
        <BlockerList items={items} projectNames={projectNames} onSelect={(id) => setParam('blocker', String(id))} />
      </Card>
      <BlockerDrawer id={openId} onClose={() => setParam('blocker', null)} />
    </>
  );
}
