import { Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { EditOutlined, TeamOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { EscalatedBlocker } from '../../../contract/leaders.contract';
import { formatDateTime } from '../../components/date-format.util';
import { BLOCKER_KIND_LABELS, BLOCKER_STATUS_COLORS, BLOCKER_STATUS_LABELS } from '../blockers/blocker-labels';
import { topicMeetingLink } from './portfolio-labels';

/** 待协调堵点: blockers the lead units escalated to the leader, each with 批示 and 召开专题会. */
export function EscalatedBlockers({ items, onInstruct }: { items: EscalatedBlocker[]; onInstruct: (blocker: EscalatedBlocker) => void }) {
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有提请协调的堵点" />;
  return (
    <Flex vertical gap={8}>
      {items.map((b) => (
        <Card key={b.id} size="small" data-testid="escalated-blocker">
          <Link to={`/projects/${b.projectId}`} style={{ fontWeight: 600 }}>
            {b.projectSeq}. {b.projectName}
          </Link>
          <Flex wrap gap={4} align="center" style={{ margin: '6px 0' }}>
            <Tag color={BLOCKER_STATUS_COLORS[b.status]} style={{ marginInlineEnd: 0 }}>
              {BLOCKER_STATUS_LABELS[b.status]}
            </Tag>
            <Tag style={{ marginInlineEnd: 0 }}>{BLOCKER_KIND_LABELS[b.kind]}</Tag>
            {b.instructions > 0 && (
              <Tag color="purple" style={{ marginInlineEnd: 0 }}>
                已批示 {b.instructions} 条{b.openInstructions > 0 ? `（${b.openInstructions} 条未办结）` : ''}
              </Tag>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              提请于 {formatDateTime(b.escalatedAt ?? b.raisedAt)}
            </Typography.Text>
          </Flex>
          <Typography.Paragraph className="ms-pre-wrap" style={{ marginBottom: 4 }}>
            <Link to={`/plans/${b.planId}/blockers?status=all&blocker=${b.id}`}>{b.description}</Link>
          </Typography.Paragraph>
          {b.neededFrom && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 8 }}>
              需要支持：{b.neededFrom}
            </Typography.Paragraph>
          )}
          <Flex gap={8} wrap>
            <Button size="small" type="primary" icon={<EditOutlined />} onClick={() => onInstruct(b)}>
              批示
            </Button>
            <Link to={topicMeetingLink(b.planId, b.projectId, b.id)}>
              <Button size="small" icon={<TeamOutlined />}>
                召开专题会
              </Button>
            </Link>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
