import { useMemo } from 'react';
import { Card, Flex, Input, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import type { UnitKind, UnitSummary } from '../api/api.types';
import { PageLoading } from '../components/page-loading.component';
import { QueryError } from '../components/query-error.component';
import { UNIT_KIND_COLORS, UNIT_KIND_LABELS } from '../features/units/unit-kind.labels';
import { useUnits } from '../features/units/use-units.query';

const columns: TableColumnsType<UnitSummary> = [
  {
    title: '单位名称',
    dataIndex: 'name',
    render: (name: string, unit) => <Link to={`/units/${unit.id}`}>{name}</Link>,
  },
  {
    title: '类型',
    dataIndex: 'kind',
    width: 140,
    filters: (Object.keys(UNIT_KIND_LABELS) as UnitKind[]).map((kind) => ({ text: UNIT_KIND_LABELS[kind], value: kind })),
    onFilter: (kind, unit) => unit.kind === kind,
    render: (kind: UnitKind) => <Tag color={UNIT_KIND_COLORS[kind]}>{UNIT_KIND_LABELS[kind]}</Tag>,
  },
  {
    title: '主办项目数',
    dataIndex: 'leadCount',
    width: 120,
    align: 'right',
    sorter: (a, b) => a.leadCount - b.leadCount,
    sortDirections: ['descend', 'ascend'],
  },
  {
    title: '协办项目数',
    dataIndex: 'coCount',
    width: 120,
    align: 'right',
    sorter: (a, b) => a.coCount - b.coCount,
    sortDirections: ['descend', 'ascend'],
  },
];

/** 责任单位: every unit and how many projects it leads and co-runs. */
export default function UnitsPage() {
  const units = useUnits();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';

  const shown = useMemo(() => {
    const needle = q.trim();
    const all = units.data?.items ?? [];
    return needle ? all.filter((unit) => unit.name.includes(needle)) : all;
  }, [units.data, q]);

  if (units.isPending) return <PageLoading />;
  if (units.isError) return <QueryError error={units.error} onRetry={() => void units.refetch()} />;

  return (
    <Card size="small" title="责任单位">
      <Flex wrap gap={8} align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <Input.Search
          placeholder="搜索单位名称"
          allowClear
          defaultValue={q}
          onSearch={(value) => setSearchParams(value.trim() ? { q: value.trim() } : {}, { replace: true })}
          onChange={(event) => {
            if (!event.target.value) setSearchParams({}, { replace: true });
          }}
          style={{ flex: '1 1 220px', maxWidth: 360 }}
        />
        <Typography.Text type="secondary">共 {shown.length} 个单位</Typography.Text>
      </Flex>
      <Table<UnitSummary>
        rowKey="id"
        columns={columns}
        dataSource={shown}
        size="middle"
        pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 560 }}
        locale={{ emptyText: '没有符合条件的单位' }}
      />
    </Card>
  );
}
