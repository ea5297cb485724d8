import { lazy, Suspense } from 'react';
import { Button, Flex, Skeleton, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, LineChartOutlined } from '@ant-design/icons';
import type { Target, TargetPermissions } from '../../../contract/targets.contract';
import { formatDate } from '../../components/date-format.util';
import { ReviewItemActions } from './review-item-actions.component';
import { PendingChangeNote, ReviewTags } from './review-tags.component';
import { formatTargetValue, hasTrajectory, KIND_LABELS } from './target-labels';

// ECharts is downloaded only when the first chart is drawn.
const TrajectoryChart = lazy(() => import('./trajectory-chart.component'));

/** What the signed-in user may do with the items of this project right now, as the server says. */
export type ItemPermissions = TargetPermissions;

export interface TargetItemActions {
  onEdit: (target: Target) => void;
  onTrajectory: (target: Target) => void;
  onDelete: (target: Target) => void;
  onConfirm: (target: Target) => void;
  onRequestChange: (target: Target) => void;
}

interface TargetItemProps {
  target: Target;
  isChild: boolean;
  isActive: boolean;
  isConfirming: boolean;
  showChart: boolean;
  permissions: ItemPermissions;
  actions: TargetItemActions;
  onHover: (key: string | null) => void;
  onSelect: (key: string) => void;
}

/** `原承诺：110座` when an approved change moved the value, unit, name or due date away from the locked promise. */
function baselineText(target: Target): string | null {
  const { baseline } = target;
  if (!baseline) return null;
  const valueChanged = baseline.value !== target.value || baseline.unit !== target.unit;
  const labelChanged = baseline.label !== target.label;
  const dueChanged = baseline.dueDate !== target.dueDate;
  if (!valueChanged && !labelChanged && !dueChanged) return null;
  const value = formatTargetValue({ ...target, value: baseline.value, unit: baseline.unit });
  const due = dueChanged ? `，${formatDate(baseline.dueDate)}前完成` : '';
  return `原承诺：${labelChanged ? baseline.label : ''}${value}${due}`;
}

/** One target: name, value with the notice's qualifiers, kind, review status, actions and its trajectory chart. */
export function TargetItem(props: TargetItemProps) {
  const { target, isChild, isActive, isConfirming, showChart, permissions, actions, onHover, onSelect } = props;
  const key = `t${target.id}`;
  const canChange = permissions.canEditItems;
  const original = baselineText(target);
  const classes = ['ms-target-item', isChild ? 'ms-target-child' : '', isActive ? 'ms-target-active' : ''];

  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      data-testid={`target-${target.id}`}
      onMouseEnter={() => onHover(key)}
      onMouseLeave={() => onHover(null)}
      onClick={() => onSelect(key)}
    >
      <Flex wrap gap={4} align="center">
        <Typography.Text strong style={{ marginInlineEnd: 4 }}>
          {isChild && <Typography.Text type="secondary">其中 </Typography.Text>}
          {target.label}
        </Typography.Text>
        <Tag>{KIND_LABELS[target.kind]}</Tag>
        {target.confidence < 1 && (
          <Tooltip title={`自动识别把握 ${Math.round(target.confidence * 100)}%，请对照原文核实`}>
            <Tag color="volcano">待核实</Tag>
          </Tooltip>
        )}
        <ReviewTags status={target.status} pendingChange={target.pendingChange} />
      </Flex>
      <Flex wrap gap="4px 16px" align="baseline" style={{ marginTop: 4 }}>
        <span className="ms-target-value">{formatTargetValue(target)}</span>
        {original && <Typography.Text type="warning">{original}</Typography.Text>}
        <Typography.Text type="secondary">完成时限：{formatDate(target.dueDate)}</Typography.Text>
        {target.direction === 'decrease' && <Typography.Text type="secondary">越小越好</Typography.Text>}
        {target.weight !== 1 && <Typography.Text type="secondary">权重 {target.weight}</Typography.Text>}
      </Flex>
      {target.pendingChange && <PendingChangeNote change={target.pendingChange} unit={target.unit} />}
      <Flex wrap gap={4} style={{ marginTop: 6 }} onClick={(event) => event.stopPropagation()}>
        {canChange && (
          <Button size="small" icon={<EditOutlined />} onClick={() => actions.onEdit(target)}>
            编辑
          </Button>
        )}
        {canChange && hasTrajectory(target) && (
          <Button size="small" icon={<LineChartOutlined />} onClick={() => actions.onTrajectory(target)}>
            计划进度
          </Button>
        )}
        <ReviewItemActions
          canDelete={canChange}
          deleteTitle="删除该指标？"
          deleteDescription={target.sourceText ? '删除后原文中的这段文字不再作为考核指标。' : undefined}
          onDelete={() => actions.onDelete(target)}
          canConfirm={permissions.canConfirmItems && target.status === 'proposed'}
          isConfirming={isConfirming}
          onConfirm={() => actions.onConfirm(target)}
          canRequestChange={permissions.canRequestChange && !target.pendingChange}
          onRequestChange={() => actions.onRequestChange(target)}
        />
      </Flex>
      {showChart && hasTrajectory(target) && target.trajectory.length > 0 && (
        <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 180 }} />}>
          <div style={{ marginTop: 8 }}>
            <TrajectoryChart target={target} />
          </div>
        </Suspense>
      )}
    </div>
  );
}
