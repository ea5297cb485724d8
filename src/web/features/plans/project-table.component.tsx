import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { Project } from '../../../contract/projects.contract';
import type { UnitRef } from '../../../contract/units.contract';
import type { LedgerItem } from '../../../contract/ledger.contract';
import { UnitTags } from '../../components/unit-tags.component';
import { LedgerProgress, LedgerStatusTags } from '../ledger/ledger-status.component';

interface ProjectListProps {
  projects: Project[];
  loading: boolean;
  activeUnitId: number | null;
  onSelectUnit: (unit: UnitRef) => void;
  /** the ledger rows by project id: progress and status (absent while loading or for a plan without targets) */
  ledger: Map<number, LedgerItem>;
}

/** The desktop list: 序号, 项目名称, 主办单位, 协办单位; clicking a unit tag filters by that unit. */
export function ProjectTable({ projects, loading, activeUnitId, onSelectUnit, ledger }: ProjectListProps) {
  const columns: TableColumnsType<Project> = [
    { title: '序号', dataIndex: 'seq', width: 72, align: 'center' },
    {
      title: '项目名称',
      dataIndex: 'name',
      render: (name: string, project) => <Link to={`/projects/${project.id}`}>{name}</Link>,
    },
    {
      title: '主办单位',
      key: 'lead',
      width: '22%',
      render: (_, project) => <UnitTags units={project.units} role="lead" onSelect={onSelectUnit} activeUnitId={activeUnitId} />,
    },
    {
      title: '协办单位',
      key: 'co',
      width: '24%',
      render: (_, project) => <UnitTags units={project.units} role="co" onSelect={onSelectUnit} activeUnitId={activeUnitId} />,
    },
    {
      title: '进度',
      key: 'progress',
      width: 150,
      render: (_, project) => {
        const item = ledger.get(project.id);
        return item ? <LedgerProgress item={item} /> : null;
      },
    },
    {
      title: '状态',
      key: 'status',
      width: 100,
      render: (_, project) => {
        const item = ledger.get(project.id);
        return item ? <LedgerStatusTags item={item} /> : null;
      },
    },
  ];

  return (
    <Table<Project>
      rowKey="id"
      columns={columns}
      dataSource={projects}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 1000 }}
      locale={{ emptyText: '没有符合条件的项目' }}
    />
  );
}

export type { ProjectListProps };
