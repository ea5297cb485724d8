import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Typography } from 'antd';
import { FullscreenOutlined, TableOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { withQuery } from '../api/http-client';
import { formatDate } from '../components/date-format.util';
import { PageLoading } from '../components/page-loading.component';
import { NotFoundResult, parseRouteId, QueryError } from '../components/query-error.component';
import { DashboardView } from '../features/dashboard/dashboard-view.component';
import { useDashboard } from '../features/dashboard/use-dashboard.query';
import { asOfPlaceholder, planOverCaption } from '../features/plans/plan-as-of.util';
import { SatisfactionCard } from '../features/public-feedback/satisfaction-card.component';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** 督查大屏 in the back office: a plan's numbers as of a date, the same date the ledger opens with. */
export default function PlanDashboardPage() {
  const planId = parseRouteId(useParams().planId) ?? 0;
  const [searchParams, setSearchParams] = useSearchParams();
  const chosen = searchParams.get('asOf');
  const [asOf, setAsOf] = useState<string | null>(chosen && DAY.test(chosen) ? chosen : null);
  const dashboard = useDashboard(planId, asOf);

  if (planId === 0) return <NotFoundResult message="链接有误，找不到该清单。" />;
  if (dashboard.isPending) return <PageLoading />;
  if (dashboard.isError) return <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  const data = dashboard.data;
  const choose = (day: string | null) => {
    setAsOf(day);
    setSearchParams(day ? { asOf: day } : {}, { replace: true });
  };

  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          督查大屏
        </Typography.Title>
        <Typography.Text type="secondary" data-testid="dash-as-of">
          {data.year}年 {data.planTitle} · 截至 {formatDate(data.asOf)}
          {data.isYearOver && !asOf && planOverCaption(data.asOf)}
        </Typography.Text>
        <Flex wrap gap={8} style={{ marginTop: 12 }}>
          <DatePicker
            aria-label="截至日期"
            placeholder={asOfPlaceholder(data.isYearOver)}
            value={asOf ? dayjs(asOf) : null}
            format="截至YYYY年M月D日"
            inputReadOnly
            disabledDate={(date) => date.year() !== data.year}
            defaultPickerValue={dayjs(data.asOf)}
            onChange={(date) => choose(date ? date.format('YYYY-MM-DD') : null)}
            style={{ flex: '1 1 180px', maxWidth: 220 }}
          />
          {data.permissions.canOpenLedger && (
            <Link to={withQuery(`/plans/${planId}/ledger`, { asOf: data.asOf })}>
              <Button icon={<TableOutlined />}>同日专项台账</Button>
            </Link>
          )}
          <Link to={withQuery(`/plans/${planId}/dashboard/screen`, { asOf })}>
            <Button type="primary" icon={<FullscreenOutlined />}>
              大屏模式
            </Button>
          </Link>
        </Flex>
      </Card>
      <DashboardView data={data} tone="light" />
      <SatisfactionCard planId={planId} />
    </>
  );
}
