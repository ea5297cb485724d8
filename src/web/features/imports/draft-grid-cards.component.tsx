import { memo, useState } from 'react';
import { Button, Empty, Flex, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { DraftDoubts } from './draft-doubts.component';
import type { DraftGridProps } from './draft-grid-table.component';
import { DraftRowMenu } from './draft-row-menu.component';
import { DraftRowDrawer } from './draft-row.drawer';
import { rowDoubts } from './draft-rows';
import { NewUnitMark } from './draft-unit-select.component';
import type { DraftAction, DraftRow } from './notice-draft.types';
import type { UnitDirectory } from './use-unit-directory.hook';

function UnitLine({ label, units, directory, isLead }: { label: string; units: string[]; directory: UnitDirectory; isLead: boolean }) {
  return (
    <Flex gap={4} wrap align="center" style={{ fontSize: 13 }}>
      <Typography.Text type="secondary">{label}：</Typography.Text>
      {units.length === 0 && <Typography.Text type="secondary">—</Typography.Text>}
      {units.map((unit) => {
        const isKnown = directory.isKnown(unit);
        return (
          <Tag key={unit} color={isKnown ? (isLead ? 'blue' : undefined) : 'green'} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
            {unit}
            {!isKnown && !directory.isLoading && <NewUnitMark />}
          </Tag>
        );
      })}
    </Flex>
  );
}

interface DraftCardProps {
  row: DraftRow;
  isLast: boolean;
  directory: UnitDirectory;
  dispatch: (action: DraftAction) => void;
  onSplit: (row: DraftRow) => void;
  onEdit: (key: string) => void;
}

const DraftCard = memo(function DraftCard({ row, isLast, directory, dispatch, onSplit, onEdit }: DraftCardProps) {
  const doubts = rowDoubts(row);
  return (
    <div className={doubts.length > 0 ? 'ms-draft-card ms-draft-doubt' : 'ms-draft-card'} data-testid="draft-card">
      <Flex justify="space-between" align="center" gap={8}>
        <Flex gap={6} align="center" className="ms-shrink" wrap>
          <Typography.Text strong>第 {row.seq} 项</Typography.Text>
          {row.category && <Tag style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>{row.category}</Tag>}
        </Flex>
        <Flex gap={6} style={{ flex: 'none' }}>
          <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(row.key)} aria-label={`编辑第 ${row.seq} 项`}>
            编辑
          </Button>
          <DraftRowMenu row={row} isLast={isLast} dispatch={dispatch} onSplit={onSplit} />
        </Flex>
      </Flex>
      <Typography.Text strong style={{ display: 'block', margin: '6px 0 2px', fontSize: 15 }}>
        {row.name.trim() || <Typography.Text type="warning">（名称待填）</Typography.Text>}
      </Typography.Text>
      <Typography.Paragraph
        type="secondary"
        ellipsis={{ rows: 3, expandable: 'collapsible' }}
        className="ms-pre-wrap"
        style={{ marginBottom: 6, fontSize: 13 }}
      >
        {row.content || '（内容为空）'}
      </Typography.Paragraph>
      <Flex vertical gap={4}>
        <UnitLine label="主办" units={row.leadUnits} directory={directory} isLead />
        <UnitLine label="协办" units={row.coUnits} directory={directory} isLead={false} />
        <DraftDoubts row={row} doubts={doubts} onCheck={() => dispatch({ type: 'check', key: row.key })} />
      </Flex>
    </div>
  );
});

/** The correction grid on a phone: one card per row, 编辑 opens the row's editors in a drawer. */
export function DraftGridCards({ rows, allRows, lastKey, categories, optional, directory, dispatch, onSplit }: DraftGridProps & { allRows: DraftRow[] }) {
  const [editingKey, setEditingKey] = useState<string | null>(null);
  // looked up in every row, so the drawer stays open when 只看需核对 hides the row just checked
  const editing = allRows.find((row) => row.key === editingKey);
  return (
    <Flex vertical gap={10} data-testid="draft-cards">
      {rows.length === 0 && <Empty description="没有需要核对的行" />}
      {rows.map((row) => (
        <DraftCard key={row.key} row={row} isLast={row.key === lastKey} directory={directory} dispatch={dispatch} onSplit={onSplit} onEdit={setEditingKey} />
      ))}
      <DraftRowDrawer row={editing} categories={categories} optional={optional} directory={directory} dispatch={dispatch} onClose={() => setEditingKey(null)} />
    </Flex>
  );
}
