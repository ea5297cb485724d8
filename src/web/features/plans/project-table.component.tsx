import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import type { Project, UnitRef } from '../../api/api.types';
import { UnitTags } from '../../components/unit-tags.component';

interface ProjectListProps {
  projects: Project[];
  loading: boolean;
  activeUnitId: number | null;
  onSelectUnit: (unit: UnitRef) => void;
}

/** The desktop list: 序号, 项目名称, 主办单位, 协办单位; clicking a unit tag filters by that unit. */
export function ProjectTable({ projects, loading, activeUnitId, onSelectUnit }: ProjectListProps) {
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
      width: '28%',
      render: (_, project) => (
        <UnitTags units={project.units} role="lead" onSelect={onSelectUnit} activeUnitId={activeUnitId} />
      ),
    },
    {
      title: '协办单位',
      key: 'co',
      width: '32%',
      render: (_, project) => (
        <UnitTags units={project.units} role="co" onSelect={onSelectUnit} activeUnitId={activeUnitId} />
      ),
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
      scroll={{ x: 760 }}
      locale={{ emptyText: '没有符合条件的项目' }}
    />
  );
}

export type { ProjectListProps };
