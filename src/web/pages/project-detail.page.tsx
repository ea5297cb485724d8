import { Breadcrumb, Card, Col, Descriptions, Row, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { formatDate } from '../components/date-format.util';
import { PageLoading } from '../components/page-loading.component';
import { NotFoundResult, parseRouteId, QueryError } from '../components/query-error.component';
import { UnitTags } from '../components/unit-tags.component';
import { ProjectBlockersCard } from '../features/blockers/project-blockers-card.component';
import { ProjectFindingsCard } from '../features/inspections/project-findings-card.component';
import { ProjectInstructionsCard } from '../features/leaders/project-instructions-card.component';
import { ProjectLeaders } from '../features/leaders/project-leaders.component';
import { MonthlyLinkCard } from '../features/monthly/monthly-link-card.component';
import { LiaisonCard } from '../features/projects/liaison-card.component';
import { MinshengCodeCard } from '../features/portal/minsheng-code-card.component';
import { ProjectChanges } from '../features/targets/project-changes.component';
import { ProjectTargetsSection } from '../features/targets/project-targets-section.component';
import { useProject } from '../features/projects/use-project.query';
import { ProjectSupervisionCard } from '../features/supervision/project-supervision-card.component';
import { WeeklyTimeline } from '../features/weekly/weekly-timeline.component';

/** One project as the notice states it, its targets and milestones (with the source text marked), its 项目联络人, 分管领导, 领导批示, 堵点 and 督办单. */
export default function ProjectDetailPage() {
  const projectId = parseRouteId(useParams().projectId) ?? 0;
  const query = useProject(projectId);

  if (projectId === 0) return <NotFoundResult message="链接有误，找不到该项目。" />;
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const project = query.data;

  const descriptionItems: DescriptionsProps['items'] = [
    { key: 'plan', label: '所属清单', children: <Link to={`/plans/${project.plan.id}`}>{project.plan.title}</Link> },
    ...(project.plan.docNumber ? [{ key: 'doc', label: '文号', children: project.plan.docNumber }] : []),
    { key: 'deadline', label: '完成时限', children: formatDate(project.deadline) },
    { key: 'lead', label: '主办单位', children: <UnitTags units={project.units} role="lead" /> },
    { key: 'co', label: '协办单位', children: <UnitTags units={project.units} role="co" /> },
    { key: 'leaders', label: '分管领导', children: <ProjectLeaders projectId={project.id} /> },
  ];

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to={`/plans/${project.plan.id}`}>{project.plan.year}年清单总览</Link> }, { title: `${project.seq}. ${project.name}` }]}
      />
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        <span style={{ color: '#8c8c8c', marginInlineEnd: 8 }}>{project.seq}.</span>
        {project.name}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card size="small" style={{ marginBottom: 16 }}>
            <Descriptions column={1} size="small" styles={{ label: { width: 88 } }} items={descriptionItems} />
          </Card>
          <WeeklyTimeline project={project} />
          <ProjectTargetsSection project={project} />
          <ProjectChanges projectId={project.id} planId={project.plan.id} />
        </Col>
        <Col xs={24} lg={8}>
          <ProjectInstructionsCard project={project} />
          <LiaisonCard project={project} />
          <ProjectBlockersCard projectId={project.id} planId={project.plan.id} />
          <ProjectSupervisionCard project={project} />
          <ProjectFindingsCard projectId={project.id} planId={project.plan.id} />
          <MonthlyLinkCard projectId={project.id} plan={project.plan} />
          <MinshengCodeCard projectId={project.id} projectName={project.name} />
        </Col>
      </Row>
    </>
  );
}
