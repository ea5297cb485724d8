import { Card, Empty, Flex, Spin, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { UnitTags } from '../../components/unit-tags.component';
import { LedgerProgress, LedgerStatusTags } from '../ledger/ledger-status.component';
import type { ProjectListProps } from './project-table.component';

/** The phone list: one card per project instead of the wide table. */
export function ProjectCardList({ projects, loading, activeUnitId, onSelectUnit, ledger }: ProjectListProps) {
  if (!loading && projects.length === 0) return <Empty description="没有符合条件的项目" />;
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={8}>
        {projects.map((project) => {
          const item = ledger.get(project.id);
          return (
            <Card key={project.id} size="small">
              <Link to={`/projects/${project.id}`} style={{ fontWeight: 600, fontSize: 15 }}>
                {project.seq}. {project.name}
              </Link>
              {item && (
                <Flex gap={12} align="flex-start" style={{ marginTop: 8 }}>
                  <div className="ms-shrink" style={{ flex: 1 }}>
                    <LedgerProgress item={item} />
                  </div>
                  <LedgerStatusTags item={item} />
                </Flex>
              )}
              <Flex gap={8} style={{ marginTop: 8 }} align="baseline">
                <Typography.Text type="secondary" style={{ flex: 'none' }}>
                  主办
                </Typography.Text>
                <UnitTags units={project.units} role="lead" onSelect={onSelectUnit} activeUnitId={activeUnitId} />
              </Flex>
              <Flex gap={8} style={{ marginTop: 6 }} align="baseline">
                <Typography.Text type="secondary" style={{ flex: 'none' }}>
                  协办
                </Typography.Text>
                <UnitTags units={project.units} role="co" onSelect={onSelectUnit} activeUnitId={activeUnitId} />
              </Flex>
            </Card>
          );
        })}
      </Flex>
    </Spin>
  );
}
