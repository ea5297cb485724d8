import { Alert, Breadcrumb, Card, Descriptions, List, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { formatDateTime } from '../components/date-format.util';
import { PageLoading } from '../components/page-loading.component';
import { NotFoundResult, parseRouteId, QueryError } from '../components/query-error.component';
import { formatMonth } from '../features/bulletins/use-bulletins.query';
import { MONTHLY_STATUS_COLORS, MONTHLY_STATUS_LABELS } from '../features/monthly/monthly-labels';
import { MonthlyEditor } from '../features/monthly/monthly-editor.component';
import { useMonthly } from '../features/monthly/use-monthly.query';
import { useProject } from '../features/projects/use-project.query';

/** 月报: drafted from the month's accepted weekly updates, edited and submitted by the lead unit, reviewed by the 督查室. */
export default function MonthlyReportPage() {
  const params = useParams();
  const projectId = parseRouteId(params.projectId) ?? 0;
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(params.month ?? '') ? (params.month ?? '') : '';
  const project = useProject(projectId);
  const report = useMonthly(month ? projectId : 0, month);

  if (projectId === 0 || !month) return <NotFoundResult message="链接有误，找不到该月报。" />;
  if (report.isPending) return <PageLoading />;
  if (report.isError) return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to={`/projects/${projectId}`}>{project.data ? `${project.data.seq}. ${project.data.name}` : '项目'}</Link> },
          { title: `${formatMonth(month)}月报` },
        ]}
      />
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {formatMonth(month)}月报 <Tag color={MONTHLY_STATUS_COLORS[r.status]}>{MONTHLY_STATUS_LABELS[r.status]}</Tag>
        {r.isLate && <Tag color="error">逾期</Tag>}
      </Typography.Title>
      {r.reviewComment && (
        <Alert type={r.status === 'returned' ? 'error' : 'success'} showIcon style={{ marginBottom: 16 }} message={`督查室意见：${r.reviewComment}`} />
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          column={1}
          size="small"
          styles={{ label: { width: 88 } }}
          items={[
            { key: 'due', label: '报送截止', children: formatDateTime(r.dueAt) },
            { key: 'weeks', label: '依据周报', children: r.sourceWeeks.length ? r.sourceWeeks.join('、') : '本月暂无已通过的周报' },
            ...(r.submittedAt ? [{ key: 'sub', label: '提交', children: `${r.submittedBy ?? ''}，${formatDateTime(r.submittedAt)}` }] : []),
            ...(r.reviewedAt ? [{ key: 'rev', label: '审核', children: `${r.reviewedBy ?? ''}，${formatDateTime(r.reviewedAt)}` }] : []),
          ]}
        />
      </Card>
      <Card size="small" title="月末指标完成情况" style={{ marginBottom: 16 }}>
        <List
          size="small"
          dataSource={r.values}
          locale={{ emptyText: '没有量化指标' }}
          renderItem={(v) => (
            <List.Item>
              <Typography.Text style={{ overflowWrap: 'anywhere' }}>{v.label}</Typography.Text>
              <Typography.Text type={v.actual !== null && v.actual < v.expected ? 'danger' : undefined}>
                {v.actual ?? '未报'} / 计划 {v.expected}（目标 {v.target}）{v.unit}
              </Typography.Text>
            </List.Item>
          )}
        />
      </Card>
      <MonthlyEditor key={`${r.id ?? 'new'}-${r.version}-${r.status}`} report={r} />
    </>
  );
}
