import { Button, Card, Flex, Progress, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { PortfolioItem } from '../../../contract/leaders.contract';
import { PROJECT_STATUS_COLORS, PROJECT_STATUS_LABELS } from '../weekly/weekly-labels';
import { PortfolioChanges } from './portfolio-changes.component';
import { percentText } from './portfolio-labels';

/** One project on the leader page: status, progress against the schedule pace, 本旬变化 and 批示; `markMine` tags his own among all projects. */
export function PortfolioCard({ item, markMine, onInstruct }: { item: PortfolioItem; markMine: boolean; onInstruct: (item: PortfolioItem) => void }) {
  return (
    <Card size="small" data-testid="portfolio-card">
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Link to={`/projects/${item.projectId}`} style={{ fontWeight: 600, fontSize: 15 }} className="ms-shrink">
          {item.seq}. {item.name}
        </Link>
        <Button size="small" icon={<EditOutlined />} onClick={() => onInstruct(item)}>
          批示
        </Button>
      </Flex>
      <Flex wrap gap={4} align="center" style={{ margin: '6px 0' }}>
        {markMine && item.mine && <Tag color="gold">我分管</Tag>}
        {item.status && (
          <Tag color={PROJECT_STATUS_COLORS[item.status]} data-testid="portfolio-status">
            {PROJECT_STATUS_LABELS[item.status]}
          </Tag>
        )}
        {item.notReported && <Tag>未报送</Tag>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          主办：{item.leadUnits.join('、') || '—'}
        </Typography.Text>
      </Flex>
      <Progress
        percent={Math.min(100, Math.round((item.progress ?? 0) * 1000) / 10)}
        size="small"
        strokeColor={item.status ? PROJECT_STATUS_COLORS[item.status] : undefined}
        format={() => percentText(item.progress)}
        style={{ marginBottom: 0 }}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        按序时应完成 {percentText(item.expected)}
      </Typography.Text>
      <div style={{ borderTop: '1px dashed #f0f0f0', marginTop: 8, paddingTop: 8 }}>
        <Typography.Text strong style={{ fontSize: 13, display: 'block', marginBottom: 4 }}>
          本旬变化
        </Typography.Text>
        <PortfolioChanges item={item} />
      </div>
    </Card>
  );
}
