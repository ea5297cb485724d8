import { Col, Grid, Row, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { AuditEntry } from '../../../contract/audit.contract';
import { formatDateTime } from '../../components/date-format.util';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, labelOf } from './audit-labels';

/** Stored before/after may arrive as objects or as JSON text; both are shown pretty-printed. */
function prettyJson(value: unknown): string {
  if (value === null || value === undefined) return '（无）';
  if (typeof value === 'string') {
    try {
      return JSON.stringify(JSON.parse(value), null, 2);
    } catch {
      return value;
    }
  }
  return JSON.stringify(value, null, 2);
}

function BeforeAfter({ entry }: { entry: AuditEntry }) {
  return (
    <Row gutter={[12, 8]}>
      <Col xs={24} md={12}>
        <Typography.Text type="secondary">变更前</Typography.Text>
        <pre className="ms-json">{prettyJson(entry.before)}</pre>
      </Col>
      <Col xs={24} md={12}>
        <Typography.Text type="secondary">变更后</Typography.Text>
        <pre className="ms-json">{prettyJson(entry.after)}</pre>
      </Col>
      {entry.ip && (
        <Col span={24}>
          <Typography.Text type="secondary">来源地址：{entry.ip}</Typography.Text>
        </Col>
      )}
    </Row>
  );
}

function entityText(entry: AuditEntry): string {
  const id = entry.entityId !== null ? ` #${entry.entityId}` : '';
  return `${labelOf(AUDIT_ENTITY_LABELS, entry.entity)}${id}`;
}

const desktopColumns: TableColumnsType<AuditEntry> = [
  { title: '时间', dataIndex: 'at', width: 170, render: (at: string) => formatDateTime(at) },
  { title: '用户', dataIndex: 'username', width: 120, render: (name: string) => name || '—' },
  { title: '操作', dataIndex: 'action', width: 110, render: (action: string) => labelOf(AUDIT_ACTION_LABELS, action) },
  {
    title: '对象',
    key: 'entity',
    width: 130,
    render: (_, entry) => entityText(entry),
  },
  { title: '摘要', dataIndex: 'summary' },
];

/** On phones one stacked column keeps time, who, what and the summary readable without sideways scrolling. */
const phoneColumns: TableColumnsType<AuditEntry> = [
  {
    title: '记录',
    key: 'entry',
    render: (_, entry) => (
      <>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(entry.at)} · {entry.username || '—'}
        </Typography.Text>
        <div>
          <Typography.Text strong>{labelOf(AUDIT_ACTION_LABELS, entry.action)}</Typography.Text> {entityText(entry)}
        </div>
        {entry.summary && <div>{entry.summary}</div>}
      </>
    ),
  },
];

interface AuditTableProps {
  entries: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number) => void;
}

/** 审计日志, newest first, paginated on the server; a row expands to its before/after. */
export function AuditTable({ entries, total, page, pageSize, loading, onPageChange }: AuditTableProps) {
  const isPhone = Grid.useBreakpoint().md === false;
  return (
    <Table<AuditEntry>
      rowKey="id"
      columns={isPhone ? phoneColumns : desktopColumns}
      dataSource={entries}
      loading={loading}
      size="small"
      scroll={isPhone ? undefined : { x: 820 }}
      expandable={{
        expandedRowRender: (entry) => <BeforeAfter entry={entry} />,
        rowExpandable: (entry) => entry.before != null || entry.after != null,
      }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: false,
        showTotal: (count) => `共 ${count} 条`,
        onChange: onPageChange,
      }}
    />
  );
}
