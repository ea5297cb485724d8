import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Grid, Popconfirm, Progress, Tag, Typography } from 'antd';
import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { Plan } from '../../../contract/plans.contract';
import { errorMessage, hasErrorCode } from '../../api/http-client';
import type { TargetReview } from '../../../contract/targets.contract';
import { formatDate } from '../../components/date-format.util';
import { useLockBaseline } from '../targets/use-targets.query';

/** 已确认 N / 共 M 项 over every target and milestone of the plan. */
export function reviewCounts(review: TargetReview): { confirmed: number; total: number } {
  const total = review.items.reduce((sum, item) => sum + item.targetCount + item.milestoneCount, 0);
  const proposed = review.items.reduce((sum, item) => sum + item.proposedCount, 0);
  return { confirmed: total - proposed, total };
}

/** The plan's review progress, its baseline status and the 锁定基线 action. */
export function ReviewSummary({ plan, review }: { plan: Plan; review: TargetReview }) {
  const { message } = App.useApp();
  const isPhone = Grid.useBreakpoint().md === false;
  const lock = useLockBaseline(plan.id);
  const [lockError, setLockError] = useState<string | null>(null);
  const { confirmed, total } = reviewCounts(review);
  const { lockedAt, lockedBy } = review.baseline;
  const percent = total === 0 ? 0 : Math.floor((confirmed / total) * 100);

  const lockBaseline = () => {
    setLockError(null);
    lock.mutate(undefined, {
      onSuccess: () => void message.success('基线已锁定，此后的修改须提交变更申请'),
      onError: (error) => {
        if (hasErrorCode(error, 'BASELINE_INCOMPLETE', 'BASELINE_LOCKED', 'CONFLICT')) setLockError(errorMessage(error));
        else void message.error(errorMessage(error));
      },
    });
  };

  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div className="ms-shrink" style={{ flex: '1 1 300px' }}>
          <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 4 }}>
            目标审核
          </Typography.Title>
          <Typography.Text type="secondary">
            <Link to={`/plans/${plan.id}`}>{plan.title}</Link>
          </Typography.Text>
          <Flex wrap gap="4px 16px" align="center" style={{ marginTop: 8 }}>
            <Typography.Text data-testid="review-progress">
              已确认 {confirmed} / 共 {total} 项
            </Typography.Text>
            <Progress percent={percent} size="small" style={{ width: 160, margin: 0 }} />
          </Flex>
        </div>
        <Flex vertical align={isPhone ? 'flex-start' : 'flex-end'} gap={8} style={{ flex: '0 1 auto' }}>
          {lockedAt ? (
            <Tag icon={<LockOutlined />} color="blue" data-testid="baseline-status" style={{ marginInlineEnd: 0 }}>
              基线已于{formatDate(lockedAt)}锁定{lockedBy ? `（${lockedBy}）` : ''}
            </Tag>
          ) : (
            <Tag icon={<UnlockOutlined />} data-testid="baseline-status" style={{ marginInlineEnd: 0 }}>
              基线未锁定
            </Tag>
          )}
          {lockedAt ? (
            <Link to={`/plans/${plan.id}/changes`}>查看变更审批</Link>
          ) : (
            review.permissions.canLockBaseline && (
              <Popconfirm
                title="锁定基线？"
                description="锁定后目标指标和节点不能再直接修改，变更须提交申请并经督查室批准。"
                okText="锁定"
                onConfirm={lockBaseline}
              >
                <Button type="primary" icon={<LockOutlined />} loading={lock.isPending}>
                  锁定基线
                </Button>
              </Popconfirm>
            )
          )}
        </Flex>
      </Flex>
      {lockError && (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => setLockError(null) }}
          title="暂时无法锁定基线"
          description={lockError}
          style={{ marginTop: 12 }}
          data-testid="lock-error"
        />
      )}
    </Card>
  );
}
