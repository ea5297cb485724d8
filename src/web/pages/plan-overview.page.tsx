import { useMemo } from 'react';
import { Card, Grid, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { formatDate } from '../components/date-format.util';
import { PageLoading } from '../components/page-loading.component';
import { NotFoundResult, parseRouteId, QueryError } from '../components/query-error.component';
import { PlanHeader } from '../features/plans/plan-header.component';
import { ProjectCardList } from '../features/plans/project-card-list.component';
import { ProjectFilterBar } from '../features/plans/project-filter-bar.component';
import { ProjectTable } from '../features/plans/project-table.component';
import { useProjectFilters } from '../features/plans/use-project-filters.hook';
import { usePlan, usePlanProjects } from '../features/plans/use-plans.query';
import { matchesStatus, useLedger } from '../features/ledger/use-ledger.query';
import { planOverCaption } from '../features/plans/plan-as-of.util';

/** 清单总览: one plan's projects with progress and status, filterable by unit and status, filters kept in the URL. */
export default function PlanOverviewPage() {
  const planId = parseRouteId(useParams().planId) ?? 0;
  const plan = usePlan(planId);
  const [filters, setFilters] = useProjectFilters();
  const projects = usePlanProjects(planId, filters);
  const ledger = useLedger(planId);
  const ledgerById = useMemo(() => new Map((ledger.data?.items ?? []).map((item) => [item.projectId, item])), [ledger.data]);
  const isPhone = Grid.useBreakpoint().md === false;

  if (planId === 0) return <NotFoundResult message="链接有误，找不到该清单。" />;
  if (plan.isPending) return <PageLoading />;
  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;

  const shown = (projects.data?.items ?? []).filter((project) => matchesStatus(ledgerById.get(project.id), filters.status));
  const listProps = {
    projects: shown,
    ledger: ledgerById,
    loading: projects.isFetching,
    activeUnitId: filters.unitId,
    onSelectUnit: (unit: { id: number }) => setFilters({ unitId: unit.id, role: null }),
  };

  return (
    <>
      <PlanHeader plan={plan.data} />
      <Card size="small" styles={{ body: { padding: isPhone ? 12 : 16 } }}>
        <ProjectFilterBar filters={filters} onChange={setFilters} />
        {projects.isError ? (
          <QueryError error={projects.error} onRetry={() => void projects.refetch()} />
        ) : (
          <>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid="project-count">
              共 {shown.length} 项
              {ledger.data?.isYearOver && (
                <span data-testid="overview-as-of">
                  {' '}
                  · 截至 {formatDate(ledger.data.asOf)}
                  {planOverCaption(ledger.data.asOf)}
                </span>
              )}
            </Typography.Paragraph>
            {isPhone ? <ProjectCardList {...listProps} /> : <ProjectTable {...listProps} />}
          </>
        )}
      </Card>
    </>
  );
}
