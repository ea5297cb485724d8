import { Button, Flex, Typography } from 'antd';
import { EditOutlined, FlagOutlined } from '@ant-design/icons';
import type { Milestone } from '../../../contract/targets.contract';
import { formatDate } from '../../components/date-format.util';
import { ReviewItemActions } from './review-item-actions.component';
import { PendingChangeNote, ReviewTags } from './review-tags.component';
import type { ItemPermissions } from './target-item.component';

export interface MilestoneItemActions {
  onEdit: (milestone: Milestone) => void;
  onDelete: (milestone: Milestone) => void;
  onConfirm: (milestone: Milestone) => void;
  onRequestChange: (milestone: Milestone) => void;
}

interface MilestoneItemProps {
  milestone: Milestone;
  isActive: boolean;
  isConfirming: boolean;
  permissions: ItemPermissions;
  actions: MilestoneItemActions;
  onHover: (key: string | null) => void;
  onSelect: (key: string) => void;
}

/** `原计划：…` when an approved change renamed the milestone or moved its date. */
function baselineText(milestone: Milestone): string | null {
  const { baseline } = milestone;
  if (!baseline) return null;
  const parts: string[] = [];
  if (baseline.title !== milestone.title) parts.push(baseline.title);
  if (baseline.dueDate !== milestone.dueDate) parts.push(baseline.dueDate ? `${formatDate(baseline.dueDate)}完成` : '未定完成日期');
  return parts.length > 0 ? `原承诺：${parts.join('，')}` : null;
}

/** One 节点: title, 计划完成日期, review status and actions. */
export function MilestoneItem(props: MilestoneItemProps) {
  const { milestone, isActive, isConfirming, permissions, actions, onHover, onSelect } = props;
  const key = `m${milestone.id}`;
  const canChange = permissions.canEditItems;
  const original = baselineText(milestone);

  return (
    <div
      className={`ms-target-item${isActive ? ' ms-target-active' : ''}`}
      data-testid={`milestone-${milestone.id}`}
      onMouseEnter={() => onHover(key)}
      onMouseLeave={() => onHover(null)}
      onClick={() => onSelect(key)}
    >
      <Flex wrap gap={4} align="center">
        <Typography.Text strong style={{ marginInlineEnd: 4 }}>
          <FlagOutlined style={{ color: '#1677ff', marginInlineEnd: 6 }} />
          {milestone.title}
        </Typography.Text>
        <ReviewTags status={milestone.status} pendingChange={milestone.pendingChange} />
      </Flex>
      <Flex wrap gap="4px 16px" style={{ marginTop: 4 }}>
        <Typography.Text type="secondary">计划完成日期：{milestone.dueDate ? formatDate(milestone.dueDate) : '未设定'}</Typography.Text>
        {original && <Typography.Text type="warning">{original}</Typography.Text>}
      </Flex>
      {milestone.pendingChange && <PendingChangeNote change={milestone.pendingChange} />}
      <Flex wrap gap={4} style={{ marginTop: 6 }} onClick={(event) => event.stopPropagation()}>
        {canChange && (
          <Button size="small" icon={<EditOutlined />} onClick={() => actions.onEdit(milestone)}>
            编辑
          </Button>
        )}
        <ReviewItemActions
          canDelete={canChange}
          deleteTitle="删除该节点？"
          onDelete={() => actions.onDelete(milestone)}
          canConfirm={permissions.canConfirmItems && milestone.status === 'proposed'}
          isConfirming={isConfirming}
          onConfirm={() => actions.onConfirm(milestone)}
          canRequestChange={permissions.canRequestChange && !milestone.pendingChange}
          onRequestChange={() => actions.onRequestChange(milestone)}
        />
      </Flex>
    </div>
  );
}
