import { Alert, Button } from 'antd';
import { Link } from 'react-router-dom';
import { usePlanBlockers } from './use-blockers.query';

/** On 我的待办: green-channel requests addressed to my unit that still wait for it (接收、答复或办结). */
export function GreenChannelTodo({ planId }: { planId: number }) {
  const blockers = usePlanBlockers(planId);
  const waiting = (blockers.data?.items ?? []).filter((b) => b.awaitingMyUnit).length;
  if (waiting === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="green-channel-todo"
      title={`绿色通道：有 ${waiting} 个堵点的请求待本单位接收、答复或办结`}
      action={
        <Link to={`/plans/${planId}/blockers?status=mine`}>
          <Button size="small">去办理</Button>
        </Link>
      }
    />
  );
}
