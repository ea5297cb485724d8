import { useState } from 'react';
import { Alert, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router-dom';
import type { ProjectDetail } from '../../../contract/projects.contract';
import type { SupervisionNoticeSummary } from '../../../contract/supervision-notices.contract';
import { errorMessage } from '../../api/http-client';
import { formatDate } from '../../components/date-format.util';
import { IssueNoticeDrawer } from './issue-notice.drawer';
import { SupervisionNoticeDrawer } from './supervision-notice-drawer.component';
import { SupervisionNoticeTags } from './supervision-notice-tags.component';
import { usePlanSupervisionNotices } from './use-supervision-notices.query';

/** The step the signed-in user owes on a notice, from the server's permissions. */
const nextStep = (n: SupervisionNoticeSummary) =>
  n.permissions.canSign ? '待本单位签收' : n.permissions.canRespond ? '待本单位反馈' : n.permissions.canReview ? '待复核' : null;

function NoticeItem({ notice, onOpen }: { notice: SupervisionNoticeSummary; onOpen: () => void }) {
  const step = nextStep(notice);
  return (
    <List.Item onClick={onOpen} style={{ cursor: 'pointer', display: 'block' }} data-testid="project-supervision-notice">
      <Space orientation="vertical" size={2} style={{ minWidth: 0, width: '100%' }}>
        <Typography.Link strong style={{ overflowWrap: 'anywhere' }}>
          {notice.number} {notice.subject}
        </Typography.Link>
        <Space wrap size={4}>
          <SupervisionNoticeTags notice={notice} />
          {step && <Typography.Text type="warning">{step}</Typography.Text>}
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 13, overflowWrap: 'anywhere' }}>
          承办：{notice.unitName} ·{' '}
          <Typography.Text type={notice.isOverdue ? 'danger' : 'secondary'} style={{ fontSize: 13 }}>
            {formatDate(notice.deadline)} 前办结
          </Typography.Text>
        </Typography.Text>
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0, fontSize: 13, overflowWrap: 'anywhere' }}>
          整改要求：{notice.requirement}
        </Typography.Paragraph>
      </Space>
    </List.Item>
  );
}

/**
 * 督办单 on the project page: every notice of the project the user may see (a unit: those addressed to it), each
 * opening the notice drawer to 签收 / 反馈 / 复核 as on the plan's page; 下发督办单 when the server's `permissions` allow,
 * with the project pre-selected.
 */
export function ProjectSupervisionCard({ project }: { project: ProjectDetail }) {
  const planId = project.plan.id;
  const notices = usePlanSupervisionNotices(planId, { projectId: project.id });
  const [searchParams, setSearchParams] = useSearchParams();
  const openId = Number(searchParams.get('notice')) || null;
  const [issuing, setIssuing] = useState(false);
  const items = notices.data?.items ?? [];
  const overdue = items.filter((n) => n.isOverdue).length;
  const canIssue = notices.data?.permissions.canIssue === true;

  const openNotice = (id: number | null) => {
    const next = new URLSearchParams(searchParams);
    if (id) next.set('notice', String(id));
    else next.delete('notice');
    setSearchParams(next);
  };

  return (
    <Card
      size="small"
      title={items.length > 0 ? `督办单（${items.length}）` : '督办单'}
      style={{ marginBottom: 16 }}
      loading={notices.isPending}
      data-testid="project-supervision"
      extra={
        <Space size={4}>
          {overdue > 0 && <Tag color="error">逾期 {overdue}</Tag>}
          {canIssue && (
            <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)}>
              下发督办单
            </Button>
          )}
        </Space>
      }
    >
      {notices.isError ? (
        <Alert type="error" showIcon title={errorMessage(notices.error)} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有督办单" />
      ) : (
        <List size="small" dataSource={items} renderItem={(n) => <NoticeItem notice={n} onOpen={() => openNotice(n.id)} />} />
      )}
      <SupervisionNoticeDrawer id={openId} onClose={() => openNotice(null)} />
      {canIssue && (
        <IssueNoticeDrawer
          planId={planId}
          open={issuing}
          projects={[project]}
          projectId={project.id}
          onClose={() => setIssuing(false)}
          onIssued={(id) => {
            setIssuing(false);
            openNotice(id);
          }}
        />
      )}
    </Card>
  );
}
