import { Descriptions, Drawer, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../components/date-format.util';
import { PageLoading } from '../../components/page-loading.component';
import { QueryError } from '../../components/query-error.component';
import { BlockerActions } from './blocker-actions.component';
import { BLOCKER_KIND_LABELS, BLOCKER_STATUS_COLORS, BLOCKER_STATUS_LABELS } from './blocker-labels';
import { GreenChannelList } from './green-channel-list.component';
import { useBlocker } from './use-blockers.query';

function BlockerBody({ id }: { id: number }) {
  const query = useBlocker(id);
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const b = query.data;
  return (
    <>
      <BlockerActions blocker={b} />
      <Descriptions
        column={1}
        size="small"
        styles={{ label: { width: 88 } }}
        items={[
          { key: 'project', label: '项目', children: <Link to={`/projects/${b.project.id}`}>{`${b.project.seq}. ${b.project.name}`}</Link> },
          { key: 'status', label: '状态', children: <Tag color={BLOCKER_STATUS_COLORS[b.status]}>{BLOCKER_STATUS_LABELS[b.status]}</Tag> },
          { key: 'kind', label: '类型', children: BLOCKER_KIND_LABELS[b.kind] },
          { key: 'desc', label: '问题描述', children: <span style={{ whiteSpace: 'pre-wrap' }}>{b.description}</span> },
          { key: 'need', label: '需要支持', children: b.neededFrom || '—' },
          { key: 'raised', label: '提出', children: `${b.raisedBy}，${formatDateTime(b.raisedAt)}` },
          ...(b.escalatedToLeader ? [{ key: 'esc', label: '领导协调', children: `已提交分管领导，${formatDateTime(b.escalatedAt)}` }] : []),
          ...(b.resolution ? [{ key: 'res', label: b.status === 'closed' ? '关闭原因' : '解决情况', children: b.resolution }] : []),
          ...(b.resolvedAt ? [{ key: 'done', label: '办结', children: `${b.resolvedBy ?? ''}，${formatDateTime(b.resolvedAt)}` }] : []),
        ]}
      />
      <Typography.Title level={5}>绿色通道请求</Typography.Title>
      <GreenChannelList requests={b.greenChannel} />
    </>
  );
}

/** A blocker's details and its green-channel requests, in a drawer that fills a phone screen. */
export function BlockerDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  return (
    <Drawer title="堵点卡点详情" open={id !== null} onClose={onClose} width="min(560px, 100vw)" destroyOnHidden>
      {id !== null && <BlockerBody id={id} />}
    </Drawer>
  );
}
