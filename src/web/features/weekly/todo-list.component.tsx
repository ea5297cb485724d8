import { Empty, Flex, Tag, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { TodoItem } from '../../../contract/weekly.contract';

const ACTION_LABELS: Record<TodoItem['status'], string> = {
  none: '填报',
  draft: '继续填写',
  submitted: '已报送',
  returned: '已退回 需修改',
  accepted: '已通过',
};

const ACTION_COLORS: Record<TodoItem['status'], string> = {
  none: 'blue',
  draft: 'processing',
  submitted: 'cyan',
  returned: 'error',
  accepted: 'success',
};

function actionOf(item: TodoItem): { label: string; color: string } {
  if (item.role === 'co') return { label: '填写协办说明', color: 'purple' };
  return { label: ACTION_LABELS[item.status], color: ACTION_COLORS[item.status] };
}

/** This week's projects of my unit; each row opens the week's form. */
export function TodoList({ items }: { items: TodoItem[] }) {
  if (items.length === 0) return <Empty description="本单位本周没有需要填报的项目" />;
  return (
    <Flex vertical gap={10}>
      {items.map((item) => {
        const action = actionOf(item);
        const isOverdue = item.isOverdue && item.role === 'lead';
        return (
          <Link
            key={`${item.projectId}-${item.role}`}
            to={`/projects/${item.projectId}/weekly/${item.week}`}
            className={`ms-todo-item${isOverdue ? ' ms-todo-overdue' : ''}`}
            data-testid={`todo-${item.projectId}`}
          >
            <Flex align="center" gap={8}>
              <div className="ms-shrink" style={{ flex: 1 }}>
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {item.seq}. {item.name}
                </Typography.Text>
                <Flex wrap gap={6} style={{ marginTop: 6 }}>
                  <Tag>{item.role === 'lead' ? '主办' : '协办'}</Tag>
                  <Tag color={action.color}>{action.label}</Tag>
                  {isOverdue && <Tag color="error">已逾期</Tag>}
                  {item.isLate && !isOverdue && <Tag color="warning">逾期报送</Tag>}
                </Flex>
              </div>
              <RightOutlined style={{ color: '#bfbfbf' }} />
            </Flex>
          </Link>
        );
      })}
    </Flex>
  );
}
