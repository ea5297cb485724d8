import type { ReactNode } from 'react';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { WeeklyUpdate } from '../../../contract/weekly.contract';
import { formatDateTime } from '../../components/date-format.util';
import { formatDue, formatWeek, isPastDue } from './week-format.util';
import { WEEKLY_STATUS_COLORS, WEEKLY_STATUS_LABELS } from './weekly-labels';

interface WeeklyFormHeaderProps {
  update: WeeklyUpdate;
  project: { id: number; seq: number; name: string };
  canDownload: boolean;
  /** more actions under the header, e.g. 反映堵点 for the lead unit */
  actions?: ReactNode;
}

/** Project, week (2024年第23周（6月3日—6月9日）), deadline, status and the Excel form of the week. */
export function WeeklyFormHeader({ update, project, canDownload, actions }: WeeklyFormHeaderProps) {
  const isOpen = update.status === 'draft' || update.status === 'returned';
  const isOverdue = isOpen && isPastDue(update.dueAt);
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Link to={`/projects/${project.id}`} style={{ fontSize: 16, fontWeight: 600 }}>
        {project.seq}. {project.name}
      </Link>
      <Typography.Title level={5} style={{ margin: '6px 0' }} data-testid="weekly-week-title">
        {formatWeek(update.week, update.weekStart, update.weekEnd)}
      </Typography.Title>
      <Flex wrap gap={8} align="center">
        <Tag color={WEEKLY_STATUS_COLORS[update.id === null ? 'none' : update.status]} data-testid="weekly-status">
          {WEEKLY_STATUS_LABELS[update.id === null ? 'none' : update.status]}
        </Tag>
        {update.revision > 1 && <Tag>第{update.revision}版（更正）</Tag>}
        {update.isLate && <Tag color="error">逾期报送</Tag>}
        <Typography.Text type={isOverdue ? 'danger' : 'secondary'}>
          截止时间：{formatDue(update.dueAt)}
          {isOverdue && '（已逾期）'}
        </Typography.Text>
      </Flex>
      {update.submittedAt && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4, fontSize: 12 }}>
          {update.submittedBy ?? ''} 报送于 {formatDateTime(update.submittedAt)}
        </Typography.Text>
      )}
      {(canDownload || actions) && (
        <Flex wrap gap={8} align="center" style={{ marginTop: 4 }}>
          {canDownload && (
            <a href={`/api/v1/projects/${project.id}/weekly/${update.week}/form.xlsx`} download>
              <Button type="link" icon={<DownloadOutlined />} style={{ paddingInline: 0 }}>
                下载Excel填报表
              </Button>
            </a>
          )}
          {actions}
        </Flex>
      )}
    </Card>
  );
}
