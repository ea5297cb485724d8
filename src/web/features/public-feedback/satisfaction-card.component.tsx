import { Card, Flex, Statistic, Typography } from 'antd';
import { SmileOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useSatisfaction } from './use-public-feedback.query';

/** 群众满意度 on the 督查大屏: the year's 满意率 and counts, open 回访整改, and the way to the full 测评 table. */
export function SatisfactionCard({ planId }: { planId: number }) {
  const summary = useSatisfaction(planId, 'year');
  if (!summary.data) return null;
  const { totals, openFollowUps } = summary.data;
  return (
    <Card
      size="small"
      title={
        <span>
          <SmileOutlined /> 群众满意度（全年）
        </span>
      }
      extra={<Link to={`/plans/${planId}/satisfaction`}>测评表</Link>}
      style={{ marginTop: 12 }}
      data-testid="dash-satisfaction"
    >
      {totals.total === 0 ? (
        <Typography.Text type="secondary">暂无群众评价（清单公开后，群众可在项目公开页评价）。</Typography.Text>
      ) : (
        <Flex wrap gap={24}>
          <Statistic title="满意率" value={totals.satisfiedRate ?? 0} suffix="%" precision={1} />
          <Statistic title="满意" value={totals.satisfied} />
          <Statistic title="基本满意" value={totals.basic} />
          <Statistic title="不满意" value={totals.unsatisfied} />
          <Statistic title="待回访整改" value={openFollowUps} />
        </Flex>
      )}
    </Card>
  );
}
