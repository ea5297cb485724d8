import { Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { PortfolioItem } from '../../../contract/leaders.contract';
import { formatDate } from '../../components/date-format.util';
import { BLOCKER_KIND_LABELS, BLOCKER_STATUS_LABELS } from '../blockers/blocker-labels';
import { statusText } from './portfolio-labels';

const line = { fontSize: 13, margin: 0 } as const;

/** 本旬变化 of one project: status change, accepted values, new blockers, overdue action items, open instructions. */
export function PortfolioChanges({ item }: { item: PortfolioItem }) {
  const { changes } = item;
  const quiet =
    !changes.statusChanged &&
    changes.values.length === 0 &&
    changes.newBlockers.length === 0 &&
    changes.overdueActionItems.length === 0 &&
    item.openInstructions === 0;
  if (quiet)
    return (
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        本旬无变化
      </Typography.Text>
    );

  return (
    <Flex vertical gap={4} data-testid="portfolio-changes">
      {changes.statusChanged && (
        <p style={line}>
          <Tag color="warning">状态变化</Tag>
          {statusText(changes.statusAtXunStart)} → {statusText(item.status)}
        </p>
      )}
      {changes.values.length > 0 && (
        <p style={line}>
          <Tag color="processing">数值更新</Tag>
          {changes.values.map((v) => `${v.label} ${v.actual ?? '—'}${v.unit}`).join('；')}
        </p>
      )}
      {changes.newBlockers.map((b) => (
        <p key={`b${b.id}`} style={line}>
          <Tag color="error">新增堵点</Tag>
          <Link to={`/plans/${item.planId}/blockers?status=all&blocker=${b.id}`}>
            {BLOCKER_KIND_LABELS[b.kind]}：{b.description}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            （{BLOCKER_STATUS_LABELS[b.status]}）
          </Typography.Text>
        </p>
      ))}
      {changes.overdueActionItems.map((a) => (
        <p key={`a${a.id}`} style={line}>
          <Tag color="red">交办逾期</Tag>
          {a.title}（{a.ownerUnitName}，限 {formatDate(a.deadline)}）
        </p>
      ))}
      {item.openInstructions > 0 && (
        <p style={line}>
          <Tag color="purple">批示未办结</Tag>
          {item.openInstructions} 条
        </p>
      )}
    </Flex>
  );
}
