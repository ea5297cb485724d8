import { useEffect, useMemo, useRef, useState } from 'react';
import { App, Card, Col, Grid, Row, Typography } from 'antd';
import { useParams, useSearchParams } from 'react-router-dom';
import type { TargetReviewItem } from '../../contract/targets.contract';
import { PageLoading } from '../components/page-loading.component';
import { NotFoundResult, parseRouteId, QueryError } from '../components/query-error.component';
import { usePlan } from '../features/plans/use-plans.query';
import { ReviewDetail } from '../features/target-review/review-detail.component';
import { ReviewProjectList } from '../features/target-review/review-project-list.component';
import { ReviewSummary } from '../features/target-review/review-summary.component';
import { useReviewShortcuts } from '../features/target-review/use-review-shortcuts.hook';
import type { TargetsSectionHandle } from '../features/targets/project-targets-section.component';
import { useTargetErrorNotice } from '../features/targets/use-target-error.hook';
import { useConfirmAll, useTargetReview } from '../features/targets/use-targets.query';

/**
 * Keeps the projects in the order of the first load (unconfirmed, low confidence first) while the reviewer works,
 * so a confirmed project does not jump away under the cursor; counts still update.
 */
function useStableOrder(items: TargetReviewItem[] | undefined): TargetReviewItem[] {
  const [order, setOrder] = useState<number[]>([]);
  useEffect(() => {
    if (!items) return;
    setOrder((old) => [
      ...old.filter((id) => items.some((item) => item.projectId === id)),
      ...items.map((item) => item.projectId).filter((id) => !old.includes(id)),
    ]);
  }, [items]);
  return useMemo(() => {
    const rank = new Map(order.map((id, index) => [id, index]));
    return [...(items ?? [])].sort((a, b) => (rank.get(a.projectId) ?? Infinity) - (rank.get(b.projectId) ?? Infinity));
  }, [items, order]);
}

function ShortcutHint({ canConfirm }: { canConfirm: boolean }) {
  const key = (text: string) => <kbd className="ms-kbd">{text}</kbd>;
  return (
    <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }} data-testid="shortcut-hint">
      快捷键：{key('J')}/{key('↓')} 下一个　{key('K')}/{key('↑')} 上一个
      {canConfirm && (
        <>
          　{key('Enter')}/{key('C')} 全部确认并跳到下一个待确认项目　{key('E')} 编辑第一个待确认项
        </>
      )}
    </Typography.Paragraph>
  );
}

/** 目标审核: the 督查室 walks through every project's proposed targets, confirms them and locks the baseline. */
export default function PlanTargetsPage() {
  const planId = parseRouteId(useParams().planId) ?? 0;
  const plan = usePlan(planId);
  const review = useTargetReview(planId);
  const items = useStableOrder(review.data?.items);
  const [searchParams, setSearchParams] = useSearchParams();
  const isPhone = Grid.useBreakpoint().md === false;
  const { message } = App.useApp();
  const notice = useTargetErrorNotice();
  const confirmAll = useConfirmAll();
  const sectionRef = useRef<TargetsSectionHandle>(null);

  const requestedId = parseRouteId(searchParams.get('project') ?? undefined);
  const selectedId = requestedId ?? (isPhone ? null : (items[0]?.projectId ?? null));
  const index = items.findIndex((item) => item.projectId === selectedId);
  // 全部确认 (Enter/C) and 编辑 (E) only while the server lets this user confirm (the 督查室, before the lock)
  const canConfirm = Boolean(review.data?.permissions.canConfirmItems);

  const select = (projectId: number | null) => setSearchParams(projectId ? { project: String(projectId) } : {}, { replace: !isPhone });

  const moveBy = (step: number) => {
    const next = items[Math.min(Math.max(index + step, 0), items.length - 1)];
    if (next) select(next.projectId);
  };

  const goToNextUnconfirmed = (fromIndex: number) => {
    const rotated = [...items.slice(fromIndex + 1), ...items.slice(0, Math.max(fromIndex, 0))];
    const next = rotated.find((item) => item.proposedCount > 0 && item.projectId !== selectedId);
    if (next) select(next.projectId);
    else void message.info('所有项目均已确认，可以锁定基线');
  };

  const confirmCurrent = () => {
    const current = items[index];
    // A second key press while the first confirmation is still saving must not skip a project unconfirmed.
    if (!current || confirmAll.isPending) return;
    if (!canConfirm || current.proposedCount === 0) {
      goToNextUnconfirmed(index);
      return;
    }
    confirmAll.mutate(current.projectId, {
      onSuccess: () => {
        void message.success(`${current.seq}. ${current.name}：已全部确认`);
        goToNextUnconfirmed(index);
      },
      onError: notice,
    });
  };

  useReviewShortcuts(
    {
      next: () => moveBy(1),
      previous: () => moveBy(-1),
      confirm: confirmCurrent,
      edit: () => {
        if (!sectionRef.current?.editFirstUnconfirmed()) void message.info('本项目没有待确认的内容可编辑');
      },
    },
    !isPhone && items.length > 0,
  );

  if (planId === 0) return <NotFoundResult message="链接有误，找不到该清单。" />;
  if (plan.isPending || review.isPending) return <PageLoading />;
  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;
  if (review.isError) return <QueryError error={review.error} onRetry={() => void review.refetch()} />;

  const list = <ReviewProjectList items={items} selectedId={selectedId} onSelect={select} />;
  const detail = selectedId && <ReviewDetail projectId={selectedId} sectionRef={sectionRef} onBack={isPhone ? () => select(null) : undefined} />;

  return (
    <>
      <ReviewSummary plan={plan.data} review={review.data} />
      {isPhone ? (
        (detail ?? (
          <Card size="small" styles={{ body: { padding: 8 } }}>
            {list}
          </Card>
        ))
      ) : (
        <>
          <ShortcutHint canConfirm={canConfirm} />
          <Row gutter={16}>
            <Col md={9} xl={7}>
              <Card size="small" title={`项目（${items.length}）`} styles={{ body: { padding: 8 } }}>
                <div className="ms-review-scroll">{list}</div>
              </Card>
            </Col>
            <Col md={15} xl={17} className="ms-shrink">
              {detail}
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
