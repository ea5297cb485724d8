import { useEffect, useRef } from 'react';
import { Empty, Flex, Tag, Typography } from 'antd';
import type { TargetReviewItem } from '../../../contract/targets.contract';

interface ReviewProjectListProps {
  items: TargetReviewItem[];
  selectedId: number | null;
  onSelect: (projectId: number) => void;
}

/** The left side of the review page: every project with its counts; the selected one stays scrolled into view. */
export function ReviewProjectList({ items, selectedId, onSelect }: ReviewProjectListProps) {
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  if (items.length === 0) return <Empty description="本清单还没有项目" />;
  return (
    <div ref={listRef} role="listbox" aria-label="项目列表" className="ms-review-list" data-testid="review-list">
      {items.map((item) => {
        const isSelected = item.projectId === selectedId;
        return (
          <div
            key={item.projectId}
            role="option"
            aria-selected={isSelected}
            data-project-id={item.projectId}
            className={`ms-review-item${isSelected ? ' ms-review-item-selected' : ''}`}
            onClick={() => onSelect(item.projectId)}
          >
            <Typography.Text strong ellipsis={{ tooltip: item.name }} style={{ display: 'block' }}>
              {item.seq}. {item.name}
            </Typography.Text>
            <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
              {item.leadUnits.join('、') || '未定主办单位'}
            </Typography.Text>
            <Flex wrap gap={4} style={{ marginTop: 4 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineEnd: 4 }}>
                指标 {item.targetCount} · 节点 {item.milestoneCount}
              </Typography.Text>
              {item.proposedCount > 0 ? (
                <Tag color="orange">待确认 {item.proposedCount}</Tag>
              ) : item.targetCount + item.milestoneCount === 0 ? (
                <Tag>无指标</Tag>
              ) : (
                <Tag color="green">已确认</Tag>
              )}
              {item.minConfidence < 1 && item.proposedCount > 0 && <Tag color="volcano">待核实</Tag>}
            </Flex>
          </div>
        );
      })}
    </div>
  );
}
