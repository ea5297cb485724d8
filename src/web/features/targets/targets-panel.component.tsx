import { App, Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import { CheckCircleOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import type { Milestone, ProjectTargets, Target } from '../../../contract/targets.contract';
import { formatDate } from '../../components/date-format.util';
import { MilestoneItem } from './milestone-item.component';
import type { MilestoneItemActions } from './milestone-item.component';
import { orderTargets } from './order-targets.util';
import type { TargetEditor } from './target-editors.component';
import { TargetItem } from './target-item.component';
import type { TargetItemActions } from './target-item.component';
import { useTargetErrorNotice } from './use-target-error.hook';
import { useConfirmAll, useConfirmMilestone, useConfirmTarget, useDeleteMilestone, useDeleteTarget } from './use-targets.query';

interface TargetsPanelProps {
  projectId: number;
  data: ProjectTargets;
  activeKey: string | null;
  showCharts: boolean;
  onHover: (key: string | null) => void;
  onSelect: (key: string) => void;
  onOpenEditor: (editor: TargetEditor) => void;
}

/** 目标指标与节点 of one project, with the actions the server's `permissions` allow before and after the baseline lock. */
export function TargetsPanel({ projectId, data, activeKey, showCharts, onHover, onSelect, onOpenEditor }: TargetsPanelProps) {
  const { message } = App.useApp();
  const notice = useTargetErrorNotice();
  const deleteTarget = useDeleteTarget();
  const deleteMilestone = useDeleteMilestone();
  const confirmTarget = useConfirmTarget();
  const confirmMilestone = useConfirmMilestone();
  const confirmAll = useConfirmAll();

  const isLocked = data.baseline.lockedAt !== null;
  const { permissions } = data;
  const canChange = permissions.canEditItems;
  const proposedCount = [...data.targets, ...data.milestones].filter((item) => item.status === 'proposed').length;
  const done = (text: string) => () => void message.success(text);

  const targetActions: TargetItemActions = {
    onEdit: (target) => onOpenEditor({ type: 'target', target }),
    onTrajectory: (target) => onOpenEditor({ type: 'trajectory', target }),
    onDelete: (target: Target) => deleteTarget.mutate(target, { onSuccess: done('指标已删除'), onError: notice }),
    onConfirm: (target) => confirmTarget.mutate(target, { onSuccess: done('指标已确认'), onError: notice }),
    onRequestChange: (target) => onOpenEditor({ type: 'change', item: { type: 'target', target } }),
  };
  const milestoneActions: MilestoneItemActions = {
    onEdit: (milestone) => onOpenEditor({ type: 'milestone', milestone }),
    onDelete: (milestone: Milestone) => deleteMilestone.mutate(milestone, { onSuccess: done('节点已删除'), onError: notice }),
    onConfirm: (milestone) => confirmMilestone.mutate(milestone, { onSuccess: done('节点已确认'), onError: notice }),
    onRequestChange: (milestone) => onOpenEditor({ type: 'change', item: { type: 'milestone', milestone } }),
  };
  const itemProps = { permissions, onHover, onSelect };

  return (
    <Card
      size="small"
      title="目标指标与节点"
      data-testid="targets-panel"
      extra={
        isLocked ? (
          <Tag icon={<LockOutlined />} color="blue">
            基线已于{formatDate(data.baseline.lockedAt)}锁定
          </Tag>
        ) : (
          permissions.canConfirmItems &&
          proposedCount > 0 && (
            <Popconfirm
              title={`确认本项目全部 ${proposedCount} 项待确认内容？`}
              okText="全部确认"
              onConfirm={() => confirmAll.mutate(projectId, { onSuccess: done('本项目已全部确认'), onError: notice })}
            >
              <Button size="small" type="primary" icon={<CheckCircleOutlined />} loading={confirmAll.isPending}>
                全部确认
              </Button>
            </Popconfirm>
          )
        )
      }
    >
      <Flex vertical gap={8}>
        {data.targets.length === 0 && <Typography.Text type="secondary">暂无量化指标</Typography.Text>}
        {orderTargets(data.targets).map(({ target, isChild }) => (
          <TargetItem
            key={target.id}
            {...itemProps}
            target={target}
            isChild={isChild}
            isActive={activeKey === `t${target.id}`}
            isConfirming={confirmTarget.isPending && confirmTarget.variables.id === target.id}
            showChart={showCharts}
            actions={targetActions}
          />
        ))}
        {canChange && (
          <Button icon={<PlusOutlined />} type="dashed" block onClick={() => onOpenEditor({ type: 'target', target: null })}>
            添加指标
          </Button>
        )}
      </Flex>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        节点
      </Typography.Title>
      <Flex vertical gap={8}>
        {data.milestones.length === 0 && <Typography.Text type="secondary">暂无节点</Typography.Text>}
        {[...data.milestones]
          .sort((a, b) => a.seq - b.seq || a.id - b.id)
          .map((milestone) => (
            <MilestoneItem
              key={milestone.id}
              {...itemProps}
              milestone={milestone}
              isActive={activeKey === `m${milestone.id}`}
              isConfirming={confirmMilestone.isPending && confirmMilestone.variables.id === milestone.id}
              actions={milestoneActions}
            />
          ))}
        {canChange && (
          <Button icon={<PlusOutlined />} type="dashed" block onClick={() => onOpenEditor({ type: 'milestone', milestone: null })}>
            添加节点
          </Button>
        )}
      </Flex>
    </Card>
  );
}
