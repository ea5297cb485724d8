import { useState } from 'react';
import { App, Button, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import type { GreenChannelRequest } from '../../../contract/blockers.contract';
import { errorMessage } from '../../api/http-client';
import { formatDate, formatDateTime } from '../../components/date-format.util';
import { GREEN_CHANNEL_STATUS_COLORS, GREEN_CHANNEL_STATUS_LABELS } from './blocker-labels';
import { BlockerTextModal } from './blocker-text.modal';
import type { GreenChannelAction } from './use-blocker-actions.mutation';
import { useActOnGreenChannel } from './use-blocker-actions.mutation';

const DONE_MESSAGES: Record<GreenChannelAction, string> = { accept: '已接收', answer: '已答复', close: '已办结' };

/** A blocker's green-channel requests; the addressed co-unit gets 接收 / 答复 / 办结 on its own request. */
export function GreenChannelList({ requests }: { requests: GreenChannelRequest[] }) {
  const { message } = App.useApp();
  const act = useActOnGreenChannel();
  const [answering, setAnswering] = useState<GreenChannelRequest | null>(null);

  const run = (r: GreenChannelRequest, action: GreenChannelAction, text?: string) =>
    act.mutate(
      { requestId: r.id, action, text, version: r.version },
      {
        onSuccess: () => {
          void message.success(DONE_MESSAGES[action]);
          setAnswering(null);
        },
        onError: (error) => {
          if (action !== 'answer') void message.error(errorMessage(error));
        },
      },
    );
  const isBusy = (r: GreenChannelRequest, action: GreenChannelAction) => act.isPending && act.variables.requestId === r.id && act.variables.action === action;
  const startAnswer = (r: GreenChannelRequest) => {
    act.reset();
    setAnswering(r);
  };

  if (requests.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有绿色通道请求" />;
  return (
    <>
      <List
        size="small"
        dataSource={requests}
        renderItem={(r) => (
          <List.Item data-testid={`green-channel-${r.id}`}>
            <Space orientation="vertical" size={4} style={{ width: '100%', minWidth: 0 }}>
              <Space wrap size={4}>
                <Typography.Text strong>{r.coUnitName ?? `单位 #${r.coUnitId}`}</Typography.Text>
                <Tag color={GREEN_CHANNEL_STATUS_COLORS[r.status]}>{GREEN_CHANNEL_STATUS_LABELS[r.status]}</Tag>
                {r.isOverdue && <Tag color="error">逾期</Tag>}
              </Space>
              <Typography.Text type={r.isOverdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                答复期限：{formatDate(r.dueDate)}（{r.requestedBy} 于 {formatDateTime(r.requestedAt)} 申请）
              </Typography.Text>
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{r.text}</Typography.Text>
              {r.answer && (
                <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                  答复（{r.answeredBy}，{formatDateTime(r.answeredAt)}）：{r.answer}
                </Typography.Text>
              )}
              {(r.permissions.canAccept || r.permissions.canAnswer || r.permissions.canClose) && (
                <Flex wrap gap={8}>
                  {r.permissions.canAccept && (
                    <Button size="small" loading={isBusy(r, 'accept')} onClick={() => run(r, 'accept')}>
                      接收
                    </Button>
                  )}
                  {r.permissions.canAnswer && (
                    <Button size="small" type="primary" onClick={() => startAnswer(r)}>
                      答复
                    </Button>
                  )}
                  {r.permissions.canClose && (
                    <Button size="small" type="primary" loading={isBusy(r, 'close')} onClick={() => run(r, 'close')}>
                      办结
                    </Button>
                  )}
                </Flex>
              )}
            </Space>
          </List.Item>
        )}
      />
      <BlockerTextModal
        open={answering !== null}
        title="答复绿色通道请求"
        label="答复内容"
        requiredMessage="请填写答复内容"
        placeholder="如：已开辟绿色通道，用地手续6月10日前办结"
        okText="答复"
        pending={act.isPending}
        error={act.variables?.action === 'answer' ? act.error : null}
        onSubmit={(text) => answering && run(answering, 'answer', text)}
        onClose={() => setAnswering(null)}
      />
    </>
  );
}
