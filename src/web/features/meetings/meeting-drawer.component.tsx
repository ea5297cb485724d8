import { Descriptions, Drawer, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate } from '../../components/date-format.util';
import { PageLoading } from '../../components/page-loading.component';
import { QueryError } from '../../components/query-error.component';
import { ActionItemList } from './action-item-list.component';
import { MeetingAttachments } from './meeting-attachments.component';
import { MEETING_KIND_COLORS, MEETING_KIND_LABELS } from './meeting-labels';
import { useMeeting } from './use-meetings.query';

const pre = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

function MeetingBody({ id, projectNames }: { id: number; projectNames: Map<number, string> }) {
  const query = useMeeting(id);
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const m = query.data;
  return (
    <>
      <Descriptions
        column={1}
        size="small"
        styles={{ label: { width: 88 } }}
        items={[
          { key: 'kind', label: '会议类型', children: <Tag color={MEETING_KIND_COLORS[m.kind]}>{MEETING_KIND_LABELS[m.kind]}</Tag> },
          { key: 'date', label: '日期', children: formatDate(m.date) },
          { key: 'host', label: '主持人/主办', children: m.host },
          { key: 'attendees', label: '参会人员', children: <span style={pre}>{m.attendees || '—'}</span> },
          {
            key: 'projects',
            label: '研究项目',
            children: m.projectIds.length ? (
              <Space direction="vertical" size={2}>
                {m.projectIds.map((pid) => (
                  <Link key={pid} to={`/projects/${pid}`}>
                    {projectNames.get(pid) ?? `项目 #${pid}`}
                  </Link>
                ))}
              </Space>
            ) : (
              '—'
            ),
          },
          { key: 'minutes', label: '会议纪要', children: <span style={pre}>{m.minutes || '—'}</span> },
        ]}
      />
      <Typography.Title level={5}>附件</Typography.Title>
      <MeetingAttachments meetingId={m.id} attachments={m.attachments} canEdit={m.permissions.canEdit} />
      <Typography.Title level={5}>交办事项</Typography.Title>
      <ActionItemList items={m.actionItems} />
    </>
  );
}

/** A meeting's record, files and action items, in a drawer that fills a phone screen. */
export function MeetingDrawer({ id, projectNames, onClose }: { id: number | null; projectNames: Map<number, string>; onClose: () => void }) {
  return (
    <Drawer title="会议详情" open={id !== null} onClose={onClose} width="min(600px, 100vw)" destroyOnHidden>
      {id !== null && <MeetingBody id={id} projectNames={projectNames} />}
    </Drawer>
  );
}
