import { Card, Typography } from 'antd';
import { formatDate, formatDateTime } from '../components/date-format.util';
import { PageLoading } from '../components/page-loading.component';
import { QueryError } from '../components/query-error.component';
import { useCurrentUser } from '../features/auth/current-user.context';
import { usePlans } from '../features/plans/use-plans.query';
import { GreenChannelTodo } from '../features/blockers/green-channel-todo.component';
import { MyInstructions } from '../features/leaders/my-instructions.component';
import { MyActionItems } from '../features/meetings/my-action-items.component';
import { MySupervisionNotices } from '../features/supervision/my-supervision-notices.component';
import { MyRectifications } from '../features/inspections/my-rectifications.component';
import { MyFollowUps } from '../features/public-feedback/my-follow-ups.component';
import { TodoList } from '../features/weekly/todo-list.component';
import { useTodo } from '../features/weekly/use-weekly.query';
import { formatDue, isPastDue, shortWeek } from '../features/weekly/week-format.util';
import { WeeklyImport } from '../features/weekly/weekly-import.component';
import { planOverCaption } from '../features/plans/plan-as-of.util';

/** 我的待办: which of my unit's projects need this week's update and by when, leaders' 批示 to answer, 交办事项 to close. */
export default function TodoPage() {
  const user = useCurrentUser();
  const todo = useTodo();
  const plans = usePlans();

  if (todo.isPending) return <PageLoading />;
  if (todo.isError) return <QueryError error={todo.error} onRetry={() => void todo.refetch()} />;

  const { week, dueAt, asOf, isYearOver, items } = todo.data;
  const open = items.filter((item) => item.role === 'lead' && (item.status === 'none' || item.status === 'draft' || item.status === 'returned'));
  const planId = items[0]?.planId ?? plans.data?.items[0]?.id ?? 0;
  // a finished plan is judged as of its last day (the end of `asOf` in Beijing), not by the real clock
  const isOverdue = open.length > 0 && (isYearOver ? Date.parse(dueAt) < Date.parse(`${asOf}T23:59:59.999+08:00`) : isPastDue(dueAt));

  return (
    <div className="ms-weekly-page">
      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          我的待办
        </Typography.Title>
        <Typography.Text type="secondary">
          {user.unitName} · {shortWeek(week)}周台账
          {isYearOver && (
            <span data-testid="todo-as-of">
              {' '}
              · 截至 {formatDate(asOf)}
              {planOverCaption(asOf)}
            </span>
          )}
        </Typography.Text>
        <div style={{ marginTop: 6 }}>
          <Typography.Text type={isOverdue ? 'danger' : undefined} strong data-testid="todo-due">
            {isYearOver ? `该周截止于 ${formatDateTime(dueAt)}` : formatDue(dueAt)}
            {isOverdue && '，已逾期'}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
            {open.length > 0 ? `还有 ${open.length} 项未报送` : '本周周报均已报送'}
          </Typography.Text>
        </div>
      </Card>
      <TodoList items={items} />
      <div style={{ display: 'grid', gap: 12, marginTop: 12 }}>
        {planId > 0 && <MySupervisionNotices planId={planId} />}
        {planId > 0 && <GreenChannelTodo planId={planId} />}
        <MyInstructions />
        <MyActionItems />
        <MyRectifications />
        <MyFollowUps />
      </div>
      {planId > 0 && <WeeklyImport planId={planId} />}
    </div>
  );
}
