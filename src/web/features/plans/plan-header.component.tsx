import { useState } from 'react';
import { Button, Card, Flex, Select, Space, Tooltip, Typography } from 'antd';
import { CheckSquareOutlined, ClockCircleOutlined, SwapOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import { formatDate } from '../../components/date-format.util';
import { PlanPublication } from '../portal/plan-publication.component';
import { PlanRhythmModal } from './plan-rhythm.modal';
import { describeMissing, describeRhythm } from './plan-rhythm.util';
import { usePlans } from './use-plans.query';
import type { PlanDetail } from '../../../contract/plans.contract';

/** Title, 文号, 年度, 项目数 and 报送时限 of a plan, with a switch to other years' plans when there are several. */
export function PlanHeader({ plan }: { plan: PlanDetail }) {
  const plans = usePlans();
  const navigate = useNavigate();
  const others = plans.data?.items ?? [];
  const [editingRhythm, setEditingRhythm] = useState(false);

  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div className="ms-shrink" style={{ flex: '1 1 320px' }}>
          <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 8 }}>
            {plan.title}
          </Typography.Title>
          <Space wrap size={[16, 4]}>
            {plan.docNumber && <Typography.Text type="secondary">文号：{plan.docNumber}</Typography.Text>}
            <Typography.Text type="secondary">年度：{plan.year}年</Typography.Text>
            <Typography.Text type="secondary">项目数：{plan.projectCount}项</Typography.Text>
            {plan.issueDate && <Typography.Text type="secondary">印发日期：{formatDate(plan.issueDate)}</Typography.Text>}
          </Space>
          <Tooltip title={describeMissing(plan.rhythm)}>
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }} data-testid="plan-rhythm">
              <ClockCircleOutlined /> {describeRhythm(plan.rhythm)}
            </Typography.Text>
          </Tooltip>
        </div>
        <Space wrap>
          <PlanPublication plan={plan} />
          {plan.permissions.canReview && (
            <>
              <Link to={`/plans/${plan.id}/targets`}>
                <Button icon={<CheckSquareOutlined />}>目标审核</Button>
              </Link>
              <Link to={`/plans/${plan.id}/changes`}>
                <Button icon={<SwapOutlined />}>变更审批</Button>
              </Link>
            </>
          )}
          {plan.permissions.canSetRhythm && (
            <Button icon={<ClockCircleOutlined />} onClick={() => setEditingRhythm(true)}>
              报送时限
            </Button>
          )}
          {others.length > 1 && (
            <Select
              aria-label="切换清单"
              value={plan.id}
              style={{ minWidth: 160 }}
              options={others.map((item) => ({ value: item.id, label: `${item.year}年 ${item.title}` }))}
              popupMatchSelectWidth={false}
              onChange={(planId) => void navigate(`/plans/${planId}`)}
            />
          )}
        </Space>
      </Flex>
      {editingRhythm && <PlanRhythmModal plan={plan} onClose={() => setEditingRhythm(false)} />}
    </Card>
  );
}
