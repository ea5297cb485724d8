import { Flex, Table, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { CategoryCell, ContentCell, DeadlineCell, InvestmentCell, LocationCell, NameCell, UnitsCell } from './draft-cells.component';
import { DraftDoubts } from './draft-doubts.component';
import { DraftRowMenu } from './draft-row-menu.component';
import { rowDoubts } from './draft-rows';
import type { DraftAction, DraftRow, OptionalColumns } from './notice-draft.types';
import type { UnitDirectory } from './use-unit-directory.hook';

export interface DraftGridProps {
  rows: DraftRow[];
  /** key of the last row of the whole draft (it cannot merge with a next one) */
  lastKey: string | undefined;
  categories: string[];
  optional: OptionalColumns;
  directory: UnitDirectory;
  dispatch: (action: DraftAction) => void;
  onSplit: (row: DraftRow) => void;
}

/** The correction grid on a desk: every cell editable in place, doubtful rows amber with their reasons. */
export function DraftGridTable({ rows, lastKey, categories, optional, directory, dispatch, onSplit }: DraftGridProps) {
  const columns: TableColumnsType<DraftRow> = [
    {
      title: '序号',
      dataIndex: 'seq',
      width: 52,
      align: 'center',
      render: (seq: number, row) => (row.sourceLabel ? <Tooltip title={`原文位置：${row.sourceLabel}`}>{seq}</Tooltip> : seq),
    },
    { title: '分类', key: 'category', width: 100, render: (_, row) => <CategoryCell row={row} dispatch={dispatch} categories={categories} /> },
    {
      title: '项目名称',
      key: 'name',
      width: 170,
      render: (_, row) => (
        <Flex vertical gap={6}>
          <NameCell row={row} dispatch={dispatch} />
          <DraftDoubts row={row} doubts={rowDoubts(row)} onCheck={() => dispatch({ type: 'check', key: row.key })} />
        </Flex>
      ),
    },
    { title: '项目内容及工作目标', key: 'content', render: (_, row) => <ContentCell row={row} dispatch={dispatch} /> },
    {
      title: '主办单位',
      key: 'leadUnits',
      width: 180,
      render: (_, row) => <UnitsCell row={row} dispatch={dispatch} directory={directory} isLead />,
    },
    {
      title: '协办单位',
      key: 'coUnits',
      width: 180,
      render: (_, row) => <UnitsCell row={row} dispatch={dispatch} directory={directory} isLead={false} />,
    },
    ...(optional.hasLocation
      ? [{ title: '建设地点', key: 'location', width: 140, render: (_: unknown, row: DraftRow) => <LocationCell row={row} dispatch={dispatch} /> }]
      : []),
    ...(optional.hasDeadline
      ? [{ title: '完成时限', key: 'deadline', width: 140, render: (_: unknown, row: DraftRow) => <DeadlineCell row={row} dispatch={dispatch} /> }]
      : []),
    ...(optional.hasInvestment
      ? [{ title: '投资(万元)', key: 'investment', width: 110, render: (_: unknown, row: DraftRow) => <InvestmentCell row={row} dispatch={dispatch} /> }]
      : []),
    {
      title: '操作',
      key: 'actions',
      width: 56,
      align: 'center',
      fixed: 'right',
      render: (_, row) => <DraftRowMenu row={row} isLast={row.key === lastKey} dispatch={dispatch} onSplit={onSplit} isCompact />,
    },
  ];
  // 内容 takes what is left; at 1280 px beside the menu the base columns fit without scrolling.
  const width = 1000 + (optional.hasLocation ? 140 : 0) + (optional.hasDeadline ? 140 : 0) + (optional.hasInvestment ? 110 : 0);

  return (
    <Table<DraftRow>
      rowKey="key"
      columns={columns}
      dataSource={rows}
      size="small"
      pagination={false}
      scroll={{ x: width }}
      rowClassName={(row) => (rowDoubts(row).length > 0 ? 'ms-draft-doubt' : '')}
      locale={{ emptyText: '没有需要核对的行' }}
      className="ms-draft-grid"
    />
  );
}
