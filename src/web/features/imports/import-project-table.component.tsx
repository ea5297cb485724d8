import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ImportPreview } from '../../../contract/imports.contract';
import { ChangeList } from './change-list.component';
import { PROJECT_ACTION_LABELS } from './import-labels';

type PreviewProject = ImportPreview['projects'][number];

const columns: TableColumnsType<PreviewProject> = [
  { title: '序号', dataIndex: 'seq', width: 64, align: 'center' },
  { title: '项目名称', dataIndex: 'name', width: 240 },
  {
    title: '处理',
    dataIndex: 'action',
    width: 88,
    render: (action: PreviewProject['action']) => <Tag color={PROJECT_ACTION_LABELS[action].color}>{PROJECT_ACTION_LABELS[action].text}</Tag>,
  },
  {
    title: '主办单位',
    dataIndex: 'leadUnits',
    render: (units: string[]) => units.join('、') || '—',
  },
  {
    title: '协办单位',
    dataIndex: 'coUnits',
    render: (units: string[]) => units.join('、') || '—',
  },
];

/** The projects the import would create, change, keep or remove; rows with changes expand to before/after. */
export function ImportProjectTable({ projects }: { projects: PreviewProject[] }) {
  return (
    <Table<PreviewProject>
      rowKey={(project) => `${project.action}-${project.seq}-${project.name}`}
      columns={columns}
      dataSource={projects}
      size="small"
      pagination={false}
      scroll={{ x: 820 }}
      expandable={{
        rowExpandable: (project) => project.changes.length > 0,
        expandedRowRender: (project) => <ChangeList changes={project.changes} />,
      }}
    />
  );
}
