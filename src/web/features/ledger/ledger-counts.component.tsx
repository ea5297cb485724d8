import { Flex, Tag } from 'antd';
import type { LedgerItem } from '../../../contract/ledger.contract';
import { PROJECT_STATUS_COLORS, PROJECT_STATUS_LABELS } from '../weekly/weekly-labels';
import type { StatusFilter } from '../weekly/weekly-labels';

const KEYS: StatusFilter[] = ['completed', 'on_track', 'behind', 'seriously_behind', 'not_reported'];

/** The ledger's lines counted by status (and the 未报送 flag), the same totals the 督查大屏 shows for the date. */
export function LedgerCounts({ items }: { items: LedgerItem[] }) {
  const count = (key: StatusFilter) => items.filter((i) => (key === 'not_reported' ? i.notReported : i.status === key)).length;
  return (
    <Flex wrap gap={6} style={{ marginBottom: 8 }} data-testid="ledger-counts">
      {KEYS.map((key) => (
        <Tag key={key} color={key === 'not_reported' ? 'default' : PROJECT_STATUS_COLORS[key]} style={{ marginInlineEnd: 0 }}>
          {key === 'not_reported' ? '未报送' : PROJECT_STATUS_LABELS[key]} <span data-testid={`ledger-count-${key}`}>{count(key)}</span>
        </Tag>
      ))}
    </Flex>
  );
}
