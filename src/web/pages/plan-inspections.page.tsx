import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useParams, useSearchParams } from 'react-router-dom';
import type { InspectionDetail } from '../../contract/inspections.contract';
import { formatDate } from '../components/date-format.util';
import { PageLoading } from '../components/page-loading.component';
import { NotFoundResult, parseRouteId, QueryError } from '../components/query-error.component';
import { InspectionDrawer } from '../features/inspections/inspection-drawer.component';
import { InspectionFormDrawer } from '../features/inspections/inspection-form.drawer';
import { usePlanInspections } from '../features/inspections/use-inspections.query';
import { PlanPageTitle } from '../features/plans/plan-page-title.component';
import { usePlan, usePlanProjects } from '../features/plans/use-plans.query';

const ALL_PROJECTS = { q: '', unitId: null, role: null, status: null };

/** 督导检查: the plan's on-site inspections (a unit sees those that visited its projects); a click opens the record. */
export default function PlanInspectionsPage() {
  const planId = parseRouteId(useParams().planId) ?? 0;
  const plan = usePlan(planId);
  const inspections = usePlanInspections(planId);
  const projects = usePlanProjects(planId, ALL_PROJECTS);
  const [searchParams, setSearchParams] = useSearchParams();
  const openId = Number(searchParams.get('inspection')) || null;
  const [editing, setEditing] = useState<InspectionDetail | 'new' | null>(null);
  const projectOptions = useMemo(() => (projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.seq}. ${p.name}` })), [projects.data]);

  if (planId === 0) return <NotFoundResult message="链接有误，找不到该清单。" />;
  if (inspections.isPending) return <PageLoading />;
  if (inspections.isError) return <QueryError error={inspections.error} onRetry={() => void inspections.refetch()} />;

  const open = (id: number | null) => {
    const next = new URLSearchParams(searchParams);
    if (id) next.set('inspection', String(id));
    else next.delete('inspection');
    setSearchParams(next);
  };
  const { items, permissions } = inspections.data;
  const overdue = items.reduce((sum, i) => sum + i.overdueRectificationCount, 0);

  return (
    <>
      <PlanPageTitle title="督导检查" plan={plan.data} />
      <Card
        size="small"
        title={`共 ${items.length} 次${overdue > 0 ? `，${overdue} 项整改逾期` : ''}`}
        extra={
          permissions.canCreate && (
            <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              新建督导检查
            </Button>
          )
        }
      >
        {items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有督导检查记录" />
        ) : (
          <List
            dataSource={items}
            renderItem={(i) => (
              <List.Item style={{ cursor: 'pointer' }} onClick={() => open(i.id)} data-testid={`inspection-${i.id}`}>
                <div style={{ minWidth: 0, width: '100%' }}>
                  <Flex wrap gap={6} align="center">
                    <Typography.Text strong>{formatDate(i.date)}</Typography.Text>
                    <Tag>{i.kindLabel}</Tag>
                    <Typography.Text type="secondary" className="ms-ellipsis">
                      {i.inspectors}
                    </Typography.Text>
                  </Flex>
                  <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '4px 0' }}>
                    {i.projects.map((p) => `${p.seq}. ${p.name}`).join('；')}
                  </Typography.Paragraph>
                  <Flex wrap gap={4}>
                    <Tag color={i.findingCount > 0 ? 'orange' : 'default'}>问题 {i.findingCount}</Tag>
                    {i.openRectificationCount > 0 && <Tag color="gold">整改中 {i.openRectificationCount}</Tag>}
                    {i.awaitingReviewCount > 0 && <Tag color="blue">待复核 {i.awaitingReviewCount}</Tag>}
                    {i.overdueRectificationCount > 0 && <Tag color="red">逾期 {i.overdueRectificationCount}</Tag>}
                  </Flex>
                </div>
              </List.Item>
            )}
          />
        )}
      </Card>
      <InspectionDrawer id={openId} onClose={() => open(null)} onEdit={(inspection) => setEditing(inspection)} />
      <InspectionFormDrawer
        planId={planId}
        editing={editing}
        projectOptions={projectOptions}
        planYear={plan.data?.year}
        onClose={() => setEditing(null)}
        onSaved={(id) => {
          setEditing(null);
          open(id);
        }}
      />
    </>
  );
}
