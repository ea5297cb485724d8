import { Collapse, Flex, Tag, Typography } from 'antd';
import type { ImportPreview } from '../../../contract/imports.contract';
import { ChangeList } from './change-list.component';
import { PROJECT_ACTION_LABELS } from './import-labels';

type PreviewProject = ImportPreview['projects'][number];

/** The phone form of the preview's projects: one block per project, changes folded underneath. */
export function ImportProjectList({ projects }: { projects: PreviewProject[] }) {
  return (
    <Flex vertical>
      {projects.map((project) => {
        const action = PROJECT_ACTION_LABELS[project.action];
        return (
          <div key={`${project.action}-${project.seq}-${project.name}`} style={{ padding: 12, borderBottom: '1px solid #f0f0f0' }}>
            <Flex gap={8} align="baseline">
              <Tag color={action.color} style={{ flex: 'none' }}>
                {action.text}
              </Tag>
              <Typography.Text strong>
                {project.seq}. {project.name}
              </Typography.Text>
            </Flex>
            <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0', fontSize: 13 }}>
              主办：{project.leadUnits.join('、') || '—'}
              <br />
              协办：{project.coUnits.join('、') || '—'}
            </Typography.Paragraph>
            {project.changes.length > 0 && (
              <Collapse
                size="small"
                ghost
                style={{ marginTop: 4 }}
                items={[
                  {
                    key: 'changes',
                    label: `查看变更（${project.changes.length}）`,
                    children: <ChangeList changes={project.changes} />,
                  },
                ]}
              />
            )}
          </div>
        );
      })}
    </Flex>
  );
}
