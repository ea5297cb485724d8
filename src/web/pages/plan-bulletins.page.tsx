import { Button, Card, Col, Empty, Grid, Row } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useParams, useSearchParams } from 'react-router-dom';
import { PageLoading } from '../components/page-loading.component';
import { NotFoundResult, parseRouteId, QueryError } from '../components/query-error.component';
import { BulletinEditor } from '../features/bulletins/bulletin-editor.component';
import { BulletinList } from '../features/bulletins/bulletin-list.component';
import { CompileBulletin } from '../features/bulletins/compile-bulletin.component';
import { useBulletin, useBulletins } from '../features/bulletins/use-bulletins.query';
import { usePlan } from '../features/plans/use-plans.query';
import { PlanPageTitle } from '../features/plans/plan-page-title.component';

function BulletinDetail({ id }: { id: number }) {
  const query = useBulletin(id);
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return <BulletinEditor key={`${query.data.id}-${query.data.version}`} bulletin={query.data} />;
}

/** 月度通报: the 督查室 compiles, edits and issues the month's bulletin; others read the issued ones. */
export default function PlanBulletinsPage() {
  const planId = parseRouteId(useParams().planId) ?? 0;
  const plan = usePlan(planId);
  const list = useBulletins(planId);
  const [searchParams, setSearchParams] = useSearchParams();
  const isPhone = Grid.useBreakpoint().md === false;

  if (planId === 0) return <NotFoundResult message="链接有误，找不到该清单。" />;
  if (list.isPending) return <PageLoading />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;

  const items = list.data.items;
  // 编制通报 is the 督查室's review of the plan: the plan's own permissions say who that is
  const canCompile = plan.data?.permissions.canReview ?? false;
  const requested = Number(searchParams.get('bulletin')) || null;
  const selectedId = requested ?? (isPhone ? null : (items[0]?.id ?? null));
  const select = (id: number | null) => setSearchParams(id ? { bulletin: String(id) } : {});

  const listCard = (
    <Card size="small" title={`通报（${items.length}）`}>
      {canCompile && (
        <div style={{ marginBottom: 12 }}>
          <CompileBulletin key={plan.data?.year ?? 0} planId={planId} year={plan.data?.year} onCompiled={select} />
        </div>
      )}
      <BulletinList items={items} selectedId={selectedId} onSelect={select} />
    </Card>
  );
  const detail = selectedId ? (
    <BulletinDetail id={selectedId} />
  ) : (
    <Card>
      <Empty description={canCompile ? '选择一个月份的通报，或生成新的通报' : '还没有印发的通报'} />
    </Card>
  );

  return (
    <>
      <PlanPageTitle title="月度通报" plan={plan.data} />
      {isPhone ? (
        selectedId ? (
          <>
            <Button icon={<ArrowLeftOutlined />} style={{ marginBottom: 8 }} onClick={() => select(null)}>
              返回列表
            </Button>
            {detail}
          </>
        ) : (
          listCard
        )
      ) : (
        <Row gutter={16}>
          <Col span={8}>{listCard}</Col>
          <Col span={16}>{detail}</Col>
        </Row>
      )}
    </>
  );
}
