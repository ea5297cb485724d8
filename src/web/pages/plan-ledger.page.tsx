import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Grid, Select, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useParams, useSearchParams } from 'react-router-dom';
import { withQuery } from '../api/http-client';
import { formatDate } from '../components/date-format.util';
import { NotFoundResult, parseRouteId, QueryError } from '../components/query-error.component';
import { LedgerCardList } from '../features/ledger/ledger-card-list.component';
import { LedgerCounts } from '../features/ledger/ledger-counts.component';
import { LedgerTable } from '../features/ledger/ledger-table.component';
import { matchesStatus, useLedger } from '../features/ledger/use-ledger.query';
import { planDefaultWeek } from '../features/plans/plan-as-of.util';
import { usePlan } from '../features/plans/use-plans.query';
import { useUnits } from '../features/units/use-units.query';
import { isoWeekOf } from '../features/weekly/week-format.util';
import type { StatusFilter } from '../features/weekly/weekly-labels';
import { STATUS_FILTER_OPTIONS } from '../features/weekly/weekly-labels';
import { asOfPlaceholder, planOverCaption } from '../features/plans/plan-as-of.util';

/** 专项台账: the 督查室's master ledger of all projects × targets, as of a date, with the .xlsx exports. */
export default function PlanLedgerPage() {
  const planId = parseRouteId(useParams().planId) ?? 0;
  const plan = usePlan(planId);
  const units = useUnits();
  const [searchParams] = useSearchParams();
  // ?asOf=YYYY-MM-DD opens the ledger as of that day, so a link can be shared
  const [asOf, setAsOf] = useState<string | null>(/^\d{4}-\d{2}-\d{2}$/.test(searchParams.get('asOf') ?? '') ? searchParams.get('asOf') : null);
  const [unitId, setUnitId] = useState<number | null>(null);
  const [status, setStatus] = useState<StatusFilter | null>(null);
  const ledger = useLedger(planId, asOf, unitId);
  const isPhone = Grid.useBreakpoint().md === false;

  if (planId === 0) return <NotFoundResult message="链接有误，找不到该清单。" />;
  const items = (ledger.data?.items ?? []).filter((item) => matchesStatus(item, status));
  const shownAsOf = ledger.data?.asOf ?? asOf;
  // the export's week follows the ledger's as-of (one rule for the plan), never a week outside the plan's year
  const exportWeek = plan.data
    ? planDefaultWeek({ year: plan.data.year, endDate: plan.data.rhythm.endDate }, shownAsOf)
    : isoWeekOf(asOf ? dayjs(asOf) : dayjs());

  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          专项工作台账
        </Typography.Title>
        <Typography.Text type="secondary">
          {plan.data ? `${plan.data.year}年 ${plan.data.title}` : ''}
          {shownAsOf && ` · 截至${formatDate(shownAsOf)}`}
          {ledger.data?.isYearOver && !asOf && planOverCaption(ledger.data.asOf)}
        </Typography.Text>
        <Flex wrap gap={8} style={{ marginTop: 12 }}>
          <DatePicker
            aria-label="截至日期"
            placeholder={asOfPlaceholder(ledger.data?.isYearOver)}
            value={asOf ? dayjs(asOf) : null}
            format="截至YYYY年M月D日"
            inputReadOnly
            disabledDate={(date) => (plan.data ? date.year() !== plan.data.year : false)}
            defaultPickerValue={shownAsOf ? dayjs(shownAsOf) : undefined}
            onChange={(date) => setAsOf(date ? date.format('YYYY-MM-DD') : null)}
            style={{ flex: '1 1 180px', maxWidth: 220 }}
          />
          <Select<StatusFilter>
            placeholder="按状态筛选"
            aria-label="状态"
            allowClear
            value={status ?? undefined}
            options={STATUS_FILTER_OPTIONS}
            onChange={(value) => setStatus(value ?? null)}
            style={{ flex: '1 1 140px', maxWidth: 180 }}
          />
          <Select<number>
            placeholder="按责任单位筛选"
            aria-label="责任单位"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={unitId ?? undefined}
            options={(units.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
            onChange={(value) => setUnitId(value ?? null)}
            style={{ flex: '1 1 200px', maxWidth: 300 }}
            popupMatchSelectWidth={false}
          />
          <a href={withQuery(`/api/v1/plans/${planId}/ledger.xlsx`, { asOf })} download>
            <Button type="primary" icon={<DownloadOutlined />}>
              导出台账
            </Button>
          </a>
          <a href={withQuery(`/api/v1/plans/${planId}/weekly-export.xlsx`, { week: exportWeek })} download>
            <Button icon={<DownloadOutlined />}>导出本周报送</Button>
          </a>
        </Flex>
      </Card>
      <Card size="small" styles={{ body: { padding: isPhone ? 8 : 12 } }}>
        {ledger.isError ? (
          <QueryError error={ledger.error} onRetry={() => void ledger.refetch()} />
        ) : (
          <>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid="ledger-count">
              共 {items.length} 项
            </Typography.Paragraph>
            <LedgerCounts items={ledger.data?.items ?? []} />
            {isPhone ? <LedgerCardList items={items} loading={ledger.isFetching} /> : <LedgerTable items={items} loading={ledger.isFetching} />}
          </>
        )}
      </Card>
    </>
  );
}
