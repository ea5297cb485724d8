import type { Ref } from 'react';
import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined, ExportOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { QueryError } from '../../components/query-error.component';
import { useProject } from '../projects/use-project.query';
import { ProjectTargetsSection } from '../targets/project-targets-section.component';
import type { TargetsSectionHandle } from '../targets/project-targets-section.component';

interface ReviewDetailProps {
  projectId: number;
  /** phones show the detail alone, with a way back to the list */
  onBack?: () => void;
  sectionRef: Ref<TargetsSectionHandle>;
}

/** The right side of the review page: the selected project's text, targets and milestones, editable and confirmable. */
export function ReviewDetail({ projectId, onBack, sectionRef }: ReviewDetailProps) {
  const project = useProject(projectId);

  return (
    <div data-testid="review-detail">
      {onBack && (
        <Button icon={<ArrowLeftOutlined />} onClick={onBack} style={{ marginBottom: 12 }}>
          返回项目列表
        </Button>
      )}
      {project.isPending && (
        <Card size="small">
          <Skeleton active />
        </Card>
      )}
      {project.isError && <QueryError error={project.error} onRetry={() => void project.refetch()} />}
      {project.data && (
        <>
          <Card size="small" style={{ marginBottom: 16 }}>
            <Flex justify="space-between" align="flex-start" gap={8} wrap>
              <div className="ms-shrink" style={{ flex: '1 1 240px' }}>
                <Typography.Title level={5} style={{ margin: 0 }}>
                  {project.data.seq}. {project.data.name}
                </Typography.Title>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  主办单位：{project.data.leadUnits.join('、') || '未定'}
                </Typography.Text>
              </div>
              <Link to={`/projects/${projectId}`}>
                <Button size="small" icon={<ExportOutlined />}>
                  项目页
                </Button>
              </Link>
            </Flex>
          </Card>
          <ProjectTargetsSection key={projectId} ref={sectionRef} project={project.data} showCharts={false} />
        </>
      )}
    </div>
  );
}
