import { Card } from 'antd';
import { FollowUpList } from './follow-up-list.component';
import { useMyFollowUps } from './use-public-feedback.query';

/** On 我的待办: my unit's open 回访整改 tasks (群众不满意评价转办), answered and closed here. */
export function MyFollowUps() {
  const query = useMyFollowUps();
  const items = query.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card size="small" title={`群众满意度回访整改（${items.length}）`} data-testid="my-follow-ups">
      <FollowUpList items={items} />
    </Card>
  );
}
