import { Descriptions, Drawer, Timeline, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { SupervisionNoticeDetail } from '../../../contract/supervision-notices.contract';
import { formatDate, formatDateTime } from '../../components/date-format.util';
import { PageLoading } from '../../components/page-loading.component';
import { QueryError } from '../../components/query-error.component';
import { SUPERVISION_NOTICE_ACTION_LABELS } from './supervision-labels';
import { SupervisionEvidence } from './supervision-evidence.component';
import { SupervisionNoticeActions } from './supervision-notice-actions.component';
import { SupervisionNoticeTags } from './supervision-notice-tags.component';
import { useSupervisionNotice } from './use-supervision-notices.query';

const pre = (text: string | null) => <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{text ?? '—'}</span>;

function NoticeTimeline({ notice }: { notice: SupervisionNoticeDetail }) {
  return (
    <Timeline
      data-testid="supervision-timeline"
      items={notice.timeline.map((e) => ({
        key: e.id,
        color: e.action === 'return' || e.action === 'escalate' ? 'red' : e.action === 'close' ? 'green' : 'blue',
        content: (
          <>
            <Typography.Text strong>{SUPERVISION_NOTICE_ACTION_LABELS[e.action]}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
              {e.actor === 'system' ? '系统' : e.actor}，{formatDateTime(e.at)}
            </Typography.Text>
            {e.text && <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{e.text}</div>}
          </>
        ),
      }))}
    />
  );
}

function NoticeBody({ id }: { id: number }) {
  const query = useSupervisionNotice(id);
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const n = query.data;
  return (
    <>
      <SupervisionNoticeActions notice={n} />
      <Descriptions
        column={1}
        size="small"
        styles={{ label: { width: 88 } }}
        items={[
          { key: 'number', label: '编号', children: n.number },
          { key: 'status', label: '状态', children: <SupervisionNoticeTags notice={n} /> },
          { key: 'subject', label: '督办事项', children: pre(n.subject) },
          { key: 'project', label: '项目', children: <Link to={`/projects/${n.project.id}`}>{`${n.project.seq}. ${n.project.name}`}</Link> },
          ...(n.blocker ? [{ key: 'blocker', label: '堵点', children: pre(n.blocker.description) }] : []),
          { key: 'unit', label: '承办单位', children: n.unitName },
          { key: 'problem', label: '存在问题', children: pre(n.problem) },
          { key: 'requirement', label: '整改要求', children: pre(n.requirement) },
          {
            key: 'deadline',
            label: '办理期限',
            children: (
              <Typography.Text type={n.isOverdue ? 'danger' : undefined}>{`${formatDate(n.deadline)}${n.isOverdue ? '（已逾期）' : ''}`}</Typography.Text>
            ),
          },
          { key: 'issued', label: '下发', children: `${n.issuedBy}，${formatDateTime(n.issuedAt)}` },
          ...(n.signedAt ? [{ key: 'signed', label: '签收', children: `${n.signedBy ?? ''}，${formatDateTime(n.signedAt)}` }] : []),
          ...(n.response ? [{ key: 'response', label: '办理情况', children: pre(n.response) }] : []),
          ...(n.evidence ? [{ key: 'evidence', label: '佐证说明', children: pre(n.evidence) }] : []),
          ...(n.reviewComment ? [{ key: 'review', label: n.status === 'returned' ? '退回原因' : '复核意见', children: pre(n.reviewComment) }] : []),
          ...(n.escalatedAt ? [{ key: 'escalated', label: '挂牌督办', children: `逾期未反馈，${formatDateTime(n.escalatedAt)} 列入挂牌督办` }] : []),
        ]}
      />
      <Typography.Title level={5}>佐证材料</Typography.Title>
      <SupervisionEvidence noticeId={n.id} attachments={n.attachments} canEdit={n.permissions.canUploadEvidence} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        办理过程
      </Typography.Title>
      <NoticeTimeline notice={n} />
    </>
  );
}

/** A 督办单's details, evidence and timeline, with the steps the user may take; fills a phone screen. */
export function SupervisionNoticeDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  return (
    <Drawer title="督办单" open={id !== null} onClose={onClose} width="min(600px, 100vw)" destroyOnHidden>
      {id !== null && <NoticeBody id={id} />}
    </Drawer>
  );
}
