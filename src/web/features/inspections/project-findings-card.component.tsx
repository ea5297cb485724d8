import { Card, Empty, Tag } from 'antd';
import { FindingCard } from './finding-card.component';
import { useProjectFindings } from './use-inspections.query';

/** 督导检查问题 on the project page: the findings of every inspection on the project, with their rectifications. */
export function ProjectFindingsCard({ projectId, planId }: { projectId: number; planId: number }) {
  const findings = useProjectFindings(projectId);
  const items = findings.data?.items ?? [];
  const open = items.filter((f) => f.rectification && f.rectification.status !== 'closed').length;
  return (
    <Card
      size="small"
      title="督导检查问题"
      style={{ marginBottom: 16 }}
      extra={open > 0 && <Tag color="gold">整改中 {open}</Tag>}
      data-testid="project-findings"
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有督导检查发现的问题" />
      ) : (
        items.map((f) => <FindingCard key={f.id} finding={f} showProject={false} showInspection planId={planId} />)
      )}
    </Card>
  );
}
