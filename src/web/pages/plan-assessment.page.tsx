import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Typography } from 'antd';
import { DownloadOutlined, SettingOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useParams, useSearchParams } from 'react-router-dom';
import type { AssessmentRow } from '../../contract/assessment.contract';
import { withQuery } from '../api/http-client';
import { formatDate } from '../components/date-format.util';
import { PageLoading } from '../components/page-loading.component';
import { NotFoundResult, parseRouteId, QueryError } from '../components/query-error.component';
import { AssessmentExplainDrawer } from '../features/assessment/assessment-explain.drawer';
import { AssessmentTable } from '../features/assessment/assessment-table.component';
import { RubricEditorModal } from '../features/assessment/rubric-editor.modal';
import { useAssessment } from '../features/assessment/use-assessment.query';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** 单位考核: the league table of a month (units see their own row), each score explained on click, .xlsx export. */
export default function PlanAssessmentPage() {
  const planId = parseRouteId(useParams().planId) ?? 0;
  const [searchParams, setSearchParams] = useSearchParams();
  const chosen = searchParams.get('month');
  const month = chosen && MONTH.test(chosen) ? chosen : null;
  const assessment = useAssessment(planId, month);
  const [explained, setExplained] = useState<AssessmentRow | null>(null);
  const [editing, setEditing] = useState(false);

  if (planId === 0) return <NotFoundResult message="链接有误，找不到该清单。" />;
  if (assessment.isPending) return <PageLoading />;
  if (assessment.isError) return <QueryError error={assessment.error} onRetry={() => void assessment.refetch()} />;
  const data = assessment.data;
  const monthLabel = `${Number(data.month.slice(5))}月`;

  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          单位考核
        </Typography.Title>
        <Typography.Text type="secondary" data-testid="assessment-as-of">
          {data.year}年{monthLabel} · {data.planTitle} · 截至 {formatDate(data.asOf)}
        </Typography.Text>
        <Flex wrap gap={8} style={{ marginTop: 12 }}>
          <DatePicker
            picker="month"
            aria-label="考核月份"
            value={dayjs(`${data.month}-01`)}
            format="YYYY年M月"
            inputReadOnly
            allowClear={false}
            disabledDate={(date) => date.year() !== data.year}
            onChange={(date) => date && setSearchParams({ month: date.format('YYYY-MM') }, { replace: true })}
            style={{ flex: '1 1 140px', maxWidth: 180 }}
          />
          {data.permissions.canExport && (
            <a href={withQuery(`/api/v1/plans/${planId}/assessment.xlsx`, { month: data.month })} download>
              <Button icon={<DownloadOutlined />}>导出 Excel</Button>
            </a>
          )}
          {data.permissions.canEditRubric && (
            <Button icon={<SettingOutlined />} onClick={() => setEditing(true)}>
              考核细则
            </Button>
          )}
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
          {data.criteria.map((c) => `${c.label}${c.weight}分`).join('、')}；按牵头项目计分，点击得分查看扣分事项。
          {!data.permissions.seesAllUnits && '仅显示本单位。'}
        </Typography.Paragraph>
      </Card>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <AssessmentTable data={data} onExplain={setExplained} />
      </Card>
      <AssessmentExplainDrawer row={explained} monthLabel={monthLabel} onClose={() => setExplained(null)} />
      {data.permissions.canEditRubric && <RubricEditorModal planId={planId} open={editing} onClose={() => setEditing(false)} />}
    </>
  );
}
