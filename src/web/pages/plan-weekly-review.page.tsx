import { Button, Card, Col, Grid, Row } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useParams, useSearchParams } from 'react-router-dom';
import { PageLoading } from '../components/page-loading.component';
import { NotFoundResult, parseRouteId, QueryError } from '../components/query-error.component';
import { usePlan } from '../features/plans/use-plans.query';
import { ReviewDetail } from '../features/weekly/review-detail.component';
import { ReviewQueueList } from '../features/weekly/review-queue-list.component';
import { useReviewQueue } from '../features/weekly/use-weekly.query';
import { PlanPageTitle } from '../features/plans/plan-page-title.component';

/** 周报审核: the 督查室 reads each submitted update and accepts or returns it. */
export default function PlanWeeklyReviewPage() {
  const planId = parseRouteId(useParams().planId) ?? 0;
  const plan = usePlan(planId);
  const queue = useReviewQueue(planId);
  const [searchParams, setSearchParams] = useSearchParams();
  const isPhone = Grid.useBreakpoint().md === false;

  if (planId === 0) return <NotFoundResult message="链接有误，找不到该清单。" />;
  if (queue.isPending) return <PageLoading />;
  if (queue.isError) return <QueryError error={queue.error} onRetry={() => void queue.refetch()} />;

  const items = queue.data.items;
  const selectedId = Number(searchParams.get('update')) || null;
  const selected = items.find((item) => item.updateId === selectedId) ?? (isPhone ? null : items[0]) ?? null;
  const select = (updateId: number | null) => setSearchParams(updateId ? { update: String(updateId) } : {});

  const onDecided = () => {
    const index = items.findIndex((item) => item.updateId === selected?.updateId);
    const next = items[index + 1] ?? items[index - 1] ?? null;
    select(isPhone ? null : (next?.updateId ?? null));
  };

  const list = (
    <Card size="small" title={`待审核（${items.length}）`} className="ms-review-scroll">
      <ReviewQueueList items={items} selectedId={selected?.updateId ?? null} onSelect={(item) => select(item.updateId)} />
    </Card>
  );

  return (
    <>
      <PlanPageTitle title="周报审核" plan={plan.data} />
      {isPhone ? (
        selected ? (
          <>
            <Button icon={<ArrowLeftOutlined />} style={{ marginBottom: 8 }} onClick={() => select(null)}>
              返回列表
            </Button>
            <ReviewDetail key={selected.updateId} item={selected} onDecided={onDecided} />
          </>
        ) : (
          list
        )
      ) : (
        <Row gutter={16}>
          <Col span={9}>{list}</Col>
          <Col span={15}>{selected ? <ReviewDetail key={selected.updateId} item={selected} onDecided={onDecided} /> : <Card>没有待审核的周报</Card>}</Col>
        </Row>
      )}
    </>
  );
}
