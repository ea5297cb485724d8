import { useState } from 'react';
import { Alert, Button, Card, Collapse, Empty, Flex, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { ProjectDetail } from '../../../contract/projects.contract';
import type { WeeklyUpdate } from '../../../contract/weekly.contract';
import { formatDateTime } from '../../components/date-format.util';
import { QueryError } from '../../components/query-error.component';
import { InstructionModal } from '../leaders/instruction.modal';
import type { InstructionSubject } from '../leaders/instruction.modal';
import { useTimeline } from './use-weekly.query';
import { formatWeek } from './week-format.util';
import { isPlanOver, planDefaultWeek } from '../plans/plan-as-of.util';
import { WEEKLY_STATUS_COLORS, WEEKLY_STATUS_LABELS } from './weekly-labels';
import { WeeklyUpdateView } from './weekly-update-view.component';
import { UpdatePublication } from '../portal/update-publication.component';

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
      {update.publicAt && <Tag color="blue">已公开</Tag>}
      {figures && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {figures}
        </Typography.Text>
      )}
    </Flex>
  );
}

function WeekBody({ update, project, onInstruct }: { update: WeeklyUpdate; project: ProjectDetail; onInstruct?: (update: WeeklyUpdate) => void }) {
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
      <UpdatePublication update={update} />
      {update.coUnitNotes.map((note) => (
        <Typography.Paragraph key={note.id} type="secondary" style={{ fontSize: 12, marginBottom: 4 }}>
          协办（{note.unitName}）：{note.text}
        </Typography.Paragraph>
      ))}
      <Flex wrap gap={12} align="center">
        <Link to={`/projects/${project.id}/weekly/${update.week}`}>打开本周周报</Link>
        {onInstruct && update.id !== null && update.status !== 'draft' && (
          <Button size="small" icon={<EditOutlined />} onClick={() => onInstruct(update)}>
            批示
          </Button>
        )}
      </Flex>
    </>
  );
}

const RECENT_WEEKS = 6;

/** 周台账 on the project page: every week's update, newest first, with values, photos and review comments. */
export function WeeklyTimeline({ project }: { project: ProjectDetail }) {
  const timeline = useTimeline(project.id);
  // what the server lets this user do on the project: 填报本周 (lead unit, 督查室), 批示 (leaders)
  const can = timeline.data?.permissions;
  const canWrite = can?.canReportWeekly ?? false;
  const [showAll, setShowAll] = useState(false);
  // a leader may write a 批示 on a week's update; it becomes a task the lead unit answers
  const [instructing, setInstructing] = useState<InstructionSubject | null>(null);
  const onInstruct = can?.canInstruct
    ? (update: WeeklyUpdate) =>
        setInstructing({
          projectId: project.id,
          updateId: update.id ?? undefined,
          caption: `${project.seq}. ${project.name} · ${formatWeek(update.week)}周台账`,
        })
    : undefined;
  const all = timeline.data?.items ?? [];
  // a year of weeks would push 批示 and 堵点 far down a phone screen: the latest weeks first, the rest on request
  const items = showAll ? all : all.slice(0, RECENT_WEEKS);

  return (
    <Card
      size="small"
      title="周台账"
      style={{ marginBottom: 16 }}
      id="weekly"
      extra={
        canWrite && (
          <Link to={`/projects/${project.id}/weekly/${planDefaultWeek(project.plan)}`}>
            <Button type="primary" size="small" icon={<EditOutlined />}>
              {isPlanOver(project.plan) ? '填报最后一周' : '填报本周'}
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
            children: <WeekBody update={update} project={project} onInstruct={onInstruct} />,
          }))}
        />
      )}
      {all.length > RECENT_WEEKS && (
        <Button type="link" size="small" style={{ marginTop: 8, paddingInline: 0 }} onClick={() => setShowAll((v) => !v)}>
          {showAll ? `只看最近 ${RECENT_WEEKS} 周` : `显示全部 ${all.length} 周`}
        </Button>
      )}
      <InstructionModal subject={instructing} onClose={() => setInstructing(null)} />
    </Card>
  );
}
