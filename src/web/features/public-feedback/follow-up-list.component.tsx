import { useState } from 'react';
import { App, Button, Empty, List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { RatingFollowUp } from '../../../contract/satisfaction.contract';
import { FOLLOW_UP_STATUS_LABELS } from '../../../contract/satisfaction.contract';
import { formatDateTime } from '../../components/date-format.util';
import { TextEntryModal } from './text-entry.modal';
import { useCloseFollowUp } from './use-public-feedback.query';

/** 回访整改: 不满意 ratings with a reason, for the lead unit to answer (处理情况) and close; the 督查室 follows them. */
export function FollowUpList({ items, emptyText = '暂无回访整改事项' }: { items: RatingFollowUp[]; emptyText?: string }) {
  const { message } = App.useApp();
  const close = useCloseFollowUp();
  const [closing, setClosing] = useState<RatingFollowUp | null>(null);
  if (items.length === 0) return <Empty description={emptyText} />;
  return (
    <>
      <List
        itemLayout="vertical"
        dataSource={items}
        renderItem={(f) => (
          <List.Item key={f.id} data-testid="follow-up">
            <div>
              <Tag color={f.status === 'open' ? 'red' : 'green'}>{FOLLOW_UP_STATUS_LABELS[f.status]}</Tag>
              <Link to={`/projects/${f.project.id}`}>{`${f.project.seq}. ${f.project.name}`}</Link>
            </div>
            <Typography.Paragraph style={{ margin: '6px 0' }}>群众不满意：{f.reason}</Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {f.unitName} · {f.period} · {formatDateTime(f.createdAt)}
            </Typography.Text>
            {f.response && (
              <Typography.Paragraph style={{ margin: '6px 0 0' }}>
                处理情况：{f.response}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {' '}
                  （{f.closedBy}，{formatDateTime(f.closedAt)}）
                </Typography.Text>
              </Typography.Paragraph>
            )}
            {f.permissions.canClose && (
              <Button size="small" type="primary" style={{ marginTop: 8 }} onClick={() => setClosing(f)}>
                填写处理情况并办结
              </Button>
            )}
          </List.Item>
        )}
      />
      <TextEntryModal
        open={closing !== null}
        title="回访整改办结"
        label="处理情况"
        placeholder="如：已电话回访群众，联系供电公司于3日内完成接电"
        requiredMessage="请填写处理情况"
        maxLength={2000}
        pending={close.isPending}
        error={close.error}
        onClose={() => {
          close.reset();
          setClosing(null);
        }}
        onSubmit={(response) =>
          closing &&
          close.mutate(
            { id: closing.id, response, version: closing.version },
            {
              onSuccess: () => {
                void message.success('已办结');
                setClosing(null);
              },
            },
          )
        }
      />
    </>
  );
}
