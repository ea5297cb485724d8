import { Button, Flex, Grid, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { ChangeRequestListItem } from '../../../contract/targets.contract';
import { formatDateTime } from '../../components/date-format.util';
import { describeChange } from '../targets/change-format.util';
import { CHANGE_STATUS_TAGS } from '../targets/target-labels';
import type { ChangeItemInfo } from './use-change-items.query';

interface ChangeRequestTableProps {
  changes: ChangeRequestListItem[];
  loading: boolean;
  onDecide: (change: ChangeRequestListItem, decision: 'approve' | 'reject') => void;
  itemOf: (change: ChangeRequestListItem) => ChangeItemInfo;
}

function Diff({ change, unit }: { change: ChangeRequestListItem; unit: string }) {
  return (
    <>
      {describeChange(change, unit).map((field) => (
        <div key={field.field}>
          <Typography.Text type="secondary">{field.label}：</Typography.Text>
          <Typography.Text delete type="secondary">
            {field.before}
          </Typography.Text>{' '}
          → <Typography.Text strong>{field.after}</Typography.Text>
        </div>
      ))}
    </>
  );
}

function Status({ change }: { change: ChangeRequestListItem }) {
  const tag = CHANGE_STATUS_TAGS[change.status];
  return (
    <>
      <Tag color={tag.color}>{tag.label}</Tag>
      {change.decidedAt && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {change.decidedBy} · {formatDateTime(change.decidedAt)}
          {change.decisionReason ? `：${change.decisionReason}` : ''}
        </Typography.Text>
      )}
    </>
  );
}

/** 变更审批: each request with 原值 → 新值, who asked and why; pending ones can be approved or rejected. */
export function ChangeRequestTable({ changes, loading, onDecide, itemOf }: ChangeRequestTableProps) {
  const isPhone = Grid.useBreakpoint().md === false;
  // the 操作 column only when the server lets this user decide some request on screen
  const canDecide = changes.some((change) => change.permissions.canDecide);
  const project = (change: ChangeRequestListItem) => (
    <Link to={`/projects/${change.projectId}`}>
      {change.projectSeq ?? ''}. {change.projectName ?? `项目 #${change.projectId}`}
    </Link>
  );
  const actions = (change: ChangeRequestListItem) =>
    change.permissions.canDecide ? (
      <Flex gap={4} wrap>
        <Button size="small" type="primary" onClick={() => onDecide(change, 'approve')}>
          批准
        </Button>
        <Button size="small" danger onClick={() => onDecide(change, 'reject')}>
          驳回
        </Button>
      </Flex>
    ) : null;

  const desktopColumns: TableColumnsType<ChangeRequestListItem> = [
    { title: '项目', key: 'project', width: 160, render: (_, change) => project(change) },
    { title: '指标', key: 'item', width: 120, render: (_, change) => itemOf(change).name },
    { title: '原值 → 新值', key: 'diff', width: 230, render: (_, change) => <Diff change={change} unit={itemOf(change).unit} /> },
    { title: '理由', dataIndex: 'reason', width: 170 },
    { title: '申请人', dataIndex: 'requestedBy', width: 90 },
    { title: '时间', dataIndex: 'requestedAt', width: 110, render: (at: string) => formatDateTime(at) },
    { title: '状态', key: 'status', width: 130, render: (_, change) => <Status change={change} /> },
    ...(canDecide
      ? [{ title: '操作', key: 'actions', width: 120, fixed: 'right' as const, render: (_: unknown, change: ChangeRequestListItem) => actions(change) }]
      : []),
  ];

  // Phones get one stacked column instead of a table wider than the screen.
  const phoneColumns: TableColumnsType<ChangeRequestListItem> = [
    {
      title: '变更申请',
      key: 'change',
      render: (_, change) => (
        <Flex vertical gap={4}>
          {project(change)}
          <Typography.Text strong>{itemOf(change).name}</Typography.Text>
          <Diff change={change} unit={itemOf(change).unit} />
          <Typography.Text type="secondary">理由：{change.reason}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {change.requestedBy} · {formatDateTime(change.requestedAt)}
          </Typography.Text>
          <div>
            <Status change={change} />
          </div>
          {actions(change)}
        </Flex>
      ),
    },
  ];

  return (
    <Table<ChangeRequestListItem>
      rowKey="id"
      columns={isPhone ? phoneColumns : desktopColumns}
      dataSource={changes}
      loading={loading}
      size="small"
      scroll={isPhone ? undefined : { x: canDecide ? 1130 : 1010 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (count) => `共 ${count} 条` }}
      locale={{ emptyText: '没有变更申请' }}
    />
  );
}
