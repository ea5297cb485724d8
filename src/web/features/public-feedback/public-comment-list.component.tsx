import { useState } from 'react';
import { App, Button, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/http-client';
import type { ManagedPublicComment } from '../../../contract/public-comments.contract';
import { PUBLIC_COMMENT_KIND_LABELS, PUBLIC_COMMENT_STATUS_LABELS } from '../../../contract/public-comments.contract';
import { formatDateTime } from '../../components/date-format.util';
import { TextEntryModal } from './text-entry.modal';
import { useModerateComment } from './use-public-feedback.query';

const STATUS_COLOURS = { pending: 'gold', approved: 'green', rejected: 'default' } as const;

type Editing = { comment: ManagedPublicComment; action: 'reject' | 'reply' } | null;

/** 群众留言: each comment with its project, who left it (full for the 督查室, masked for others), and the buttons the server allows. */
export function PublicCommentList({ items }: { items: ManagedPublicComment[] }) {
  const { message } = App.useApp();
  const moderate = useModerateComment();
  const [editing, setEditing] = useState<Editing>(null);
  if (items.length === 0) return <Empty description="暂无留言" />;

  const approve = (c: ManagedPublicComment) =>
    moderate.mutate(
      { id: c.id, action: 'approve', version: c.version },
      { onSuccess: () => void message.success('已公开'), onError: (e) => void message.error(errorMessage(e)) },
    );

  return (
    <>
      <List
        itemLayout="vertical"
        dataSource={items}
        renderItem={(c) => (
          <List.Item key={c.id} data-testid="public-comment">
            <Flex wrap gap={6} align="center">
              <Tag color={STATUS_COLOURS[c.status]}>{PUBLIC_COMMENT_STATUS_LABELS[c.status]}</Tag>
              <Tag>{PUBLIC_COMMENT_KIND_LABELS[c.kind]}</Tag>
              <Link to={`/projects/${c.project.id}`}>{`${c.project.seq}. ${c.project.name}`}</Link>
            </Flex>
            <Typography.Paragraph style={{ margin: '6px 0', whiteSpace: 'pre-wrap' }}>{c.body}</Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.name ?? '匿名'}
              {c.phone && ` · ${c.phone}`} · {formatDateTime(c.createdAt)}
              {c.leadUnitName && ` · 牵头单位：${c.leadUnitName}`}
            </Typography.Text>
            {c.status === 'rejected' && c.rejectReason && (
              <div>
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  不予公开原因：{c.rejectReason}
                </Typography.Text>
              </div>
            )}
            {c.reply && (
              <div style={{ background: '#f6f8fa', padding: 8, marginTop: 6, borderRadius: 4 }}>
                <Typography.Text strong>{c.replyUnitName ?? c.leadUnitName} 答复：</Typography.Text>
                <span style={{ whiteSpace: 'pre-wrap' }}>{c.reply}</span>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(c.repliedAt)}
                  </Typography.Text>
                </div>
              </div>
            )}
            <Space wrap style={{ marginTop: 8 }}>
              {c.permissions.canApprove && (
                <Button size="small" type="primary" loading={moderate.isPending} onClick={() => approve(c)}>
                  公开
                </Button>
              )}
              {c.permissions.canReject && (
                <Button size="small" danger onClick={() => setEditing({ comment: c, action: 'reject' })}>
                  {c.status === 'approved' ? '撤下' : '不予公开'}
                </Button>
              )}
              {c.permissions.canReply && (
                <Button size="small" onClick={() => setEditing({ comment: c, action: 'reply' })}>
                  {c.reply ? '修改答复' : '答复'}
                </Button>
              )}
            </Space>
          </List.Item>
        )}
      />
      <TextEntryModal
        open={editing !== null}
        title={editing?.action === 'reject' ? '不予公开' : '答复群众留言'}
        label={editing?.action === 'reject' ? '不予公开的原因' : '答复内容（公开显示在留言下方）'}
        placeholder={editing?.action === 'reject' ? '如：含个人隐私、与项目无关、广告信息' : '如：已列入计划，预计6月底前完成'}
        requiredMessage={editing?.action === 'reject' ? '请填写不予公开的原因' : '请填写答复内容'}
        initial={editing?.action === 'reply' ? (editing.comment.reply ?? '') : ''}
        maxLength={1000}
        pending={moderate.isPending}
        error={moderate.error}
        onClose={() => {
          moderate.reset();
          setEditing(null);
        }}
        onSubmit={(text) =>
          editing &&
          moderate.mutate(
            { id: editing.comment.id, action: editing.action, text, version: editing.comment.version },
            {
              onSuccess: () => {
                void message.success(editing.action === 'reject' ? '已设为不予公开' : '答复已公开');
                setEditing(null);
              },
            },
          )
        }
      />
    </>
  );
}
