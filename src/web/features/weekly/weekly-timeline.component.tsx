import { Alert, Button, Card, Collapse, Empty, Flex, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { ProjectDetail } from '../../api/api.types';
import type { WeeklyUpdate } from '../../api/weekly-api.types';
import { formatDateTime } from '../../components/date-format.util';
import { QueryError } from '../../components/query-error.component';
import { useCurrentUser } from '../auth/current-user.context';
import { useTimeline } from './use-weekly.query';
import { formatWeek, isoWeekOf } from './week-format.util';
import { WEEKLY_STATUS_COLORS, WEEKLY_STATUS_LABELS } from './weekly-labels';
import { WeeklyUpdateView } from './weekly-update-view.component';

function WeekLabel({ update }: { update: WeeklyUpdate }) {
  const figures = update.values
    .filter((value) => value.actual !== null)
    .map((value) => `${value.actual}/${value.target}${value.unit}`)
    .join('，');
  return (
    <Flex wrap gap={6} align="center">
      <Typography.Text strong>{formatWeek(update.week, update.weekStart, update.weekEnd)}</Typography.Text>
      <Tag color={WEEKLY_STATUS_COLORS[update.status]}>{WEEKLY_STATUS_LABELS[update.status]}</Tag>
      {update.revision > 1 && <Tag>第{update.revision}版</Tag>}
      {update.isLate && <Tag color="error">逾期</Tag>}
      {figures && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {figures}
        </Typography.Text>
      )}
    </Flex>
  );
}

function WeekBody({ update, project }: { update: WeeklyUpdate; project: ProjectDetail }) {
  return (
    <>
      {update.reviewComment && (
        <Alert
          type={update.status === 'returned' ? 'error' : 'success'}
          showIcon
          style={{ marginBottom: 8 }}
          message={`督查室${update.status === 'returned' ? '退回' : '审核'}意见：${update.reviewComment}`}
          description={[update.reviewedBy, formatDateTime(update.reviewedAt)].filter(Boolean).join(' · ')}
        />
      )}
      <WeeklyUpdateView update={update} coUnits={project.units.filter((unit) => unit.role === 'co')} />
      {update.coUnitNotes.map((note) => (
        <Typography.Paragraph key={note.id} type="secondary" style={{ fontSize: 12, marginBottom: 4 }}>
          协办（{note.unitName}）：{note.text}
        </Typography.Paragraph>
      ))}
      <Link to={`/projects/${project.id}/weekly/${update.week}`}>打开本周周报</Link>
    </>
  );
}

/** 周台账 on the project page: every week's update, newest first, with values, photos and review comments. */
export function WeeklyTimeline({ project }: { project: ProjectDetail }) {
  const user = useCurrentUser();
  const timeline = useTimeline(project.id);
  const isLeadUser = project.units.some((unit) => unit.role === 'lead' && unit.id === user.unitId);
  const canWrite = isLeadUser || user.role === 'admin' || user.role === 'supervisor';
  const items = timeline.data?.items ?? [];

  return (
    <Card
      size="small"
      title="周台账"
      style={{ marginBottom: 16 }}
      id="weekly"
      extra={
        canWrite && (
          <Link to={`/projects/${project.id}/weekly/${isoWeekOf()}`}>
            <Button type="primary" size="small" icon={<EditOutlined />}>
              填报本周
            </Button>
          </Link>
        )
      }
    >
      {timeline.isError ? (
        <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={timeline.isPending ? '加载中…' : '还没有周台账'} />
      ) : (
        <Collapse
          size="small"
          defaultActiveKey={items[0] ? [String(items[0].id ?? items[0].week)] : []}
          items={items.map((update) => ({
            key: String(update.id ?? update.week),
            label: <WeekLabel update={update} />,
            children: <WeekBody update={update} project={project} />,
          }))}
        />
      )}
    </Card>
  );
}
