import { Card, List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate } from '../../components/date-format.util';
import { rectificationTag } from './inspection-labels';
import { useMyRectifications } from './use-inspections.query';

/** On 我的待办: my unit's open 整改要求 (逾期 first), each linking to its project page where it is answered. */
export function MyRectifications() {
  const query = useMyRectifications();
  const items = query.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card size="small" title={`督导检查整改（${items.length}）`} data-testid="my-rectifications">
      <List
        size="small"
        dataSource={items}
        renderItem={(r) => {
          const tag = rectificationTag(r);
          return (
            <List.Item>
              <div style={{ minWidth: 0 }}>
                <Link to={`/projects/${r.project.id}`}>{`${r.project.seq}. ${r.project.name}`}</Link>
                <div>
                  <Tag color={tag.color}>{tag.label}</Tag>
                  <Typography.Text type={r.isOverdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                    {formatDate(r.deadline)}前整改
                  </Typography.Text>
                </div>
                <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                  {r.requirement}
                </Typography.Paragraph>
              </div>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
