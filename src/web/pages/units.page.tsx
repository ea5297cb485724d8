import { useMemo } from 'react';
import { Card, Flex, Grid, Input, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import type { UnitKind, UnitSummary } from '../../contract/units.contract';
import { PageLoading } from '../components/page-loading.component';
import { QueryError } from '../components/query-error.component';
import { UNIT_KIND_COLORS, UNIT_KIND_LABELS } from '../features/units/unit-kind.labels';
import { useUnits } from '../features/units/use-units.query';

function KindTag({ kind }: { kind: UnitKind }) {
  return <Tag color={UNIT_KIND_COLORS[kind]}>{UNIT_KIND_LABELS[kind]}</Tag>;
}

function countColumn(title: string, key: 'leadCount' | 'coCount', width: number): TableColumnsType<UnitSummary>[number] {
  return {
    title,
    dataIndex: key,
    width,
    align: 'right',
    sorter: (a, b) => a[key] - b[key],
    sortDirections: ['descend', 'ascend'],
  };
}

const kindFilters = (Object.keys(UNIT_KIND_LABELS) as UnitKind[]).map((kind) => ({ text: UNIT_KIND_LABELS[kind], value: kind }));

const desktopColumns: TableColumnsType<UnitSummary> = [
  { title: '单位名称', dataIndex: 'name', render: (name: string, unit) => <Link to={`/units/${unit.id}`}>{name}</Link> },
  {
    title: '类型',
    dataIndex: 'kind',
    width: 150,
    filters: kindFilters,
    onFilter: (kind, unit) => unit.kind === kind,
    render: (kind: UnitKind) => <KindTag kind={kind} />,
  },
  countColumn('主办项目数', 'leadCount', 120),
  countColumn('协办项目数', 'coCount', 120),
];

/** On phones the kind moves under the name so both counts stay visible without scrolling sideways. */
const phoneColumns: TableColumnsType<UnitSummary> = [
  {
    title: '单位',
    dataIndex: 'name',
    filters: kindFilters,
    onFilter: (kind, unit) => unit.kind === kind,
    render: (name: string, unit) => (
      <>
        <Link to={`/units/${unit.id}`}>{name}</Link>
        <div style={{ marginTop: 4 }}>
          <KindTag kind={unit.kind} />
        </div>
      </>
    ),
  },
  countColumn('主办', 'leadCount', 72),
  countColumn('协办', 'coCount', 72),
];

/** 责任单位: every unit and how many projects it leads and co-runs. */
export default function UnitsPage() {
  const units = useUnits();
  const isPhone = Grid.useBreakpoint().md === false;
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
        columns={isPhone ? phoneColumns : desktopColumns}
        dataSource={shown}
        size={isPhone ? 'small' : 'middle'}
        pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: '没有符合条件的单位' }}
      />
    </Card>
  );
}
