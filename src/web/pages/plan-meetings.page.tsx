import { useMemo } from 'react';
import { Button, Card, Flex, Segmented } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useParams, useSearchParams } from 'react-router-dom';
import type { MeetingKind } from '../../contract/meetings.contract';
import { PageLoading } from '../components/page-loading.component';
import { NotFoundResult, parseRouteId, QueryError } from '../components/query-error.component';
import { useCurrentUser } from '../features/auth/current-user.context';
import { MeetingDrawer } from '../features/meetings/meeting-drawer.component';
import { MeetingFormDrawer } from '../features/meetings/meeting-form.drawer';
import { MeetingList } from '../features/meetings/meeting-list.component';
import { recordableKinds, useMeetingPrefill } from '../features/meetings/use-meeting-prefill.hook';
import { usePlanMeetings } from '../features/meetings/use-meetings.query';
import { usePlan, usePlanProjects } from '../features/plans/use-plans.query';
import { useUnits } from '../features/units/use-units.query';
import { PlanPageTitle } from '../features/plans/plan-page-title.component';

const ALL_PROJECTS = { q: '', unitId: null, role: null, status: null };
type Filter = MeetingKind | 'all';
const FILTERS: { value: Filter; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'weekly', label: '周例会' },
  { value: 'topic', label: '专题会议' },
];
const FORM_PARAMS = ['new', 'projectId', 'blockerId'];

/** 会议交办: the plan's 周例会 and 专题会议 with their 交办事项; 记录会议 opens the form, a click opens the details. */
export default function PlanMeetingsPage() {
  const planId = parseRouteId(useParams().planId) ?? 0;
  const user = useCurrentUser();
  const plan = usePlan(planId);
  const meetings = usePlanMeetings(planId);
  const projects = usePlanProjects(planId, ALL_PROJECTS);
  const units = useUnits();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = (searchParams.get('kind') as Filter | null) ?? 'all';
  const openId = Number(searchParams.get('meeting')) || null;

  const projectNames = useMemo(() => new Map((projects.data?.items ?? []).map((p) => [p.id, `${p.seq}. ${p.name}`])), [projects.data]);
  // what the server lets the user record: the kinds, and the projects (for a unit, those it leads)
  const kinds = useMemo(() => recordableKinds(meetings.data?.permissions), [meetings.data]);
  const projectOptions = useMemo(() => {
    const recordable = new Set(meetings.data?.recordableProjectIds ?? []);
    return (projects.data?.items ?? []).filter((p) => recordable.has(p.id)).map((p) => ({ value: p.id, label: `${p.seq}. ${p.name}` }));
  }, [projects.data, meetings.data]);
  const allowedProjectIds = useMemo(() => projectOptions.map((p) => p.value), [projectOptions]);
  const unitOptions = useMemo(() => (units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })), [units.data]);
  const formInitial = useMeetingPrefill(user, searchParams, kinds, allowedProjectIds);

  if (planId === 0) return <NotFoundResult message="链接有误，找不到该清单。" />;
  if (meetings.isPending) return <PageLoading />;
  if (meetings.isError) return <QueryError error={meetings.error} onRetry={() => void meetings.refetch()} />;

  const setParams = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setSearchParams(next);
  };
  const closeForm = (meetingId: string | null) => setParams({ ...Object.fromEntries(FORM_PARAMS.map((k) => [k, null])), meeting: meetingId });
  const items = meetings.data.items.filter((m) => filter === 'all' || m.kind === filter);

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <PlanPageTitle title="会议交办" plan={plan.data} style={{ margin: 0 }} />
        {meetings.data.permissions.canRecord && kinds.length > 0 && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setParams({ new: kinds[0]! })}>
            记录会议
          </Button>
        )}
      </Flex>
      <div style={{ overflowX: 'auto', marginBottom: 12 }}>
        <Segmented<Filter> options={FILTERS} value={filter} onChange={(value) => setParams({ kind: value === 'all' ? null : value })} />
      </div>
      <Card size="small" title={`共 ${items.length} 次会议`}>
        <MeetingList items={items} projectNames={projectNames} onSelect={(id) => setParams({ meeting: String(id) })} />
      </Card>
      <MeetingDrawer id={openId} projectNames={projectNames} onClose={() => setParams({ meeting: null })} />
      <MeetingFormDrawer
        planId={planId}
        initial={formInitial}
        kinds={kinds}
        projectOptions={projectOptions}
        unitOptions={unitOptions}
        onClose={() => closeForm(null)}
        onCreated={(id) => closeForm(String(id))}
      />
    </>
  );
}
