import { memo } from 'react';
import { App, Button, Dropdown } from 'antd';
import type { MenuProps } from 'antd';
import { MoreOutlined } from '@ant-design/icons';
import type { DraftAction, DraftRow } from './notice-draft.types';

interface DraftRowMenuProps {
  row: DraftRow;
  isLast: boolean;
  dispatch: (action: DraftAction) => void;
  onSplit: (row: DraftRow) => void;
  /** icon only, for the narrow last column of the desk grid */
  isCompact?: boolean;
}

/** The list operations on one row: split, merge, name from content, heading, insert, delete (undoable). */
export const DraftRowMenu = memo(function DraftRowMenu({ row, isLast, dispatch, onSplit, isCompact = false }: DraftRowMenuProps) {
  const { message } = App.useApp();
  const items: MenuProps['items'] = [
    { key: 'split', label: '拆分为两项…' },
    { key: 'merge', label: '与下一项合并', disabled: isLast },
    { key: 'nameFromContent', label: '名称取内容第一句', disabled: row.content.trim() === '' },
    { key: 'heading', label: '设为分类标题' },
    { key: 'insert', label: '在下方插入一项' },
    { type: 'divider' },
    { key: 'delete', label: '删除本项', danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'split') return onSplit(row);
    if (key === 'merge') dispatch({ type: 'merge', key: row.key });
    if (key === 'nameFromContent') dispatch({ type: 'nameFromContent', key: row.key });
    if (key === 'insert') dispatch({ type: 'insert', key: row.key });
    if (key === 'heading') {
      dispatch({ type: 'heading', key: row.key });
      void message.success(`第 ${row.seq} 项已设为分类标题，可点“撤销”恢复`);
    }
    if (key === 'delete') {
      dispatch({ type: 'delete', key: row.key });
      void message.success(`已删除第 ${row.seq} 项，可点“撤销”恢复`);
    }
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']}>
      <Button size="small" icon={<MoreOutlined />} aria-label={`第 ${row.seq} 项的操作`} title="拆分、合并、设为标题、删除…">
        {isCompact ? null : '操作'}
      </Button>
    </Dropdown>
  );
});
