import { useMemo, useState } from 'react';
import { Button, Card, Flex, Segmented, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useParams, useSearchParams } from 'react-router-dom';
import type { SupervisionNoticeListQuery } from '../../contract/supervision-notices.contract';
import { PageLoading } from '../components/page-loading.component';
import { NotFoundResult, parseRouteId, QueryError } from '../components/query-error.component';
import { useCurrentUser } from '../features/auth/current-user.context';
import { isUnitRole } from '../features/auth/role-labels';
import { PlanPageTitle } from '../features/plans/plan-page-title.component';
import { usePlan, usePlanProjects } from '../features/plans/use-plans.query';
import { IssueNoticeDrawer } from '../features/supervision/issue-notice.drawer';
import { SUPERVISION_NOTICE_STATUS_LABELS } from '../features/supervision/supervision-labels';
import { SupervisionNoticeDrawer } from '../features/supervision/supervision-notice-drawer.component';
import { SupervisionNoticeList } from '../features/supervision/supervision-notice-list.component';
import { usePlanSupervisionNotices } from '../features/supervision/use-supervision-notices.query';

const ALL_PROJECTS = { q: '', unitId: null, role: null, status: null };
type Filter = NonNullable<SupervisionNoticeListQuery['status']> | 'all';
const FILTERS: { value: Filter; label: string }[] = [
  { value: 'open', label: '未办结' },
  { value: 'overdue', label: '逾期' },
  { value: 'issued', label: SUPERVISION_NOTICE_STATUS_LABELS.issued },
  { value: 'signed', label: SUPERVISION_NOTICE_STATUS_LABELS.signed },
  { value: 'responded', label: SUPERVISION_NOTICE_STATUS_LABELS.responded },
  { value: 'returned', label: SUPERVISION_NOTICE_STATUS_LABELS.returned },
  { value: 'closed', label: SUPERVISION_NOTICE_STATUS_LABELS.closed },
  { value: 'all', label: '全部' },
];

/** 督办单: the plan's supervision notices (a unit sees those addressed to it), filters, 下发 for the 督查室; a click opens the details. */
export default function PlanSupervisionPage() {
  const planId = parseRouteId(useParams().planId) ?? 0;
  const user = useCurrentUser();
  const plan = usePlan(planId);
  const projects = usePlanProjects(planId, ALL_PROJECTS);
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = (searchParams.get('status') as Filter | null) ?? 'open';
  const unitId = Number(searchParams.get('unit')) || undefined;
  const openId = Number(searchParams.get('notice')) || null;
  const [issuing, setIssuing] = useState(false);
  const notices = usePlanSupervisionNotices(planId, { status: filter === 'all' ? undefined : filter, unitId });

  const unitOptions = useMemo(() => {
    const units = new Map<number, string>();
    for (const p of projects.data?.items ?? []) for (const u of p.units) units.set(u.id, u.name);
    return [...units].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  }, [projects.data]);

  if (planId === 0) return <NotFoundResult message="链接有误，找不到该清单。" />;
  if (notices.isPending) return <PageLoading />;
  if (notices.isError) return <QueryError error={notices.error} onRetry={() => void notices.refetch()} />;

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearchParams(next);
  };

  return (
    <>
      <PlanPageTitle title="督办单" plan={plan.data} />
      {(notices.data.permissions.canIssue || !isUnitRole(user.role)) && (
        <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
          {notices.data.permissions.canIssue && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)}>
              下发督办单
            </Button>
          )}
          {!isUnitRole(user.role) && (
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="全部承办单位"
              style={{ width: 220, maxWidth: '100%' }}
              options={unitOptions}
              value={unitId}
              onChange={(value?: number) => setParam('unit', value ? String(value) : null)}
            />
          )}
        </Flex>
      )}
      <div style={{ overflowX: 'auto', marginBottom: 12 }}>
        <Segmented<Filter> options={FILTERS} value={filter} onChange={(value) => setParam('status', value)} />
      </div>
      <Card size="small" title={`共 ${notices.data.total} 份`}>
        <SupervisionNoticeList items={notices.data.items} onSelect={(id) => setParam('notice', String(id))} />
      </Card>
      <SupervisionNoticeDrawer id={openId} onClose={() => setParam('notice', null)} />
      <IssueNoticeDrawer
        planId={planId}
        open={issuing}
        projects={projects.data?.items ?? []}
        onClose={() => setIssuing(false)}
        onIssued={(id) => {
          setIssuing(false);
          setParam('notice', String(id));
        }}
      />
    </>
  );
}
