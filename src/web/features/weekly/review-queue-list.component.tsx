import { Empty, Flex, Tag, Typography } from 'antd';
import type { ReviewQueueItem } from '../../../contract/weekly.contract';
import { formatDateTime } from '../../components/date-format.util';
import { shortWeek } from './week-format.util';
import { flagLabel } from './weekly-labels';

interface ReviewQueueListProps {
  items: ReviewQueueItem[];
  selectedId: number | null;
  onSelect: (item: ReviewQueueItem) => void;
}

/** Submitted updates waiting for the 督查室, oldest first as the server orders them. */
export function ReviewQueueList({ items, selectedId, onSelect }: ReviewQueueListProps) {
  if (items.length === 0) return <Empty description="没有待审核的周报" />;
  return (
    <div className="ms-review-list" role="listbox" aria-label="待审核周报">
      {items.map((item) => (
        <div
          key={item.updateId}
          role="option"
          tabIndex={0}
          aria-selected={item.updateId === selectedId}
          className={`ms-review-item${item.updateId === selectedId ? ' ms-review-item-selected' : ''}`}
          onClick={() => onSelect(item)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') onSelect(item);
          }}
          data-testid={`review-item-${item.projectId}`}
        >
          <Typography.Text strong>
            {item.seq}. {item.name}
          </Typography.Text>
          <Flex wrap gap={4} style={{ marginTop: 4 }} align="center">
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineEnd: 4 }}>
              {shortWeek(item.week)} · {formatDateTime(item.submittedAt)}
            </Typography.Text>
            {item.isLate && <Tag color="error">逾期</Tag>}
            {[...new Set(item.flags)].map((flag) => (
              <Tag key={flag} color="warning">
                {flagLabel(flag)}
              </Tag>
            ))}
          </Flex>
        </div>
      ))}
    </div>
  );
}
