import { Card, Flex, Tag, Typography } from 'antd';
import { formatDateTime } from '../../components/date-format.util';
import { describeChange } from './change-format.util';
import { CHANGE_STATUS_TAGS } from './target-labels';
import { useChangeRequests, useProjectTargets } from './use-targets.query';

/**
 * 变更记录 of one project, read-only: what was asked, why, and what the 督查室 decided. Shown once the baseline is
 * locked; hidden when the server does not let this user read the plan's change list.
 */
export function ProjectChanges({ projectId, planId }: { projectId: number; planId: number }) {
  const targets = useProjectTargets(projectId);
  const isLocked = Boolean(targets.data?.baseline.lockedAt);
  const changes = useChangeRequests(planId, null, isLocked);
  const items = (changes.data?.items ?? []).filter((change) => change.projectId === projectId);
  const unitOf = (targetId: number | null) => targets.data?.targets.find((target) => target.id === targetId)?.unit ?? '';
  if (!isLocked || items.length === 0) return null;

  return (
    <Card size="small" title="变更记录" style={{ marginTop: 16 }} data-testid="project-changes">
      <Flex vertical gap={12}>
        {items.map((change) => {
          const status = CHANGE_STATUS_TAGS[change.status];
          return (
            <div key={change.id}>
              <Flex wrap gap={8} align="center">
                <Tag color={status.color}>{status.label}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {change.requestedBy} 于 {formatDateTime(change.requestedAt)} 申请
                </Typography.Text>
              </Flex>
              {describeChange(change, unitOf(change.targetId)).map((field) => (
                <div key={field.field}>
                  {field.label}：
                  <Typography.Text delete type="secondary">
                    {field.before}
                  </Typography.Text>{' '}
                  → {field.after}
                </div>
              ))}
              <Typography.Text type="secondary">理由：{change.reason}</Typography.Text>
              {change.decidedAt && (
                <div>
                  <Typography.Text type="secondary">
                    {change.decidedBy} 于 {formatDateTime(change.decidedAt)} {status.label}
                    {change.decisionReason ? `：${change.decisionReason}` : ''}
                  </Typography.Text>
                </div>
              )}
            </div>
          );
        })}
      </Flex>
    </Card>
  );
}
