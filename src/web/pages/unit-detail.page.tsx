import { Breadcrumb, Card, Col, Empty, List, Row, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import type { ProjectBrief } from '../../contract/units.contract';
import { PageLoading } from '../components/page-loading.component';
import { NotFoundResult, parseRouteId, QueryError } from '../components/query-error.component';
import { UNIT_KIND_COLORS, UNIT_KIND_LABELS } from '../features/units/unit-kind.labels';
import { useUnit } from '../features/units/use-units.query';
import { UnitRobotsCard } from '../features/notifications/unit-robots-card.component';

function ProjectBriefList({ title, projects }: { title: string; projects: ProjectBrief[] }) {
  return (
    <Card size="small" title={`${title}（${projects.length}项）`}>
      {projects.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`暂无${title}`} />
      ) : (
        <List<ProjectBrief>
          dataSource={projects}
          size="small"
          renderItem={(project) => (
            <List.Item>
              <div className="ms-shrink">
                <Link to={`/projects/${project.id}`}>
                  {project.seq}. {project.name}
                </Link>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {project.year}年 · {project.planTitle}
                  </Typography.Text>
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** One unit's load: the projects it leads (主办) and co-runs (协办). */
export default function UnitDetailPage() {
  const unitId = parseRouteId(useParams().unitId) ?? 0;
  const query = useUnit(unitId);

  if (unitId === 0) return <NotFoundResult message="链接有误，找不到该单位。" />;
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const unit = query.data;
  // The newest plan the unit takes part in, to open 清单总览 already filtered by this unit.
  const newestPlanId = [...unit.lead, ...unit.co].sort((a, b) => b.year - a.year)[0]?.planId;

  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/units">责任单位</Link> }, { title: unit.name }]} />
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {unit.name} <Tag color={UNIT_KIND_COLORS[unit.kind]}>{UNIT_KIND_LABELS[unit.kind]}</Tag>
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        主办 {unit.lead.length} 项，协办 {unit.co.length} 项
        {newestPlanId !== undefined && (
          <>
            {'　'}
            <Link to={`/plans/${newestPlanId}?unitId=${unit.id}`}>在清单总览中查看</Link>
          </>
        )}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <ProjectBriefList title="主办项目" projects={unit.lead} />
        </Col>
        <Col xs={24} lg={12}>
          <ProjectBriefList title="协办项目" projects={unit.co} />
        </Col>
      </Row>
      <UnitRobotsCard unitId={unit.id} />
    </>
  );
}
