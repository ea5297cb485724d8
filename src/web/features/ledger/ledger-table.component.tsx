import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { LedgerItem, ProjectStatus } from '../../../contract/ledger.contract';
import { LedgerLatest, LedgerTargets } from './ledger-details.component';
import { LedgerProgress, LedgerStatusTags } from './ledger-status.component';

/** Worst first when sorting by status: 严重滞后 → 滞后 → 序时推进 → 已完成. */
const STATUS_ORDER: Record<ProjectStatus, number> = { seriously_behind: 0, behind: 1, on_track: 2, completed: 3 };

const columns: TableColumnsType<LedgerItem> = [
  { title: '序号', dataIndex: 'seq', width: 72, align: 'center', fixed: 'left', sorter: (a, b) => a.seq - b.seq, defaultSortOrder: 'ascend' },
  {
    title: '项目名称',
    dataIndex: 'name',
    width: 160,
    fixed: 'left',
    render: (name: string, item) => <Link to={`/projects/${item.projectId}`}>{name}</Link>,
  },
  {
    title: '责任单位',
    key: 'units',
    width: 160,
    render: (_, item) => (
      <div className="ms-ledger-text">
        <div>主办：{item.leadUnits.join('、')}</div>
        {item.coUnits.length > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            协办：{item.coUnits.join('、')}
          </Typography.Text>
        )}
      </div>
    ),
  },
  { title: '目标指标（实际/计划）', key: 'targets', width: 220, render: (_, item) => <LedgerTargets item={item} /> },
  {
    title: '进度',
    key: 'progress',
    width: 140,
    sorter: (a, b) => a.progress - b.progress,
    render: (_, item) => <LedgerProgress item={item} />,
  },
  {
    title: '状态',
    key: 'status',
    width: 100,
    sorter: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || Number(b.notReported) - Number(a.notReported),
    render: (_, item) => <LedgerStatusTags item={item} />,
  },
  { title: '最新进展', key: 'latest', width: 320, render: (_, item) => <LedgerLatest item={item} /> },
];

/**
 * 专项工作台账 on screen: one row per project with its targets nested, sortable by 序号, 进度 and 状态; 序号 and
 * 项目名称 stay in view while the wide table scrolls sideways.
 */
export function LedgerTable({ items, loading }: { items: LedgerItem[]; loading: boolean }) {
  return (
    <Table<LedgerItem>
      rowKey="projectId"
      size="small"
      bordered
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      scroll={{ x: 1160 }}
      sticky
      showSorterTooltip={false}
      locale={{ emptyText: '没有符合条件的项目' }}
    />
  );
}
