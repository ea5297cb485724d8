import { Card, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { DELIVERY_CHANNEL_LABELS, DELIVERY_STATUS_LABELS } from '../../contract/notifications.contract';
import type { DeliveryLogItem } from '../../contract/notifications.contract';
import { formatDateTime } from '../components/date-format.util';
import { QueryError } from '../components/query-error.component';
import { useDeliveryLog } from '../features/notifications/use-notifications.query';

type Status = DeliveryLogItem['status'];
const STATUS_COLORS: Record<Status, string> = { pending: 'default', sending: 'processing', sent: 'success', failed: 'error' };

/** 推送记录 (admin): every e-mail and robot delivery, its attempts and last error. */
export default function AdminNotificationDeliveriesPage() {
  const [status, setStatus] = useState<Status | 'all'>('all');
  const query = useDeliveryLog(status === 'all' ? undefined : status);
  return (
    <Card size="small" title="消息推送记录">
      <Segmented<Status | 'all'>
        style={{ marginBottom: 8 }}
        options={[{ label: '全部', value: 'all' }, ...(['failed', 'pending', 'sent'] as const).map((s) => ({ label: DELIVERY_STATUS_LABELS[s], value: s }))]}
        value={status}
        onChange={setStatus}
      />
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Table<DeliveryLogItem>
          size="small"
          rowKey="id"
          loading={query.isPending}
          dataSource={query.data?.items ?? []}
          scroll={{ x: 720 }}
          pagination={{ pageSize: 50 }}
          columns={[
            { title: '时间', dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
            { title: '通知', dataIndex: 'title', render: (v: string) => <span style={{ wordBreak: 'break-all' }}>{v}</span> },
            { title: '渠道', dataIndex: 'channel', width: 90, render: (v: DeliveryLogItem['channel']) => DELIVERY_CHANNEL_LABELS[v] },
            { title: '接收方', dataIndex: 'recipient', width: 180 },
            { title: '状态', dataIndex: 'status', width: 80, render: (v: Status) => <Tag color={STATUS_COLORS[v]}>{DELIVERY_STATUS_LABELS[v]}</Tag> },
            { title: '次数', dataIndex: 'attempts', width: 60 },
            { title: '最后错误', dataIndex: 'lastError', render: (v: string | null) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : '—') },
          ]}
        />
      )}
    </Card>
  );
}
