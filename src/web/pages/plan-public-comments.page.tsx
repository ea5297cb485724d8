import { Card, Segmented, Select } from 'antd';
import { useParams, useSearchParams } from 'react-router-dom';
import type { PublicCommentQuery } from '../../contract/public-comments.contract';
import { PageLoading } from '../components/page-loading.component';
import { NotFoundResult, parseRouteId, QueryError } from '../components/query-error.component';
import { useCurrentUser } from '../features/auth/current-user.context';
import { isUnitRole } from '../features/auth/role-labels';
import { PlanPageTitle } from '../features/plans/plan-page-title.component';
import { usePlan, usePlanProjects } from '../features/plans/use-plans.query';
import { PublicCommentList } from '../features/public-feedback/public-comment-list.component';
import { usePlanPublicComments } from '../features/public-feedback/use-public-feedback.query';

const ALL_PROJECTS = { q: '', unitId: null, role: null, status: null };
type Status = NonNullable<PublicCommentQuery['status']>;

/**
 * 群众留言: the 督查室's moderation queue (待审核 / 已公开 / 未采用; 公开, 不予公开 with a reason); a lead unit sees the
 * public comments of its projects and replies under them.
 */
export default function PlanPublicCommentsPage() {
  const planId = parseRouteId(useParams().planId) ?? 0;
  const user = useCurrentUser();
  const plan = usePlan(planId);
  const projects = usePlanProjects(planId, ALL_PROJECTS);
  const [searchParams, setSearchParams] = useSearchParams();
  const projectId = Number(searchParams.get('project')) || undefined;
  const chosen = searchParams.get('status') as Status | null;
  // the moderation queue is the 督查室's (the server decides; this only picks the starting tab)
  const canModerate = !isUnitRole(user.role) && user.role !== 'leader';
  // the 督查室 starts on its queue; a unit only ever sees the public ones
  const status: Status = isUnitRole(user.role) ? 'approved' : (chosen ?? (canModerate ? 'pending' : 'approved'));
  const comments = usePlanPublicComments(planId, { status, projectId });

  if (planId === 0) return <NotFoundResult message="链接有误，找不到该清单。" />;
  if (comments.isPending) return <PageLoading />;
  if (comments.isError) return <QueryError error={comments.error} onRetry={() => void comments.refetch()} />;

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearchParams(next);
  };
  const { counts } = comments.data;
  return (
    <>
      <PlanPageTitle title="群众留言" plan={plan.data} />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
        {!isUnitRole(user.role) && (
          <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
            <Segmented<Status>
              value={status}
              onChange={(value) => setParam('status', value)}
              options={[
                { value: 'pending', label: `待审核 ${counts.pending}` },
                { value: 'approved', label: `已公开 ${counts.approved}` },
                { value: 'rejected', label: `未采用 ${counts.rejected}` },
              ]}
            />
          </div>
        )}
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="全部项目"
          style={{ width: 260, maxWidth: '100%' }}
          value={projectId}
          options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.seq}. ${p.name}` }))}
          onChange={(value?: number) => setParam('project', value ? String(value) : null)}
        />
      </div>
      <Card size="small" title={!isUnitRole(user.role) ? `共 ${comments.data.total} 条` : `本单位牵头项目的公开留言（${comments.data.total}）`}>
        <PublicCommentList items={comments.data.items} />
      </Card>
    </>
  );
}
