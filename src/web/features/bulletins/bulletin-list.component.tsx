import { List, Tag, Typography } from 'antd';
import type { BulletinListItem } from '../../../contract/bulletins.contract';
import { formatMonth } from './use-bulletins.query';

interface Props {
  items: BulletinListItem[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}

/** The plan's bulletins by month, with 草稿/已印发. */
export function BulletinList({ items, selectedId, onSelect }: Props) {
  return (
    <List
      size="small"
      dataSource={items}
      locale={{ emptyText: '还没有通报' }}
      renderItem={(item) => (
        <List.Item
          onClick={() => onSelect(item.id)}
          style={{ cursor: 'pointer', background: item.id === selectedId ? '#e6f4ff' : undefined, paddingInline: 8 }}
        >
          <Typography.Text strong={item.id === selectedId}>{formatMonth(item.month)}通报</Typography.Text>
          <Tag color={item.status === 'issued' ? 'success' : 'default'}>{item.status === 'issued' ? '已印发' : '草稿'}</Tag>
        </List.Item>
      )}
    />
  );
}
